"""Play/Pause: trains the document's network continuously without ever freezing the window.

Training runs on the GUI thread in slices of a few milliseconds driven by a zero-interval
QTimer, so the event loop turns between slices and every control stays live; no thread
shares the network with the views. Views are told to redraw at most ``redraw_hz`` times a
second through ``progressed``, never once per step.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from playground.document.network_document import NetworkDocument
from playground.engine.history import DecimatedSeries, StepHistory

REDRAW_HZ = 32  # frames aim a little under 1/30 s, so that about 30 redraws a second land
MIN_SLICE, MAX_SLICE = 0.004, 0.025  # seconds of training per turn of the event loop
DIVERGED = (
    "Training paused at epoch {epoch}: the loss became {what}. The learning rate "
    "({lr:g}) is likely too high for this loss and activation; lower it, or roll back."
)


class Player(QObject):
    """Trains ``doc`` epoch after epoch while playing; records the curve and the history."""

    state_changed = Signal()  # playing or paused
    progressed = Signal()  # new epochs since the last redraw (at most ``redraw_hz``/s)
    # Half as often, on alternate frames: ``plot_due(0)`` then ``plot_due(1)``, so that two
    # costly plots never draw in the same frame. On pause both come at once.
    plot_due = Signal(int)
    stopped = Signal(str)  # why training stopped by itself (target reached, diverged, ...)

    def __init__(
        self, doc: NetworkDocument, *, redraw_hz: float = REDRAW_HZ, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.steps_per_second: float | None = None  # None: as fast as the engine goes
        self.target_loss: float | None = None
        self.loss_curve = DecimatedSeries()
        self.accuracy_curve = DecimatedSeries()
        self.test_loss_curve = DecimatedSeries()
        self.history = StepHistory()
        self.rollback_point = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._redraw_interval = 1.0 / redraw_hz
        self.frame = 0
        self._chunk = 1
        self._safe = None  # a checkpoint whose loss is known to be finite
        self._slice_ended = 0.0
        self._outside = 0.0  # seconds the event loop spends between two slices
        self._redraw_cost = 0.0  # seconds the views take to take in one redraw
        self._started_at = 0.0
        self._steps_at_start = 0
        self.measured_steps_per_second = 0.0
        self._record_present()
        doc.epoch_finished.connect(self._epoch_by_hand)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        if self.playing:
            return
        self.doc.about_to_edit.emit()  # e.g. playing on from a step in the past
        if self.doc.epochs <= self.doc.trainer.epoch:
            self.stopped.emit(f"reached the maximum of {self.doc.epochs} epochs")
            return
        self.rollback_point = self.doc.trainer.checkpoint()
        self._safe = None
        self._slice_ended = 0.0
        self._started_at, self._steps_at_start = time.perf_counter(), self.doc.trainer.steps
        self._timer.start()
        self.state_changed.emit()

    def pause(self) -> None:
        if not self.playing:
            return
        self._timer.stop()
        self._record_present()
        self._redraw()
        self.state_changed.emit()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def roll_back(self) -> None:
        """Back to the state when Play was last pressed (after a divergence, say)."""
        if self.rollback_point is not None:
            self.pause()
            self.doc.trainer.restore(self.rollback_point)
            self._record_present()
            self._redraw()

    @property
    def curves(self) -> tuple[DecimatedSeries, ...]:
        return (self.loss_curve, self.accuracy_curve, self.test_loss_curve)

    def clear_curves(self) -> None:
        for curve in self.curves:
            curve.clear()
        self.progressed.emit()
        self.plot_due.emit(0)

    # -- one slice of training -----------------------------------------------------------

    def _slice(self) -> None:
        """One frame: train, redraw, and let Qt paint before the next frame.

        The time between two frames (painting, input, other timers) and the redraw's own
        cost are measured, so that training takes what is left of a 1/``redraw_hz`` s
        frame (never less than half the drawing time: training never starves).
        """
        started = time.perf_counter()
        if self._slice_ended:
            self._outside = _smoothed(self._outside, started - self._slice_ended)
        drawing = self._outside + self._redraw_cost
        budget = min(max(self._redraw_interval - drawing, MIN_SLICE, drawing / 2), MAX_SLICE)
        deadline = started + budget
        before = self.doc.trainer.checkpoint()
        while time.perf_counter() < deadline and self.playing:
            epochs, steps = self._due()
            if epochs == 0 or steps == 0:
                break
            chunk_started, steps_before = time.perf_counter(), self.doc.trainer.steps
            if not self._train(epochs, steps, before):
                break
            done = self.doc.trainer.steps - steps_before
            self._adapt_chunk(done, time.perf_counter() - chunk_started, budget)
        else:
            self._safe = before  # the slice's first epoch measured its start: finite
        if self.playing:
            redraw_started = time.perf_counter()
            self._redraw()
            self._redraw_cost = _smoothed(self._redraw_cost, time.perf_counter() - redraw_started)
        self._slice_ended = time.perf_counter()

    def _due(self) -> tuple[int, int]:
        """What the next call may train: whole epochs up to the next recorded one (or the
        epoch limit), and at most a chunk of steps, fewer when a speed is set. Steps, not
        epochs, bound a call, so one epoch of a big data set never stalls the window."""
        trainer = self.doc.trainer
        stride = self.history.stride
        epochs = min(self.doc.epochs - trainer.epoch, stride - trainer.epoch % stride)
        steps = self._chunk
        if self.steps_per_second:
            elapsed = time.perf_counter() - self._started_at
            allowed = int(elapsed * self.steps_per_second) - (trainer.steps - self._steps_at_start)
            steps = min(steps, max(allowed, 0))
        return max(epochs, 0), steps

    def _train(self, epochs: int, steps: int, slice_start) -> bool:
        """Train up to ``epochs`` epochs in at most ``steps`` steps; False when training
        stopped (diverged or finished)."""
        trainer = self.doc.trainer
        history = trainer.train(epochs, max_steps=steps)
        if history.stopped_because == "loss is not finite" or not _finite(trainer.network):
            self._diverged(self._safe or slice_start, history)
            return False
        self._append(history.epochs)
        self._record_if_due()
        if trainer.epoch >= self.doc.epochs:
            self._finish(f"reached the maximum of {self.doc.epochs} epochs")
            return False
        last = history.epochs[-1].loss if history.epochs else None
        if self.target_loss is not None and last is not None and last <= self.target_loss:
            self._finish(f"reached the target loss {self.target_loss:g}")
            return False
        return True

    def _epoch_by_hand(self, record) -> None:
        """An epoch stepped by hand goes on the curves and into the history too."""
        self._append([record])
        self._record_if_due()
        self.progressed.emit()
        self.plot_due.emit(0)
        self.plot_due.emit(1)

    def _append(self, records) -> None:
        for record in records:
            if self.loss_curve.last and record.epoch <= self.loss_curve.last[0]:
                continue  # replayed after a divergence: already drawn
            self.loss_curve.append(record.epoch, record.loss)
            if record.accuracy is not None:
                self.accuracy_curve.append(record.epoch, record.accuracy)

    def _adapt_chunk(self, steps: int, seconds: float, budget: float) -> None:
        """Steps per call: about a quarter of the slice's budget, measured as it goes."""
        if steps:
            per_step = seconds / steps
            self._chunk = max(1, min(int(budget / 4 / max(per_step, 1e-7)), 100_000))

    def _diverged(self, before, history) -> None:
        """Pause at the last state whose weights and loss are finite, and say so plainly.

        Training is replayed from ``before`` (the start of the last slice known to be safe)
        one epoch at a time: the same arithmetic, so the same numbers. An epoch's loss is
        measured before its update, so a non-finite loss condemns the state the epoch
        started from: go back to the one before it.
        """
        trainer = self.doc.trainer
        trainer.restore(before)
        previous = before
        while True:
            current = trainer.checkpoint()
            replay = trainer.train(1)
            if replay.stopped_because:
                trainer.restore(previous)
                break
            if not _finite(trainer.network):
                trainer.restore(current)
                break
            self._append(replay.epochs)
            previous = current
        epoch = trainer.epoch
        self._timer.stop()
        self._record_present()
        what = "NaN" if any(np.isnan(r.loss) for r in history.epochs) else "infinite"
        lr = float(self.doc.file.optimizer.get("learning_rate", float("nan")))
        self._redraw()
        self.state_changed.emit()
        self.stopped.emit(DIVERGED.format(epoch=epoch, what=what, lr=lr))

    def _finish(self, reason: str) -> None:
        self.pause()
        self.stopped.emit(reason)

    def _record_if_due(self) -> None:
        if self.history.should_record(self.doc.trainer.epoch):
            self._record_present()

    def _record_present(self) -> None:
        """Keep the trainer's state for time travel, at an epoch's start only (a paused
        half-epoch is not "epoch k"); an epoch already kept is not kept twice."""
        trainer = self.doc.trainer
        records = self.history.records
        if not trainer.at_epoch_start or (records and records[-1].step == trainer.epoch):
            return
        loss = self.loss_curve.last[1] if self.loss_curve.last else None
        self.history.record(
            step=trainer.epoch, epoch=trainer.epoch, loss=loss, state=trainer.checkpoint()
        )

    def _redraw(self) -> None:
        elapsed = time.perf_counter() - self._started_at
        if self.playing and elapsed > 0:
            self.measured_steps_per_second = (
                self.doc.trainer.steps - self._steps_at_start
            ) / elapsed
        self._record_test_loss()
        self.doc.training_progressed()
        self.progressed.emit()
        self.frame += 1
        if self.playing:
            self.plot_due.emit(self.frame % 2)
        else:
            self.plot_due.emit(0)
            self.plot_due.emit(1)

    def _record_test_loss(self) -> None:
        """The loss on the held-out samples, once per redraw (not per epoch: it costs a pass)."""
        data, trainer = self.doc.dataset, self.doc.trainer
        if data.test_inputs is None or not self.loss_curve.last:
            return
        if self.test_loss_curve.last and self.test_loss_curve.last[0] == trainer.epoch:
            return
        with np.errstate(over="ignore", invalid="ignore"):
            loss = trainer.evaluate(data.test_inputs, data.test_targets).loss
        self.test_loss_curve.append(trainer.epoch, loss)


def _smoothed(average: float, sample: float) -> float:
    return sample if not average else 0.8 * average + 0.2 * sample


def _finite(network) -> bool:
    return all(
        np.isfinite(layer.weights).all() and np.isfinite(layer.bias).all()
        for layer in network.layers
    )
