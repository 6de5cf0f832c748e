"""What the learner has selected in the diagram: a node, an edge, or nothing.

The diagram writes it; the inspector reads it. It is view state, not part of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from playground.engine.chain_rule import Param


@dataclass(frozen=True)
class NodeSelection:
    column: int
    index: int


@dataclass(frozen=True)
class EdgeSelection:
    column: int  # the edge ends in this column and starts in column − 1
    source: int
    target: int


Selected = NodeSelection | EdgeSelection | None


class SelectionModel(QObject):
    """The current selection; ``changed`` fires whenever it changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Selected = None

    @property
    def current(self) -> Selected:
        return self._current

    def select(self, item: Selected) -> None:
        if item != self._current:
            self._current = item
            self.changed.emit()


def selected_param(sizes: list[int], item: Selected) -> Param | None:
    """The weight (a selected edge) or bias (a selected hidden or output node) ``item``
    names in a network of column ``sizes``; None for nothing, an input node, or a selection
    that no longer names anything."""
    item = still_names(sizes, item)
    if isinstance(item, EdgeSelection):
        return Param.edge(item.column, item.source, item.target)
    if isinstance(item, NodeSelection) and item.column > 0:
        return Param.node(item.column, item.index)
    return None


def still_names(sizes: list[int], item: Selected) -> Selected:
    """``item`` if it still names a node or edge of a network of column ``sizes`` (a
    selection may lag an edit that removed what it named), else None."""
    if isinstance(item, NodeSelection):
        ok = 0 <= item.column < len(sizes) and 0 <= item.index < sizes[item.column]
    elif isinstance(item, EdgeSelection):
        ok = (
            1 <= item.column < len(sizes)
            and 0 <= item.source < sizes[item.column - 1]
            and 0 <= item.target < sizes[item.column]
        )
    else:
        ok = False
    return item if ok else None
