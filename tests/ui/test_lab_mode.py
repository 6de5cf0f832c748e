"""Lab mode in the real window: predict a value by hand, then see the app's; the score and
the report; a worksheet task ticked by training. Numbers: the classic 2-2-2 example as the
course notes (002) derive it by hand."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from playground import testing
from playground.lab.session import session_for
from playground.paths import resource_path
from tests.ui.driving import edge_point, node_point, type_into


class Clock:
    """Seconds that move only when asked: 10 s per reading."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 10.0
        return self.now


def lab_window(qtbot, lesson_id: str):
    app = testing.open_window(qtbot)
    app.lesson(lesson_id)
    session_for(app.doc).quiz.clock = Clock()
    return app, app.window.lesson.lab


def answer(qtbot, panel, text: str) -> None:
    type_into(qtbot, panel.field, text)


def node_text(app, name: str) -> str:
    column, index = testing.find_node(app.doc.network, name)
    return app.window.diagram.diagram.nodes[(column, index)].values_text()


def test_classic_quiz_right_wrong_with_the_factor_named_revealed_and_reported(
    qtbot, tmp_path, monkeypatch
):
    app, panel = lab_window(qtbot, "classic-2-2-2")
    app.window.lab_menu.lab_mode.trigger()  # Train → Lab Mode
    assert panel.switch.isChecked()
    qtbot.waitUntil(panel.isVisible)
    app.press("forward")
    assert node_text(app, "h1").splitlines()[:2] == ["net ?", "out ?"]
    assert node_text(app, "h2").startswith("net 0.3925")  # not asked: shown
    assert "loss E = ?" in app.window.diagram.diagram.caption.text()
    assert panel.prompt.text() == "net_h1 ="

    answer(qtbot, panel, "0.3775")  # w1·i1 + w2·i2 + b1 = 0.15·0.05 + 0.2·0.1 + 0.35
    assert panel.feedback.text().startswith("✓ net_h1 = 0.3775")
    assert node_text(app, "h1").startswith("net 0.3775\nout ?")
    assert panel.prompt.text() == "out_h1 ="
    answer(qtbot, panel, "0.3775")  # net, not sigmoid(net)
    assert panel.feedback.text() == (  # names the slip, never the answer it waits for
        "your out_h1 = 0.3775: you used net_h1 = 0.3775 for sigmoid(net_h1)"
    )
    answer(qtbot, panel, "0.593269992")
    assert "right after a hint" in panel.feedback.text()
    assert panel.prompt.text() == "net_o1 ="
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel.feedback.text().startswith("👁 net_o1 = 1.105905967")
    answer(qtbot, panel, "0.75136507")
    answer(qtbot, panel, "0.298371109")  # E_total = ½(t1 − o1)² + ½(t2 − o2)²
    assert "loss E = 0.2984" in app.window.diagram.diagram.caption.text()
    assert panel.next_step.text() == "Press Backward (B) for the next question."

    app.press("backward")
    assert panel.prompt.text() == "∂E/∂w5 ="
    edge = app.window.diagram.diagram.edges[(2, 0, 0)]
    assert edge.label.text().endswith("∂E/∂w ?")
    answer(qtbot, panel, "0.0415")  # ½·(out_o1 − t_o1) in the first factor
    assert panel.feedback.text() == (
        "your ∂E/∂w5 = 0.0415: you used ½·∂E/∂out_o1, "
        "expected ∂E/∂out_o1 = out_o1 − t_o1 = 0.741365"
    )
    answer(qtbot, panel, "0.082167041")
    answer(qtbot, panel, "0.138498562")  # δ_o1
    app.press("update")
    assert panel.prompt.text() == "w5⁺ ="
    answer(qtbot, panel, "0.35891648")
    answer(qtbot, panel, "0.000668")  # the path through o1 only: the one through o2 left out
    assert "you left out the term ∂E/∂out_o2" in panel.feedback.text()
    answer(qtbot, panel, "0.000438568")
    assert panel.score.text() == "Score: 5 right first time · 3 after a hint · 1 revealed (of 9)"
    assert app.window.lesson.text.isVisible()  # the quiz is done: the lesson's text is back

    offered = []
    path = tmp_path / "classic-2-2-2-report.json"

    def choose(parent, caption, where, *args, **kwargs):
        offered.append(where)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    app.window.lab_menu.save_report.trigger()  # File → Save Report…
    assert offered[0].endswith("classic-2-2-2-report.json")
    report = json.loads(path.read_text())
    assert report["lesson"] == "classic-2-2-2"
    assert report["score"] == {
        "right": 5, "right_after_hint": 3, "revealed": 1, "questions": 9,
    }  # fmt: skip
    verdicts = [q["verdict"] for q in report["questions"]]
    assert verdicts[:3] == ["right", "right_after_hint", "revealed"]
    first = report["questions"][0]
    assert first == {
        "ask": "net", "target": "h1", "typed": 0.3775, "true": first["true"],
        "verdict": "right", "seconds": 10.0,
    }  # fmt: skip
    assert abs(first["true"] - 0.3775) < 1e-15
    w5 = report["questions"][5]
    assert w5["target"] == ["h1", "o1"] and w5["typed"] == 0.082167041
    assert report["questions"][2]["typed"] is None  # revealed without a try


