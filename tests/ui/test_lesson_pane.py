"""The lesson pane: the notes' numbers beside the app's, marked as training reaches them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTextBrowser

from playground.paths import resource_path
from tests.io.test_lesson import LESSON
from tests.ui.driving import press


def open_lesson(window, tmp_path):
    doc = json.loads(resource_path("examples", "one-neuron.json").read_text())
    doc["lesson"] = LESSON
    path = tmp_path / "one-neuron-test.json"
    path.write_text(json.dumps(doc, ensure_ascii=False))
    assert window.files.open_example(path)
    return window.doc


def test_the_pane_shows_the_lesson_and_marks_numbers_as_training_reaches_them(
    qtbot, window, tmp_path
):
    doc = open_lesson(window, tmp_path)
    pane = window.lesson
    assert doc.path is None  # an untitled copy: the shipped file is never overwritten
    qtbot.waitUntil(pane.isVisible)  # raised over the controls for a lesson
    assert pane.title.text() == "One neuron"
    assert "Press" in pane.findChild(QTextBrowser, "lesson_text").toPlainText()
    assert "model.fit" in pane.code.toPlainText()
    # before training: only the numbers measured after 0 epochs can match
    assert pane.marks() == ["at epoch 999"] * 3 + ["✓", "at epoch 999", "at epoch 1"]
    press(qtbot, window, Qt.Key.Key_S)
    assert pane.marks()[5] == "✓"  # w after one update: 3.12
    with qtbot.waitSignal(window.player.stopped, timeout=30_000):
        pane.play_button.click()  # "Train the notes' run: 999 epochs"
    assert doc.trainer.epoch == 999 and doc.epochs == 999
    assert pane.marks() == ["✓", "✓", "✓", "at epoch 0", "✓", "at epoch 1"]
    assert pane.numbers.item(0, 2).text().startswith("4.2")


def test_the_pane_speaks_korean_and_says_when_there_is_no_lesson(qtbot, window, tmp_path):
    pane = window.lesson
    assert pane.title.text() == "No lesson" and not pane.numbers.isVisible()
    open_lesson(window, tmp_path)
    pane = window.lesson
    pane.findChild(QComboBox, "lesson_language").setCurrentIndex(1)
    assert pane.title.text() == "뉴런 하나"
    assert "누르세요" in pane.text.toPlainText()


def test_classic_lesson_from_the_menu_then_f_b_and_the_chain_rule_of_w5_and_w1(qtbot, window):
    from playground.engine.chain_rule import explain
    from playground.ui.selection import EdgeSelection
    from tests.ui.test_main_window import click_edge

    menu_action = window.lessons_menu.findChild(
        type(window.actions.forward), "lesson.classic-2-2-2"
    )
    assert menu_action is not None
    menu_action.trigger()
    doc = window.doc
    assert doc.file.lesson.id == "classic-2-2-2" and doc.path is None
    press(qtbot, window, Qt.Key.Key_F)
    press(qtbot, window, Qt.Key.Key_B)
    panel = window.math_panel
    for key, expected in (((2, 0, 0), 0.082167041), ((1, 0, 0), 0.000438568)):
        click_edge(qtbot, window, key)
        assert window.selection.current == EdgeSelection(*key)
        explanation = panel.explanation
        engine = float(doc.trace.layers[key[0] - 1].grad_weights[key[1], key[2]])
        products = [path.product for path in explanation.paths]
        assert sum(products) == pytest.approx(engine, rel=1e-12)
        assert explanation.gradient == pytest.approx(expected, abs=5e-10)
        assert len(explanation.paths) == (1 if key[0] == 2 else 2)  # w1: through o1 and o2
        assert f"{expected:.6g}"[:7] in panel.findChild(QPlainTextEdit, "math_text").toPlainText()
        again = explain(doc.network, doc.trace, f"layers[{key[0]}].weights[{key[1]}][{key[2]}]")
        assert again.gradient == explanation.gradient


def test_on_a_korean_system_the_lesson_opens_in_korean(qtbot, window, tmp_path):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean))
    try:
        open_lesson(window, tmp_path)
        assert window.lesson.title.text() == "뉴런 하나"
        assert window.lesson.language_combo.currentText() == "한국어"
    finally:
        QLocale.setDefault(before)


def test_the_chosen_language_stays_from_lesson_to_lesson(qtbot, window, tmp_path):
    open_lesson(window, tmp_path)
    window.lesson.language_combo.setCurrentIndex(1)  # 한국어
    open_lesson(window, tmp_path)
    assert window.lesson.title.text() == "뉴런 하나"


def test_the_train_button_stops_at_each_epoch_the_notes_measure(qtbot, window, tmp_path):
    doc = open_lesson(window, tmp_path)  # numbers after 0, 1 and 999 epochs
    button = window.lesson.play_button
    assert button.text() == "Train to epoch 1 (the notes' next number)"
    with qtbot.waitSignal(window.player.stopped, timeout=30_000):
        button.click()
    assert doc.trainer.epoch == 1 and window.lesson.marks()[5] == "✓"
    assert button.text() == "Train to epoch 999 (the notes' run)"


def test_a_number_of_another_epoch_is_not_shown_as_the_apps(qtbot, window):
    """After training on, "E before training" would be today's E: it says where to look."""
    window.lessons_menu.findChild(type(window.actions.new), "lesson.classic-2-2-2").trigger()
    qtbot.waitUntil(lambda: window.doc.file.lesson is not None)
    pane = window.lesson
    window.doc.run.trainer.train(3)
    window.doc.training_progressed()
    pane.refresh()
    texts = [pane.numbers.item(row, 2).text() for row in range(pane.numbers.rowCount())]
    assert texts[0].startswith("at epoch 0")  # E before training: measured at epoch 0
    assert all("0.2983" not in text for text in texts)
