"""What every group of the controls dock shares: pushing an edit or showing why it was refused.

A section's widgets always show the document's values. A change made in a widget becomes
one command from ``playground.document.edits``; a refused change is explained under the
widgets, announced on ``doc.notice``, and the widgets go back to the document's values.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from playground.document import NetworkDocument
from playground.document.edits import EditRefused, Outcome
from playground.ui.translate import message_text

MESSAGE_STYLE = "color: #b00020;"


class Section(QGroupBox):
    """A titled group of controls with a line for refusals; subclasses fill ``form``."""

    def __init__(
        self, title: str, doc: NetworkDocument, *, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}_section")
        self.doc = doc
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = message_label(f"{name}_message", self)

    def add_message_row(self) -> None:
        """Put the refusal line below the rows added so far."""
        self.form.addRow(self.message)

    def apply(self, outcome: Outcome, message: QLabel | None = None) -> bool:
        """Push ``outcome`` if it is a command; otherwise refuse in ``message`` (default: ours)."""
        if isinstance(outcome, EditRefused):
            self.refuse(message_text(outcome.message), message or self.message)
            return False
        self.doc.undo_stack.push(outcome)
        return True

    def refuse(self, text: str, message: QLabel) -> None:
        """Say in ``message`` why a change was refused (``text``, in the window's language),
        announce it, and show the document's values again."""
        message.setText(refusal_text(text))
        message.show()
        self.doc.notice.emit(text)
        self.sync()

    def sync(self) -> None:
        """Show the document's values without emitting any change."""
        raise NotImplementedError


def refusal_text(reason: str) -> str:
    """The line under the widgets when a change is refused for ``reason``."""
    return QCoreApplication.translate("Section", "Not changed: {reason}.").format(
        reason=reason.rstrip(".")
    )


def choice_combo(name: str, tip: str, choices: dict[str, str], parent: QWidget) -> QComboBox:
    """A combo box named ``name`` offering ``choices`` (each text with its own tooltip)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setToolTip(tip)
    for text, item_tip in choices.items():
        combo.addItem(text, text)
        combo.setItemData(combo.count() - 1, item_tip, Qt.ItemDataRole.ToolTipRole)
    return combo


def first_line(doc: str | None, default: str) -> str:
    """The first line of a docstring, for a tooltip."""
    return (doc or default).strip().splitlines()[0]


def message_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, word-wrapped line in red for a refusal."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.hide()
    return label


@contextmanager
def quiet(*widgets: QWidget) -> Iterator[None]:
    """Block the widgets' signals while the document's values are put into them."""
    previous = [widget.blockSignals(True) for widget in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)


def float_text(value: object) -> str:
    """A number as typed back into a field: the shortest text that gives the same float."""
    return repr(float(value))
