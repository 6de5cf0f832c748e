"""The data table dock on real widgets, in both directions.

Widget → document: type into a cell, add and remove rows, paste a block; then check the
document's samples and loss, undo and redo. Document → widget: undo, redo, rename a node,
switch the data set; then check what the table shows and how often it refreshed.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

import playground.io
from playground.document import NetworkDocument, edits
from playground.paths import resource_path
from playground.ui.docks.data_table import DataTableDock


def open_example(name: str) -> NetworkDocument:
    return NetworkDocument(playground.io.load(resource_path("examples", f"{name}.json")))


def table_for(qtbot, doc: NetworkDocument) -> DataTableDock:
    dock = DataTableDock(doc)
    qtbot.addWidget(dock)
    dock.resize(520, 420)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


@pytest.fixture
def xor(qtbot):
    return table_for(qtbot, open_example("xor"))


@pytest.fixture
def classic(qtbot):
    return table_for(qtbot, open_example("classic-2-2-2"))


def cell(dock: DataTableDock, row: int, column: int) -> str:
    return dock.model.index(row, column).data()


def shown(dock: DataTableDock) -> list[list[str]]:
    """The samples as shown (inputs and targets; the predictions after them are apart)."""
    model = dock.model
    columns = range(model.editable_columns)
    return [[cell(dock, r, c) for c in columns] for r in range(model.rowCount())]


def header(dock: DataTableDock, section: int, orientation=Qt.Orientation.Horizontal) -> str:
    return dock.model.headerData(section, orientation)


def loss(doc: NetworkDocument) -> float:
    doc.forward()
    return doc.trace.loss


def type_into_cell(qtbot, dock: DataTableDock, row: int, column: int, text: str) -> None:
    """Double-click the cell, type over its value and press Enter, as a learner does."""
    table = dock.table
    index = dock.model.index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "no cell editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call, once the editor had the key.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def select_cell(dock: DataTableDock, row: int, column: int) -> None:
    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.model.index(row, column))


def notices_of(doc: NetworkDocument) -> list[str]:
    notices: list[str] = []
    doc.notice.connect(notices.append)
    return notices


# -- what is shown ----------------------------------------------------------------------


def test_xor_shows_every_sample_named_after_the_nodes(xor):
    doc = xor.doc
    assert xor.objectName() == "data_table_dock"
    assert shown(xor) == [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]]
    names = [header(xor, c).split("\n") for c in range(3)]
    assert names == [["x1", "input"], ["x2", "input"], ["y", "target"]]
    assert [doc.label(0, 0), doc.label(0, 1), doc.label(2, 0)] == ["x1", "x2", "y"]
    assert header(xor, 3, Qt.Orientation.Vertical) == "4"
    assert xor.caption.text() == "4 training samples, built-in xor"
    assert "turns it into samples kept in this network file" in xor.table.toolTip()
    assert xor.refreshes == 1


def test_classic_shows_its_one_sample_at_full_precision(classic):
    assert shown(classic) == [["0.05", "0.1", "0.01", "0.99"]]
    assert [header(classic, c).split("\n")[0] for c in range(4)] == ["i1", "i2", "o1", "o2"]
    assert classic.caption.text() == "1 training sample, kept in this file"


def test_test_samples_follow_the_training_samples_tinted(qtbot):
    dock = table_for(qtbot, open_example("digits"))
    dataset = dock.doc.dataset
    n_train, n_test = dataset.n_samples, dataset.test_inputs.shape[0]
    assert dock.model.rowCount() == n_train + n_test == 1797
    assert dock.model.editable_columns == 64 + 10
    assert dock.model.columnCount() == 64 + 10 + 10 + 2  # outputs, E, right?
    first_test = dock.model.index(n_train, 0)
    assert header(dock, n_train, Qt.Orientation.Vertical) == "test 1"
    assert first_test.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dock.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert float(first_test.data()) == dataset.test_inputs[0, 0]
    assert "(tinted)" in dock.caption.text()


# -- typing a value -----------------------------------------------------------------------


def test_typing_a_target_makes_the_builtin_inline_and_is_undoable(qtbot, xor):
    doc = xor.doc
    before = loss(doc)
    type_into_cell(qtbot, xor, 1, 2, "0.25")
    assert doc.dataset.targets.ravel().tolist() == [0, 0.25, 1, 0]
    assert doc.file.data.kind == "inline"
    assert cell(xor, 1, 2) == "0.25"
    assert xor.caption.text() == "4 training samples, kept in this file"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.text(0) == "Set y of sample 2 to 0.25"
    assert xor.refreshes == 2  # one for the edit
    edited = loss(doc)
    assert edited != before
    doc.undo_stack.undo()
    assert (doc.file.data.kind, doc.file.data.name) == ("builtin", "xor")
    assert doc.dataset.targets.ravel().tolist() == [0, 1, 1, 0]
    assert cell(xor, 1, 2) == "1"
    assert loss(doc) == before
    assert xor.refreshes == 3
    doc.undo_stack.redo()
    assert doc.dataset.targets.ravel().tolist() == [0, 0.25, 1, 0]
    assert cell(xor, 1, 2) == "0.25"
    assert loss(doc) == edited
    assert xor.refreshes == 4


def test_typing_an_input_of_the_classic_example(qtbot, classic):
    doc = classic.doc
    before = loss(doc)
    type_into_cell(qtbot, classic, 0, 1, "0,2")  # a decimal comma is read as a point
    assert doc.dataset.inputs.tolist() == [[0.05, 0.2]]
    assert loss(doc) != before
    doc.undo_stack.undo()
    assert doc.dataset.inputs.tolist() == [[0.05, 0.1]]
    assert loss(doc) == before


def test_typing_into_the_current_cell_starts_editing_it(qtbot, xor):
    select_cell(xor, 3, 2)
    qtbot.keyClick(xor.table, Qt.Key.Key_5)
    editor = xor.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "5"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: xor.table.state() != QAbstractItemView.State.EditingState)
    assert xor.doc.dataset.targets.ravel().tolist() == [0, 1, 1, 5]


@pytest.mark.parametrize(
    ("text", "says"), [("abc", "'abc' is not a number"), ("nan", "nan is not a finite number")]
)
def test_a_bad_value_is_refused_and_the_cell_goes_back(qtbot, xor, text, says):
    doc = xor.doc
    notices = notices_of(doc)
    type_into_cell(qtbot, xor, 1, 2, text)
    assert xor.message.text() == f"Not changed: {says}."
    assert xor.message.isVisible()
    assert notices == [says]
    assert cell(xor, 1, 2) == "1"
    assert doc.undo_stack.count() == 0
    assert doc.file.data.kind == "builtin"
    assert xor.refreshes == 1
    type_into_cell(qtbot, xor, 1, 2, "0.5")  # a good value clears the refusal
    assert not xor.message.isVisible()


def test_typing_the_same_value_is_no_edit(qtbot, xor):
    type_into_cell(qtbot, xor, 0, 0, "0")
    assert xor.doc.undo_stack.count() == 0
    assert xor.doc.file.data.kind == "builtin"


# -- adding and removing rows ----------------------------------------------------------------


def test_add_a_row_then_remove_it(qtbot, xor):
    doc = xor.doc
    select_cell(xor, 1, 0)
    qtbot.mouseClick(xor.add_button, Qt.MouseButton.LeftButton)
    assert doc.dataset.inputs.tolist() == [[0, 0], [0, 1], [0, 0], [1, 0], [1, 1]]
    assert doc.dataset.targets.ravel().tolist() == [0, 1, 0, 1, 0]
    assert xor.model.rowCount() == 5
    assert xor.table.currentIndex().row() == 2  # the new row, ready to type into
    assert xor.refreshes == 2
    type_into_cell(qtbot, xor, 2, 0, "0.5")
    qtbot.keyClick(xor.table, Qt.Key.Key_Delete)
    assert doc.dataset.inputs.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert doc.undo_stack.count() == 3
    assert doc.undo_stack.text(2) == "Remove sample 3"
    assert xor.refreshes == 4
    doc.undo_stack.undo()
    assert shown(xor)[2] == ["0.5", "0", "0"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert shown(xor) == [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]]
    assert doc.file.data.kind == "builtin"
    for _ in range(3):
        doc.undo_stack.redo()
    assert xor.model.rowCount() == 4
    assert doc.dataset.inputs.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert xor.refreshes == 4 + 6


def test_remove_the_selected_rows_with_the_button(qtbot, xor):
    doc = xor.doc
    xor.table.selectRow(0)
    xor.table.selectionModel().select(
        xor.model.index(3, 1), xor.table.selectionModel().SelectionFlag.Select
    )
    qtbot.mouseClick(xor.remove_button, Qt.MouseButton.LeftButton)
    assert doc.dataset.inputs.tolist() == [[0, 1], [1, 0]]
    assert doc.undo_stack.text(0) == "Remove 2 samples"
    doc.undo_stack.undo()
    assert xor.model.rowCount() == 4


def test_the_last_training_row_stays(qtbot, classic):
    notices = notices_of(classic.doc)
    select_cell(classic, 0, 0)
    qtbot.keyClick(classic.table, Qt.Key.Key_Delete)
    assert "at least one training sample" in classic.message.text()
    assert notices and "at least one training sample" in notices[0]
    assert classic.doc.undo_stack.count() == 0
    assert classic.model.rowCount() == 1


def test_test_rows_are_added_and_removed_as_test_data(qtbot, xor):
    doc = xor.doc
    qtbot.mouseClick(xor.add_test_button, Qt.MouseButton.LeftButton)
    assert header(xor, 4, Qt.Orientation.Vertical) == "test 1"
    assert doc.file.test_data.inputs.tolist() == [[0, 0]]
    assert doc.dataset.test_inputs.tolist() == [[0, 0]]
    assert doc.dataset.n_samples == 4
    type_into_cell(qtbot, xor, 4, 2, "1")
    assert doc.dataset.test_targets.tolist() == [[1]]
    assert doc.undo_stack.text(1) == "Set y of sample test 1 to 1"
    select_cell(xor, 4, 0)
    qtbot.keyClick(xor.table, Qt.Key.Key_Delete)
    assert doc.file.test_data is None
    assert doc.dataset.test_inputs is None
    assert xor.model.rowCount() == 4
    doc.undo_stack.undo()
    assert doc.dataset.test_targets.tolist() == [[1]]


# -- pasting -----------------------------------------------------------------------------


def test_paste_a_block_adding_rows_as_one_edit(qtbot, classic):
    doc = classic.doc
    before = loss(doc)
    QApplication.clipboard().setText("0.5\t0.25\t0.1\n1\t2\t0.9\n")
    select_cell(classic, 0, 1)
    qtbot.keyClick(classic.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert doc.dataset.inputs.tolist() == [[0.05, 0.5], [0, 1]]
    assert doc.dataset.targets.tolist() == [[0.25, 0.1], [2, 0.9]]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.text(0) == "Paste 2×3 values"
    assert classic.refreshes == 2
    selected = {(i.row(), i.column()) for i in classic.table.selectionModel().selectedIndexes()}
    assert selected == {(r, c) for r in (0, 1) for c in (1, 2, 3)}
    pasted = loss(doc)
    assert pasted != before
    doc.undo_stack.undo()
    assert shown(classic) == [["0.05", "0.1", "0.01", "0.99"]]
    assert loss(doc) == before
    doc.undo_stack.redo()
    assert shown(classic) == [["0.05", "0.5", "0.25", "0.1"], ["0", "1", "2", "0.9"]]
    assert loss(doc) == pasted
    assert classic.refreshes == 4


def test_paste_over_existing_rows_of_xor(qtbot, xor):
    QApplication.clipboard().setText("1\t1\t1\r\n0\t0\t1")  # Windows line ends, no last one
    select_cell(xor, 2, 0)
    qtbot.keyClick(xor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert xor.doc.dataset.targets.ravel().tolist() == [0, 1, 1, 1]
    assert xor.doc.dataset.inputs.tolist() == [[0, 0], [0, 1], [1, 1], [0, 0]]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1\t2\tx", "row 1, column 3 of the pasted block: 'x' is not a number"),
        ("1\t2\t3\t4", "the pasted block is 4 columns wide; from x1 on the samples have 3 columns"),
        ("\n\n", "the clipboard holds no numbers to paste"),
    ],
)
def test_a_bad_paste_is_refused(qtbot, xor, text, says):
    notices = notices_of(xor.doc)
    QApplication.clipboard().setText(text)
    select_cell(xor, 0, 0)
    qtbot.keyClick(xor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert notices == [says]
    assert xor.message.text() == f"Not changed: {says}."
    assert xor.doc.undo_stack.count() == 0
    assert xor.model.rowCount() == 4


def test_copy_gives_back_what_paste_takes(qtbot, xor):
    select_cell(xor, 1, 0)
    xor.table.selectionModel().select(
        xor.model.index(2, 2), xor.table.selectionModel().SelectionFlag.Select
    )
    qtbot.keyClick(xor.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "0\t1\t1\n1\t0\t1\n"


# -- document → table ----------------------------------------------------------------------


def test_the_table_follows_other_edits_once_each(qtbot, xor):
    doc = xor.doc
    doc.undo_stack.push(edits.set_label(doc, 2, 0, "xor"))
    assert header(xor, 2) == "xor\ntarget"
    assert xor.refreshes == 2
    doc.undo_stack.push(edits.set_data(doc, playground.io.DataSource.builtin("and")))
    assert [row[2] for row in shown(xor)] == ["0", "0", "0", "1"]
    assert xor.refreshes == 3
    doc.undo_stack.undo()
    assert [row[2] for row in shown(xor)] == ["0", "1", "1", "0"]
    assert xor.refreshes == 4
    doc.forward()
    doc.backward()
    doc.update()
    assert xor.refreshes == 4  # stepping changes no sample


def test_samples_read_from_a_file_become_inline_and_the_file_stays(qtbot, tmp_path, xor):
    doc = xor.doc
    csv = tmp_path / "gates.csv"
    csv.write_text("a,b,out\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n", encoding="utf-8")
    doc.undo_stack.push(edits.set_data(doc, playground.io.DataSource.file(csv)))
    assert xor.caption.text() == "4 training samples, read from gates.csv"
    assert "gates.csv itself is never changed" in xor.table.toolTip()
    type_into_cell(qtbot, xor, 0, 2, "1")
    assert doc.file.data.kind == "inline"
    assert doc.dataset.targets.ravel().tolist() == [1, 0, 0, 1]
    assert csv.read_text(encoding="utf-8").endswith("1,1,1\n")
    doc.undo_stack.undo()
    assert doc.file.data.kind == "file"
    assert xor.caption.text() == "4 training samples, read from gates.csv"


# -- the edit itself -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("samples", "says"),
    [
        (
            {"inputs": [[0, 0, 0]], "targets": [[1]]},
            "the training data has 3 inputs per sample; the input layer has 2 nodes",
        ),
        (
            {"inputs": [[0, 0]], "targets": [[1, 0]]},
            "the training data has 2 targets per sample; the output layer has 1 node",
        ),
        (
            {"inputs": [[0, 0], [1, 1]], "targets": [[1]]},
            "the training data has 2 rows of inputs but 1 row of targets",
        ),
        (
            {"inputs": np.empty((0, 2)), "targets": np.empty((0, 1))},
            "the network needs at least one training sample; keep one row",
        ),
        (
            {"inputs": [[0, 0]], "targets": [[np.inf]]},
            "training sample 1 has target 1 = inf; every value must be a finite number",
        ),
        (
            {"inputs": [[0, 0]], "targets": [[1]], "test_inputs": [[0, 1]]},
            "test samples need both their inputs and their targets",
        ),
        (
            {"inputs": [[0, 0]], "targets": [[1]], "test_inputs": [[1]], "test_targets": [[1]]},
            "the test data has 1 input per sample; the input layer has 2 nodes",
        ),
        (
            {"inputs": [[0, "a"]], "targets": [[1]]},
            "the training inputs are not a table of numbers",
        ),
    ],
)
def test_set_samples_refuses_in_plain_words(samples, says):
    doc = open_example("xor")
    outcome = edits.set_samples(doc, **samples)
    assert isinstance(outcome, edits.EditRefused)
    assert outcome.message == says


def test_set_samples_starts_a_new_run_with_the_samples(qtbot):
    doc = open_example("xor")
    doc.run_epoch()
    command = edits.set_samples(
        doc, inputs=[[0, 0], [1, 1]], targets=[[0], [1]], test_inputs=[[0, 1]], test_targets=[[1]]
    )
    doc.undo_stack.push(command)
    assert doc.trainer.epoch == 0
    assert doc.dataset.inputs.tolist() == [[0, 0], [1, 1]]
    assert doc.dataset.test_targets.tolist() == [[1]]
    saved = playground.io.to_dict(doc.file)
    assert saved["data"] == {"inputs": [[0, 0], [1, 1]], "targets": [[0], [1]]}
    assert saved["test_data"] == {"inputs": [[0, 1]], "targets": [[1]]}
    doc.undo_stack.undo()
    assert doc.trainer.epoch == 1
    assert doc.file.test_data is None


def test_the_network_s_predictions_follow_the_samples_read_only(qtbot, xor):
    doc = xor.doc
    model = xor.model
    assert [header(xor, c).split("\n") for c in range(3, 6)] == [
        ["y", "output"], ["E", "loss"], ["right?"],
    ]  # fmt: skip
    outputs = doc.network.predict(doc.dataset.inputs)[:, 0]
    assert [cell(xor, r, 3) for r in range(4)] == [f"{y:.4g}" for y in outputs]
    right = [
        (y >= 0.5) == (t >= 0.5) for y, t in zip(outputs, doc.dataset.targets[:, 0], strict=True)
    ]
    assert [cell(xor, r, 5) for r in range(4)] == ["✓" if r else "✗" for r in right]
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    for _ in range(300):
        doc.run_epoch()
    qtbot.waitUntil(lambda: cell(xor, 0, 3) != f"{outputs[0]:.4g}")  # follows training
    trained = doc.network.predict(doc.dataset.inputs)[:, 0]
    assert [cell(xor, r, 3) for r in range(4)] == [f"{y:.4g}" for y in trained]
