"""The data table dock: every training and test sample of the open document, editable.

One row per sample: the training samples first, numbered 1, 2, …, then the test samples,
tinted and numbered "test 1", "test 2", …; one column per input node, then one per output
node (its target). The table reads the document's data set through a model and keeps no
copy of its own, so 60,000 rows cost no more than four. Every change (a typed value, rows
added or removed, a block pasted from a spreadsheet) becomes one ``edits.set_samples``
command; after undo or redo the table shows the document's data again. A built-in data set
or one read from a file becomes samples kept in the network file at the first edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QFontDatabase, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument, edits
from playground.document.changes import Change
from playground.engine import get_loss
from playground.engine.datasets import Dataset
from playground.lab.session import session_for
from playground.ui.docks.section import message_label, refusal_text
from playground.ui.lab.masking import masks_predictions
from playground.ui.translate import message_text

TEST_TINT = QColor(255, 160, 0, 48)  # translucent: reads on light and dark themes alike
EDIT_TIP = {
    "inline": QT_TRANSLATE_NOOP(
        "DataTableDock",
        "The samples kept in this network file. Double-click a cell or type to change it.",
    ),
    "builtin": QT_TRANSLATE_NOOP(
        "DataTableDock",
        "The built-in {name} data set. Changing a value turns it into samples kept in this "
        "network file (all {count} of them), which you can then change freely; undo brings "
        "the built-in back.",
    ),
    "file": QT_TRANSLATE_NOOP(
        "DataTableDock",
        "The samples read from {name}. Changing a value keeps the samples (all {count} of "
        "them) in this network file from then on; {name} itself is never changed. Undo "
        "brings the file back.",
    ),
}
KEYS_TIP = QT_TRANSLATE_NOOP(
    "DataTableDock",
    "Enter or double-click edits a cell; Delete removes the selected rows; Ctrl+V pastes a "
    "block copied from a spreadsheet, starting at the current cell (adding rows as needed); "
    "Ctrl+C copies the selected cells.",
)
EMPTY = np.empty((0, 0))  # no samples yet
PREDICTED_INK = QColor("#0072B2")  # the network's answers, apart from the samples
PREDICTION_MS = 200  # while training, the predictions follow at most 5 times a second
PREDICTION_TIPS = {
    "E": QT_TRANSLATE_NOOP(
        "SamplesModel",
        "This sample's loss E_s with the weights shown (the batch loss is their mean)",
    ),
    "right?": QT_TRANSLATE_NOOP(
        "SamplesModel", "Whether the network classifies this sample right (✓) or wrong (✗)"
    ),
}


class SamplesModel(QAbstractTableModel):
    """The rows of a data set as a table: training samples, then test samples; inputs, then
    targets. Writes go to ``write(row, column, text)``, which edits the document."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.train: tuple[np.ndarray, np.ndarray] = (EMPTY, EMPTY)
        self.test: tuple[np.ndarray, np.ndarray] = (EMPTY, EMPTY)
        self.inputs: list[str] = []
        self.outputs: list[str] = []
        self.write: Callable[[int, int, str], bool] = lambda row, column, text: False
        self.network = None  # whose predictions the last columns show
        self._predicted: tuple[np.ndarray, np.ndarray, np.ndarray | None] | None = None
        self.hidden: Callable[[], bool] = lambda: False  # lab mode: predictions shown as "?"

    # -- what is shown ------------------------------------------------------------------

    def show(self, dataset: Dataset, inputs: list[str], outputs: list[str]) -> None:
        """Show ``dataset`` with columns named ``inputs`` and ``outputs``: the views keep their
        editors and selection unless the table's shape changed."""
        if dataset is self.dataset and (inputs, outputs) == (self.inputs, self.outputs):
            return  # the same samples (after a settings edit, say): nothing to redraw
        self.dataset = dataset
        test = (dataset.test_inputs, dataset.test_targets)
        if test[0] is None:
            test = (np.empty((0, dataset.n_inputs)), np.empty((0, dataset.n_outputs)))
        shape = (self.rowCount(), self.columnCount())
        columns = len(inputs) + len(outputs) + self._predicted_columns(dataset, len(outputs))
        new_shape = (len(dataset.inputs) + len(test[0]), columns) != shape
        if new_shape:
            self.beginResetModel()
        self.train, self.test = (dataset.inputs, dataset.targets), test
        self.inputs, self.outputs = list(inputs), list(outputs)
        if new_shape:
            self.endResetModel()
            return
        if shape[0] and shape[1]:  # names, and where the test rows start, may have changed
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, shape[1] - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, shape[0] - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))

    @property
    def n_train(self) -> int:
        return len(self.train[0])

    @property
    def n_test(self) -> int:
        return len(self.test[0])

    def is_test(self, row: int) -> bool:
        return row >= self.n_train

    @property
    def editable_columns(self) -> int:
        """Inputs and targets: the samples themselves (the predictions after them are not)."""
        return len(self.inputs) + len(self.outputs)

    @property
    def classes(self) -> bool:
        return self.dataset is not None and self.dataset.task == "classification"

    def _predicted_columns(self, dataset: Dataset, outputs: int) -> int:
        if self.network is None:
            return 0
        return outputs + 1 + int(dataset.task == "classification")

    def use_network(self, network) -> None:
        """Show ``network``'s predictions; the table is reset only if its width changes."""
        if self.network is None and self.rowCount():
            self.beginResetModel()
            self.network, self._predicted = network, None
            self.endResetModel()
        else:
            self.set_network(network)

    def set_network(self, network) -> None:
        """Predict with ``network`` (after its weights changed: the columns are redrawn)."""
        self.network = network
        self._predicted = None
        rows, first = self.rowCount(), self.editable_columns
        if rows and self.columnCount() > first:
            self.dataChanged.emit(
                self.index(0, first), self.index(rows - 1, self.columnCount() - 1)
            )

    def prediction(self, row: int, column: int) -> float | str:
        """The network's output for a row, its loss E_s, or whether it is right."""
        if self._predicted is None:
            self._predicted = self._predict()
        outputs, losses, right = self._predicted
        at = column - self.editable_columns
        if at < len(self.outputs):
            return float(outputs[row, at])
        if at == len(self.outputs):
            return float(losses[row])
        return "✓" if right[row] else "✗"

    def _predict(self):
        x = np.vstack([self.train[0], self.test[0]])
        t = np.vstack([self.train[1], self.test[1]])
        with np.errstate(all="ignore"):
            last = self.network.forward(x).layers[-1]
            losses = get_loss(self.network.loss).value(last.net, last.out, t)
        right = None
        if self.classes:
            right = (
                (last.out >= 0.5) == (t >= 0.5)
                if t.shape[1] == 1
                else np.argmax(last.out, axis=1)[:, None] == np.argmax(t, axis=1)[:, None]
            ).all(axis=1)
        return last.out, losses, right

    def value(self, row: int, column: int) -> float:
        x, y = self.test if self.is_test(row) else self.train
        i = row - self.n_train if self.is_test(row) else row
        width = len(self.inputs)
        return float(x[i, column] if column < width else y[i, column - width])

    def row_name(self, row: int) -> str:
        if self.is_test(row):
            return self.tr("test {number}").format(number=row - self.n_train + 1)
        return str(row + 1)

    def column_name(self, column: int) -> str:
        width = len(self.inputs)
        if column < width:
            return self.inputs[column]
        if column < self.editable_columns:
            return self.outputs[column - width]
        at = column - self.editable_columns
        if at < len(self.outputs):
            return self.outputs[at]
        return "E" if at == len(self.outputs) else self.tr("right?")

    def matrix(self, test: bool) -> np.ndarray:
        """A copy of the training (or test) samples, inputs then targets, to edit."""
        x, y = self.test if test else self.train
        return np.hstack([x, y])

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.n_train + self.n_test

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        # then the predictions: each output, the sample's loss E, and right? for classes
        extra = (
            0 if self.dataset is None else self._predicted_columns(self.dataset, len(self.outputs))
        )
        return self.editable_columns + extra

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        predicted = index.column() >= self.editable_columns
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if predicted and self.hidden():
                return "?"
            if predicted:
                shown = self.prediction(index.row(), index.column())
                return shown if isinstance(shown, str) else f"{shown:.4g}"
            return number_text(self.value(index.row(), index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and predicted:
            return PREDICTED_INK
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and self.is_test(index.row()):
            return TEST_TINT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.DisplayRole:
            if vertical:
                return self.row_name(section)
            kind = self.tr("input") if section < len(self.inputs) else self.tr("target")
            if section >= self.editable_columns:
                at = section - self.editable_columns
                kind = (
                    self.tr("output")
                    if at < len(self.outputs)
                    else (self.tr("loss") if at == len(self.outputs) else "")
                )
            return f"{self.column_name(section)}\n{kind}".rstrip()
        if role == Qt.ItemDataRole.ToolTipRole:
            if vertical:
                text = (
                    self.tr("Sample {name}: held out to test on; never trained on")
                    if self.is_test(section)
                    else self.tr("Sample {name}")
                )
                return text.format(name=self.row_name(section))
            name = self.column_name(section)
            if section >= self.editable_columns:
                at = section - self.editable_columns
                if at < len(self.outputs):
                    return self.tr("What output node {name} gives now (read only)").format(
                        name=name
                    )
                tip = PREDICTION_TIPS["E" if at == len(self.outputs) else "right?"]
                return QCoreApplication.translate("SamplesModel", tip)
            if section < len(self.inputs):
                return self.tr("The value of input node {name}").format(name=name)
            return self.tr("The value output node {name} should give (its target)").format(
                name=name
            )
        if role == Qt.ItemDataRole.BackgroundRole and vertical and self.is_test(section):
            return TEST_TINT
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.column() >= self.editable_columns:
            return super().flags(index)  # the network's answers: read only
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.write(index.row(), index.column(), str(value))


class SampleTable(QTableView):
    """The table: Delete removes the selected rows, Ctrl+V pastes, Ctrl+C copies a block."""

    def __init__(self, dock: DataTableDock) -> None:
        super().__init__(dock)
        self.dock = dock

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.dock.remove_rows()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.dock.paste()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.dock.copy()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class DataTableDock(QDockWidget):
    """The document's samples in a table; typing, adding, removing and pasting edit them."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Data"), parent)
        self.setObjectName("data_table_dock")
        self.doc = doc
        self.model = SamplesModel(self)
        self.model.write = self.set_value
        self.model.hidden = lambda: masks_predictions(doc)  # lab mode: outputs, E_s give away
        session_for(doc).changed.connect(self._show_predictions)
        self._predict_timer = QTimer(self)
        self._predict_timer.setSingleShot(True)
        self._predict_timer.setInterval(PREDICTION_MS)
        self._predict_timer.timeout.connect(self._show_predictions)
        self._build()
        self.refreshes = 0  # how many times the table followed the document (tests count)
        doc.changed.connect(self._changed)
        doc.undo_stack.indexChanged.connect(self.clear_message)
        self.refresh()

    def _changed(self, change: Change) -> None:
        # The data is a setting; labels name the columns; a new run may bring other data.
        if change & (Change.SETTINGS | Change.LABELS | Change.STRUCTURE | Change.RUN):
            self.refresh()
        elif Change.PARAMETERS in change and not self._predict_timer.isActive():
            self._predict_timer.start()  # at most a few redraws a second while training

    def _show_predictions(self) -> None:
        self.model.set_network(self.doc.network)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.caption = QLabel(body)
        self.caption.setObjectName("data_table_caption")
        self.caption.setWordWrap(True)
        self.table = SampleTable(self)
        self.table.setObjectName("data_table")
        self.table.setModel(self.model)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.message = message_label("data_table_message", body)
        buttons = QHBoxLayout()
        self.add_button = self._button("data_table_add", self.tr("Add row"), self.add_row, body)
        self.add_button.setToolTip(
            self.tr(
                "Add a sample of zeros after the current row (in the same set), "
                "then type its values."
            )
        )
        self.add_test_button = self._button(
            "data_table_add_test", self.tr("Add test row"), lambda: self.add_row(test=True), body
        )
        self.add_test_button.setToolTip(
            self.tr(
                "Add a test sample of zeros at the end: the network is tested on it, never trained."
            )
        )
        self.remove_button = self._button(
            "data_table_remove", self.tr("Remove rows"), self.remove_rows, body
        )
        self.remove_button.setToolTip(
            self.tr("Remove the selected rows (Delete). One training row stays.")
        )
        for button in (self.add_button, self.add_test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        for text, slot in (
            (self.tr("Copy\tCtrl+C"), self.copy),
            (self.tr("Paste\tCtrl+V"), self.paste),
            (self.tr("Add row"), self.add_row),
            (self.tr("Remove rows\tDelete"), self.remove_rows),
        ):
            action = QAction(text, self.table)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.table.addAction(action)
        self.setWidget(body)

    @staticmethod
    def _button(name: str, text: str, slot, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- document → table ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the document's samples (once per document change)."""
        self.refreshes += 1
        doc = self.doc
        outputs = doc.labels_of(len(doc.network.layers))
        self.model.show(doc.dataset, doc.labels_of(0), outputs)
        self.model.use_network(doc.network)
        source = doc.file.data
        name = source.name if source.kind == "builtin" else PurePath(source.path).name
        count = f"{self.model.rowCount():,}"
        tip = self.tr(EDIT_TIP.get(source.kind, EDIT_TIP["file"])).format(name=name, count=count)
        self.table.setToolTip(f"{tip}\n\n{self.tr(KEYS_TIP)}")
        self.caption.setText(self._caption(source))
        self.caption.setToolTip(self.table.toolTip())

    def _caption(self, source) -> str:
        n_train, n_test = self.model.n_train, self.model.n_test
        counts = (
            self.tr("{count:,} training sample")
            if n_train == 1
            else self.tr("{count:,} training samples")
        ).format(count=n_train)
        if n_test:
            tests = (
                self.tr("{count:,} test sample")
                if n_test == 1
                else self.tr("{count:,} test samples")
            ).format(count=n_test)
            counts = self.tr("{training} and {test} (tinted)").format(training=counts, test=tests)
        if source.kind == "inline":
            where = self.tr("kept in this file")
        elif source.kind == "builtin":
            where = self.tr("built-in {name}").format(name=source.name)
        else:
            where = self.tr("read from {name}").format(name=PurePath(source.path).name)
        return self.tr("{counts}, {where}").format(counts=counts, where=where)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    # -- table → document ---------------------------------------------------------------

    def set_value(self, row: int, column: int, text: str) -> bool:
        """Type ``text`` into a cell; False (and the reason shown) when it is refused."""
        value = edits.parse_number(text)
        if isinstance(value, edits.EditRefused):
            return self._refuse(message_text(value.message))
        if value == self.model.value(row, column):
            return True
        test = self.model.is_test(row)
        matrix = self.model.matrix(test)
        matrix[self._index_in_set(row), column] = value
        text = self.tr("Set {column} of sample {sample} to {value:.6g}").format(
            column=self.model.column_name(column), sample=self.model.row_name(row), value=value
        )
        return self._push(text, {test: matrix})

    def add_row(self, *, test: bool = False) -> bool:
        """A sample of zeros after the current row (its set), or at the end of the test set."""
        current = self.table.currentIndex()
        if test or not current.isValid():
            at = self.model.n_test if test else self.model.n_train
        else:
            test = self.model.is_test(current.row())
            at = self._index_in_set(current.row()) + 1
        matrix = np.insert(self.model.matrix(test), at, 0.0, axis=0)
        text = self.tr("Add a test sample") if test else self.tr("Add a training sample")
        done = self._push(text, {test: matrix})
        if done:
            row = at + (self.model.n_train if test else 0)
            self.table.setCurrentIndex(self.model.index(row, max(current.column(), 0)))
        return done

    def remove_rows(self, rows: list[int] | None = None) -> bool:
        """Remove ``rows`` (default: the rows of the selected cells, else the current row)."""
        if rows is None:
            rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
            if not rows and self.table.currentIndex().isValid():
                rows = [self.table.currentIndex().row()]
        if not rows:
            return self._refuse(self.tr("select the rows to remove first"))
        matrices = {}
        for test in (False, True):
            mine = [self._index_in_set(r) for r in rows if self.model.is_test(r) == test]
            if mine:
                matrices[test] = np.delete(self.model.matrix(test), mine, axis=0)
        if len(rows) == 1:
            text = self.tr("Remove sample {sample}").format(sample=self.model.row_name(rows[0]))
        else:
            text = self.tr("Remove {count} samples").format(count=len(rows))
        return self._push(text, matrices)

    def paste(self, text: str | None = None) -> bool:
        """Paste tab-separated rows (the clipboard's by default) from the current cell on;
        rows past the end of its set (training or test) are added to that set."""
        text = QGuiApplication.clipboard().text() if text is None else text
        block = _parse_block(text)
        if isinstance(block, edits.EditRefused):
            return self._refuse(message_text(block.message))
        current = self.table.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        width = max(len(line) for line in block)
        if column + width > self.model.editable_columns:
            return self._refuse(
                self.tr(
                    "the pasted block is {width} columns wide; from {column} on the samples "
                    "have {count} columns"
                ).format(
                    width=width,
                    column=self.model.column_name(column),
                    count=self.model.editable_columns - column,
                )
            )
        test = self.model.is_test(row)
        start = self._index_in_set(row)
        matrix = self.model.matrix(test)
        missing = start + len(block) - len(matrix)
        if missing > 0:
            matrix = np.vstack([matrix, np.zeros((missing, matrix.shape[1]))])
        for i, line in enumerate(block):
            matrix[start + i, column : column + len(line)] = line
        text = self.tr("Paste {rows}×{columns} values").format(rows=len(block), columns=width)
        if not self._push(text, {test: matrix}):
            return False
        self._select(row, column, len(block), width)
        return True

    def copy(self) -> None:
        """The selected cells (their bounding block) as tab-separated rows."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        indexes = [index for index in indexes if index.isValid()]
        if not indexes:
            return
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        lines = ["\t".join(number_text(self.model.value(r, c)) for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    # -- helpers ------------------------------------------------------------------------

    def _index_in_set(self, row: int) -> int:
        return row - self.model.n_train if self.model.is_test(row) else row

    def _push(self, text: str, matrices: dict[bool, np.ndarray]) -> bool:
        """One ``set_samples`` edit: ``matrices`` replaces the training (False) or test (True)
        samples, inputs then targets; the other set stays as it is."""
        width = len(self.model.inputs)
        parts = {}
        for test, (x, y) in ((False, self.model.train), (True, self.model.test)):
            if test in matrices:
                x, y = matrices[test][:, :width], matrices[test][:, width:]
            parts[test] = (x, y) if len(x) or not test else (None, None)
        (inputs, targets), (test_inputs, test_targets) = parts[False], parts[True]
        outcome = edits.set_samples(
            self.doc,
            inputs=inputs,
            targets=targets,
            test_inputs=test_inputs,
            test_targets=test_targets,
        )
        if isinstance(outcome, edits.EditRefused):
            return self._refuse(message_text(outcome.message))
        outcome.setText(text)
        self.doc.undo_stack.push(outcome)
        self.clear_message()
        return True

    def _refuse(self, text: str) -> bool:
        """Say why a change was refused (``text``, in the window's language); False."""
        self.message.setText(refusal_text(text))
        self.message.show()
        self.doc.notice.emit(text)
        return False

    def _select(self, row: int, column: int, rows: int, columns: int) -> None:
        model = self.model
        last = model.index(row + rows - 1, column + columns - 1)
        selection = QItemSelection(model.index(row, column), last)
        self.table.setCurrentIndex(model.index(row, column))
        self.table.selectionModel().select(
            selection, self.table.selectionModel().SelectionFlag.ClearAndSelect
        )


def number_text(value: float) -> str:
    """A sample's value as typed: 0 and 1 without a decimal point, else the shortest repr."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _parse_block(text: str) -> list[list[float]] | edits.EditRefused:
    """Tab-separated rows of numbers (a spreadsheet's copy), or why they are refused."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return edits.EditRefused(
            QCoreApplication.translate("DataTableDock", "the clipboard holds no numbers to paste")
        )
    block = []
    for r, line in enumerate(lines, start=1):
        row = []
        for c, cell in enumerate(line.split("\t"), start=1):
            value = edits.parse_number(cell)
            if isinstance(value, edits.EditRefused):
                text = QCoreApplication.translate(
                    "DataTableDock", "row {row}, column {column} of the pasted block: {reason}"
                )
                reason = message_text(value.message)
                return edits.EditRefused(text.format(row=r, column=c, reason=reason))
            row.append(value)
        block.append(row)
    return block
