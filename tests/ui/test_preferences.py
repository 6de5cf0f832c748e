"""What the window remembers between sessions, and Edit › Preferences."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from playground.paths import resource_path
from playground.ui.main_window import MainWindow
from playground.ui.preferences import PreferencesDialog, read, start_lesson
from tests.ui.driving import press


def open_window(qtbot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.files.open_path(
        resource_path("examples", "xor.json"), remember=False, as_untitled=True
    )
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # its shortcuts (N, W) need it active
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_choices_made_in_one_session_are_there_in_the_next(qtbot, settings):
    first = open_window(qtbot, settings)
    press(qtbot, first, Qt.Key.Key_N)  # the notes' names
    press(qtbot, first, Qt.Key.Key_W)  # weights off the edges
    assert first.diagram.notes_names() and read(settings, "notes_names") is True
    qtbot.mouseClick(first.plots.loss.log_scale, Qt.MouseButton.LeftButton)
    first.play_controls.speed.setCurrentText("30 steps/s")
    first.findChild(type(first.actions.new), "lesson.xor-2-2-1").trigger()
    first.doc.undo_stack.setClean()
    first.close()

    again = open_window(qtbot, settings)
    assert again.actions.toggle_notes_names.isChecked() and again.diagram.notes_names()
    assert not again.actions.toggle_labels.isChecked() and not again.diagram.labels_visible()
    assert again.plots.loss.is_log_scale() and again.plots.loss.log_scale.isChecked()
    assert again.play_controls.speed.currentText() == "30 steps/s"
    assert again.player.steps_per_second == 30.0
    assert read(settings, "last_lesson") == "xor-2-2-1"


def test_a_new_document_keeps_the_remembered_plot_choices(qtbot, settings):
    window = open_window(qtbot, settings)
    qtbot.mouseClick(window.plots.loss.log_scale, Qt.MouseButton.LeftButton)
    assert window.files.open_path(
        resource_path("examples", "classic-2-2-2.json"), remember=False, as_untitled=True
    )
    assert window.plots.loss.is_log_scale()  # the new document's new plot


def test_the_preferences_dialog_applies_and_remembers(qtbot, settings):
    window = open_window(qtbot, settings)
    window.findChild(type(window.actions.new), "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QCheckBox, "preference_grid").setChecked(True)
    dialog.findChild(QCheckBox, "preference_notes_names").setChecked(True)
    dialog.findChild(QComboBox, "preference_speed").setCurrentText("5 steps/s")
    dialog.findChild(QCheckBox, "preference_start_with_last_lesson").setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible()
    assert window.diagram.notes_names()
    assert window.plots.loss.plot.getAxis("left").grid  # grid lines drawn
    assert window.player.steps_per_second == 5.0
    assert read(settings, "grid") is True and read(settings, "speed") == "5 steps/s"
    assert read(settings, "start_with_last_lesson") is True


def test_cancel_changes_nothing(qtbot, settings):
    window = open_window(qtbot, settings)
    window.open_preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.findChild(QCheckBox, "preference_notes_names").setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not window.diagram.notes_names()
    assert read(settings, "notes_names") is False


def test_start_with_the_last_lesson_only_when_asked(settings):
    settings.setValue("lessons/last", "classic-2-2-2")
    assert start_lesson(settings) is None  # the default: XOR, as README says
    settings.setValue("lessons/start_with_last", True)
    assert start_lesson(settings).name == "classic-2-2-2.json"
    settings.setValue("lessons/last", "no-such-lesson")
    assert start_lesson(settings) is None


def test_a_test_window_never_reads_the_users_settings(tmp_path):
    """MainWindow has no default settings: a test must give its own (as conftest does)."""
    code = (
        "import inspect\n"
        "from playground.ui.main_window import MainWindow\n"
        "p = inspect.signature(MainWindow).parameters['settings']\n"
        "print(p.default is inspect.Parameter.empty)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "True"
