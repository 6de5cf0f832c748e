"""What the window remembers from one session to the next, and the Preferences dialog.

One table (``PREFERENCES``) names each remembered choice, its QSettings key and its default;
the window's own controls stay where the learner expects them (View › Show the notes' names,
the loss plot's Log scale box, the speed box) and ``WindowPreferences`` writes each change as
it happens and puts it back when the next window opens. Recent files are kept by
``FileController``; the window's size and docks by ``MainWindow.save_layout``. A test gives
the window its own settings file: nothing here ever reads the user's real settings then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from playground.lessons import list_lessons
from playground.ui.play_controls import SPEEDS, speed_text


@dataclass(frozen=True)
class Preference:
    """A remembered choice: its QSettings ``key`` and ``default`` (whose type it keeps)."""

    key: str
    default: bool | str


PREFERENCES: dict[str, Preference] = {
    "notes_names": Preference("view/notes_names", False),  # w1 … w8 instead of labels
    "weight_labels": Preference("view/weight_labels", True),  # numbers on the edges
    "log_scale": Preference("plots/log_scale", False),
    "grid": Preference("plots/grid", False),
    "speed": Preference("play/speed", SPEEDS[-1][0]),  # as fast as it goes (English, always)
    "lesson_language": Preference("lessons/language", ""),  # "": the lesson's own
    "last_lesson": Preference("lessons/last", ""),
    "start_with_last_lesson": Preference("lessons/start_with_last", False),
    "language": Preference("ui/language", ""),  # "": the system's (View › Language)
}


def read(settings: QSettings, name: str) -> bool | str:
    """The remembered value, of the default's type (an INI file gives back text)."""
    preference = PREFERENCES[name]
    value = settings.value(preference.key, preference.default)
    if isinstance(preference.default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
    return str(value)


def write(settings: QSettings, name: str, value: bool | str) -> None:
    settings.setValue(PREFERENCES[name].key, value)


def start_lesson(settings: QSettings) -> Path | None:
    """The lesson to open at start instead of the default, if the learner asked for it."""
    if not read(settings, "start_with_last_lesson"):
        return None
    wanted = read(settings, "last_lesson")
    return next((entry.file for entry in list_lessons() if entry.id == wanted), None)


class WindowPreferences(QObject):
    """Puts the remembered choices into ``window`` and remembers each new one."""

    def __init__(self, window, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        actions = window.actions
        actions.toggle_notes_names.setChecked(read(settings, "notes_names"))
        actions.toggle_labels.setChecked(read(settings, "weight_labels"))
        actions.toggle_notes_names.toggled.connect(lambda on: self._write("notes_names", on))
        actions.toggle_labels.toggled.connect(lambda on: self._write("weight_labels", on))
        speed = window.play_controls.speed  # each item's data is its English text
        index = speed.findData(read(settings, "speed"))
        if index >= 0:
            speed.setCurrentIndex(index)
        speed.currentIndexChanged.connect(lambda i: self._write("speed", speed.itemData(i)))
        self.hook_menus()
        window.dock_widgets_replaced.connect(self.apply_to_docks)
        if getattr(window, "plots", None) is not None:
            self.apply_to_docks()

    def hook_menus(self) -> None:
        """Remember each lesson opened from the Lessons menu (again when it is rebuilt)."""
        for action in self.window.lessons_menu.actions():
            lesson = action.objectName().removeprefix("lesson.")
            action.triggered.connect(lambda _=False, id=lesson: self._write("last_lesson", id))

    def _write(self, name: str, value: bool | str) -> None:
        write(self.settings, name, value)

    def apply_to_docks(self) -> None:
        """The docks are made anew with each document: give them the remembered choices."""
        window, settings = self.window, self.settings
        loss = window.plots.loss
        loss.set_log_scale(read(settings, "log_scale"))
        loss.log_scale.toggled.connect(lambda on: self._write("log_scale", on))
        show_grid(window, read(settings, "grid"))
        language = read(settings, "lesson_language")
        combo = window.lesson.language_combo
        index = combo.findData(language) if language else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.currentIndexChanged.connect(
            lambda i: self._write("lesson_language", combo.itemData(i) or "")
        )

    def set(self, name: str, value: bool | str) -> None:
        """Apply a choice made in the Preferences dialog (and remember it)."""
        window = self.window
        if name == "notes_names":
            window.actions.toggle_notes_names.setChecked(bool(value))
        elif name == "weight_labels":
            window.actions.toggle_labels.setChecked(bool(value))
        elif name == "log_scale":
            window.plots.loss.set_log_scale(bool(value))
        elif name == "speed":
            speed = window.play_controls.speed
            if (index := speed.findData(str(value))) >= 0:
                speed.setCurrentIndex(index)
        elif name == "lesson_language":
            combo = window.lesson.language_combo
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        elif name == "grid":
            show_grid(window, bool(value))
        self._write(name, value)


def show_grid(window, on: bool) -> None:
    window.plots.loss.plot.showGrid(x=on, y=on, alpha=0.25)


class PreferencesDialog(QDialog):
    """Edit › Preferences: the remembered choices in one place; OK applies them."""

    def __init__(self, preferences: WindowPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        settings = preferences.settings
        self.boxes: dict[str, QCheckBox | QComboBox] = {}
        texts = {
            "notes_names": self.tr("Name weights as the notes do (w1 … w8, b1, b2)"),
            "weight_labels": self.tr("Show weights on the edges"),
            "log_scale": self.tr("Loss on a logarithmic axis"),
            "grid": self.tr("Grid lines on the loss plot"),
            "start_with_last_lesson": self.tr("Start with the last lesson opened"),
        }
        form = QFormLayout()
        for name, text in texts.items():
            box = QCheckBox(text, self)
            box.setObjectName(f"preference_{name}")
            box.setChecked(bool(read(settings, name)))
            self.boxes[name] = box
            form.addRow(box)
        speed = QComboBox(self)
        speed.setObjectName("preference_speed")
        for name, _ in SPEEDS:
            speed.addItem(speed_text(name), name)
        speed.setCurrentIndex(max(speed.findData(str(read(settings, "speed"))), 0))
        self.boxes["speed"] = speed
        form.addRow(self.tr("Play speed"), speed)
        language = QComboBox(self)
        language.setObjectName("preference_lesson_language")
        window_combo = preferences.window.lesson.language_combo
        language.addItem(self.tr("the lesson's own"), "")
        for index in range(window_combo.count()):
            language.addItem(window_combo.itemText(index), window_combo.itemData(index))
        language.setCurrentIndex(max(language.findData(read(settings, "lesson_language")), 0))
        self.boxes["lesson_language"] = language
        form.addRow(self.tr("Lesson language"), language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for name, box in self.boxes.items():
            if isinstance(box, QCheckBox):
                value = box.isChecked()
            elif name in ("lesson_language", "speed"):
                value = box.currentData() or ""
            else:
                value = box.currentText()
            if value != read(self.preferences.settings, name):
                self.preferences.set(name, value)
        super().accept()
