"""Where each weight label sits along its edge, so that labels do not cover each other.

Each label tries a few spots along its edge and takes the first that overlaps no node and
no label placed before it (or, if none is free, the one that overlaps least).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

from playground.ui.diagram.edge_item import EdgeItem

SPOTS = (0.68, 0.55, 0.8, 0.45, 0.6, 0.74, 0.35)  # fractions of the edge, source → target


def arrange_labels(edges: Iterable[EdgeItem], obstacles: Iterable[QRectF]) -> None:
    taken = list(obstacles)
    for edge in edges:
        best, least = SPOTS[0], None
        for spot in SPOTS:
            edge.set_label_at(spot)
            covered = _overlap(edge.label.sceneBoundingRect(), taken)
            if least is None or covered < least:
                best, least = spot, covered
            if covered == 0.0:
                break
        edge.set_label_at(best)
        taken.append(edge.label.sceneBoundingRect())


def _overlap(rect: QRectF, others: list[QRectF]) -> float:
    total = 0.0
    for other in others:
        common = rect.intersected(other)
        total += common.width() * common.height()
    return total
