"""NetworkDocument: the one object that owns the open network, its settings and its training.

The document owns the network file's contents (network, optimizer and training settings,
data source, layout) and exactly one ``TrainingRun`` (trainer, counters, curves, history,
roll-back point). Views observe it and never keep copies. Edits arrive as QUndoCommands
(``playground.document.commands``) that call one document method each: ``edit`` the first
time, ``swap_state`` on every undo and redo after that; its own methods never push commands.
Stepping (forward, backward, update) and Play are not edits and are not undone with Ctrl+Z.

Every operation tells the views what it changed once, at its end: ``changed`` carries the
``Change`` flags, and each flag's own signal follows (once).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from playground.document.changes import Change, EditKind
from playground.document.snapshot import Snapshot, same_source
from playground.document.training_run import TrainingRun
from playground.engine import EngineError, Network, Phase, PhaseError
from playground.engine.messages import Message, message_of
from playground.engine.metrics import correct_count, is_classification
from playground.engine.training import EpochRecord
from playground.io import NetworkFileError, build_trainer

NodeRef = tuple[int, int]
"""(column, index): column 0 is the input layer, column c ≥ 1 is network.layers[c − 1]."""

DEFAULT_EPOCHS = 1000
MAX_EARLIER_RUNS = 5
UNDO_LIMIT = 200


class NetworkDocument(QObject):
    """The open network file: network, settings, data, layout, and the training run."""

    changed = Signal(object)  # a Change: everything one operation changed, once
    structure_changed = Signal()  # layers, nodes or edges added or removed: redraw everything
    parameters_changed = Signal()  # weights or biases changed (edit, update, restore)
    labels_changed = Signal()  # node labels, activations or the loss changed
    positions_changed = Signal()  # node positions changed
    values_changed = Signal()  # net, out, delta and gradients changed
    phase_changed = Signal()  # what may run next changed
    settings_changed = Signal()  # loss, optimizer, training settings or data changed
    sample_changed = Signal()  # the sample the stepper shows changed
    path_changed = Signal()  # saved under another name, or the modified state changed
    run_changed = Signal()  # another training run became current
    records_changed = Signal()  # curves, history, counters or stop state changed
    # a message in plain words for the status bar: an object, so that a Message reaches the
    # window as one (a str signal would hand over a plain copy, which cannot be translated)
    notice = Signal(object)
    about_to_change = Signal()  # an edit, undo, time travel or roll back comes: pause Play

    _SIGNALS = {
        Change.STRUCTURE: "structure_changed",
        Change.PARAMETERS: "parameters_changed",
        Change.LABELS: "labels_changed",
        Change.POSITIONS: "positions_changed",
        Change.VALUES: "values_changed",
        Change.PHASE: "phase_changed",
        Change.SETTINGS: "settings_changed",
        Change.SAMPLE: "sample_changed",
        Change.PATH: "path_changed",
        Change.RUN: "run_changed",
        Change.RECORDS: "records_changed",
    }

    def __init__(self, file, *, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        # The weights in memory are the truth from here on; an ``init`` would no longer say
        # where they came from once edited or trained, so saving writes explicit weights only.
        file.inits = []
        self.path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        # Each step keeps a whole state (weights, moments, curves): bound the memory.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.positions: dict[NodeRef, tuple[float, float]] = _positions_from_layout(file.layout)
        ui = file.layout.get("ui", {})
        ui = ui if isinstance(ui, dict) else {}
        self.epochs = _epochs(ui.get("epochs"))
        self.target_loss: float | None = _target_loss(ui.get("target_loss"))
        self.sample: int | None = None
        self.trained_since_save = False
        self.earlier_runs: tuple = ()  # frozen curves of earlier runs, oldest first
        self._depth = 0
        self._pending = Change.NONE
        self.run = self._new_run(file.dataset())
        if file.run is not None:  # saved with the file: go on where the learner left
            try:
                self.run.load_record(file.run)
            except NetworkFileError:
                raise
            except ValueError as error:
                raise NetworkFileError("run", message_of(error)) from None
        self.initial = file.network.copy()
        self.save_run = True  # File → Save writes where training stands (the run section)
        self.show_batch_mean = False  # views show the pass's first sample, not the mean

    # -- what views read -----------------------------------------------------------------

    @property
    def network(self) -> Network:
        return self.file.network

    @property
    def trainer(self):
        return self.run.trainer

    @property
    def dataset(self):
        return self.run.dataset

    @property
    def trace(self):
        return self.run.trainer.trace

    @property
    def phase(self) -> Phase:
        return self.run.trainer.phase

    @property
    def title(self) -> str:
        return self.path.name if self.path else (self.file.name or "Untitled")

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self.trained_since_save

    def column_sizes(self) -> list[int]:
        return self.network.layer_sizes

    def label(self, column: int, index: int) -> str:
        """A node's name: its label from the file, else x1.. (inputs), h1.. (hidden), y1.."""
        return self.network.node_label(column, index)

    def labels_of(self, column: int) -> list[str]:
        return [self.label(column, i) for i in range(self.network.layer_sizes[column])]

    # -- notifications ---------------------------------------------------------------------

    @contextmanager
    def _operation(self) -> Iterator[None]:
        """Everything changed inside is announced once, when the outermost operation ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._pending:
                change, self._pending = self._pending, Change.NONE
                self.changed.emit(change)
                for flag, name in self._SIGNALS.items():
                    if flag in change:
                        getattr(self, name).emit()

    def _clean_changed(self, _clean: bool) -> None:
        self._notify(Change.PATH)

    def _notify(self, change: Change) -> None:
        self._pending |= change
        if self._depth == 0:
            with self._operation():
                pass

    # -- edits: called by undo commands only -----------------------------------------------

    def edit(self, kind: EditKind, change: Callable[[NetworkDocument], None]) -> Snapshot | None:
        """Make one edit of class ``kind``: ``change`` changes the document's contents, then
        the kind's effect on the training run follows. Returns the state before the edit
        (for undo), or None when ``change`` failed (the document is then as it was).
        A settings edit lets Play go on (with the new settings); any other edit pauses it."""
        if kind is not EditKind.SETTINGS:
            self.about_to_change.emit()
        before = Snapshot.take(self)
        with self._operation():
            try:
                if kind is not EditKind.COSMETIC:
                    self.run.continue_from_viewed()
                change(self)
                self._apply(kind, before)
            except (EngineError, ValueError) as error:
                self._restore(before)
                self.notice.emit(message_of(error))
                return None
            after = Snapshot.take(self)
            self._notify(before.differences(after) | _TRAINING | Change.PARAMETERS)
        return before

    def swap_state(self, state: Snapshot) -> Snapshot:
        """Make ``state`` the document's state (undo and redo); return the state it had."""
        self.about_to_change.emit()
        current = Snapshot.take(self)
        with self._operation():
            self._restore(state)
            self._notify(current.differences(state) | _TRAINING | Change.PARAMETERS)
        was, now = current.run_state.checkpoint.epoch, self.trainer.epoch
        if current.run is state.run and was != now:
            self.notice.emit(
                Message(
                    "Training is back at epoch {now}; epoch {was} is kept: "
                    "redo (or undo) returns to it.",
                    now=now,
                    was=was,
                )
            )
        return current

    def _apply(self, kind: EditKind, before: Snapshot) -> None:
        if kind is EditKind.PARAMETER:
            self.run.after_parameter_edit()
        elif kind is EditKind.SETTINGS:
            self._apply_settings(self.run)
        elif kind is EditKind.NEW_RUN:
            self._start_new_run(before)

    def _start_new_run(self, before: Snapshot) -> None:
        old = self.run
        if old.loss_curve.last is not None:
            self.earlier_runs = (*self.earlier_runs, old.frozen_curves())[-MAX_EARLIER_RUNS:]
        same_data = same_source(before.data, self.file.data) and same_source(
            before.test_data, self.file.test_data
        )
        dataset = old.dataset if same_data else self.file.dataset()
        if not same_data:
            self.sample = None
        self.run = self._new_run(dataset)

    def _new_run(self, dataset) -> TrainingRun:
        f = self.file
        return TrainingRun(build_trainer(f.network, f.optimizer, f.training, dataset), dataset)

    def _apply_settings(self, run: TrainingRun) -> None:
        """The file's optimizer and training settings, on ``run``'s trainer in place."""
        fresh = build_trainer(run.network, self.file.optimizer, self.file.training, run.dataset)
        run.trainer.set_optimizer(fresh.optimizer)
        training = self.file.training
        run.trainer.configure(
            batch_size=training.batch_size, shuffle=training.shuffle, seed=training.seed
        )

    def _restore(self, state: Snapshot) -> None:
        f = self.file
        network = state.network.copy()
        f.network = network
        f.optimizer = dict(state.optimizer)
        f.training = state.training
        f.data, f.test_data = state.data, state.test_data
        self.positions = dict(state.positions)
        self.epochs, self.target_loss, self.sample = state.epochs, state.target_loss, state.sample
        self.earlier_runs = state.earlier_runs
        self.run = state.run
        self.run.trainer.network = network  # the run was made for this shape
        self._apply_settings(self.run)  # before the run's state: it may change the optimizer
        self.run.restore(state.run_state)

    # Parts of edits, called by the ``change`` of an ``edit``: no notification of their own.

    def set_weight(self, column: int, source: int, target: int, value: float) -> None:
        self.network.layers[column - 1].weights[source, target] = value

    def set_bias(self, column: int, index: int, value: float) -> None:
        self.network.layers[column - 1].bias[index] = value

    # -- cosmetic edits: their commands undo them by setting the old value -----------------

    def set_label(self, column: int, index: int, text: str) -> None:
        labels = self.labels_of(column)
        labels[index] = text
        if column == 0:
            self.network.input_labels = labels
        else:
            self.network.layers[column - 1].labels = labels
        self._notify(Change.LABELS)

    def set_positions(self, positions: dict[NodeRef, tuple[float, float]]) -> None:
        self.positions.update(positions)
        self._notify(Change.POSITIONS)

    # -- checks an edit asks before it is made -----------------------------------------------

    def trainer_problem(
        self, network: Network | None = None, optimizer: dict | None = None, dataset=None
    ) -> str | None:
        """Why no trainer can be built from these (the document's own where None), or None.

        Edits ask this before they are pushed, so that no undo or redo can fail half-way.
        """
        try:
            build_trainer(
                self.network if network is None else network,
                self.file.optimizer if optimizer is None else optimizer,
                self.file.training,
                self.dataset if dataset is None else dataset,
            )
        except (EngineError, ValueError) as error:
            return message_of(error)
        return None

    def problem_with(self, edit) -> str | None:
        """Why ``edit`` (a function changing a copy of the network) cannot be done, or None."""
        try:
            network = edit(self.network)
        except (EngineError, ValueError) as error:
            return message_of(error)
        if network.input_units != self.dataset.n_inputs:
            return Message(
                "the data has {n_inputs} inputs per sample, so the input layer keeps {n_inputs} "
                "nodes",
                n_inputs=self.dataset.n_inputs,
            )
        if network.output_units != self.dataset.n_outputs:
            return Message(
                "the data has {n_outputs} targets per sample, so the output layer keeps "
                "{n_outputs} nodes",
                n_outputs=self.dataset.n_outputs,
            )
        return self.trainer_problem(network=network)

    # -- stepping ------------------------------------------------------------------------

    def set_sample(self, sample: int | None) -> None:
        self.sample = sample
        self.run.after_sample_chosen()
        self._notify(Change.SAMPLE | Change.VALUES | Change.PHASE)

    def set_show_batch_mean(self, on: bool) -> None:
        """Show the mean over the last pass's samples, or (off) its first sample's numbers."""
        self.show_batch_mean = bool(on)
        self._notify(Change.VALUES)

    def forward(self) -> None:
        self._run(lambda: self.trainer.forward(sample=self.sample))

    def backward(self) -> None:
        self._run(self.trainer.backward)

    def update(self) -> None:
        self._run(self.trainer.update, weights=True)

    def step(self) -> None:
        """Finish the current forward → backward → update cycle, or run a whole one."""

        def finish_cycle() -> None:
            if self.phase is Phase.FORWARD:
                self.trainer.backward()
            if self.phase is Phase.BACKWARD:
                self.trainer.update()
            else:
                self.trainer.step(sample=self.sample)

        self._run(finish_cycle, weights=True)

    def run_epoch(self):
        return self._run(self.trainer.run_epoch, weights=True)

    def _run(self, phase, *, weights: bool = False):
        run = self.run
        with self._operation():
            if run.viewing is not None:  # the window pushes an undoable branch first
                run.continue_from_viewed()
                self._notify(Change.RECORDS)
            epoch = run.trainer.epoch
            try:
                result = phase()
            except (EngineError, PhaseError) as error:
                self.notice.emit(message_of(error))
                return None
            if run.trainer.epoch > epoch:
                record = result if isinstance(result, EpochRecord) else self._record()
                run.record_epochs([record])
                self._notify(Change.RECORDS)
            if weights:
                self.trained_since_save = True
                self._notify(Change.PARAMETERS | Change.PATH)
            self._notify(Change.VALUES | Change.PHASE | Change.RECORDS)
        return result

    def _record(self) -> EpochRecord:
        """The epoch just finished by hand, as its last pass measured it."""
        trace = self.trainer.trace
        right = mae = None
        if is_classification(trace.targets):
            right = correct_count(trace.outputs, trace.targets) / trace.targets.shape[0]
        else:
            mae = float(np.abs(trace.outputs - trace.targets).mean())
        return EpochRecord(self.trainer.epoch, trace.loss, right, mae)

    # -- training driven by the Player, time travel, roll back: not edits ----------------------

    def training_progressed(self) -> None:
        """The player trained some steps: weights, values and records changed."""
        change = _TRAINING | Change.PARAMETERS
        if not self.trained_since_save:
            self.trained_since_save = True
            change |= Change.PATH
        self._notify(change)

    def view_record(self, index: int) -> None:
        """Show the run's record ``index`` exactly (time travel); the last is the present."""
        self.about_to_change.emit()
        self.run.view(index)
        self._notify(_TRAINING | Change.PARAMETERS)

    def back_to_present(self) -> None:
        self.about_to_change.emit()
        self.run.back_to_present()
        self._notify(_TRAINING | Change.PARAMETERS)

    def roll_back(self) -> bool:
        """Back to where Play was last pressed in this run; False when there is no such
        point (a new run, say, after a structure edit)."""
        self.about_to_change.emit()
        if not self.run.roll_back():
            self.notice.emit(Message("There is nothing to roll back to in this run."))
            return False
        self._notify(_TRAINING | Change.PARAMETERS)
        return True

    def clear_earlier_runs(self) -> None:
        self.earlier_runs = ()
        self._notify(Change.RECORDS)

    # -- saving ----------------------------------------------------------------------------

    def layout_for_saving(self) -> dict:
        layout = dict(self.file.layout)
        layout["nodes"] = {f"{c}:{i}": [x, y] for (c, i), (x, y) in sorted(self.positions.items())}
        ui = {**layout.get("ui", {}), "epochs": self.epochs}
        ui.pop("target_loss", None)
        if self.target_loss is not None:
            ui["target_loss"] = self.target_loss
        layout["ui"] = ui
        return layout

    def file_for_saving(self):
        """The file object with the current node positions written into its layout, and,
        when ``save_run`` and anything was trained, where training stands."""
        self.file.layout = self.layout_for_saving()
        trained = self.run.trainer.steps > 0
        self.file.run = self.run.record() if self.save_run and trained else None
        return self.file

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.trained_since_save = False
        self.undo_stack.setClean()
        self._notify(Change.PATH)


