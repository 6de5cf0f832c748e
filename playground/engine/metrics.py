"""Metrics beside the loss: classification accuracy."""

import numpy as np


def is_classification(targets: np.ndarray) -> bool:
    """True when every target is 0 or 1 (a truth table, binary labels or one-hot rows)."""
    return bool(np.isin(targets, (0.0, 1.0)).all())


def correct_count(outputs: np.ndarray, targets: np.ndarray) -> int:
    """How many samples are classified right.

    One output: right when output and target are on the same side of 0.5. Several
    outputs: right when the largest output is where the target has its 1.
    """
    if outputs.shape[1] == 1:
        return int(((outputs[:, 0] >= 0.5) == (targets[:, 0] >= 0.5)).sum())
    return int((outputs.argmax(axis=1) == targets.argmax(axis=1)).sum())


def accuracy(outputs: np.ndarray, targets: np.ndarray) -> float | None:
    """The share of samples classified right, or None for regression targets."""
    if not is_classification(targets):
        return None
    return correct_count(outputs, targets) / targets.shape[0]
