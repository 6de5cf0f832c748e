"""The lesson pane: the notes' numbers beside the app's, marked as training reaches them."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTextBrowser

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
