"""A one-line editor placed over a diagram item: Enter submits, Escape cancels.

A refused value keeps the editor open: its field turns red and the reason appears in a
small note under it, while the old value stays in the document.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

_NORMAL = "QLineEdit { border: 2px solid #0072B2; border-radius: 3px; padding: 1px 3px; }"
_REFUSED = (
    "QLineEdit { border: 2px solid #D55E00; border-radius: 3px; padding: 1px 3px;"
    " background: #FCE3D6; color: #202020; }"
)
_NOTE = (
    "QLabel { background: #FFFBE6; color: #202020; border: 1px solid #D55E00;"
    " border-radius: 3px; padding: 2px 4px; }"
)


class _Field(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class InlineEditor(QFrame):
    """Edits ``text`` in place; ``what`` names the value in the field's placeholder."""

    submitted = Signal(str)
    cancelled = Signal()

    NOTE_WIDTH = 280  # longer messages wrap

    def __init__(self, parent: QWidget, *, text: str, what: str) -> None:
        super().__init__(parent)
        self.setObjectName("diagramInlineEditor")
        self.field = _Field(text, self)
        self.field.setObjectName("diagramInlineField")
        self.field.setPlaceholderText(what)
        self.field.setToolTip(self.tr("{what}: Enter to apply, Escape to cancel").format(what=what))
        self.field.setStyleSheet(_NORMAL)
        self.field.setMinimumWidth(120)
        self.note = QLabel(self)
        self.note.setObjectName("diagramInlineNote")
        self.note.setStyleSheet(_NOTE)
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.note)
        self.field.returnPressed.connect(lambda: self.submitted.emit(self.field.text()))
        self.field.escaped.connect(self.cancelled)
        self.field.selectAll()

    def open_at(self, centre: QPoint) -> None:
        """Show with the field centred on ``centre`` (parent coordinates) and take the focus."""
        self.adjustSize()
        self._centre = centre
        self._place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self, message: str) -> None:
        """Keep editing: mark the field red and say why the value was not taken."""
        self.field.setStyleSheet(_REFUSED)
        self.note.setText(message)
        wanted = self.note.fontMetrics().horizontalAdvance(message) + 14
        self.note.setFixedWidth(min(max(wanted, self.field.width()), self.NOTE_WIDTH))
        self.note.show()
        self.adjustSize()
        self._place()
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_refused(self) -> bool:
        return self.note.isVisibleTo(self)

    def message(self) -> str:
        return self.note.text() if self.is_refused() else ""

    def _place(self) -> None:
        parent = self.parentWidget()
        field = self.field.sizeHint()
        x = self._centre.x() - self.width() // 2
        y = self._centre.y() - field.height() // 2
        x = max(0, min(x, parent.width() - self.width()))
        y = max(0, min(y, parent.height() - self.height()))
        self.move(x, y)
