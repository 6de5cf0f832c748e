"""The notes' names on the diagram: w1 … w8 and b1, b2 as the course notes (002) write them.

The 2-2-2 network of the notes numbers its weights layer by layer, each node's incoming
edges in turn (i1 → h1 = w1, i2 → h1 = w2, i1 → h2 = w3 … h2 → o2 = w8), and writes one bias
per layer (b1 for the hidden layer, b2 for the output layer).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from playground.document import NetworkDocument, edits
from playground.document.values import edge_values, format_short
from playground.io import load
from playground.ui.actions import Actions
from playground.ui.diagram import DiagramView
from tests.ui.driving import show

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
NOTES_NAMES = {
    (1, 0, 0): "w1 = 0.15", (1, 1, 0): "w2 = 0.2", (1, 0, 1): "w3 = 0.25", (1, 1, 1): "w4 = 0.3",
    (2, 0, 0): "w5 = 0.4", (2, 1, 0): "w6 = 0.45", (2, 0, 1): "w7 = 0.5", (2, 1, 1): "w8 = 0.55",
}  # fmt: skip


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / "classic-2-2-2.json"))


@pytest.fixture
def view(qtbot, doc) -> DiagramView:
    return show(qtbot, doc)


def texts(view: DiagramView) -> tuple[dict, dict]:
    """Every edge label and every node's bias line."""
    scene = view.diagram
    return (
        {key: edge.label.text() for key, edge in scene.edges.items()},
        {ref: node.bias_text() for ref, node in scene.nodes.items()},
    )


def first_line(view: DiagramView, key) -> str:
    """The first line of the edge's label, as pointing at the edge shows it (a label of a
    dense pair of columns is written only then)."""
    edge = view.diagram.edges[key]
    edge.set_hovered("edge", True)
    text = edge.label.text()
    edge.set_hovered("edge", False)
    return text.split("\n")[0]


def test_off_by_default_then_the_notes_names(qtbot, view):
    assert not view.notes_names()
    assert first_line(view, (2, 0, 0)) == "0.4"
    assert view.diagram.nodes[(1, 0)].bias_text() == "b 0.35"
    with qtbot.waitSignal(view.notes_names_changed) as signal:
        view.set_notes_names(True)
    assert signal.args == [True]
    for key, text in NOTES_NAMES.items():
        assert first_line(view, key) == text
    for index in (0, 1):
        assert view.diagram.nodes[(1, index)].bias_text() == "b1 0.35"
        assert view.diagram.nodes[(2, index)].bias_text() == "b2 0.6"
    assert view.diagram.nodes[(0, 0)].bias_text() == ""  # an input has no bias
    assert "w5 = 0.4" in view.diagram.edges[(2, 0, 0)].fresh_tooltip()  # as pointing shows
    assert "bias b1 = 0.35" in view.diagram.nodes[(1, 0)].fresh_tooltip()


def test_the_gradient_and_the_change_carry_the_name(view, doc):
    view.set_notes_names(True)
    doc.forward()
    doc.backward()
    grad = edge_values(doc, 2, 0, 0).grad
    assert view.diagram.edges[(2, 0, 0)].label.text() == f"w5 = 0.4\n∂E/∂w5 {format_short(grad)}"
    assert view.diagram.edges[(2, 0, 0)].label.text().endswith("∂E/∂w5 0.08217")  # the notes'
    assert f"∂E/∂w1 {format_short(edge_values(doc, 1, 0, 0).grad)}" in (
        view.diagram.edges[(1, 0, 0)].label.text()
    )
    doc.update()
    values = edge_values(doc, 2, 0, 0)
    change = format_short(values.after_update - values.before_update)
    assert view.diagram.edges[(2, 0, 0)].label.text().split("\n")[1] == f"Δw5 {change}"


def test_toggled_off_restores_every_text(qtbot, view, doc):
    doc.forward()
    doc.backward()
    plain = texts(view)
    view.set_notes_names(True)
    assert texts(view) != plain
    with qtbot.waitSignal(view.notes_names_changed) as signal:
        view.set_notes_names(False)
    assert signal.args == [False]
    assert texts(view) == plain


def test_setting_the_same_state_again_emits_nothing(qtbot, view):
    with qtbot.assertNotEmitted(view.notes_names_changed):
        view.set_notes_names(False)


def test_the_names_survive_a_structure_edit_undo_and_redo(view, doc):
    view.set_notes_names(True)
    doc.undo_stack.push(edits.add_node(doc, 1))  # h3: the hidden layer has 2 × 3 weights
    assert first_line(view, (1, 0, 2)).startswith("w5 = ")  # i1 → h3
    assert first_line(view, (1, 1, 2)).startswith("w6 = ")  # i2 → h3
    assert first_line(view, (2, 0, 0)) == "w7 = 0.4"  # h1 → o1 comes after all six
    assert first_line(view, (2, 2, 1)).startswith("w12 = ")  # h3 → o2, the last
    assert view.diagram.nodes[(1, 2)].bias_text().startswith("b1 ")
    assert view.diagram.nodes[(2, 0)].bias_text() == "b2 0.6"
    doc.undo_stack.undo()
    assert all(first_line(view, key) == text for key, text in NOTES_NAMES.items())
    doc.undo_stack.redo()
    assert first_line(view, (2, 0, 0)) == "w7 = 0.4"
    assert view.notes_names()


def test_bigger_networks_continue_the_numbering(qtbot):
    view = show(qtbot, NetworkDocument(load(EXAMPLES / "spiral.json")))  # 2-12-12-1
    view.set_notes_names(True)
    edges = view.diagram.edges  # fitted, the numbers are hidden: the tooltips name them
    assert "w1 = " in edges[(1, 0, 0)].fresh_tooltip()
    assert "w25 = " in edges[(2, 0, 0)].fresh_tooltip()  # after 2 × 12
    assert "w180 = " in edges[(3, 11, 0)].fresh_tooltip()  # 24 + 144 + 12: the last
    assert "bias b3 = " in view.diagram.nodes[(3, 0)].fresh_tooltip()


def test_the_setting_stays_when_another_file_opens(view):
    view.set_notes_names(True)
    view.set_document(NetworkDocument(load(EXAMPLES / "xor.json")))
    assert view.notes_names()
    assert first_line(view, (2, 0, 0)).startswith("w5 = ")  # xor is 2-2-1: h1 → y
    assert view.diagram.nodes[(2, 0)].bias_text().startswith("b2 ")


def test_the_view_menu_action(qtbot, view):
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = Actions(parent)
    toggle = actions.toggle_notes_names
    assert toggle.objectName() == "action_toggle_notes_names"
    assert toggle.isCheckable() and not toggle.isChecked()
    assert toggle.shortcut() == QKeySequence("N")
    toggle.toggled.connect(view.set_notes_names)  # as the main window wires it
    view.notes_names_changed.connect(toggle.setChecked)
    toggle.trigger()
    assert view.notes_names()
    assert first_line(view, (2, 0, 0)) == "w5 = 0.4"
    view.set_notes_names(False)
    assert not toggle.isChecked()
    assert actions.check_gradients.objectName() == "action_check_gradients"


def test_no_two_actions_share_a_shortcut(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    keys = [a.shortcut().toString() for a in Actions(parent).all() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))