def test_free_lab_mode_asks_the_value_clicked_in_the_diagram(qtbot):
    app = testing.open_window(qtbot)  # XOR: a lesson without a quiz
    app.window.lab_menu.lab_mode.trigger()
    panel = app.window.lesson.lab
    app.press("forward")
    assert node_text(app, "h1").startswith("net ?")
    view = app.window.diagram
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (1, 0)))
    assert panel.prompt.isVisible() and panel.prompt.text() == f"net_{app.doc.label(1, 0)} ="
    true = app.node(app.doc.label(1, 0)).net
    answer(qtbot, panel, repr(true))
    assert node_text(app, app.doc.label(1, 0)).startswith(f"net {true:.4g}")
    assert session_for(app.doc).quiz.score().right == 1
    app.window.lab_menu.lab_mode.trigger()  # off: everything shown again
    assert "?" not in node_text(app, app.doc.label(1, 1))


def test_a_worksheet_task_ticks_when_training_meets_it(qtbot):
    app, panel = lab_window(qtbot, "xor-worksheet")
    assert panel.task_marks() == ["", "", ""]
    app.press("play")
    qtbot.waitUntil(lambda: app.epoch >= 2000, timeout=120_000)
    app.press("pause")
    assert panel.task_marks()[0] == "✓"  # 100 % accuracy, 2 hidden nodes, by epoch 2,000
    assert panel.task_marks()[2] == ""  # it did not diverge
    met = session_for(app.doc).quiz.tasks[0]
    assert met.met and met.epoch <= 2000


def test_no_dock_gives_a_hidden_value_away(qtbot):
    from PySide6.QtWidgets import QLabel

    app, panel = lab_window(qtbot, "classic-2-2-2")
    window = app.window
    window.lab_menu.lab_mode.trigger()
    app.press("forward")
    view = window.diagram
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (1, 0)))
    inspector = window.inspector
    assert inspector.findChild(QLabel, "inspector_value_net").text() == "?"
    assert inspector.findChild(QLabel, "inspector_value_out").text() == "?"
    assert inspector.loss.text() == "?"
    assert window.loss_label.text() == "loss E = ? (lab mode)"  # the status bar
    assert not window.lesson.text.isVisible()  # the lesson's text prints the answers
    assert not window.lesson.numbers.isVisible()
    model = window.data_table.model
    outputs = [model.data(model.index(0, c)) for c in range(4, model.columnCount())]
    assert outputs and set(outputs) == {"?"}  # out_o1, out_o2 and E_s wait for the quiz
    answer(qtbot, panel, "0.3775")
    assert inspector.findChild(QLabel, "inspector_value_net").text() == "0.3775"
    for text in ("0.593269992", "1.105905967", "0.75136507", "0.298371109"):
        answer(qtbot, panel, text)
    assert inspector.loss.text().startswith("0.29837")
    assert window.loss_label.text().startswith("loss E = 0.298371")
    assert model.data(model.index(0, 4)).startswith("0.7514")  # out_o1, answered
    app.press("backward")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(view, (2, 0, 0)))
    assert window.math_panel.text().startswith("Lab mode: work out ∂E/∂w5")
    assert "0.0821" not in window.math_panel.text()
    assert inspector.findChild(QLabel, "inspector_value_grad").text() == "?"
    answer(qtbot, panel, "0.082167041")
    answer(qtbot, panel, "0.138498562")
    # its update line would give w5⁺ away, and the factors ∂E/∂w1
    assert window.math_panel.text().startswith("Lab mode: work out w5⁺, ∂E/∂w1 by hand")
    app.press("update")
    answer(qtbot, panel, "0.35891648")
    answer(qtbot, panel, "0.000438568")
    assert "= 0.0821670" in window.math_panel.text()  # every question answered


