"""Play/Pause and how fast: the training controls of the toolbar, observing a Player."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

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


class PlayControls(QWidget):
    """Speed (steps per second) and an optional target loss at which training stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Player | None = None
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
        self.target.setToolTip("Stop playing once the epoch's loss is at or below this value")
        self.target.editingFinished.connect(self._target_typed)
        layout.addWidget(QLabel("speed"))
        layout.addWidget(self.speed)
        layout.addWidget(QLabel("stop at loss ≤"))
        layout.addWidget(self.target)

    def set_player(self, player: Player) -> None:
        """Control ``player`` (a new one comes with each document) with the current choices."""
        self.player = player
        self._speed_chosen(self.speed.currentIndex())
        self._target_typed()

    def _speed_chosen(self, index: int) -> None:
        if self.player is not None:
            self.player.steps_per_second = SPEEDS[index][1]

    def _target_typed(self) -> None:
        if self.player is None:
            return
        text = self.target.text().strip()
        if not text:
            self.player.target_loss = None
            self.target.setStyleSheet("")
            return
        value = parse_number(text)
        if isinstance(value, str) or value < 0:
            self.target.setStyleSheet("background: #FDE2D8;")
            self.target.setToolTip(value if isinstance(value, str) else "a loss is never negative")
            return
        self.target.setStyleSheet("")
        self.player.target_loss = value
