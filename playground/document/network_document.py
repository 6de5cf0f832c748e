"""NetworkDocument: the one object that owns the open network, its data and its training state.

Views observe it through Qt signals and never change engine state behind its back. Edits
arrive as QUndoCommands (``playground.document.commands``) that call its ``set_*``/``restore``
methods; its own methods never push commands. Stepping (forward, backward, update) is not an
edit: it changes the trace and the weights but is not undone with Ctrl+Z.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from playground.document.snapshot import Snapshot
from playground.engine import EngineError, Network, Phase, Trainer, make_optimizer
from playground.engine.metrics import correct_count, is_classification
from playground.engine.training import EpochRecord

NodeRef = tuple[int, int]
"""(column, index): column 0 is the input layer, column c ≥ 1 is network.layers[c − 1]."""

DEFAULT_EPOCHS = 1000


class NetworkDocument(QObject):
    """The open network file: network, optimizer and training settings, data, layout, trainer."""

    structure_changed = Signal()  # layers, nodes or edges added or removed: redraw everything
    parameters_changed = Signal()  # weights or biases changed (edit, update, reset)
    labels_changed = Signal()  # node labels or activations changed
    positions_changed = Signal()  # node positions changed
    values_changed = Signal()  # a phase ran: net, out, delta and gradients changed
    phase_changed = Signal()  # what may run next changed
    settings_changed = Signal()  # loss, optimizer, training settings or data changed
    sample_changed = Signal()  # the sample the stepper shows changed
    path_changed = Signal()  # saved under another name, or the modified state changed
    notice = Signal(str)  # a message in plain words for the status bar
    about_to_edit = Signal()  # an edit or a training step is about to change the network
    epoch_finished = Signal(object)  # an EpochRecord: an epoch trained by hand (F/B/U, S, E)

    def __init__(self, file, *, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        # The weights in memory are the truth from here on; an ``init`` would no longer say
        # where they came from once edited or trained, so saving writes explicit weights only.
        file.inits = []
        self.path = Path(path) if path else None
        self.undo_stack = DocumentUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.positions: dict[NodeRef, tuple[float, float]] = _positions_from_layout(file.layout)
        self.epochs = int(file.layout.get("ui", {}).get("epochs", DEFAULT_EPOCHS))
        self.sample: int | None = None
        self.trained_since_save = False
        self._load_dataset()
        self.trainer = self._new_trainer()
        self.initial = Snapshot.take(self)
        self._last_phase = self.trainer.phase

    # -- what views read -----------------------------------------------------------------

    @property
    def network(self) -> Network:
        return self.file.network

    @property
    def trace(self):
        return self.trainer.trace

    @property
    def phase(self) -> Phase:
        return self.trainer.phase

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
        labels = (
            self.network.input_labels if column == 0 else self.network.layers[column - 1].labels
        )
        if labels:
            return labels[index]
        last = len(self.network.layers)
        if column == 0:
            return f"x{index + 1}"
        if column == last:
            return f"y{index + 1}"
        return f"h{index + 1}" if last == 2 else f"h{column}.{index + 1}"

    def labels_of(self, column: int) -> list[str]:
        return [self.label(column, i) for i in range(self.network.layer_sizes[column])]

    # -- edits: called by undo commands only -----------------------------------------------

    def set_weight(self, column: int, source: int, target: int, value: float) -> None:
        self.network.layers[column - 1].weights[source, target] = value
        self._after_parameter_edit()

    def set_bias(self, column: int, index: int, value: float) -> None:
        self.network.layers[column - 1].bias[index] = value
        self._after_parameter_edit()

    def set_label(self, column: int, index: int, text: str) -> None:
        labels = self.labels_of(column)
        labels[index] = text
        if column == 0:
            self.network.input_labels = labels
        else:
            self.network.layers[column - 1].labels = labels
        self.labels_changed.emit()

    def set_positions(self, positions: dict[NodeRef, tuple[float, float]]) -> None:
        self.positions.update(positions)
        self.positions_changed.emit()

    def restore(self, snapshot: Snapshot) -> None:
        """Make the document's editable state that of ``snapshot`` (undo and redo of big edits)."""
        self.file.network = snapshot.network.copy()
        self.file.optimizer = dict(snapshot.optimizer)
        self.file.training = snapshot.training
        data_changed = self._loaded_from != _source_key(snapshot.data, snapshot.test_data)
        self.file.data, self.file.test_data = snapshot.data, snapshot.test_data
        self.positions = dict(snapshot.positions)
        self.epochs = snapshot.epochs
        if data_changed:
            self._load_dataset()
            self.sample = None
        self.trainer = self._new_trainer()
        for signal in (
            self.structure_changed,
            self.parameters_changed,
            self.settings_changed,
            self.values_changed,
            self.phase_changed,
            self.sample_changed,
        ):
            signal.emit()

    def _load_dataset(self) -> None:
        self.dataset = self.file.dataset()
        self._loaded_from = _source_key(self.file.data, self.file.test_data)

    def trainer_problem(
        self, network: Network | None = None, optimizer: dict | None = None, dataset=None
    ) -> str | None:
        """Why no trainer can be built from these (the document's own where None), or None.

        Edits ask this before they are pushed, so that no undo or redo can fail half-way.
        """
        try:
            self._new_trainer(network, optimizer, dataset)
        except (EngineError, ValueError) as error:
            return str(error)
        return None

    def _clean_changed(self, _clean: bool) -> None:
        self.path_changed.emit()

    def _after_parameter_edit(self) -> None:
        self.trainer.invalidate()
        self.parameters_changed.emit()
        self.values_changed.emit()
        self.phase_changed.emit()

    # -- checks a command asks before it is pushed -----------------------------------------

    def problem_with(self, edit) -> str | None:
        """Why ``edit`` (a function changing a Snapshot's network) cannot be done, or None."""
        try:
            network = edit(self.network)
        except (EngineError, ValueError) as error:
            return str(error)
        if network.input_units != self.dataset.n_inputs:
            return (
                f"the data has {self.dataset.n_inputs} inputs per sample, "
                f"so the input layer keeps {self.dataset.n_inputs} nodes"
            )
        if network.output_units != self.dataset.n_outputs:
            return (
                f"the data has {self.dataset.n_outputs} targets per sample, "
                f"so the output layer keeps {self.dataset.n_outputs} nodes"
            )
        return self.trainer_problem(network=network)

    # -- stepping ------------------------------------------------------------------------

    def set_sample(self, sample: int | None) -> None:
        self.sample = sample
        self.trainer.invalidate()
        self.sample_changed.emit()
        self.values_changed.emit()
        self.phase_changed.emit()

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

    def reset_training(self) -> None:
        """Forget the optimizer's state and the epoch count; weights stay as they are."""
        self.trainer = self._new_trainer()
        self.values_changed.emit()
        self.phase_changed.emit()

    def training_progressed(self) -> None:
        """The player trained some epochs: weights and the last pass's values changed."""
        if not self.trained_since_save:
            self.trained_since_save = True
            self.path_changed.emit()
        self.parameters_changed.emit()
        self.values_changed.emit()
        if self.phase is not self._last_phase:
            self._last_phase = self.phase
            self.phase_changed.emit()

    def _record(self) -> EpochRecord:
        """The epoch just finished by hand, as the last pass measured it."""
        trace = self.trainer.trace
        right = None
        if is_classification(trace.targets):
            right = correct_count(trace.outputs, trace.targets) / trace.targets.shape[0]
        return EpochRecord(self.trainer.epoch, trace.loss, right)

    def restore_trainer(self, state) -> None:
        """Put the trainer back to a checkpoint (time travel, roll back); not an edit."""
        self.trainer.restore(state)
        self.parameters_changed.emit()
        self.values_changed.emit()
        self.phase_changed.emit()

    def _run(self, phase, *, weights: bool = False):
        self.about_to_edit.emit()
        epoch = self.trainer.epoch
        try:
            result = phase()
        except (EngineError, RuntimeError) as error:
            self.notice.emit(str(error))
            return None
        if self.trainer.epoch > epoch:
            self.epoch_finished.emit(result if isinstance(result, EpochRecord) else self._record())
        if weights:
            self.trained_since_save = True
            self.parameters_changed.emit()
            self.path_changed.emit()
        self.values_changed.emit()
        self.phase_changed.emit()
        return result

    def _new_trainer(self, network=None, optimizer=None, dataset=None) -> Trainer:
        settings = self.file.training
        optimizer = dict(self.file.optimizer if optimizer is None else optimizer)
        dataset = self.dataset if dataset is None else dataset
        return Trainer(
            self.network if network is None else network,
            make_optimizer(optimizer.pop("name"), **optimizer),
            inputs=dataset.inputs,
            targets=dataset.targets,
            batch_size=settings.batch_size,
            shuffle=settings.shuffle,
            seed=settings.seed,
        )

    # -- saving ----------------------------------------------------------------------------

    def layout_for_saving(self) -> dict:
        layout = dict(self.file.layout)
        layout["nodes"] = {f"{c}:{i}": [x, y] for (c, i), (x, y) in sorted(self.positions.items())}
        layout["ui"] = {**layout.get("ui", {}), "epochs": self.epochs}
        return layout

    def file_for_saving(self):
        """The file object with the current node positions written into its layout."""
        self.file.layout = self.layout_for_saving()
        return self.file

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.trained_since_save = False
        self.undo_stack.setClean()
        self.path_changed.emit()


def _positions_from_layout(layout: dict) -> dict[NodeRef, tuple[float, float]]:
    positions = {}
    for key, value in layout.get("nodes", {}).items():
        column, index = (int(part) for part in key.split(":"))
        positions[(column, index)] = (float(value[0]), float(value[1]))
    return positions


class DocumentUndoStack(QUndoStack):
    """The document's undo stack: tells the document before each new edit is pushed."""

    def __init__(self, doc: NetworkDocument) -> None:
        super().__init__(doc)
        self._doc = doc
        self._pushing = False

    def push(self, command) -> None:
        if not self._pushing:
            self._pushing = True  # the announcement may push a command of its own
            try:
                self._doc.about_to_edit.emit()
            finally:
                self._pushing = False
        super().push(command)


def _source_key(data, test_data) -> tuple:
    """What a dataset was loaded from, comparable: the sources' JSON forms."""
    return (data.to_json(), None if test_data is None else test_data.to_json())