_TRAINING = Change.VALUES | Change.PHASE | Change.RECORDS
"""What any change of the run's state touches."""


def _positions_from_layout(layout: dict) -> dict[NodeRef, tuple[float, float]]:
    """The node positions a layout gives; an entry the window cannot use is left out (the
    node is then placed by default): the layout is the window's, free-form in the file."""
    nodes = layout.get("nodes", {}) if isinstance(layout, dict) else {}
    positions = {}
    for key, value in nodes.items() if isinstance(nodes, dict) else ():
        ref = _node_ref(key)
        point = _point(value)
        if ref is not None and point is not None:
            positions[ref] = point
    return positions


def _node_ref(key: object) -> NodeRef | None:
    parts = key.split(":") if isinstance(key, str) else ()
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() and len(p) < 7 for p in parts):
        return None
    return int(parts[0]), int(parts[1])


def _point(value: object) -> tuple[float, float] | None:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in value):
        return None
    x, y = float(value[0]), float(value[1])
    return (x, y) if all(math.isfinite(v) and abs(v) < 1e6 for v in (x, y)) else None


MAX_EPOCHS = 10_000_000


def _epochs(value: object) -> int:
    """The epoch limit a layout asks for; the default when it is no sensible whole number."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_EPOCHS:
        return value
    return DEFAULT_EPOCHS


def _target_loss(value: object) -> float | None:
    """The target loss a layout asks for, or None when it names none (or no loss)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1e300:
        return float(value)
    return None
