"""Train › Check gradients: backprop against central differences for every parameter.

The dialog runs on real widgets; its numbers are checked against the engine's own
``check_gradients`` (the worst error and where) and against the document's trainer (the
backprop column), and the document's weights must not move by a single bit.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from playground.cli import GRADIENT_TOLERANCE
from playground.document import NetworkDocument, edits
from playground.document.values import format_full
from playground.engine import check_gradients
from playground.engine.chain_rule import Param
from playground.io import load
from playground.ui import gradient_check
from playground.ui.gradient_check import (
    GradientCheckDialog,
    largest_first,
    open_gradient_check,
    parameter_checks,
    scientific,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def document(name: str) -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / f"{name}.json"))


def parameters_bits(doc: NetworkDocument) -> list[bytes]:
    return [
        b for layer in doc.network.layers for b in (layer.weights.tobytes(), layer.bias.tobytes())
    ]


def run_check(qtbot, doc: NetworkDocument) -> GradientCheckDialog:
    dialog = GradientCheckDialog(doc)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_check, timeout=10_000):
        dialog.open()
    return dialog


def engine_where(doc: NetworkDocument) -> tuple[float, Param]:
    """check_gradients' own worst error and parameter (``layers[1].weights[0, 1]``)."""
    data = doc.dataset
    result = check_gradients(doc.network, data.inputs, data.targets)
    return result.max_relative_error, Param.parse(result.where.replace(", ", "]["))


@pytest.mark.parametrize("name", ["classic-2-2-2", "xor"])
def test_every_parameter_agrees_and_the_largest_is_named(qtbot, name):
    doc = document(name)
    before, epoch, undo = parameters_bits(doc), doc.trainer.epoch, doc.undo_stack.count()
    dialog = run_check(qtbot, doc)
    assert dialog.objectName() == "gradient_check_dialog"
    assert not dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    rows = dialog.rows
    assert len(rows) == doc.network.parameter_count() == dialog.model.rowCount()
    assert all(row.relative_error < GRADIENT_TOLERANCE for row in rows)
    errors = [row.relative_error for row in rows]
    assert errors == sorted(errors, reverse=True)
    worst, where = engine_where(doc)
    assert (rows[0].relative_error, rows[0].param) == (worst, where)
    assert dialog.summary_label.text() == (
        f"largest relative error {scientific(worst)} at {rows[0].title}: backprop agrees"
    )
    assert dialog.verdict_label.text().startswith("passed")
    assert f"{GRADIENT_TOLERANCE:g}" in dialog.verdict_label.text()
    assert parameters_bits(doc) == before  # not one bit of a weight or bias moved
    assert (doc.trainer.epoch, doc.undo_stack.count()) == (epoch, undo)


@pytest.mark.parametrize("name", ["classic-2-2-2", "xor"])
def test_the_backprop_column_is_the_trainers_gradient(qtbot, name):
    doc = document(name)
    dialog = run_check(qtbot, doc)
    trace = doc.trainer.evaluate()
    model = dialog.model
    for index, row in enumerate(dialog.rows):
        assert row.backprop == row.param.gradient(trace)
        shown = model.data(model.index(index, 2), Qt.ItemDataRole.DisplayRole)
        assert shown == format_full(row.param.gradient(trace))


def test_the_classic_rows_carry_the_notes_names(qtbot):
    dialog = run_check(qtbot, document("classic-2-2-2"))
    by_name = {row.name: row for row in dialog.rows}
    assert sorted(by_name) == [f"w{n}" for n in range(1, 9)]  # its biases are fixed
    assert by_name["w5"].place == "h1 → o1"
    assert by_name["w5"].param == Param.edge(2, 0, 0)
    assert by_name["w2"].place == "i2 → h1"
    assert by_name["w5"].title == "w5 (h1 → o1)"
    model = dialog.model
    first = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole) for c in (0, 1)]
    assert first == [dialog.rows[0].name, dialog.rows[0].place]


def test_xor_checks_its_biases_by_the_layers_name(qtbot):
    dialog = run_check(qtbot, document("xor"))
    biases = {row.title for row in dialog.rows if row.param.is_bias}
    assert biases == {
        "b1 (bias of h1)",
        "b1 (bias of h2)",
        "b2 (bias of y)",
    }  # xor names its output y


