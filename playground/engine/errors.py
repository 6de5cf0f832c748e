"""The engine's exceptions: each message is shown to a learner as it is."""


class EngineError(ValueError):
    """A network, dataset or setting the engine cannot work with."""


class PhaseError(RuntimeError):
    """A training phase called out of order (backward before forward, update before backward)."""
