"""Play/Pause and how fast: the training controls of the toolbar, observing a Player."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from playground.document import NetworkDocument, edits
from playground.document.changes import Change
from playground.document.edits import parse_number
from playground.document.player import Player
from playground.ui.translate import message_text

CONTEXT = "PlayControls"
# The English text names a speed in the settings (and is each item's data in the box); the
# box shows it translated (``speed_text``).
SPEEDS: list[tuple[str, float | None]] = [
    (QT_TRANSLATE_NOOP("PlayControls", "1 step/s"), 1.0),
    (QT_TRANSLATE_NOOP("PlayControls", "5 steps/s"), 5.0),
    (QT_TRANSLATE_NOOP("PlayControls", "30 steps/s"), 30.0),
    (QT_TRANSLATE_NOOP("PlayControls", "300 steps/s"), 300.0),
    (QT_TRANSLATE_NOOP("PlayControls", "3,000 steps/s"), 3000.0),
    (QT_TRANSLATE_NOOP("PlayControls", "as fast as it goes"), None),
]


def speed_text(name: str) -> str:
    """A speed of ``SPEEDS`` (its English text) as the window's language says it."""
    return QCoreApplication.translate(CONTEXT, name)


class PlayControls(QWidget):
    """Speed (steps per second) and an optional target loss at which training stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Player | None = None
        self.doc: NetworkDocument | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.speed = QComboBox()
        self.speed.setObjectName("speed_combo")
        for name, _ in SPEEDS:
            self.speed.addItem(speed_text(name), name)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.target = QLineEdit()
        self.target.setObjectName("target_loss")
        self.target.setFixedWidth(70)
        self.target.editingFinished.connect(self._target_typed)
        self.speed_label = QLabel()
        self.target_label = QLabel()
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed)
        layout.addWidget(self.target_label)
        layout.addWidget(self.target)
        self._set_texts()

    def _set_texts(self) -> None:
        """Labels, tooltips and the speeds in the window's language (the chosen one kept)."""
        self.speed_label.setText(self.tr("speed"))
        self.target_label.setText(self.tr("stop at loss ≤"))
        self.speed.setToolTip(
            self.tr(
                "How many training steps a second while playing: slow to watch "
                "each update, or as fast as the engine goes"
            )
        )
        chosen = self.speed.currentIndex()
        self.speed.blockSignals(True)  # the same speed: nothing to tell the player or settings
        for index, (name, _) in enumerate(SPEEDS):
            self.speed.setItemText(index, speed_text(name))
        self.speed.setCurrentIndex(chosen)
        self.speed.blockSignals(False)
        self.target.setPlaceholderText(self.tr("none"))
        if not self.target.styleSheet():  # a refusal's tooltip stays until the next value
            self.target.setToolTip(self._target_tip())

    def _target_tip(self) -> str:
        return self.tr(
            "Stop playing once an epoch's loss is at or below this value (saved with the file)"
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the toolbar keeps this widget, so it says its own texts again."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def set_document(self, doc: NetworkDocument, player: Player) -> None:
        """Control ``player`` (a new one comes with each document) with the chosen speed,
        and show ``doc``'s target loss."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._changed)
        self.doc, self.player = doc, player
        doc.changed.connect(self._changed)
        self._speed_chosen(self.speed.currentIndex())
        self._show_target()

    def _changed(self, change: Change) -> None:
        if Change.SETTINGS in change:
            self._show_target()

    def _show_target(self) -> None:
        value = self.doc.target_loss
        if not (self.target.hasFocus() and self.target.isModified()):
            self.target.setText("" if value is None else repr(value))
        self.target.setStyleSheet("")
        self.target.setToolTip(self._target_tip())

    def _speed_chosen(self, index: int) -> None:
        if self.player is not None:
            self.player.steps_per_second = SPEEDS[index][1]

    def _target_typed(self) -> None:
        if self.doc is None:
            return
        text = self.target.text().strip()
        self.target.setModified(False)
        current = self.doc.target_loss
        if (not text and current is None) or (text and parse_number(text) == current):
            return
        outcome = edits.set_target_loss(self.doc, text)
        if isinstance(outcome, edits.EditRefused):
            self.target.setStyleSheet("background: #FDE2D8;")
            why = message_text(outcome.message)
            self.target.setToolTip(self.tr("Not changed: {why}").format(why=why))
            self.doc.notice.emit(why)
            return
        self.doc.undo_stack.push(outcome)
