"""Undoable edits. Each command only calls NetworkDocument methods; none pushes another command.

Small, frequent edits (a weight, a bias, a label, a drag) store the old and new value. Edits
that reshape the network or change settings store a Snapshot of the document before and
after: restoring a snapshot is exact, whatever the edit touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.snapshot import Snapshot


def _number(value: float) -> str:
    return f"{value:.6g}"


class SetWeightCommand(QUndoCommand):
    """Type a new weight on the edge from node ``source`` of column−1 to node ``target``."""

    def __init__(self, doc: NetworkDocument, column: int, source: int, target: int, value: float):
        super().__init__()
        self.doc, self.where, self.new = doc, (column, source, target), float(value)
        self.old = float(doc.network.layers[column - 1].weights[source, target])
        name = f"{doc.label(column - 1, source)}→{doc.label(column, target)}"
        self.setText(f"Set weight {name} to {_number(self.new)}")

    def redo(self) -> None:
        self.doc.set_weight(*self.where, self.new)

    def undo(self) -> None:
        self.doc.set_weight(*self.where, self.old)


class SetBiasCommand(QUndoCommand):
    """Type a new bias for node ``index`` of ``column``."""

    def __init__(self, doc: NetworkDocument, column: int, index: int, value: float):
        super().__init__()
        self.doc, self.where, self.new = doc, (column, index), float(value)
        self.old = float(doc.network.layers[column - 1].bias[index])
        self.setText(f"Set bias of {doc.label(column, index)} to {_number(self.new)}")

    def redo(self) -> None:
        self.doc.set_bias(*self.where, self.new)

    def undo(self) -> None:
        self.doc.set_bias(*self.where, self.old)


class SetLabelCommand(QUndoCommand):
    """Rename a node."""

    def __init__(self, doc: NetworkDocument, column: int, index: int, text: str):
        super().__init__()
        self.doc, self.where, self.new = doc, (column, index), text
        self.old = doc.label(column, index)
        self.setText(f"Rename {self.old} to {text}")

    def redo(self) -> None:
        self.doc.set_label(*self.where, self.new)

    def undo(self) -> None:
        self.doc.set_label(*self.where, self.old)


class MoveNodesCommand(QUndoCommand):
    """One drag of one or more nodes, pushed once on mouse release."""

    def __init__(self, doc: NetworkDocument, old: dict[NodeRef, tuple], new: dict[NodeRef, tuple]):
        super().__init__()
        self.doc, self.old, self.new = doc, dict(old), dict(new)
        self.setText("Move node" if len(new) == 1 else f"Move {len(new)} nodes")

    def redo(self) -> None:
        self.doc.set_positions(self.new)

    def undo(self) -> None:
        self.doc.set_positions(self.old)


class SnapshotCommand(QUndoCommand):
    """An edit recorded as the document's state before and after ``change`` ran once."""

    def __init__(self, doc: NetworkDocument, text: str, change: Callable[[NetworkDocument], None]):
        super().__init__(text)
        self.doc, self.change = doc, change
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def redo(self) -> None:
        if self.after is None:
            self.before = Snapshot.take(self.doc)
            self.change(self.doc)
            self.after = Snapshot.take(self.doc)
        self.doc.restore(self.after)

    def undo(self) -> None:
        self.doc.restore(self.before)
