"""What an edit does to training (``EditKind``) and what a change touched (``Change``).

Every undoable edit names its kind, and each kind has one defined effect on the document's
training run; views are told once per operation what changed, as a set of ``Change`` flags.
"""

from __future__ import annotations

from enum import Enum, Flag, auto


class EditKind(Enum):
    """An edit's class, by what it does to the training run."""

    COSMETIC = "cosmetic"
    """A node's name or position: the run is untouched."""
    PARAMETER = "parameter"
    """A typed weight or bias: the run goes on (counters, moments, curve, history); the last
    pass no longer describes the weights, so the phase starts again from forward."""
    SETTINGS = "settings"
    """Optimizer and training settings (learning rate, momentum, batch size, shuffle, seed,
    epoch limit, target loss, which biases learn): applied to the running trainer in place.
    The same optimizer keeps its moments; another optimizer starts with none of its own;
    counters, curve and the last pass stay."""
    NEW_RUN = "new run"
    """Structure, loss, activation, data set, new or initial weights: a new run at epoch 0;
    the old run's curve stays behind, faded, and its records can no longer be restored."""
    BRANCH = "branch"
    """Go on from a viewed record: the later records are dropped; nothing else changes."""


class Change(Flag):
    """What one document operation changed (views refresh once for all of it)."""

    NONE = 0
    STRUCTURE = auto()  # layers, nodes or edges: redraw the diagram
    PARAMETERS = auto()  # weights or biases
    LABELS = auto()  # node names, activations, the loss
    POSITIONS = auto()  # where nodes are drawn
    VALUES = auto()  # the last pass's net, out, delta and gradients
    PHASE = auto()  # what may run next
    SETTINGS = auto()  # optimizer, training settings, epochs, target loss, data
    SAMPLE = auto()  # the sample the passes use
    PATH = auto()  # file name or modified state
    RUN = auto()  # another training run became current
    RECORDS = auto()  # curves, history, viewed record, counters, stop state

    @classmethod
    def everything(cls) -> Change:
        flags = cls.NONE
        for flag in cls:
            flags |= flag
        return flags
