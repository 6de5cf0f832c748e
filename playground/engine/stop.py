"""Why training stopped before its epochs were done: a value to decide on, never a text."""

from enum import StrEnum


class StopReason(StrEnum):
    """Why ``Trainer.train`` stopped early (the text is for people and may be translated)."""

    LOSS_NOT_FINITE = "loss is not finite"
    TARGET_LOSS = "target loss reached"
