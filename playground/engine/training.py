"""Training: the phase-keeping ``Trainer`` (forward → backward → update) and its epoch loop.

A ``Trainer`` holds a network, an optimizer and training data, and remembers which phase
ran last, so that ``backward`` before ``forward`` or ``update`` before ``backward`` is a
clear ``PhaseError``. The window steps it one phase at a time; the command line and
notebooks call ``train``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from enum import Enum

import numpy as np

from playground.engine.epoch_loop import EpochLoop
from playground.engine.errors import EngineError, PhaseError
from playground.engine.losses import get_loss, targets_problem
from playground.engine.messages import Message
from playground.engine.metrics import accuracy, is_classification
from playground.engine.network import LayerTrace, Network, Trace
from playground.engine.optimizers import Optimizer, Perceptron, check_perceptron
from playground.engine.stop import StopReason


class Phase(Enum):
    """What the last call did; it decides which phase may come next."""

    READY = "ready"
    FORWARD = "forward done"
    BACKWARD = "backward done"
    UPDATED = "updated"


@dataclass
class EpochRecord:
    """One epoch's figures as Keras reports them: loss and accuracy over the epoch's batches,
    each batch counted at the weights it was trained from (before its update)."""

    epoch: int
    loss: float
    accuracy: float | None
    mae: float | None = None  # regression: mean |t − y| over the outputs and samples


@dataclass
class History:
    """What a run of ``train`` recorded, one entry per epoch; ``stopped_because`` is a
    ``StopReason`` when it stopped early, else empty. ``kept``: the trainer's checkpoints
    after each epoch that is a multiple of ``train``'s ``keep_every`` (for time travel)."""

    epochs: list[EpochRecord] = field(default_factory=list)
    stopped_because: StopReason | str = ""
    kept: list[TrainerState] = field(default_factory=list)

    @property
    def losses(self) -> list[float]:
        return [record.loss for record in self.epochs]


