"""A label for numbers that change many times a second, without relayouting the window.

Qt passes a label's new text up as a new size hint: its layout, then every layout above it,
up to the main window, whose relayout animates every dock. While Play runs the status bar,
the inspector and the plots' read-outs change 15 times a second, so the whole window was
laid out again on every frame. A ``SteadyLabel`` has a fixed size (Qt does not pass a fixed
widget's changes up) that only grows, by some room at a time, when a text needs more.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ROOM = 4  # characters of room added whenever a text needs more width


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        wanted = QLabel.sizeHint(self)
        width, height = self.maximumWidth(), self.maximumHeight()
        steady = width == self.minimumWidth() and height == self.minimumHeight()
        if not steady or wanted.width() > width or wanted.height() > height:
            room = self.fontMetrics().horizontalAdvance("0" * ROOM) if text else 0
            self.setFixedSize(
                max(wanted.width() + room, width if steady else 0),
                max(wanted.height(), height if steady else 0),
            )