def test_a_value_that_would_give_a_waiting_answer_away_is_hidden_too(qtbot):
    """∂E/∂w1 = δ_h1 · i1: while it waits, δ_h1 and w2's ∂E/∂w (δ_h1 · i2) are "?" too,
    and the output's hover read-out does not print a waiting out_o1."""
    app, _panel = lab_window(qtbot, "classic-2-2-2")
    app.window.lab_menu.lab_mode.trigger()  # Train → Lab Mode
    app.press("forward")
    app.press("backward")
    lab = session_for(app.doc)
    waiting = [q.target for q in lab.quiz.questions if not q.done]
    assert any(t.ask.value == "grad" and t.edge == ("i1", "h1") for t in waiting)
    assert "δ ?" in node_text(app, "h1")  # ∂E/∂w1 would be δ_h1 · 0.05
    hidden = {t.ask.value for t in lab.hidden_on_edge(("i2", "h1"))}
    assert "grad" in hidden  # w2's ∂E/∂w = δ_h1 · 0.1
    assert "?" in app.window.diagram.diagram.edges[(1, 1, 0)].fresh_tooltip()
    assert "δ ?" not in node_text(app, "h2")  # nothing of h2 is asked: shown


def test_the_output_plot_read_out_waits_while_an_output_is_asked(qtbot):
    app, _panel = lab_window(qtbot, "classic-2-2-2")
    app.window.lab_menu.lab_mode.trigger()
    app.press("forward")  # the quiz asks net_h1 … out_o1 by hand
    boundary = app.window.plots.boundary
    centre = boundary.plot.vb.sceneBoundingRect().center()
    boundary._hover(centre)  # the pointer over the plot
    assert "Lab mode" in boundary.readout.text()
    assert "o1 =" not in boundary.readout.text()
    app.window.lab_menu.lab_mode.trigger()  # off: the read-out reads again
    boundary._hover(centre)
    assert "o1 =" in boundary.readout.text()


def test_lab_mode_goes_on_from_lesson_to_lesson_and_off_for_a_network_without_a_quiz(qtbot):
    app, _panel = lab_window(qtbot, "classic-2-2-2")
    app.window.lab_menu.lab_mode.trigger()
    app.lesson("keras-one-neuron")  # a quiz too: still on
    assert app.window.lab_menu.lab_mode.isChecked() and session_for(app.doc).enabled
    app.open(resource_path("examples", "spiral.json"))  # nothing asked: off
    assert not app.window.lab_menu.lab_mode.isChecked()
    assert not session_for(app.doc).enabled
    assert "?" not in app.window.loss_label.text()


def test_a_language_switch_keeps_lab_mode(qtbot):
    app, _panel = lab_window(qtbot, "classic-2-2-2")
    app.window.lab_menu.lab_mode.trigger()
    app.language("ko")
    assert app.window.lab_menu.lab_mode.isChecked() and session_for(app.doc).enabled
    app.press("forward")
    assert node_text(app, "h1").splitlines()[0] == "net ?"
