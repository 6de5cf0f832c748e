"""Bounded records of a long training run: a decimated loss curve and thinned weight snapshots.

Both keep memory bounded however long the run: when full they keep every other entry and
record half as often from then on, so a million epochs cost no more than a few thousand.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine.messages import Message
from playground.engine.training import TrainerState


class DecimatedSeries:
    """(x, y) points of a curve, at most ``capacity``: every point while it fits, then every
    2nd, 4th … point (the newest point is always kept, so the curve ends where training is)."""

    def __init__(self, capacity: int = 4096) -> None:
        if capacity < 4:
            raise ValueError(Message("capacity must be at least 4"))
        self.capacity = capacity
        self.stride = 1
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self._n = 0
        self.last: tuple[float, float] | None = None
        self.total = 0

    def append(self, x: float, y: float) -> None:
        self.total += 1
        self.last = (x, y)
        if (self.total - 1) % self.stride:
            return
        if self._n == self.capacity:
            self._x[: self._n // 2] = self._x[: self._n : 2]
            self._y[: self._n // 2] = self._y[: self._n : 2]
            self._n //= 2
            self.stride *= 2
            if (self.total - 1) % self.stride:
                return
        self._x[self._n] = x
        self._y[self._n] = y
        self._n += 1

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """The kept points plus the newest one: arrays ready for ``PlotDataItem.setData``."""
        return _with_last(self._x[: self._n], self._y[: self._n], self.last)

    def __len__(self) -> int:
        return self._n

    def truncate_after(self, x: float) -> None:
        """Forget the points after ``x`` (a branch of training was left behind).

        For a curve of epochs 1, 2, 3 … (x is the count of points) it then goes on exactly
        as if the later points had never been appended.
        """
        self._n = int(np.searchsorted(self._x[: self._n], x, side="right"))
        self.last = (float(self._x[self._n - 1]), float(self._y[self._n - 1])) if self._n else None
        self.total = int(x)

    def clear(self) -> None:
        self._n, self.stride, self.total, self.last = 0, 1, 0, None

    def state(self) -> SeriesState:
        """A compact copy of the curve (the kept points only), for ``set_state``."""
        n = self._n
        return SeriesState(
            self._x[:n].copy(), self._y[:n].copy(), self.stride, self.last, self.total
        )

    def set_state(self, state: SeriesState) -> None:
        """Make the curve exactly what it was when ``state`` was taken."""
        n = len(state.x)
        self._x[:n], self._y[:n] = state.x, state.y
        self._n, self.stride, self.last, self.total = n, state.stride, state.last, state.total


@dataclass(frozen=True)
class SeriesState:
    """A DecimatedSeries as it was: its kept points, stride, newest point and count."""

    x: np.ndarray
    y: np.ndarray
    stride: int
    last: tuple[float, float] | None
    total: int

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """The points as ``DecimatedSeries.data`` gives them (for a faded earlier run)."""
        return _with_last(self.x, self.y, self.last)


def _with_last(x: np.ndarray, y: np.ndarray, last: tuple[float, float] | None):
    """The kept points, and the newest point after them when it was not kept."""
    if last is not None and (not len(x) or x[-1] != last[0]):
        return np.append(x, last[0]), np.append(y, last[1])
    return x, y


@dataclass(frozen=True)
class StepRecord:
    """The trainer after ``step`` (an epoch count or an update count, as the recorder
    counts): its loss and a checkpoint from which training goes on exactly."""

    step: int
    epoch: int
    loss: float | None
    state: TrainerState

    @property
    def weights(self) -> tuple[np.ndarray, ...]:
        return self.state.weights

    @property
    def biases(self) -> tuple[np.ndarray, ...]:
        return self.state.biases


class StepHistory:
    """Snapshots of the weights for time travel, thinned to stay under ``max_bytes``.

    ``should_record(step)`` says whether a step is due; after thinning only steps that are
    multiples of ``stride`` are kept and recorded.
    """

    def __init__(
        self, *, max_bytes: int = 64 * 2**20, max_records: int = 1000, min_records: int = 64
    ) -> None:
        self.max_bytes = max_bytes
        self.max_records = max_records
        self.min_records = min_records
        self.stride = 1
        self.records: list[StepRecord] = []

    def capacity(self, record_bytes: int) -> int:
        """How many records fit: ``max_records``, fewer for big networks, never below
        ``min_records``. Few records keep the player's training chunks long."""
        by_size = self.max_bytes // max(record_bytes, 1)
        return max(self.min_records, min(self.max_records, by_size))

    def should_record(self, step: int) -> bool:
        return step % self.stride == 0

    def record(self, *, step: int, epoch: int, loss: float | None, state: TrainerState) -> None:
        """Keep ``state`` (a ``Trainer.checkpoint()``) as the trainer was after ``step``."""
        if self.records and self.records[-1].step >= step:
            self.truncate_after(step - 1)
        self.records.append(StepRecord(step, epoch, loss, state))
        while len(self.records) > self.capacity(state.nbytes):
            self.stride *= 2
            self.records = [
                r for r in self.records if r.step % self.stride == 0 or r is self.records[-1]
            ]

    def truncate_after(self, step: int) -> None:
        """Forget every record after ``step``: the future of a branch that was left."""
        self.records = [r for r in self.records if r.step <= step]

    def at(self, index: int) -> StepRecord:
        return self.records[index]

    def __len__(self) -> int:
        return len(self.records)

    def clear(self) -> None:
        self.records.clear()
        self.stride = 1

    def state(self) -> tuple[tuple[StepRecord, ...], int]:
        """The records (immutable, so shared, not copied) and the stride."""
        return tuple(self.records), self.stride

    def set_state(self, state: tuple[tuple[StepRecord, ...], int]) -> None:
        records, self.stride = state
        self.records = list(records)
