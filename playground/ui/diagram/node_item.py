"""One node of the diagram: a circle (a rounded square for an input) with its label inside,
its bias under it and, once a pass ran, its net, out and delta beside it.

The item knows nothing of the document: the scene sets its texts and position. Moving it
(a drag) tells its edges to follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from playground.ui.diagram.look import (
    INK,
    INPUT_FILL,
    NODE_DIAMETER,
    NODE_FILL,
    SELECTED,
    TextBadge,
)

NodeRef = tuple[int, int]


class NodeItem(QGraphicsItem):
    """The node ``ref`` = (column, index); ``is_input`` draws it as an input."""

    Z = 10.0

    def __init__(self, ref: NodeRef, *, is_input: bool) -> None:
        super().__init__()
        self.ref = ref
        self.is_input = is_input
        self.edges: list = []
        self._full_label = ""
        radius = NODE_DIAMETER / 2.0
        self._body = QRectF(-radius, -radius, NODE_DIAMETER, NODE_DIAMETER)
        self._label = TextBadge(self, pixels=13, bold=True)
        self._label.background = False
        self._bias = TextBadge(self, pixels=11, centred=True)
        self._values = TextBadge(self, pixels=11)
        self._thumbnail: QGraphicsItem | None = None
        self.tip_source: Callable[[], list[str]] | None = None  # the scene's, for hovering
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- what the scene sets --------------------------------------------------------------

    def set_label(self, text: str) -> None:
        self.prepareGeometryChange()
        self._full_label = text
        metrics = QFontMetricsF(self._label.font())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, NODE_DIAMETER - 6)
        self._label.setText(shown)
        self._label.centre_at(0.0, 0.0)

    def set_bias(self, text: str) -> None:
        """The bias line under the node ("" for an input node, which has none)."""
        self.prepareGeometryChange()
        self._bias.setText(text)
        rect = self._bias.text_rect()
        self._bias.setPos(-rect.width() / 2.0, self._body.bottom() + 4.0)

    def set_values(self, lines: list[str]) -> None:
        """net, out and delta, one per line, beside the node (empty before a pass)."""
        self.prepareGeometryChange()
        self._values.setText("\n".join(lines))
        height = self._values.text_rect().height()
        self._values.setPos(self._body.right() + 5.0, -height / 2.0)

    def set_numbers_shown(self, shown: bool) -> None:
        """Show the bias and the net/out/δ texts, or hide them (too small to read at the
        view's zoom: the tooltip and the inspector give them). They keep their room."""
        self._bias.setVisible(shown)
        self._values.setVisible(shown)

    def numbers_shown(self) -> bool:
        return self._values.isVisible()

    def set_tooltip_lines(self, lines: list[str]) -> None:
        self.setToolTip("\n".join(lines))

    def fresh_tooltip(self) -> str:
        """The tooltip for the numbers as they are now (written when pointed at)."""
        if self.tip_source is not None:
            self.set_tooltip_lines(self.tip_source())
        return self.toolTip()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.fresh_tooltip()
        if hasattr(self.scene(), "pointed_at"):
            self.scene().pointed_at(self, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if hasattr(self.scene(), "pointed_at"):
            self.scene().pointed_at(self, False)
        super().hoverLeaveEvent(event)

    def set_thumbnail(self, item: QGraphicsItem | None) -> None:
        """A picture (``thumbnail.ThumbnailItem``) centred above the node, clear of its numbers."""
        self.prepareGeometryChange()
        if self._thumbnail is not None and self._thumbnail.scene() is not None:
            self._thumbnail.scene().removeItem(self._thumbnail)
        self._thumbnail = item
        if item is not None:
            item.setParentItem(self)
            rect = item.boundingRect()
            item.setPos(-rect.width() / 2.0 - rect.left(), self._body.top() - 3.0 - rect.bottom())

    def thumbnail(self) -> QGraphicsItem | None:
        return self._thumbnail

    def top(self) -> float:
        """The highest y drawn (item coordinates): the body's top, or the thumbnail's."""
        if self._thumbnail is None:
            return self._body.top()
        return self._thumbnail.mapRectToParent(self._thumbnail.boundingRect()).top()

    # -- what tests and the view read ----------------------------------------------------------

    def label_text(self) -> str:
        return self._full_label

    def bias_text(self) -> str:
        return self._bias.text()

    def values_text(self) -> str:
        return self._values.text()

    def number_badges(self) -> list[TextBadge]:
        """The bias and the net/out/δ texts that show something (the diagram keeps labels
        off them)."""
        return [badge for badge in (self._bias, self._values) if badge.text()]

    def body_rect(self) -> QRectF:
        return QRectF(self._body)

    def bias_point(self) -> QPointF:
        """Where the bias is written (scene coordinates): an editor for it goes there."""
        return self._bias.mapToScene(self._bias.boundingRect().center())

    def edge_point(self, towards: QPointF) -> QPointF:
        """Where a line from the centre towards ``towards`` (scene) leaves the node's outline."""
        centre = self.scenePos()
        dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        radius = NODE_DIAMETER / 2.0
        return QPointF(centre.x() + dx / length * radius, centre.y() + dy / length * radius)

    # -- QGraphicsItem ---------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        rect = self._body.adjusted(-3, -3, 3, 3)
        for child in (self._bias, self._values):
            if child.text():
                rect = rect.united(child.mapRectToParent(child.boundingRect()))
        if self._thumbnail is not None:
            rect = rect.united(self._thumbnail.mapRectToParent(self._thumbnail.boundingRect()))
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        self._add_body(path)
        for child in (self._bias, self._values):
            if child.text():
                path.addRect(child.mapRectToParent(child.boundingRect()))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(SELECTED if selected else INK, 3.0 if selected else 1.5)
        painter.setPen(pen)
        painter.setBrush(INPUT_FILL if self.is_input else NODE_FILL)
        path = QPainterPath()
        self._add_body(path)
        painter.drawPath(path)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def _add_body(self, path: QPainterPath) -> None:
        if self.is_input:
            path.addRoundedRect(self._body.adjusted(2, 2, -2, -2), 8.0, 8.0)
        else:
            path.addEllipse(self._body)

    def __repr__(self) -> str:
        return f"NodeItem({self.ref}, {self._full_label!r})"
