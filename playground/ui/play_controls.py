"""Play/Pause and how fast: the training controls of the toolbar, observing a Player."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from playground.document import NetworkDocument, edits
from playground.document.changes import Change
from playground.document.edits import parse_number
from playground.document.player import Player

SPEEDS: list[tuple[str, float | None]] = [
    ("1 step/s", 1.0),
    ("5 steps/s", 5.0),
    ("30 steps/s", 30.0),
    ("300 steps/s", 300.0),
    ("3,000 steps/s", 3000.0),
    ("as fast as it goes", None),
]


TARGET_TIP = "Stop playing once an epoch's loss is at or below this value (saved with the file)"


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
        self.speed.setToolTip(
            "How many training steps a second while playing: slow to watch "
            "each update, or as fast as the engine goes"
        )
        for text, _ in SPEEDS:
            self.speed.addItem(text)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.target = QLineEdit()
        self.target.setObjectName("target_loss")
        self.target.setPlaceholderText("none")
        self.target.setFixedWidth(70)
        self.target.setToolTip(TARGET_TIP)
        self.target.editingFinished.connect(self._target_typed)
        layout.addWidget(QLabel("speed"))
        layout.addWidget(self.speed)
        layout.addWidget(QLabel("stop at loss ≤"))
        layout.addWidget(self.target)

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
        self.target.setToolTip(TARGET_TIP)

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
            self.target.setToolTip(f"Not changed: {outcome}")
            self.doc.notice.emit(str(outcome))
            return
        self.doc.undo_stack.push(outcome)
