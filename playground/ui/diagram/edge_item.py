"""One edge of the diagram: a line from a node to a node of the next column, coloured by
the sign of its weight and as thick as its size, with a label that shows the weight.

The label is a separate item above every edge so that no other line crosses its text;
clicking it selects the edge it belongs to (``owner``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from playground.ui.diagram.look import GLOW, SELECTED, ZERO, TextBadge
from playground.ui.diagram.node_item import NodeItem

EdgeKey = tuple[int, int, int]
MAX_WIDTH = 6.0  # the widest an edge is drawn (the scene's largest weight)
# Room around the line for the widest look: selected (+6) or glowing (+8), and the pick width.
_EXTRA = max(10.0, MAX_WIDTH + 10.0) / 2.0
_ROOM = (-_EXTRA, -_EXTRA, _EXTRA, _EXTRA)  # (column, source, target): from column − 1 to column


class EdgeLabel(TextBadge):
    """The weight (and gradient) of ``owner``, drawn above all edges."""

    Z = 5.0

    def __init__(self, owner: EdgeItem) -> None:
        super().__init__(pixels=11, centred=True)
        self.owner = owner
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.scene().clearSelection()
        self.owner.setSelected(True)
        event.accept()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.owner.fresh_tooltip()
        self.owner.set_hovered("label", True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.owner.set_hovered("label", False)


class EdgeItem(QGraphicsItem):
    """The edge ``key`` from ``source`` to ``target``; ``label_at`` is where along it (0..1)
    its label sits (the scene moves it off other labels: ``label_layout``). A label with no
    room (``label_fits`` false) or in a dense column is hidden; it shows while the edge is
    hovered (``set_label_shown``)."""

    Z = 0.0
    PICK_WIDTH = 10.0

    def __init__(
        self, key: EdgeKey, source: NodeItem, target: NodeItem, *, label_at: float = 0.68
    ) -> None:
        super().__init__()
        self.key = key
        self.source, self.target = source, target
        self.label = EdgeLabel(self)
        self.label.setVisible(False)  # until the scene says (set_label_shown)
        self.label_at = label_at
        self.label_fits = True  # label_layout found it a free spot
        self._label_shown = False
        self._hover_allowed = False
        self._hovered: set[str] = set()
        self.glow = 0.0
        # The scene's way to this edge's numbers: the tooltip and a label no one sees are
        # written only when pointed at, not 15 times a second while playing.
        self.tip_source: Callable[[], str] | None = None
        self.text_source: Callable[[], str] | None = None
        self.text_stale = False
        self._colour = QColor(ZERO)
        self._width = 1.0
        self._line = QLineF()
        self._bounds = QRectF()
        self.setZValue(self.Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        source.edges.append(self)
        target.edges.append(self)

    def detach(self) -> None:
        """Forget the nodes (the scene is about to drop this edge)."""
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def set_look(self, colour: QColor, width: float, *, step: float = 0.25) -> None:
        """Colour and width; widths go by ``step`` (a quarter of a screen pixel, in the
        scene's units), and an edge whose look did not visibly change is not repainted
        (training moves every weight a little, every frame)."""
        width = max(round(width / step) * step, step)
        if width == self._width and colour == self._colour:
            return
        self._colour, self._width = QColor(colour), width
        self.update()  # the bounds leave room for the widest look: no geometry change

    def set_text(self, text: str) -> None:
        self.text_stale = False
        if text == self.label.text():
            return
        self.label.setText(text)
        self._place_label()

    def fresh_tooltip(self) -> str:
        """The tooltip for the numbers as they are now (set on the edge and its label)."""
        tip = self.tip_source() if self.tip_source is not None else self.toolTip()
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        return tip

    def set_label_shown(self, shown: bool, *, on_hover: bool) -> None:
        """Show the label (``shown``), or only while hovered (``on_hover``), or never."""
        if (shown, on_hover) != (self._label_shown, self._hover_allowed):
            self._label_shown, self._hover_allowed = shown, on_hover
            self._apply_label_visibility()

    def set_hovered(self, part: str, hovered: bool) -> None:
        """The pointer is over the edge (``part`` "edge") or over its label ("label")."""
        if hovered:
            self._hovered.add(part)
        else:
            self._hovered.discard(part)
        if hasattr(self.scene(), "pointed_at"):
            self.scene().pointed_at(self, bool(self._hovered))
        self._apply_label_visibility()

    def _apply_label_visibility(self) -> None:
        on_hover = bool(self._hovered) and self._hover_allowed and not self._label_shown
        if (on_hover or self._label_shown) and self.text_stale and self.text_source:
            self.set_text(self.text_source())
        self.label.setZValue(EdgeLabel.Z + 1.0 if on_hover else EdgeLabel.Z)  # above the rest
        self.label.setVisible(self._label_shown or on_hover)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.fresh_tooltip()
        self.set_hovered("edge", True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_hovered("edge", False)

    def set_glow(self, amount: float) -> None:
        self.glow = amount
        self.update()

    def colour(self) -> QColor:
        return QColor(self._colour)

    def width(self) -> float:
        return self._width

    def adjust(self) -> None:
        """Follow the nodes: called when either end moves."""
        start = self.source.edge_point(self.target.scenePos())
        end = self.target.edge_point(self.source.scenePos())
        self.prepareGeometryChange()
        self._line = QLineF(start, end)
        self._bounds = QRectF(start, end).normalized().adjusted(*_ROOM)
        self._place_label()

    def line(self) -> QLineF:
        """The drawn line, from the source's outline to the target's (scene coordinates)."""
        return QLineF(self.mapToScene(self._line.p1()), self.mapToScene(self._line.p2()))

    def label_point(self) -> QPointF:
        """Where the label sits on the line (scene coordinates)."""
        return self.mapToScene(self._line.pointAt(self.label_at))

    def set_label_at(self, fraction: float) -> None:
        self.label_at = fraction
        self._place_label()

    def _place_label(self) -> None:
        point = self._line.pointAt(self.label_at)
        self.label.centre_at(point.x(), point.y())

    # -- QGraphicsItem ---------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds  # Qt asks for it hundreds of times a frame: kept, not made

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.PICK_WIDTH, self._width + 2.0))
        return stroker.createStroke(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(
                QPen(SELECTED, self._width + 6.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawLine(self._line)
        if self.glow > 0.0:
            glow = QColor(GLOW)
            glow.setAlphaF(0.85 * self.glow)
            painter.setPen(
                QPen(
                    glow,
                    self._width + 8.0 * self.glow,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            painter.drawLine(self._line)
        painter.setPen(
            QPen(self._colour, self._width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(self._line)

    def __repr__(self) -> str:
        return f"EdgeItem({self.key}, {self.label.text()!r})"
