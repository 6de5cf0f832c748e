"""TrainingRun: one run of training on one network shape, and everything it recorded.

The document owns exactly one current run. The run holds the trainer (weights, optimizer
moments, epoch and step counters, the last pass), the loss, accuracy, test-loss and MAE curves,
the time-travel records and which one is viewed, the roll-back point and why training last
stopped by itself. ``Player`` drives it and the views read it; nothing else keeps a copy.
A structure, loss, activation or data edit starts a new run; the old one is kept whole by
the undo command, so undo brings it back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

import numpy as np

from playground.engine import Trainer
from playground.engine.datasets import Dataset
from playground.engine.history import DecimatedSeries, SeriesState, StepHistory
from playground.engine.messages import Message
from playground.engine.metrics import correct_count, is_classification
from playground.engine.training import EpochRecord, PassState, TrainerState
from playground.io.run_record import CURVE_NAMES, RunRecord
from playground.io.validation import NetworkFileError


class StopKind(Enum):
    """Why Play stopped by itself."""

    EPOCH_LIMIT = "epoch limit"
    TARGET_LOSS = "target loss"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class Stop:
    """Why Play stopped by itself, with the figures a message needs: ``value`` is the epoch
    limit, the target loss, or (diverged) the learning rate; ``nan`` says NaN, not ∞."""

    kind: StopKind
    epoch: int
    value: float | None = None
    nan: bool = False


@dataclass(frozen=True)
class Standing:
    """How the current weights do on all training samples: the loss E a forward (and
    backward) pass over the whole data set gives, and the accuracy (None: not classes)."""

    loss: float
    accuracy: float | None
    samples: int


MAX_LIVE_EVALUATION = 20_000_000  # samples × weights: bigger is not measured on every frame


@dataclass(frozen=True)
class Present:
    """Where training is, kept while an earlier record is viewed."""

    checkpoint: TrainerState
    last_pass: PassState


@dataclass(frozen=True)
class RunState:
    """A TrainingRun as it was at one moment (for undo): restoring it is exact."""

    checkpoint: TrainerState
    last_pass: PassState
    curves: tuple[SeriesState, ...]
    history: tuple
    viewing: int | None
    present: Present | None
    rollback_point: TrainerState | None
    stop: Stop | None


class TrainingRun:
    """The trainer of one network shape on one data set, and the records of its training."""

    def __init__(self, trainer: Trainer, dataset: Dataset) -> None:
        self.trainer = trainer
        self.dataset = dataset
        self.loss_curve = DecimatedSeries()
        self.accuracy_curve = DecimatedSeries()
        self.test_loss_curve = DecimatedSeries()
        self.mae_curve = DecimatedSeries()  # regression: mean |t − y|, as the notes plot it
        self.history = StepHistory()
        self.viewing: int | None = None  # the index of the record shown, None: the present
        self.present: Present | None = None  # where training is, while a record is viewed
        self.rollback_point: TrainerState | None = None  # where Play was last pressed
        self.stop: Stop | None = None
        self._standing: tuple[list[np.ndarray], Standing | None] | None = None
        self.record_present()

    # -- what views read -------------------------------------------------------------------

    @property
    def network(self):
        return self.trainer.network

    @property
    def curves(self) -> tuple[DecimatedSeries, ...]:
        return (self.loss_curve, self.accuracy_curve, self.test_loss_curve, self.mae_curve)

    @property
    def records(self) -> list:
        return self.history.records

    @property
    def can_roll_back(self) -> bool:
        return self.rollback_point is not None

    def frozen_curves(self) -> tuple[SeriesState, ...]:
        """The curves as they are, to be drawn faded behind a later run."""
        return tuple(curve.state() for curve in self.curves)

    # -- what edits do to the run ------------------------------------------------------------

    def after_parameter_edit(self) -> None:
        """A weight or bias was typed: the run goes on, the last pass no longer holds."""
        self.trainer.invalidate()

    def after_sample_chosen(self) -> None:
        self.trainer.invalidate()

    # -- recording -------------------------------------------------------------------------

    def record_epochs(
        self, records: list[EpochRecord], kept: list[TrainerState] | None = None
    ) -> None:
        """Finished epochs go on the curves (an epoch at or before the curve's end replaces
        what was drawn from there on) and, when due, into the history: from ``kept`` (the
        checkpoints ``train(keep_every=history.stride)`` took on the way), or the present."""
        for record in records:
            last = self.loss_curve.last
            if last is not None and record.epoch <= last[0]:
                self._truncate_curves(record.epoch - 1)
            self.loss_curve.append(record.epoch, record.loss)
            if record.accuracy is not None:
                self.accuracy_curve.append(record.epoch, record.accuracy)
            if record.mae is not None:
                self.mae_curve.append(record.epoch, record.mae)
        losses = {record.epoch: record.loss for record in records} if kept else {}
        for state in kept or ():
            if self.history.should_record(state.epoch):
                self._keep(state, losses.get(state.epoch))
        if records and self.history.should_record(self.trainer.epoch):
            self.record_present()

    def standing(self) -> Standing | None:
        """The loss and accuracy of the weights as they are now, on all training samples
        (computed when the weights differ from the last time asked); None when the data
        set and network are too big to measure on every redraw."""
        network, data = self.trainer.network, self.dataset
        size = sum(layer.weights.size for layer in network.layers) * data.n_samples
        if size > MAX_LIVE_EVALUATION:
            return None
        now = [a for layer in network.layers for a in (layer.weights, layer.bias)]
        if self._standing is not None and _same(self._standing[0], now):
            return self._standing[1]
        with np.errstate(all="ignore"):
            trace = self.trainer.evaluate()
        accuracy = None
        if is_classification(data.targets):
            accuracy = correct_count(trace.outputs, data.targets) / data.n_samples
        standing = Standing(float(trace.loss), accuracy, data.n_samples)
        self._standing = ([a.copy() for a in now], standing)
        return standing

    def record_present(self) -> None:
        """Keep the trainer's state for time travel, at an epoch's start only (a paused
        half-epoch is not "epoch k"); an epoch already kept is not kept twice."""
        trainer, records = self.trainer, self.history.records
        if not trainer.at_epoch_start or (records and records[-1].step == trainer.epoch):
            return
        last = self.loss_curve.last
        loss = last[1] if last is not None and last[0] == trainer.epoch else None
        self._keep(trainer.checkpoint(), loss)

    def _keep(self, state: TrainerState, loss: float | None) -> None:
        records = self.history.records
        if records and records[-1].step == state.epoch:
            return
        self.history.record(step=state.epoch, epoch=state.epoch, loss=loss, state=state)

    def record_test_loss(self) -> None:
        """The loss on the held-out samples at the current epoch (it costs a pass: call it
        once per redraw, not per epoch)."""
        data, trainer = self.dataset, self.trainer
        if data.test_inputs is None or self.loss_curve.last is None:
            return
        last = self.test_loss_curve.last
        if last is not None and last[0] >= trainer.epoch:
            return
        with np.errstate(over="ignore", invalid="ignore"):
            loss = trainer.evaluate(data.test_inputs, data.test_targets).loss
        self.test_loss_curve.append(trainer.epoch, loss)

    def discard_after(self, epoch: int) -> None:
        """Forget the curve points and records after ``epoch`` (training from there on was
        undone: rolled back, or replayed after a divergence)."""
        self._truncate_curves(epoch)
        self.history.truncate_after(epoch)

    def _truncate_curves(self, epoch: int) -> None:
        for curve in self.curves:
            curve.truncate_after(epoch)

    # -- Play, divergence and roll back ----------------------------------------------------

    def start_playing(self) -> None:
        self.rollback_point = self.trainer.checkpoint()
        self.stop = None

    def stopped(self, stop: Stop) -> None:
        self.stop = stop

    def roll_back(self) -> bool:
        """Back to where Play was last pressed; False when there is no such point."""
        if self.rollback_point is None:
            return False
        self.back_to_present()
        self.trainer.restore(self.rollback_point)
        epoch = self.trainer.epoch
        self.discard_after(epoch)
        self.stop = None
        return True

    # -- time travel -----------------------------------------------------------------------

    def view(self, index: int) -> None:
        """Show record ``index`` exactly (the last index is the present)."""
        if index >= len(self.records) - 1:
            self.back_to_present()
            return
        if self.present is None:
            trainer = self.trainer
            self.present = Present(trainer.checkpoint(), trainer.pass_state())
        record = self.records[index]
        self.viewing = index
        self.trainer.restore(record.state)

    def back_to_present(self) -> None:
        if self.present is not None:
            self.trainer.restore(self.present.checkpoint)
            self.trainer.restore_pass(self.present.last_pass)
        self.viewing, self.present = None, None

    def continue_from_viewed(self) -> None:
        """Go on from the viewed record: the records and curve points after it go."""
        if self.viewing is None:
            return
        record = self.records[self.viewing]
        self.history.truncate_after(record.step)
        self._truncate_curves(record.epoch)
        self.trainer.restore(record.state)
        self.viewing, self.present = None, None

    # -- saved with the file ---------------------------------------------------------------

    def record(self) -> RunRecord:
        """Where training stands, for the file's ``run`` section (weights are the file's)."""
        t = self.trainer
        state = t.checkpoint()
        never_shuffled = not state.shuffled
        return RunRecord(
            epoch=t.epoch,
            steps=t.steps,
            optimizer=t.optimizer.name,
            iterations=state.iterations,
            slots=dict(state.optimizer_state),
            cursor=state.cursor,
            order=None if never_shuffled else state.order,
            shuffled=state.shuffled,
            rng_state=state.rng_state,
            partial=state.partial,
            curves={
                name: [(float(x), float(y)) for x, y in zip(*curve.data(), strict=True)
                       if np.isfinite(y)]
                for name, curve in zip(CURVE_NAMES, self.curves, strict=True)
                if curve.last is not None
            },
        )  # fmt: skip

    def load_record(self, record: RunRecord) -> None:
        """Go on from a saved ``record``: counters, moments, batch order, random state and
        curves (the weights are already the file's). Raises ValueError when it does not fit
        this data set (a NetworkFileError at ``run``)."""
        t = self.trainer
        order = record.order if record.order is not None else np.arange(t.n_samples)
        if len(order) != t.n_samples or record.cursor >= max(t.n_samples, 1):
            raise NetworkFileError(
                "run",
                Message(
                    "saved for {count} training samples, the data has {n_samples}",
                    count=len(order),
                    n_samples=t.n_samples,
                ),
            )
        now = t.checkpoint()
        t.restore(
            replace(
                now,
                optimizer_state=record.slots,
                iterations=record.iterations,
                epoch=record.epoch,
                steps=record.steps,
                cursor=record.cursor,
                order=order,
                shuffled=record.shuffled,
                rng_state=record.rng_state,
                partial=record.partial,
                optimizer_name=record.optimizer,
            )
        )
        for name, curve in zip(CURVE_NAMES, self.curves, strict=True):
            curve.clear()
            points = record.curves.get(name, [])
            for x, y in points:
                curve.append(x, y)
            if points:
                curve.total = int(points[-1][0])
        self.history.clear()
        self.record_present()

    # -- undo ------------------------------------------------------------------------------

    def snapshot(self) -> RunState:
        """Everything the run holds now, for ``restore`` (arrays copied, records shared:
        they never change once made)."""
        return RunState(
            checkpoint=self.trainer.checkpoint(),
            last_pass=self.trainer.pass_state(),
            curves=self.frozen_curves(),
            history=self.history.state(),
            viewing=self.viewing,
            present=self.present,
            rollback_point=self.rollback_point,
            stop=self.stop,
        )

    def restore(self, state: RunState) -> None:
        self.trainer.restore(state.checkpoint)
        self.trainer.restore_pass(state.last_pass)
        for curve, kept in zip(self.curves, state.curves, strict=True):
            curve.set_state(kept)
        self.history.set_state(state.history)
        self.viewing, self.present = state.viewing, state.present
        self.rollback_point, self.stop = state.rollback_point, state.stop


def _same(kept: list[np.ndarray], now: list[np.ndarray]) -> bool:
    return len(kept) == len(now) and all(
        a.shape == b.shape and np.array_equal(a, b) for a, b in zip(kept, now, strict=True)
    )