@dataclass(frozen=True)
class TrainerState:
    """A copy of everything a Trainer's training changes (see ``Trainer.checkpoint``)."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    optimizer_state: dict
    iterations: int
    epoch: int
    steps: int
    cursor: int
    order: np.ndarray
    shuffled: bool
    rng_state: dict
    partial: tuple[float, int, int, float] | None = None
    optimizer_name: str = ""

    @property
    def nbytes(self) -> int:
        arrays = [*self.weights, *self.biases, *self.optimizer_state.values(), self.order]
        return sum(a.nbytes for a in arrays)


@dataclass(frozen=True)
class PassState:
    """The last pass of a Trainer and what may run next (see ``Trainer.pass_state``)."""

    phase: Phase
    trace: Trace | None
    weights_before_update: list[np.ndarray] | None
    batch_ends_epoch: bool


MAX_KEPT_TRACE = 250_000  # numbers: a bigger pass is not copied, it is run again


def copy_trace(trace: Trace) -> Trace | None:
    """An independent copy of ``trace`` (its arrays are reused by later passes), or None
    when it holds more than ``MAX_KEPT_TRACE`` numbers."""
    arrays = [trace.inputs, *(a for lt in trace.layers for a in (lt.net, lt.out))]
    if sum(a.size for a in arrays) > MAX_KEPT_TRACE:
        return None

    def c(array):
        return None if array is None else array.copy()

    return Trace(
        inputs=trace.inputs.copy(),
        layers=[
            LayerTrace(c(lt.net), c(lt.out), c(lt.delta), c(lt.grad_weights), c(lt.grad_bias))
            for lt in trace.layers
        ],
        targets=c(trace.targets),
        sample_losses=c(trace.sample_losses),
        extra=dict(trace.extra),
        reduction=trace.reduction,
    )


class Trainer:
    """A network, its optimizer and its data, stepped one phase at a time or trained in epochs."""

    def __init__(
        self,
        network: Network,
        optimizer: Optimizer,
        *,
        inputs: np.ndarray,
        targets: np.ndarray,
        batch_size: int | None = None,
        shuffle: bool = False,
        seed: int = 0,
    ) -> None:
        self.network = network
        self.optimizer = optimizer
        self.inputs = np.ascontiguousarray(inputs, dtype=np.float64)
        self.targets = np.ascontiguousarray(targets, dtype=np.float64)
        if self.inputs.shape[0] != self.targets.shape[0]:
            raise EngineError(
                Message(
                    "{inputs} input rows but {targets} target rows",
                    inputs=self.inputs.shape[0],
                    targets=self.targets.shape[0],
                )
            )
        problem = targets_problem(network.loss, network.layers[-1].activation, self.targets)
        if problem:
            raise EngineError(problem)
        if isinstance(optimizer, Perceptron):
            check_perceptron(network)
            batch_size = 1
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.epoch = 0
        self.steps = 0
        self.phase = Phase.READY
        self.trace: Trace | None = None
        self.weights_before_update: list[np.ndarray] | None = None
        self._order = np.arange(self.n_samples)
        self._classification = is_classification(self.targets)
        self._cursor = 0
        self._shuffled = False
        self._batch_ends_epoch = False  # the batch drawn last is its epoch's last
        # an unfinished epoch's sums: loss, right answers, rows, absolute errors
        self._partial: tuple[float, int, int, float] | None = None

    @property
    def n_samples(self) -> int:
        return self.inputs.shape[0]

    @property
    def at_epoch_start(self) -> bool:
        """No batch of the current epoch trained yet (by the loop or by hand)."""
        return self._cursor == 0

    @property
    def effective_batch_size(self) -> int:
        return self.n_samples if self.batch_size is None else min(self.batch_size, self.n_samples)

    # -- the three phases -------------------------------------------------------------

    def forward(self, *, sample: int | None = None) -> Trace:
        """Forward phase on one sample, or on the epoch's next batch when ``sample`` is None."""
        if sample is None:
            rows = self._next_batch_rows()
        else:
            if not 0 <= sample < self.n_samples:
                raise EngineError(
                    Message(
                        "sample {sample} is out of range (0..{last})",
                        sample=sample,
                        last=self.n_samples - 1,
                    )
                )
            rows = np.array([sample])
            self._batch_ends_epoch = False  # one chosen sample is no part of an epoch
        self.trace = self.network.forward(self.inputs[rows])
        self.trace.targets = self.targets[rows]
        self.trace.extra["rows"] = rows.copy()  # which samples: the window names them
        last = self.trace.layers[-1]
        with np.errstate(all="ignore"):  # E is known once the outputs are, as in the notes
            self.trace.sample_losses = get_loss(self.network.loss).value(
                last.net, last.out, self.trace.targets
            )
        self.phase = Phase.FORWARD
        return self.trace

    def backward(self) -> Trace:
        """Backward phase: deltas and gradients for the samples of the last forward pass."""
        if self.phase is not Phase.FORWARD or self.trace is None:
            raise PhaseError(Message("run the forward pass before the backward pass"))
        self.network.backward(self.trace, self.trace.targets)
        self.phase = Phase.BACKWARD
        return self.trace

    def update(self) -> None:
        """Update phase: the optimizer changes the weights using the last backward pass."""
        if self.phase is not Phase.BACKWARD or self.trace is None:
            raise PhaseError(Message("run the backward pass before updating the weights"))
        self.weights_before_update = [layer.weights.copy() for layer in self.network.layers]
        self.optimizer.update(self.network, self.trace)
        self._count_step()
        self.phase = Phase.UPDATED

    def step(self, *, sample: int | None = None) -> Trace:
        """All three phases; returns the trace of the pass the update used."""
        trace = self.forward(sample=sample)
        self.backward()
        self.update()
        return trace

    def invalidate(self) -> None:
        """Forget the last pass (after an edit of the network or data): start from forward."""
        self.trace = None
        self.phase = Phase.READY
        self._batch_ends_epoch = False

    def _count_step(self) -> None:
        """One more update; an epoch counts once the update of its last batch is done."""
        self.steps += 1
        if self._batch_ends_epoch:
            self.epoch += 1
            self._batch_ends_epoch = False

    # -- checkpoints -----------------------------------------------------------------------

    def checkpoint(self) -> TrainerState:
        """Everything training changes, copied: restoring it makes training go on exactly as
        it would have from here (weights, optimizer moments, counters, batch order, RNG)."""
        layers = self.network.layers
        return TrainerState(
            weights=tuple(layer.weights.copy() for layer in layers),
            biases=tuple(layer.bias.copy() for layer in layers),
            optimizer_state={key: value.copy() for key, value in self.optimizer._state.items()},
            iterations=self.optimizer.iterations,
            epoch=self.epoch,
            steps=self.steps,
            cursor=self._cursor,
            order=self._order.copy(),
            shuffled=self._shuffled,
            rng_state=self.rng.bit_generator.state,  # a new dict on every read
            partial=self._partial,
            optimizer_name=self.optimizer.name,
        )

    def restore(self, state: TrainerState) -> None:
        """Go back (or forward) to ``state``; the network's arrays keep their identity."""
        for layer, weights, bias in zip(
            self.network.layers, state.weights, state.biases, strict=True
        ):
            layer.weights[...] = weights
            layer.bias[...] = bias
        if state.optimizer_name in ("", self.optimizer.name):
            self.optimizer._state = {k: v.copy() for k, v in state.optimizer_state.items()}
            self.optimizer.iterations = state.iterations
        else:  # kept under another optimizer: its moments mean nothing to this one
            self.optimizer.reset()
        self.epoch, self.steps = state.epoch, state.steps
        self._cursor, self._shuffled = state.cursor, state.shuffled
        self._order = state.order.copy()
        self.rng.bit_generator.state = state.rng_state
        self._partial = state.partial
        self.weights_before_update = None
        self.invalidate()

    def pass_state(self) -> PassState:
        """The last pass and the phase it left, copied (``checkpoint`` leaves them out)."""
        return PassState(
            phase=self.phase,
            trace=None if self.trace is None else copy_trace(self.trace),
            weights_before_update=None
            if self.weights_before_update is None
            else [w.copy() for w in self.weights_before_update],
            batch_ends_epoch=self._batch_ends_epoch,
        )

    def restore_pass(self, state: PassState) -> None:
        """Put back a pass taken by ``pass_state`` (after ``restore`` of the same moment)."""
        if state.trace is None and state.phase is not Phase.READY:
            self.invalidate()  # the pass was too big to keep: start from forward
            return
        self.phase = state.phase
        self.trace = None if state.trace is None else copy_trace(state.trace)
        self.weights_before_update = (
            None
            if state.weights_before_update is None
            else [w.copy() for w in state.weights_before_update]
        )
        self._batch_ends_epoch = state.batch_ends_epoch

    # -- settings changed while training ----------------------------------------------------

    def set_optimizer(self, optimizer: Optimizer) -> None:
        """Train on with ``optimizer``'s settings. The same kind of optimizer takes the new
        hyper-parameters and keeps its moments and iteration count (as setting Keras'
        ``optimizer.learning_rate`` between ``fit`` calls does); another kind starts with
        none of its own. Weights, counters and the last pass stay."""
        if isinstance(optimizer, Perceptron):
            check_perceptron(self.network)
        if type(optimizer) is type(self.optimizer):
            for f in fields(optimizer):
                if f.init:
                    setattr(self.optimizer, f.name, getattr(optimizer, f.name))
            return
        self.optimizer = optimizer
        if isinstance(optimizer, Perceptron):
            self.batch_size = 1

    def configure(self, *, batch_size: int | None, shuffle: bool, seed: int) -> None:
        """New batch size, shuffling and seed from the next batch on (the perceptron rule
        keeps a batch of 1). A new seed starts a new random sequence; the current epoch's
        order and position stay."""
        self.batch_size = 1 if isinstance(self.optimizer, Perceptron) else batch_size
        self.shuffle = shuffle
        if seed != self.seed:
            self.seed = seed
            self.rng = np.random.default_rng(seed)

    # -- epochs -------------------------------------------------------------------------

    def run_epoch(self) -> EpochRecord:
        """Train the rest of the current epoch (all of it when at its start) and record it."""
        with np.errstate(over="ignore", invalid="ignore"), EpochLoop(self) as loop:
            return self._run_epoch(loop, keep_weights_before=True)

    def train(
        self,
        epochs: int,
        *,
        target_loss: float | None = None,
        max_steps: int | None = None,
        keep_every: int | None = None,
    ) -> History:
        """Run up to ``epochs`` epochs; stop early at ``target_loss`` or a non-finite loss.

        With ``max_steps``, stop after that many updates even in the middle of an epoch (a
        window trains a big data set in slices this way); ``history`` then holds only the
        epochs that finished, and the next call finishes the one begun. With
        ``keep_every``, ``history.kept`` holds a checkpoint after every epoch that is a
        multiple of it, taken without leaving the loop (a window keeps these for time
        travel; ending a call at each would cost more than the steps on a small network).
        """
        history = History()
        with np.errstate(over="ignore", invalid="ignore"), EpochLoop(self) as loop:
            if loop.whole_batches:
                self.weights_before_update = None
                epochs = epochs if max_steps is None else min(epochs, max_steps)
                while epochs > 0 and not history.stopped_because:
                    run = epochs
                    if keep_every:
                        run = min(epochs, keep_every - self.epoch % keep_every)
                    loop.run_whole_batches(run, target_loss=target_loss, history=history)
                    epochs -= run
                    self._keep(loop, history, keep_every)
                self.phase = Phase.UPDATED
                return history
            start = self.steps
            for _ in range(epochs):
                left = None if max_steps is None else max_steps - (self.steps - start)
                if left is not None and left <= 0:
                    break
                record = self._run_epoch(loop, keep_weights_before=False, max_steps=left)
                if record is None:
                    break
                history.epochs.append(record)
                self._keep(loop, history, keep_every)
                if not math.isfinite(record.loss):
                    history.stopped_because = StopReason.LOSS_NOT_FINITE
                    break
                if target_loss is not None and record.loss <= target_loss:
                    history.stopped_because = StopReason.TARGET_LOSS
                    break
        return history

    def _keep(self, loop: EpochLoop, history: History, keep_every: int | None) -> None:
        """A checkpoint in ``history.kept`` when an epoch that is a multiple of
        ``keep_every`` has just finished (not after a non-finite loss: it is not kept)."""
        last = history.epochs[-1] if history.epochs else None
        if not keep_every or last is None or last.epoch != self.epoch:
            return
        if self.epoch % keep_every == 0 and math.isfinite(last.loss):
            history.kept.append(loop.checkpoint())

    def _run_epoch(
        self, loop: EpochLoop, *, keep_weights_before: bool, max_steps: int | None = None
    ) -> EpochRecord | None:
        if not keep_weights_before:
            self.weights_before_update = None  # train runs too many updates to copy for each
        sums = loop.run_epoch(keep_weights_before=keep_weights_before, max_steps=max_steps)
        self.phase = Phase.UPDATED
        if sums is None:
            return None  # stopped mid-epoch after max_steps
        loss_sum, right, seen, off = sums
        acc = None if right is None else right / seen
        mae = off / (seen * self.targets.shape[1]) if right is None else None
        # the mean of the batches' losses: per sample for "mean", per batch for "sum"
        per = self.effective_batch_size if self.network.reduction == "sum" else 1
        return EpochRecord(self.epoch, loss_sum * per / seen, acc, mae)

    def evaluate(
        self, inputs: np.ndarray | None = None, targets: np.ndarray | None = None
    ) -> Trace:
        """A forward and backward pass without updating: loss and outputs at the current weights."""
        inputs = self.inputs if inputs is None else inputs
        targets = self.targets if targets is None else targets
        return self.network.backward(self.network.forward(inputs), targets)

    def training_accuracy(self) -> float | None:
        return accuracy(self.network.predict(self.inputs), self.targets)

    def _next_batch_rows(self) -> np.ndarray:
        start, stop = self._next_batch_range()
        return self._order[start:stop]

    def _next_batch_range(self) -> tuple[int, int]:
        """Positions in ``_order`` of the next batch; shuffles the order as an epoch starts."""
        if self._cursor == 0 and self.shuffle:
            self.rng.shuffle(self._order)
            self._shuffled = True
        start, n_samples = self._cursor, self.n_samples
        stop = min(start + self.effective_batch_size, n_samples)
        self._cursor = 0 if stop >= n_samples else stop
        self._batch_ends_epoch = self._cursor == 0
        return start, stop
