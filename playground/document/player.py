"""Play/Pause: trains the document's run continuously without ever freezing the window.

Training runs on the GUI thread in slices of a few milliseconds driven by a zero-interval
QTimer, so the event loop turns between slices and every control stays live; no thread
shares the network with the views. The Player only drives: the curves, the history, the
roll-back point and why training stopped live in the document's ``TrainingRun``. Views are
told to redraw at most ``redraw_hz`` times a second, never once per step.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from playground.document import edits
from playground.document.network_document import NetworkDocument
from playground.document.training_run import Stop, StopKind
from playground.engine import StopReason

REDRAW_HZ = 32  # frames aim a little under 1/30 s, so that about 30 redraws a second land
MIN_SLICE, MAX_SLICE = 0.004, 0.022  # seconds of training per turn of the event loop


class Player(QObject):
    """Trains ``doc``'s current run epoch after epoch while playing.

    ``clock`` (seconds, monotonic) paces the slices and the speed limit; tests give their
    own to count steps without depending on the machine's speed.
    """

    state_changed = Signal()  # playing or paused
    # While playing, frames alternate between the numbers (the document's
    # ``training_progressed``: diagram, inspector, status bar) and the plots (``plot_due(0)``
    # the loss curve, ``plot_due(1)`` the boundary), so that a frame draws about half of
    # the window and training keeps most of it; each view redraws 15 times a second. On
    # pause everything redraws at once.
    plot_due = Signal(int)
    frame_drawn = Signal(int)  # after every frame, its number (tests and benchmarks count)
    stopped = Signal(object)  # a Stop: why training stopped by itself

    def __init__(
        self,
        doc: NetworkDocument,
        *,
        redraw_hz: float = REDRAW_HZ,
        clock: Callable[[], float] = time.perf_counter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.steps_per_second: float | None = None  # None: as fast as the engine goes
        self._clock = clock
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
        doc.about_to_change.connect(self.pause)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        if self.playing:
            return
        if self.doc.run.viewing is not None:  # playing on from a record in the past
            self.doc.undo_stack.push(edits.continue_from_viewed(self.doc))
        run = self.doc.run
        if self.doc.epochs <= run.trainer.epoch:
            self.state_changed.emit()  # not playing: the Play button goes back up
            self._report(Stop(StopKind.EPOCH_LIMIT, run.trainer.epoch, self.doc.epochs))
            return
        run.start_playing()
        self._safe = None
        self._slice_ended = 0.0
        self._started_at, self._steps_at_start = self._clock(), run.trainer.steps
        self._timer.start()
        self.state_changed.emit()

    def pause(self) -> None:
        if not self.playing:
            return
        self._timer.stop()
        self.doc.run.record_present()
        self._redraw()
        self.state_changed.emit()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def roll_back(self) -> None:
        """Back to the state when Play was last pressed (after a divergence, say)."""
        self.pause()
        self.doc.roll_back()

    # -- one slice of training -----------------------------------------------------------

    def _slice(self) -> None:
        """One frame: train, redraw, and let Qt paint before the next frame.

        The time between two frames (painting, input, other timers) and the redraw's own
        cost are measured, so that training takes what is left of a 1/``redraw_hz`` s
        frame, and never less than the drawing takes: on a machine too slow or too busy
        for both, frames come less often rather than training getting under half the time.
        """
        clock = self._clock
        started = clock()
        if self._slice_ended:
            self._outside = _smoothed(self._outside, started - self._slice_ended)
        drawing = self._outside + self._redraw_cost
        budget = min(max(self._redraw_interval - drawing, MIN_SLICE, drawing), MAX_SLICE)
        deadline = started + budget
        trainer = self.doc.run.trainer
        if trainer.epoch >= self.doc.epochs:  # the limit was lowered while playing
            self._finish(Stop(StopKind.EPOCH_LIMIT, trainer.epoch, self.doc.epochs))
            return
        before = trainer.checkpoint()
        while clock() < deadline and self.playing:
            epochs, steps = self._due()
            if epochs == 0 or steps == 0:
                break
            chunk_started, steps_before = clock(), trainer.steps
            if not self._train(epochs, steps, before):
                break
            self._adapt_chunk(trainer.steps - steps_before, clock() - chunk_started, budget)
        else:
            self._safe = before  # the slice's first epoch measured its start: finite
        if self.playing:
            redraw_started = clock()
            self._redraw()
            self._redraw_cost = _smoothed(self._redraw_cost, clock() - redraw_started)
        self._slice_ended = clock()

    def _due(self) -> tuple[int, int]:
        """What the next call may train: whole epochs up to the epoch limit, and at most a
        chunk of steps, fewer when a speed is set. Steps, not epochs, bound a call, so one
        epoch of a big data set never stalls the window."""
        trainer = self.doc.run.trainer
        epochs = self.doc.epochs - trainer.epoch
        steps = self._chunk
        if self.steps_per_second:
            elapsed = self._clock() - self._started_at
            allowed = int(elapsed * self.steps_per_second) - (trainer.steps - self._steps_at_start)
            steps = min(steps, max(allowed, 0))
        return max(epochs, 0), steps

    def _train(self, epochs: int, steps: int, slice_start) -> bool:
        """Train up to ``epochs`` epochs in at most ``steps`` steps; False when training
        stopped (diverged or finished)."""
        run = self.doc.run
        trainer = run.trainer
        history = trainer.train(epochs, max_steps=steps, keep_every=run.history.stride)
        if history.stopped_because is StopReason.LOSS_NOT_FINITE or not _finite(trainer.network):
            self._diverged(self._safe or slice_start, history)
            return False
        run.record_epochs(history.epochs, history.kept)
        if trainer.epoch >= self.doc.epochs:
            self._finish(Stop(StopKind.EPOCH_LIMIT, trainer.epoch, self.doc.epochs))
            return False
        last = history.epochs[-1].loss if history.epochs else None
        target = self.doc.target_loss
        if target is not None and last is not None and last <= target:
            self._finish(Stop(StopKind.TARGET_LOSS, trainer.epoch, target))
            return False
        return True

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
        run = self.doc.run
        trainer = run.trainer
        trainer.restore(before)
        run.discard_after(before.epoch)
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
            run.record_epochs(replay.epochs)
            previous = current
        run.discard_after(trainer.epoch)
        self._timer.stop()
        run.record_present()
        nan = any(np.isnan(r.loss) for r in history.epochs)
        learning_rate = float(self.doc.file.optimizer.get("learning_rate", float("nan")))
        self._redraw()
        self.state_changed.emit()
        self._report(Stop(StopKind.DIVERGED, trainer.epoch, learning_rate, nan=nan))

    def _finish(self, stop: Stop) -> None:
        self.pause()
        self._report(stop)

    def _report(self, stop: Stop) -> None:
        self.doc.run.stopped(stop)
        self.stopped.emit(stop)

    def _redraw(self) -> None:
        elapsed = self._clock() - self._started_at
        trainer = self.doc.run.trainer
        if self.playing and elapsed > 0:
            self.measured_steps_per_second = (trainer.steps - self._steps_at_start) / elapsed
        self.frame += 1
        numbers = plots = not self.playing
        if self.playing:
            numbers, plots = self.frame % 2 == 0, self.frame % 2 == 1
        if numbers:
            self.doc.training_progressed()
        if plots:
            self.doc.run.record_test_loss()
            self.plot_due.emit(0)
            self.plot_due.emit(1)
        self.frame_drawn.emit(self.frame)


def _smoothed(average: float, sample: float) -> float:
    return sample if not average else 0.8 * average + 0.2 * sample


def _finite(network) -> bool:
    return all(
        np.isfinite(layer.weights).all() and np.isfinite(layer.bias).all()
        for layer in network.layers
    )
