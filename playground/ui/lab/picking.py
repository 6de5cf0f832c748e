"""A click on a value lab mode hides: the diagram hands the clicked item here, and the
document's lab session opens the question on it (the lesson pane shows the answer box)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from playground.io.lesson import Ask
from playground.lab.formulas import Target
from playground.lab.session import session_for
from playground.ui.diagram.edge_item import EdgeItem, EdgeLabel
from playground.ui.diagram.node_item import NodeItem


def pick_hidden(scene: QGraphicsScene, item: QGraphicsItem | None) -> Target | None:
    """Open the question on the first hidden value of the clicked node, edge or caption
    (the loss); the target picked, or None (lab mode off, nothing hidden there)."""
    lab = session_for(scene.doc)
    if not lab.enabled:
        return None
    targets = _hidden_under(scene, item, lab)
    if not targets:
        return None
    lab.pick(targets[0])
    return targets[0]


def _hidden_under(scene, item, lab) -> list[Target]:
    doc = scene.doc
    while item is not None:
        if item is scene.caption:
            loss = Target(Ask.LOSS)
            return [loss] if lab.hides(loss) else []
        if isinstance(item, EdgeLabel):
            item = item.owner
        if isinstance(item, NodeItem):
            return lab.hidden_on_node(doc.label(*item.ref))
        if isinstance(item, EdgeItem):
            column, source, target = item.key
            return lab.hidden_on_edge((doc.label(column - 1, source), doc.label(column, target)))
        item = item.parentItem()
    return []
