"""The trainer's epoch loop: forward, backward and update batch after batch, checked once.

``Trainer.step`` checks its arguments, sets NumPy's error state, copies the batch's rows and
the weights (for the inspector) on every call; on a small network that costs more than the
arithmetic. This loop does those things once per call, and runs each step through the same
``Backprop`` and ``Optimizer`` code the phases use, so the weights it leaves are bit for bit
those of calling ``step`` as many times.
"""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING

import numpy as np

from playground.engine.backprop import Backprop
from playground.engine.losses import get_loss
from playground.engine.network import Layer, _as_batch, batch_scale
from playground.engine.optimizers import (
    SGD,
    Adam,
    Optimizer,
    Parameter,
    RMSprop,
    trainable_parameters,
)
from playground.engine.stop import StopReason
from playground.engine.trace import Trace

if TYPE_CHECKING:
    from playground.engine.training import Trainer

_HALF = np.array(0.5)
GATHER_AHEAD = 1 << 20  # numbers (8 MB): how much of shuffled data ``_batch`` gathers at once


def _keep_rows(trainer: Trainer, trace: Trace, start: int, stop: int) -> None:
    """Hand the last batch's trace to the trainer, saying which samples it holds."""
    trace.extra["rows"] = trainer._order[start:stop].copy()
    trainer.trace = trace


