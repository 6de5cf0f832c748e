"""A message bar above the diagram: something happened that the learner must know, with actions.

Unlike a dialog it never blocks: training, clicks and keys go on while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    """A dismissable line of text with buttons; hidden until ``show_message``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setStyleSheet(
            "#message_bar { background: #FFF4E5; border: 1px solid #E69F00; border-radius: 4px; }"
        )
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setObjectName("message_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._close: QPushButton | None = None
        self.hide()

    def show_message(self, text: str, actions: dict[str, Callable[[], None]] | None = None) -> None:
        """Show ``text`` (already in the window's language) with one button per action, each
        named in it too (each also closes the bar), and a Close."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.label.setText(text)
        for name, callback in (actions or {}).items():
            self._add_button(name, f"message_{name.lower().replace(' ', '_')}", callback)
        self._close = self._add_button(self.tr("Close"), "message_close", lambda: None)
        self.show()

    def _add_button(self, name: str, object_name: str, callback: Callable[[], None]) -> QPushButton:
        button = QPushButton(name)
        button.setObjectName(object_name)
        button.clicked.connect(lambda _=False, c=callback: (self.hide(), c()))
        self._layout.addWidget(button)
        self._buttons.append(button)
        return button

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the bar outlives the docks; its Close says itself again (the
        message and its actions stay as they were said)."""
        if event.type() == QEvent.Type.LanguageChange and self._close is not None:
            self._close.setText(self.tr("Close"))
        super().changeEvent(event)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def button(self, name: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == name), None)
