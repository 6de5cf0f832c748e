"""View › Language › 한국어: the whole window speaks Korean at once, and English again after.

The expected Korean is written out here as the translation says it (the glossary's terms);
the lesson's own Korean comes from its file. Every test leaves the application in English.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from playground.paths import resource_path
from playground.ui.language import SWITCH

MENUS_EN = ["&File", "&Edit", "&View", "&Train", "&Help", "&Lessons"]
MENUS_KO = ["파일(&F)", "편집(&E)", "보기(&V)", "학습(&T)", "도움말(&H)", "레슨(&L)"]
DOCKS = ("controls", "inspector", "plots", "lesson")  # objectNames start so
LESSON = "classic-2-2-2"


@pytest.fixture
def english_after():
    """Whatever a test does, the next one starts in English."""
    yield
    SWITCH.set_language("en")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _hangul(text: str) -> bool:
    return any("가" <= character <= "힣" for character in text)


def _switch(qtbot, window, code: str, file_menu: str) -> None:
    """Click View › Language › ``code`` and wait for the menus to be built anew."""
    action = window.findChild(QAction, f"language.{code}")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[:1] == [file_menu], timeout=5_000)


def _docks(window) -> list[QDockWidget]:
    """The window's docks now (the ones a switch replaced may wait for deletion)."""
    docks = [window.controls, window.inspector, window.plots, window.lesson]
    assert all(isinstance(dock, QDockWidget) and dock.parent() is window for dock in docks)
    assert [dock.objectName().split("_")[0] for dock in docks] == list(DOCKS)
    return docks


def _open_lesson(qtbot, window) -> dict:
    """The lesson opened from the Lessons menu, and its file's title and text."""
    action = next(a for a in window.lessons_menu.actions() if a.objectName() == f"lesson.{LESSON}")
    action.trigger()
    qtbot.waitUntil(lambda: window.doc.file.lesson is not None, timeout=5_000)
    with resource_path("lessons", f"{LESSON}.json").open(encoding="utf-8") as file:
        return json.load(file)["lesson"]


def test_the_language_menu_turns_the_window_korean_and_back(qtbot, window, english_after):
    lesson = _open_lesson(qtbot, window)
    assert window.lesson.title.text() == lesson["title"]["en"]
    speed = window.play_controls.speed
    speed.setCurrentIndex(2)  # 30 steps/s: kept through both switches
    assert speed.currentText() == "30 steps/s"

    qtbot.waitUntil(lambda: not window.lesson.visibleRegion().isEmpty())  # the lesson in front
    _switch(qtbot, window, "ko", "파일(&F)")
    titles = _menu_titles(window)
    for korean in MENUS_KO:
        assert korean in titles
    assert not set(MENUS_EN) & set(titles)
    for dock in _docks(window):
        assert _hangul(dock.windowTitle()), dock.objectName()
    forward = window.actions.forward
    assert forward in window.stepping_toolbar.actions() and forward.text() == "순전파(&F)"
    assert window.lesson.title.text() == lesson["title"]["ko"]
    first_words = lesson["text"]["ko"].split("\n")[0].strip("*").split("**")[0]
    assert first_words and first_words in window.lesson.text.toPlainText()
    qtbot.waitUntil(lambda: not window.lesson.visibleRegion().isEmpty())  # still in front
    assert window.controls.visibleRegion().isEmpty()  # its tab stays behind
    # The widgets that outlive the rebuilt docks say their own texts again.
    assert speed.currentIndex() == 2 and speed.currentText() == "초당 30 스텝"
    assert window.time_travel_bar.now.text() == "현재로 돌아가기"

    _switch(qtbot, window, "en", "&File")
    titles = _menu_titles(window)
    for english in MENUS_EN:
        assert english in titles
    assert not any(_hangul(title) for title in titles)
    for dock in _docks(window):
        assert not _hangul(dock.windowTitle()), dock.objectName()
    assert window.actions.forward.text() == "&Forward"
    assert window.lesson.title.text() == lesson["title"]["en"]
    assert speed.currentIndex() == 2 and speed.currentText() == "30 steps/s"
    assert window.time_travel_bar.now.text() == "Back to now"


def test_a_message_shown_in_korean_closes_with_a_korean_button(qtbot, window, english_after):
    _switch(qtbot, window, "ko", "파일(&F)")
    bar = window.message_bar
    bar.show_message("…")
    close = bar.button("닫기")
    assert close is not None and close.objectName() == "message_close"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
