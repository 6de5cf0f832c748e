"""Classes as numbers: which class each output row picks, the confusion matrix, the samples
the network gets wrong. No Qt here.

A row's class follows the accuracy's rule (``playground.engine.metrics.correct_count``):
with one output, class 1 when the value is at least 0.5, else class 0; with several, the
index of the largest value. Targets are read by the same rule, so a one-hot target names
its 1 and a 0/1 target its value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import Network


def class_of(rows: np.ndarray) -> np.ndarray:
    """The class (int) of each row of outputs or targets, (n, units) → (n,)."""
    if rows.shape[1] == 1:
        return (rows[:, 0] >= 0.5).astype(np.int64)
    return rows.argmax(axis=1).astype(np.int64)


def class_count(units: int) -> int:
    """How many classes ``units`` outputs tell apart: two for a single output."""
    return 2 if units == 1 else units


def confusion_matrix(targets: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """``matrix[t, p]``: how many samples of target class t the network puts in class p."""
    matrix = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(matrix, (targets, predicted), 1)
    return matrix


@dataclass(frozen=True)
class Verdicts:
    """The network's outputs for a set of samples and what they mean: ``outputs`` (n, units),
    each sample's ``predicted`` and ``target`` class, and the confusion ``matrix``."""

    outputs: np.ndarray
    predicted: np.ndarray
    target: np.ndarray
    matrix: np.ndarray

    def wrong(self, limit: int | None = None) -> np.ndarray:
        """The indexes of the misclassified samples, in order (the first ``limit``)."""
        found = np.flatnonzero(self.predicted != self.target)
        return found if limit is None else found[:limit]


def verdicts(network: Network, inputs: np.ndarray, targets: np.ndarray) -> Verdicts:
    """One batched forward pass over every row of ``inputs``, judged against ``targets``."""
    outputs = network.predict(inputs)
    predicted, target = class_of(outputs), class_of(targets)
    matrix = confusion_matrix(target, predicted, class_count(outputs.shape[1]))
    return Verdicts(outputs, predicted, target, matrix)
