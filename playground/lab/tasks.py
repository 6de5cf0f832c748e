"""Worksheet tasks: conditions on the learner's network, data and training record.

Each ``TaskKind`` of the lesson file is one condition, checked on ``RunFacts`` (what the
training run recorded, read by the window from the document's ``TrainingRun``):

- ``accuracy_at_least``: the accuracy on the training data reached ``value`` (a fraction)
  at an epoch ≤ ``within_epochs``, with at most ``hidden_nodes`` hidden nodes.
- ``loss_below``: the loss E fell below ``value`` at an epoch ≤ ``within_epochs``, with at
  most ``hidden_nodes`` hidden nodes.
- ``diverges``: Play stopped because the loss or a weight became NaN or infinite.

Pure: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.engine import Network
from playground.io.lesson import QuizTask, TaskKind

ACCURACY_SLACK = 1e-12  # 3 of 3 right is 1.0 exactly, but a mean may round below


@dataclass(frozen=True)
class RunFacts:
    """What a run recorded: ``accuracy`` and ``loss`` as (epoch, value) points (the curves,
    and the weights as they are now), the network's hidden nodes, and whether Play stopped
    because training diverged."""

    hidden_nodes: int
    accuracy: tuple[tuple[float, float], ...] = ()
    loss: tuple[tuple[float, float], ...] = ()
    diverged: bool = False


def hidden_nodes(network: Network) -> int:
    """The nodes between the inputs and the outputs."""
    return sum(layer.units for layer in network.layers[:-1])


def met(task: QuizTask, facts: RunFacts) -> int | None:
    """The first epoch at which ``facts`` meet ``task`` (0 when met without one, as a
    divergence); None when they do not."""
    if task.kind is TaskKind.DIVERGES:
        return 0 if facts.diverged else None
    if task.hidden_nodes is not None and facts.hidden_nodes > task.hidden_nodes:
        return None
    if task.kind is TaskKind.ACCURACY_AT_LEAST:
        points, good = facts.accuracy, lambda a: a >= task.value - ACCURACY_SLACK
    else:
        points, good = facts.loss, lambda e: e < task.value
    within = task.within_epochs
    for epoch, value in sorted(points):
        if within is not None and epoch > within:
            break
        if good(value):
            return int(epoch)
    return None