class EpochLoop:
    """Runs a trainer's epochs: ``with EpochLoop(trainer) as loop: loop.run_epoch() ...``.

    It refills one ``Trace`` every step; when an epoch ends that trace (the last batch's
    pass) becomes ``trainer.trace``, as after ``step``. With an element-wise optimizer (SGD,
    with or without momentum, Adam, RMSprop) and every bias trained, the steps run on a
    working copy of the layers whose parameters lie in one vector, and the optimizer's state
    (moments, velocities) in vectors laid out alike, so one ``apply`` updates them all;
    leaving the ``with`` block writes the trained values back into the network's own arrays
    and the state back under its per-array keys.
    """

    def __init__(self, trainer: Trainer) -> None:
        network = trainer.network
        # Network.forward/backward would raise these on the first step; raise them up front.
        _as_batch(trainer.inputs, network.input_units, "inputs")
        _as_batch(trainer.targets, network.output_units, "targets")
        self.trainer = trainer
        self.layers = network.layers
        self.working = (
            WorkingCopy(network.layers) if _flat_update(trainer.optimizer, network.layers) else None
        )
        self.flat_state = (
            None if self.working is None else FlatState(trainer.optimizer, network.layers)
        )
        layers = self.layers if self.working is None else self.working.layers
        self.backprop = Backprop(layers, get_loss(network.loss))
        self.parameters = self._parameters()
        self.trace = Trace(trainer.inputs, [], reduction=network.reduction)
        self.reduction = network.reduction
        self.classes = target_classes(trainer.targets) if trainer._classification else None
        self._scales: dict[int, np.ndarray] = {}
        # Rows of the shuffled order gathered ahead (see ``_batch``): positions
        # ``_ahead_from:_ahead_to`` of the order, as [inputs, targets, classes].
        self._ahead: list = []
        self._ahead_from = self._ahead_to = 0

    def __enter__(self) -> EpochLoop:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.working is not None:
            self.working.write_back(self.layers)
            self.flat_state.write_back()

    def checkpoint(self):
        """``trainer.checkpoint()`` as it would be if the loop ended here, taken without
        ending it: the working copy's parameters and the optimizer's state per array."""
        state = self.trainer.checkpoint()
        if self.working is None:
            return state
        layers = self.working.layers
        return dataclasses.replace(
            state,
            weights=tuple(layer.weights.copy() for layer in layers),
            biases=tuple(layer.bias.copy() for layer in layers),
            optimizer_state=self.flat_state.per_array(),
        )

    def run_epoch(
        self, *, keep_weights_before: bool = True, max_steps: int | None = None
    ) -> tuple[float, int | None, int, float] | None:
        """Train the rest of the current epoch; return its loss sum, right answers (None for
        regression), rows, and the sum of absolute errors (regression only).

        ``keep_weights_before``: copy the weights before the epoch's last update into
        ``trainer.weights_before_update`` for the inspector (``train`` skips the copies).
        ``max_steps``: stop after that many steps even mid-epoch, keeping the epoch's sums
        so far on the trainer (the next call goes on adding to them); then return None.
        """
        # One loop body for every step of every epoch: on a small network each method call
        # or copy left out here is a few per cent of a step.
        trainer, backprop, trace = self.trainer, self.backprop, self.trace
        going_on = trainer._cursor != 0 and trainer._partial is not None
        loss_sum, right, seen, off = trainer._partial if going_on else (0.0, 0, 0, 0.0)
        trainer._partial = None
        steps_left = max_steps
        while True:
            start, stop = trainer._next_batch_range()
            inputs, targets, classes = self._batch(start, stop, steps_left)
            trace.inputs = inputs
            trace.layers = backprop.forward(inputs)
            backprop.backward(trace, targets, scale=self._scale(stop - start))
            loss_sum += float(np.add.reduce(trace.sample_losses))
            if classes is not None:
                right += correct_count(trace.outputs, classes)
            else:  # regression: the absolute errors, for the MAE
                off += float(np.add.reduce(np.abs(trace.outputs - targets), axis=None))
            seen += stop - start
            epoch_ends = trainer._cursor == 0
            if epoch_ends and keep_weights_before:
                trainer.weights_before_update = [layer.weights.copy() for layer in backprop.layers]
            self._update()
            if epoch_ends:
                _keep_rows(trainer, trace, start, stop)
                return loss_sum, None if classes is None else right, seen, off
            if steps_left is not None:
                steps_left -= 1
                if steps_left <= 0:
                    _keep_rows(trainer, trace, start, stop)
                    trainer._partial = (loss_sum, right, seen, off)
                    return None

    @property
    def whole_batches(self) -> bool:
        """Every step is a whole epoch over the same arrays: full batch, never shuffled,
        and at an epoch's start."""
        trainer = self.trainer
        return (
            trainer.effective_batch_size == trainer.n_samples
            and not trainer.shuffle
            and trainer._cursor == 0
        )

    def run_whole_batches(self, epochs: int, *, target_loss: float | None, history) -> None:
        """``epochs`` epochs of one step each, recorded in ``history`` as ``Trainer.train``
        records them: the same arithmetic as ``run_epoch`` without its batch bookkeeping,
        which on a network as small as XOR's costs a sixth of a step."""
        from playground.engine.training import EpochRecord  # training imports this module

        trainer, backprop, trace = self.trainer, self.backprop, self.trace
        inputs, targets, classes = trainer.inputs, trainer.targets, self.classes
        rows = trainer.n_samples
        scale, forward, backward = self._scale(rows), backprop.forward, backprop.backward
        divisor = 1 if self.reduction == "sum" else rows  # E: the sum, or the mean
        cells = targets.size  # the MAE is the mean over samples and outputs, as Keras
        optimizer, parameters = trainer.optimizer, self.parameters
        records, isfinite = history.epochs, math.isfinite
        trace.inputs = inputs
        for _ in range(epochs):
            trace.layers = forward(inputs)
            backward(trace, targets, scale=scale)
            loss = float(np.add.reduce(trace.sample_losses)) / divisor
            right = mae = None
            if classes is not None:
                right = correct_count(trace.outputs, classes) / rows
            else:
                mae = float(np.add.reduce(np.abs(trace.outputs - targets), axis=None)) / cells
            if parameters is None:
                optimizer.update(trainer.network, trace)
            else:
                optimizer.apply(parameters)
            trainer.steps += 1
            trainer.epoch += 1
            records.append(EpochRecord(trainer.epoch, loss, right, mae))
            if not isfinite(loss):
                history.stopped_because = StopReason.LOSS_NOT_FINITE
                break
            if target_loss is not None and loss <= target_loss:
                history.stopped_because = StopReason.TARGET_LOSS
                break
        _keep_rows(trainer, trace, 0, rows)

    def _parameters(self) -> list[Parameter] | None:
        """What the optimizer's ``update`` would hand to ``apply`` every step, listed once;
        None for an optimizer with a rule of its own (the perceptron's reads the trace)."""
        optimizer = self.trainer.optimizer
        if self.working is not None:
            return [(FLAT_KEY, self.working.vector, self.backprop.gradients.vector)]
        if type(optimizer).update is not Optimizer.update:
            return None
        return trainable_parameters(self.backprop.layers, self.backprop.gradients.layers)

    def _batch(self, start: int, stop: int, steps_left: int | None = None) -> list:
        """Inputs, targets and target classes (or None) of positions ``start:stop`` of the
        epoch's order: while the data was never shuffled the arrays themselves or slices of
        them, else slices of rows gathered ahead (``_gather_ahead``)."""
        trainer = self.trainer
        if not trainer._shuffled:
            arrays = [trainer.inputs, trainer.targets, self.classes]
            if stop - start == trainer.n_samples:
                return arrays
            return [None if a is None else a[start:stop] for a in arrays]
        # The order is shuffled only as an epoch starts (position 0): rows gathered before
        # then belong to the last epoch's order.
        if start == 0 or not self._ahead_from <= start < stop <= self._ahead_to:
            self._gather_ahead(start, stop, steps_left)
        first, last = start - self._ahead_from, stop - self._ahead_from
        return [None if a is None else a[first:last] for a in self._ahead]

    def _gather_ahead(self, start: int, stop: int, steps_left: int | None) -> None:
        """Gather the rows of the order from ``start`` up to the epoch's end, or as far as
        ``steps_left`` batches reach, in one ``take`` per array rather than one a step: the
        same numbers, fewer calls. At most ``GATHER_AHEAD`` numbers at a time (a big data set
        is gathered in pieces), and never less than the batch ``start:stop``."""
        trainer = self.trainer
        arrays = [trainer.inputs, trainer.targets, self.classes]
        batch = stop - start
        width = trainer.inputs.shape[1] + trainer.targets.shape[1]
        rows = max(batch, GATHER_AHEAD // width // batch * batch)
        if steps_left is not None:
            rows = min(rows, batch * steps_left)
        end = min(trainer.n_samples, start + max(rows, batch))
        order = trainer._order[start:end]
        self._ahead = [None if a is None else a.take(order, axis=0) for a in arrays]
        self._ahead_from, self._ahead_to = start, end

    def _scale(self, rows: int) -> np.ndarray:
        """1 / rows (1 for the sum reduction), as a 0-d array: the same number, and
        NumPy's faster path."""
        scale = self._scales.get(rows)
        if scale is None:
            scale = self._scales[rows] = np.array(batch_scale(self.reduction, rows))
        return scale

    def _update(self) -> None:
        trainer = self.trainer
        if self.parameters is None:
            trainer.optimizer.update(trainer.network, self.trace)
        else:
            trainer.optimizer.apply(self.parameters)
        trainer._count_step()


class WorkingCopy:
    """Copies of some layers whose weights and biases lie end to end in ``vector``, in the
    order of ``Gradients`` (weights, biases, layer by layer)."""

    def __init__(self, layers: list[Layer]) -> None:
        self.vector = np.concatenate(
            [a.ravel() for layer in layers for a in (layer.weights, layer.bias)]
        )
        self.layers = [layer.copy() for layer in layers]
        offset = 0
        for layer in self.layers:
            for name in ("weights", "bias"):
                array = getattr(layer, name)
                view = self.vector[offset : offset + array.size].reshape(array.shape)
                setattr(layer, name, view)
                offset += array.size

    def write_back(self, layers: list[Layer]) -> None:
        """Copy the trained values into ``layers``' own arrays."""
        for layer, copy in zip(layers, self.layers, strict=True):
            np.copyto(layer.weights, copy.weights)
            np.copyto(layer.bias, copy.bias)


FLAT_KEY = ("all",)
"""The key ``apply`` gets for a working copy's vector; its state is ``(*slot, *FLAT_KEY)``."""

# Rules whose every formula treats each number on its own, given the step count: for them
# one ``apply`` to the parameters (and state) laid end to end is, number for number, the
# same operations in the same order as one ``apply`` per array, so the same bits.
_ELEMENT_WISE = (SGD, Adam, RMSprop)


class FlatState:
    """An optimizer's per-array state (``_state[(*slot, "w" or "b", layer)]``: Adam's m and
    v, a velocity) laid end to end under ``(*slot, *FLAT_KEY)`` while a working copy trains,
    in the order of its vector; ``write_back`` puts it back under the per-array keys.

    A slot that is missing or of another shape starts at zeros, as ``Optimizer._slot``
    makes it; a slot the rule has not made yet the rule makes itself, for the whole vector.
    """

    def __init__(self, optimizer: Optimizer, layers: list[Layer]) -> None:
        self.optimizer = optimizer
        self.iterations = optimizer.iterations
        self.before = dict(optimizer._state)
        self.places: list[tuple[tuple, slice, tuple[int, ...]]] = []  # key, where, shape
        offset = 0
        for index, layer in enumerate(layers):
            for name, array in (("w", layer.weights), ("b", layer.bias)):
                self.places.append(((name, index), slice(offset, offset + array.size), array.shape))
                offset += array.size
        keys = {key for key, _, _ in self.places}
        slots = dict.fromkeys(k[:-2] for k in optimizer._state if k[-2:] in keys)
        for slot in slots:
            flat = optimizer._state[(*slot, *FLAT_KEY)] = np.zeros(offset)
            for key, where, shape in self.places:
                kept = optimizer._state.get((*slot, *key))
                if kept is not None and kept.shape == shape:
                    flat[where] = kept.ravel()

    def write_back(self) -> None:
        """Each flat slot's parts under their per-array keys (in the order the per-array
        rule makes them: array by array, slot by slot), the flat slots gone; after no step
        at all, the state exactly as it was."""
        state = self.optimizer._state
        if self.optimizer.iterations == self.iterations:
            state.clear()
            state.update(self.before)
            return
        self._unflatten(state)

    def per_array(self) -> dict:
        """What ``write_back`` would leave as the optimizer's state, as copies, leaving the
        flat slots in place (a checkpoint taken while the working copy trains)."""
        if self.optimizer.iterations == self.iterations:
            return {key: value.copy() for key, value in self.before.items()}
        state = dict(self.optimizer._state)
        self._unflatten(state)
        return {key: value.copy() for key, value in state.items()}

    def _unflatten(self, state: dict) -> None:
        slots = [k[: -len(FLAT_KEY)] for k in state if k[-len(FLAT_KEY) :] == FLAT_KEY]
        flats = [state.pop((*slot, *FLAT_KEY)) for slot in slots]
        for key, where, shape in self.places:
            for slot, flat in zip(slots, flats, strict=True):
                state[(*slot, *key)] = flat[where].reshape(shape).copy()


def _flat_update(optimizer: Optimizer, layers: list[Layer]) -> bool:
    """Whether one ``apply`` on a working copy's vector does what ``update`` does: an
    element-wise rule, every parameter trained, and each one a float64 C-ordered array of
    its own (as ``Layer`` makes them; an array put in its place by hand keeps the general
    path)."""
    arrays = [array for layer in layers for array in (layer.weights, layer.bias)]
    return (
        type(optimizer).update is Optimizer.update
        and type(optimizer) in _ELEMENT_WISE
        and all(layer.train_bias for layer in layers)
        and all(a.dtype == np.float64 and a.flags.c_contiguous for a in arrays)
        and len({id(a) for a in arrays}) == len(arrays)
    )


def target_classes(targets: np.ndarray) -> np.ndarray:
    """The targets' half of ``metrics.correct_count``, worked out once for the whole data:
    for one output which side of 0.5 each target is on, else where its largest value is."""
    if targets.shape[1] == 1:
        return targets >= 0.5
    return targets.argmax(axis=1)


def correct_count(outputs: np.ndarray, classes: np.ndarray) -> int:
    """``metrics.correct_count(outputs, targets)`` given ``target_classes(targets)``."""
    if outputs.shape[1] == 1:
        return int(np.count_nonzero((outputs >= _HALF) == classes))
    return int(np.count_nonzero(outputs.argmax(axis=1) == classes))
