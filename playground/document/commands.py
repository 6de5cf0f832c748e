"""Undoable edits. Each command calls one NetworkDocument method; none pushes another.

``EditCommand`` serves every edit that touches the network, its settings or its training:
the first redo calls ``doc.edit`` (which makes the edit and applies its ``EditKind``'s
effect on the training run); every undo and later redo calls ``doc.swap_state``, which puts
back the state on the other side of the edit and hands over the state it leaves. So undo
returns to the document exactly as it was before the edit (weights, counters, curve,
history), and redo returns to exactly what undo left, training since the edit included:
nothing is lost either way. Renaming and moving nodes are cosmetic: their commands set the
old or new value and leave training alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from playground.document.changes import EditKind
from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.snapshot import Snapshot
from playground.engine.messages import Message
from playground.ui.translate import message_text


class _Described:
    """The command's text (Undo and Redo say it) as a ``Message``, shown translated."""

    message: str = ""

    def set_message(self, text: str) -> None:
        """Show ``text`` in the current language; ``message`` keeps it (a window may show it
        again, translated afresh, after the language changes)."""
        self.message = text
        self.setText(message_text(text))


class EditCommand(_Described, QUndoCommand):
    """An edit of class ``kind`` made by ``change`` (a function of the document)."""

    def __init__(
        self,
        doc: NetworkDocument,
        text: str,
        kind: EditKind,
        change: Callable[[NetworkDocument], None],
    ) -> None:
        super().__init__()
        self.set_message(text)
        self.doc, self.kind, self.change = doc, kind, change
        self.other: Snapshot | None = None  # the state on the other side of the edit
        self.done = False

    def redo(self) -> None:
        if self.done:
            self.other = self.doc.swap_state(self.other)
            return
        self.other = self.doc.edit(self.kind, self.change)
        self.done = self.other is not None
        if not self.done:
            self.setObsolete(True)  # the edit failed and changed nothing: drop it

    def undo(self) -> None:
        self.other = self.doc.swap_state(self.other)


class SetLabelCommand(_Described, QUndoCommand):
    """Rename a node (cosmetic)."""

    kind = EditKind.COSMETIC

    def __init__(self, doc: NetworkDocument, column: int, index: int, text: str):
        super().__init__()
        self.doc, self.where, self.new = doc, (column, index), text
        self.old = doc.label(column, index)
        self.set_message(Message("Rename {old} to {new}", old=self.old, new=text))

    def redo(self) -> None:
        self.doc.set_label(*self.where, self.new)

    def undo(self) -> None:
        self.doc.set_label(*self.where, self.old)


class MoveNodesCommand(_Described, QUndoCommand):
    """One drag of one or more nodes, pushed once on mouse release (cosmetic)."""

    kind = EditKind.COSMETIC

    def __init__(self, doc: NetworkDocument, old: dict[NodeRef, tuple], new: dict[NodeRef, tuple]):
        super().__init__()
        self.doc, self.old, self.new = doc, dict(old), dict(new)
        self.set_message(
            Message("Move node") if len(new) == 1 else Message("Move {count} nodes", count=len(new))
        )

    def redo(self) -> None:
        self.doc.set_positions(self.new)

    def undo(self) -> None:
        self.doc.set_positions(self.old)
