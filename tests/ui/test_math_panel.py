"""The chain-rule dock on real widgets: select, step, and read ∂E/∂w worked out as the notes do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

import playground.io
from playground.document import NetworkDocument
from playground.engine.chain_rule import figure
from playground.paths import resource_path
from playground.ui.docks.math_panel import HINT, MathPanelDock
from playground.ui.selection import EdgeSelection, NodeSelection, SelectionModel

W5, W1 = EdgeSelection(2, 0, 0), EdgeSelection(1, 0, 0)  # h1 → o1, i1 → h1
W5_LINE = "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.741365 · 0.186816 · 0.593270"


def open_example(name: str) -> NetworkDocument:
    return NetworkDocument(playground.io.load(resource_path("examples", f"{name}.json")))


def panel_for(qtbot, doc: NetworkDocument) -> MathPanelDock:
    dock = MathPanelDock(doc, SelectionModel())
    qtbot.addWidget(dock)
    return dock


@pytest.fixture
def panel(qtbot):
    return panel_for(qtbot, open_example("classic-2-2-2"))


def text_of(dock: MathPanelDock) -> str:
    widget = dock.findChild(QPlainTextEdit, "math_text")
    assert widget is not None
    return widget.toPlainText()


def test_the_widgets_have_their_names_and_a_fixed_pitch_selectable_text(panel):
    assert panel.objectName() == "math_panel"
    view = panel.findChild(QPlainTextEdit, "math_text")
    assert view.isReadOnly()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert view.font().family() == fixed.family()  # the fixed-pitch font, where one exists
    assert panel.findChild(QPushButton, "math_copy").text() == "Copy"
    assert text_of(panel) == HINT


def test_before_a_backward_pass_it_says_what_to_press(panel):
    doc = panel.doc
    panel.selection.select(W5)
    assert text_of(panel) == (
        "Press F (forward), then B (backward), to see ∂E/∂w5 of edge h1 → o1 worked out by "
        "the chain rule."
    )
    doc.forward()
    assert text_of(panel).startswith("Press B (backward) to see ∂E/∂w5")
    assert panel.explanation is None


def test_w5_shows_the_published_factors_before_and_after_the_update(panel):
    doc = panel.doc
    panel.selection.select(W5)
    doc.forward()
    doc.backward()
    text = text_of(panel)
    assert text.splitlines()[0] == (
        "∂E/∂w5 of edge h1 → o1 for sample 1: (0.05, 0.1) → (0.01, 0.99), from the last "
        "backward pass; the w5⁺ line is "
        "what Update (U) will do."
    )
    assert f"{W5_LINE} = 0.0821670" in text
    assert "w5⁺ = w5 − η·∂E/∂w5 = 0.4 − 0.5 · 0.0821670 = 0.358916" in text
    assert panel.explanation.gradient == doc.trace.layers[1].grad_weights[0, 0]
    doc.update()
    assert doc.network.layers[1].weights[0, 0] == pytest.approx(0.35891648, abs=5e-9)
    after = text_of(panel)
    assert "from the pass before the last update, with the weights it used" in after
    assert f"{W5_LINE} = 0.0821670" in after
    assert "w5⁺ = w5 − η·∂E/∂w5 = 0.4 − 0.5 · 0.0821670 = 0.358916" in after
    assert panel.explanation.update.after == doc.network.layers[1].weights[0, 0]


def test_w1_is_the_sum_of_both_output_paths_with_the_weights_the_pass_used(panel):
    doc = panel.doc
    doc.forward()
    doc.backward()
    doc.update()
    panel.selection.select(W1)
    e = panel.explanation
    assert e.name == "w1" and len(e.paths) == 2
    engine = doc.trace.layers[0].grad_weights[0, 0]
    assert e.paths[0].product + e.paths[1].product == e.gradient
    assert abs(e.gradient - engine) <= 1e-15 * abs(engine)
    text = text_of(panel)
    assert f"       = {figure(e.paths[0].product)} + ({figure(e.paths[1].product)})" in text
    assert f"       = {figure(engine)}" in text
    assert "∂net_o1/∂out_h1 = w5 = 0.4" in text  # not the updated w5
    assert "∂net_o2/∂out_h1 = w7 = 0.5" in text
    assert "w1⁺ = w1 − η·∂E/∂w1 = 0.15 − 0.5 · 0.000438568 = 0.149781" in text


def test_a_node_shows_its_bias_and_an_input_has_no_gradient(panel):
    doc = panel.doc
    doc.forward()
    doc.backward()
    panel.selection.select(NodeSelection(2, 1))
    text = text_of(panel)
    assert "∂E/∂b_o2 = ∂E/∂out_o2 · ∂out_o2/∂net_o2 · ∂net_o2/∂b_o2" in text
    assert panel.explanation.gradient == doc.trace.layers[1].grad_bias[1]
    assert "b_o2⁺ = b_o2 = 0.6: this layer's biases do not learn" in text
    panel.selection.select(NodeSelection(0, 1))
    assert text_of(panel).startswith("i2 is an input")
    assert "no gradient" in text_of(panel)
    assert panel.explanation is None


def test_a_batch_pass_shows_its_first_sample_as_the_diagram_does(qtbot):
    doc = open_example("xor")
    dock = panel_for(qtbot, doc)
    dock.selection.select(EdgeSelection(2, 0, 0))
    doc.forward()
    doc.backward()
    text = text_of(dock)
    assert text.startswith(
        "∂E/∂w5 of edge h1 → y for sample 1: (0, 0) → (0), the first of the 4 in the last pass."
    )
    assert "The diagram and the inspector show this sample too." in text
    mean = doc.trace.layers[1].grad_weights[0, 0]
    assert f"by the mean over the batch, ∂E/∂w5 = {figure(mean)}" in text
    e = dock.explanation
    assert e.sample == 0 and e.update is None
    alone = doc.network.backward(doc.network.forward(doc.trace.inputs[:1]), doc.trace.targets[:1])
    assert e.gradient == pytest.approx(alone.layers[1].grad_weights[0, 0], rel=1e-15)


def test_a_chosen_sample_is_named(qtbot):
    doc = open_example("xor")
    dock = panel_for(qtbot, doc)
    dock.selection.select(NodeSelection(2, 0))
    doc.set_sample(2)
    doc.forward()
    doc.backward()
    assert text_of(dock).startswith("∂E/∂b_y of node y for sample 3: (1, 0) → (1), from the last")
    assert dock.explanation.gradient == doc.trace.layers[1].grad_bias[0]
    assert "b_y⁺ = b_y − η·∂E/∂b_y" in text_of(dock)
    doc.update()  # the trainer keeps no bias from before an update: say so, show no step
    assert dock.explanation.update is None
    assert "the trainer keeps no bias from before an update" in text_of(dock)


def test_one_refresh_per_change(panel):
    doc = panel.doc
    count = panel.refreshes
    panel.selection.select(W5)
    doc.forward()
    doc.backward()
    doc.update()
    assert panel.refreshes == count + 4
    panel.selection.select(W5)  # the same selection: no change, no refresh
    assert panel.refreshes == count + 4


def test_copy_puts_the_whole_text_on_the_clipboard(qtbot, panel):
    doc = panel.doc
    panel.selection.select(W5)
    doc.forward()
    doc.backward()
    clipboard = QApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(panel.findChild(QPushButton, "math_copy"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == text_of(panel)
    assert W5_LINE in clipboard.text()


def test_in_korean_the_explanation_speaks_korean_and_keeps_the_notes_symbols(qtbot):
    from playground.ui.language import SWITCH

    doc = open_example("classic-2-2-2")
    doc.forward()
    doc.backward()
    assert SWITCH.set_language("ko")
    try:
        dock = panel_for(qtbot, doc)
        dock.selection.select(EdgeSelection(2, 0, 0))  # w5
        text = text_of(dock)
        assert "여기서" in text and "\nwhere" not in text  # the engine's words, translated
        assert "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5" in text  # math as is
        assert figure(0.0821670405) in text
    finally:
        SWITCH.set_language("en")
