"""Fixtures for driving the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from playground.paths import resource_path
from playground.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A modal question would block the suite: answer Cancel and remember it was asked.

    Tests that expect a question patch ``QMessageBox.question`` themselves.
    """
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def settings(tmp_path):
    """Settings in a temporary file, so tests never touch the user's recent files."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """The main window on the classic 2-2-2 example, shown and exposed."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.files.open_path(
        resource_path("examples", "classic-2-2-2.json"), remember=False, as_untitled=True
    )
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.trained_since_save = False  # no save prompt on teardown
    win.doc.undo_stack.setClean()
