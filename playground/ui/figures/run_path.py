"""The way training walked through two parameters, for the error surface to draw.

The path is read off the run's own records (the trainer's state after every recorded epoch,
``TrainingRun.records``), so it can never disagree with the run: undo, roll back and time
travel change it by changing the run. Only updates stepped by hand inside an epoch, which
the run does not record, are kept here, keyed to the run and its step count: those past the
present are forgotten when training is undone or rolled back, and all of them when another
run becomes current. While Play runs the path has one point per recorded epoch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine.chain_rule import Param


@dataclass(frozen=True)
class _Point:
    """The weights and biases after update number ``steps`` (the fields of a
    ``TrainerState`` that ``values`` reads)."""

    steps: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]


def values(state, params: tuple[Param, ...]) -> tuple[float, ...]:
    """The values of ``params`` in a ``TrainerState`` (or a ``_Point``): its weights and
    biases per layer."""
    return tuple(
        float(state.biases[p.column - 1][p.target])
        if p.is_bias
        else float(state.weights[p.column - 1][p.source, p.target])
        for p in params
    )


class RunPath:
    """The path of one document's current run: its records and the updates stepped by hand
    since the last of them."""

    def __init__(self) -> None:
        self._inside: list[_Point] = []
        self._run = None

    def reset(self) -> None:
        self._inside, self._run = [], None

    def remember(self, doc, *, playing: bool) -> None:
        """Keep the weights after an update stepped by hand inside an epoch (call on every
        change of the weights or records); forget those past the present."""
        run = doc.run
        if run is not self._run:
            self._inside, self._run = [], run
        if run.viewing is not None:
            return
        steps = run.trainer.steps
        self._inside = [point for point in self._inside if point.steps <= steps]
        if playing or run.trainer.at_epoch_start:
            return  # the run records this one (or, playing, the epochs only)
        if not self._inside or self._inside[-1].steps < steps:
            layers = doc.network.layers
            weights = tuple(layer.weights.copy() for layer in layers)
            self._inside.append(
                _Point(steps, weights, tuple(layer.bias.copy() for layer in layers))
            )

    def points(self, doc, params: tuple[Param, Param]) -> np.ndarray:
        """(first, second) after every recorded epoch and every update stepped by hand, in
        the order training made them, then the present point when it differs from the last
        (a typed value): shape (points, 2)."""
        run = doc.run
        states = {record.state.steps: record.state for record in run.records}
        if self._run is run:
            for point in self._inside:
                states.setdefault(point.steps, point)
        path = np.array([values(states[s], params) for s in sorted(states)], dtype=np.float64)
        path = path.reshape(-1, 2)
        now = tuple(p.value(doc.network) for p in params)
        if run.viewing is None and (not len(path) or tuple(path[-1]) != now):
            path = np.vstack([path, [now]])  # a typed value the run has no record of yet
        return path
