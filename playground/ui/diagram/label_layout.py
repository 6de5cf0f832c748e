"""Where each weight label sits along its edge, and which labels there is no room for.

Labels are placed one by one, most important first (the caller orders them: the selected
edges and those of selected nodes, then the larger |weight|). Each tries a few spots along
its edge and takes the first that touches no obstacle (nodes with their numbers, titles,
the caption) and no label placed before it. A label with no free spot is hidden (its edge
shows it on hover or when selected), unless ``forced``: then it takes the spot that
overlaps least. Plain float arithmetic on rectangles, no Qt calls in the loop: this runs on
every value refresh, up to 30 times a second while training.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from playground.ui.diagram.edge_item import EdgeItem

SPOTS = (0.68, 0.55, 0.8, 0.45, 0.6, 0.74, 0.35, 0.88, 0.25)  # fractions, source → target
GAP = 2.0  # keep at least this much white between two texts

Box = tuple[float, float, float, float]  # left, top, right, bottom (scene coordinates)


@dataclass(frozen=True)
class Placement:
    edge: EdgeItem
    forced: bool = False  # shown even when it overlaps (the selected edge itself)


def box_of(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def arrange_labels(placements: Iterable[Placement], obstacles: Iterable[Box]) -> list[Box]:
    """Place each label (in the given order); set ``edge.label_fits``. Returns the boxes of
    the labels shown, for the scene rect."""
    taken = list(obstacles)
    shown: list[Box] = []
    for placement in placements:
        edge = placement.edge
        line = edge.line()
        x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
        size = edge.label.text_rect()
        half_w, half_h = size.width() / 2.0, size.height() / 2.0
        pad = edge.label.PAD + GAP / 2.0
        reach_w, reach_h = half_w + pad, half_h + pad
        near = [
            b
            for b in taken
            if b[0] < max(x1, x2) + reach_w
            and b[2] > min(x1, x2) - reach_w
            and b[1] < max(y1, y2) + reach_h
            and b[3] > min(y1, y2) - reach_h
        ]
        chosen, least = None, None
        for spot in SPOTS:
            cx, cy = x1 + (x2 - x1) * spot, y1 + (y2 - y1) * spot
            box = (cx - reach_w, cy - reach_h, cx + reach_w, cy + reach_h)
            covered = _overlap(box, near)
            if least is None or covered < least[0]:
                least = (covered, spot, box)
            if covered == 0.0:
                chosen = (spot, box)
                break
        fits = chosen is not None
        if chosen is None and placement.forced and least is not None:
            chosen = (least[1], least[2])
        edge.label_fits = fits
        if chosen is None:
            continue
        edge.set_label_at(chosen[0])
        taken.append(chosen[1])
        shown.append(chosen[1])
    return shown


def _overlap(box: Box, others: list[Box]) -> float:
    left, top, right, bottom = box
    total = 0.0
    for o_left, o_top, o_right, o_bottom in others:
        width = min(right, o_right) - max(left, o_left)
        if width <= 0.0:
            continue
        height = min(bottom, o_bottom) - max(top, o_top)
        if height > 0.0:
            total += width * height
    return total
