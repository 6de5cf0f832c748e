"""Where nodes go when the file gives no position, and which nodes a large layer draws.

Pure arithmetic, no Qt: columns ``COLUMN_SPACING`` apart from left (inputs) to right
(outputs), nodes ``NODE_SPACING`` apart and centred on y = 0. A layer of more than
``COMPACT_ABOVE`` nodes draws only its first and last ``COMPACT_KEEP`` nodes with an
ellipsis slot between them, so a 784-input layer costs eleven slots, not 784.
"""

from __future__ import annotations

from dataclasses import dataclass

COLUMN_SPACING = 220.0
NODE_SPACING = 100.0  # ~90 px, plus room for two-line weight labels between nodes
COMPACT_ABOVE = 12
COMPACT_KEEP = 5


@dataclass(frozen=True)
class ColumnPlan:
    """The drawn nodes of one column and the slot each takes; ``ellipsis_slot`` if compact."""

    size: int
    drawn: tuple[int, ...]
    ellipsis_slot: int | None

    @property
    def slots(self) -> int:
        return len(self.drawn) + (self.ellipsis_slot is not None)

    @property
    def hidden_count(self) -> int:
        return self.size - len(self.drawn)

    def slot_of(self, index: int) -> int:
        position = self.drawn.index(index)
        compact = self.ellipsis_slot is not None
        return position + 1 if compact and position >= self.ellipsis_slot else position


def plan_column(size: int) -> ColumnPlan:
    """All nodes of a small layer; the first and last ``COMPACT_KEEP`` of a large one."""
    if size <= COMPACT_ABOVE:
        return ColumnPlan(size, tuple(range(size)), None)
    drawn = tuple(range(COMPACT_KEEP)) + tuple(range(size - COMPACT_KEEP, size))
    return ColumnPlan(size, drawn, COMPACT_KEEP)


def column_x(column: int) -> float:
    return column * COLUMN_SPACING


def slot_y(slot: int, slots: int) -> float:
    """The y of ``slot`` in a column of ``slots`` slots centred on 0."""
    return (slot - (slots - 1) / 2.0) * NODE_SPACING


def place_nodes(
    plans: list[ColumnPlan], saved: dict[tuple[int, int], tuple[float, float]]
) -> dict[tuple[int, int], tuple[float, float]]:
    """The centre of every drawn node: its ``saved`` position, or a default that fits in.

    A column with no saved node goes ``COLUMN_SPACING`` right of the previous one, its
    nodes centred on the middle of the saved ones (on 0 when none is saved); a node missing
    from a column that has saved nodes goes under them, ``NODE_SPACING`` apart.
    """
    drawn = {(c, i) for c, plan in enumerate(plans) for i in plan.drawn}
    saved = {ref: where for ref, where in saved.items() if ref in drawn}
    ys = [y for _, y in saved.values()]
    middle = (min(ys) + max(ys)) / 2.0 if ys else 0.0
    placed: dict[tuple[int, int], tuple[float, float]] = {}
    x = column_x(0) - COLUMN_SPACING
    for column, plan in enumerate(plans):
        own = [saved[(column, i)] for i in plan.drawn if (column, i) in saved]
        x = sum(p[0] for p in own) / len(own) if own else x + COLUMN_SPACING
        below = max((p[1] for p in own), default=0.0)
        for index in plan.drawn:
            if (column, index) in saved:
                placed[(column, index)] = saved[(column, index)]
            elif own:
                below += NODE_SPACING
                placed[(column, index)] = (x, below)
            else:
                placed[(column, index)] = (x, middle + slot_y(plan.slot_of(index), plan.slots))
    return placed