def test_the_check_runs_in_slices_and_the_window_stays_live(qtbot, monkeypatch):
    monkeypatch.setattr(gradient_check, "SLICE_SECONDS", 0.0)  # one parameter per turn
    dialog = GradientCheckDialog(document("xor"))
    qtbot.addWidget(dialog)
    shown, seen_between = [], []
    dialog.progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(dialog.finished_check):
        dialog.open()
        assert dialog.is_running() and dialog.rows == []  # open() returns at once
        assert not dialog.again.isEnabled()
        QTimer.singleShot(0, lambda: seen_between.append(len(dialog.rows)))
    assert shown == list(range(1, 10))  # the progress after each turn of one parameter
    assert seen_between and seen_between[0] < 9  # other events ran while it checked
    assert dialog.progress_line.text() == "checked 9 parameters"
    assert not dialog.is_running() and dialog.again.isEnabled()


def test_training_during_the_check_changes_neither(qtbot, monkeypatch):
    """The check reads a copy taken when it starts; the document trains on meanwhile."""
    monkeypatch.setattr(gradient_check, "SLICE_SECONDS", 0.0)
    doc = document("xor")
    data = doc.dataset
    expected = largest_first(list(parameter_checks(doc.network, data.inputs, data.targets)))
    dialog = GradientCheckDialog(doc)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_check):
        dialog.open()
        for _ in range(3):
            QTimer.singleShot(0, doc.step)  # between the check's turns
    assert doc.trainer.steps == 3
    assert dialog.rows == expected
    assert dialog.stale_label.isVisibleTo(dialog)


def test_closing_stops_the_check(qtbot, monkeypatch):
    monkeypatch.setattr(gradient_check, "SLICE_SECONDS", 0.0)
    dialog = GradientCheckDialog(document("spiral"))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: len(dialog.rows) > 0)
    dialog.close()
    assert not dialog.is_running()


def test_an_edit_marks_the_check_stale_and_check_again_follows_it(qtbot):
    doc = document("classic-2-2-2")
    dialog = run_check(qtbot, doc)
    assert not dialog.stale_label.isVisibleTo(dialog)
    doc.undo_stack.push(edits.add_node(doc, 1))  # 2-3-2: 12 weights
    assert dialog.stale_label.isVisibleTo(dialog)
    assert len(dialog.rows) == 8
    with qtbot.waitSignal(dialog.finished_check):
        qtbot.mouseClick(dialog.again, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 12
    assert not dialog.stale_label.isVisibleTo(dialog)
    assert {row.name for row in dialog.rows} == {f"w{n}" for n in range(1, 13)}


def test_a_wrong_derivative_fails_the_check_and_is_named(qtbot, monkeypatch):
    """A backward pass with sigmoid′ off by 10 % disagrees with the central differences."""
    from dataclasses import replace

    from playground.engine import activations

    right = activations.ACTIVATIONS["sigmoid"]
    wrong = replace(right, df=lambda net, out: 1.1 * right.df(net, out))
    monkeypatch.setitem(activations.ACTIVATIONS, "sigmoid", wrong)
    doc = document("classic-2-2-2")
    dialog = run_check(qtbot, doc)
    worst, where = engine_where(doc)
    assert (dialog.rows[0].relative_error, dialog.rows[0].param) == (worst, where)
    assert worst >= GRADIENT_TOLERANCE
    assert dialog.summary_label.text().endswith("backprop and finite differences disagree")
    assert dialog.verdict_label.text().startswith("FAILED")


def test_open_gradient_check_shows_a_dialog_that_goes_when_closed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_gradient_check(document("classic-2-2-2"), parent)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_running())
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_scientific():
    assert [scientific(x) for x in (3.2e-10, 1.6e-7, 2.5e-4, 0.0, 0.5)] == [
        "3.2e-10",
        "1.6e-7",
        "2.5e-4",
        "0",
        "0.5",
    ]
    assert np.isnan(float(scientific(float("nan"))))
