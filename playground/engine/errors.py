"""The engine's exceptions: each message is shown to a learner as it is."""


class EngineError(ValueError):
    """A network, dataset or setting the engine cannot work with."""


class PhaseError(RuntimeError):
    """A training phase called out of order (backward before forward, update before backward)."""


class ParameterError(EngineError):
    """An optimizer hyper-parameter the optimizer cannot take: an unknown ``key``, or a
    ``value`` outside its range (``optimizer sgd: the learning rate must be greater than 0,
    got 0``)."""

    def __init__(self, message: str, *, optimizer: str, key: str, value: object) -> None:
        super().__init__(message)
        self.optimizer = optimizer
        self.key = key
        self.value = value
