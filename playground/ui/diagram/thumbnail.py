"""Node previews: each hidden and output node's output over the input plane, as a small
picture above the node, like TensorFlow Playground's neurons. Only for two inputs.

All pictures come from one coarse forward pass over the plane (``RESOLUTION``² points),
refreshed at most ``MAX_PER_SECOND`` times a second however often the weights change.
Clicking a picture selects its node (so the inspector shows that node too) and makes the
scene emit ``thumbnail_clicked(column, index)``.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from playground.ui.diagram.look import MUTED
from playground.ui.plots import plane
from playground.ui.selection import NodeSelection

NodeRef = tuple[int, int]


class ThumbnailItem(QGraphicsObject):
    """The picture of node ``ref``'s output over the plane; a click emits ``clicked``."""

    SIZE = 32.0
    clicked = Signal(int, int)

    def __init__(self, ref: NodeRef) -> None:
        super().__init__()
        self.ref = ref
        self.image = QImage()
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.SIZE, self.SIZE)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if not self.image.isNull():
            painter.drawImage(self.rect(), self.image)
        painter.setPen(QPen(MUTED, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the click is ours: the node under it does not start a drag

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.rect().contains(event.pos()):
            self.clicked.emit(*self.ref)
        event.accept()


class NodeThumbnails(QObject):
    """Keeps one ``ThumbnailItem`` per drawn hidden and output node of ``scene`` up to date."""

    RESOLUTION = 24
    MAX_PER_SECOND = 10.0

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.items: dict[NodeRef, ThumbnailItem] = {}
        self.last_refresh_seconds = 0.0
        self.refresh_count = 0
        self._last = -1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def rebuild(self) -> None:
        """A picture for every drawn non-input node when the network has two inputs."""
        self.items = {}
        if self.scene.doc.network.input_units != 2:
            return
        for ref, node in self.scene.nodes.items():
            if ref[0] == 0:
                continue
            item = ThumbnailItem(ref)
            item.setToolTip(
                self.tr("{node}'s output over the input plane: click to enlarge").format(
                    node=self.scene.doc.label(*ref)
                )
            )
            item.clicked.connect(self._clicked)
            node.set_thumbnail(item)
            self.items[ref] = item
        self.refresh()

    def _clicked(self, column: int, index: int) -> None:
        """The picture of node (column, index) was clicked: select that node, so that the
        inspector and the enlarged picture show the same node, then say so."""
        self.scene.selection.select(NodeSelection(column, index))
        self.scene.thumbnail_clicked.emit(column, index)

    def schedule(self) -> None:
        """Refresh soon: at once if the last refresh is old enough, else when it is."""
        if not self.items or self._timer.isActive():
            return
        wait = 1.0 / self.MAX_PER_SECOND - (time.perf_counter() - self._last)
        self._timer.start(max(0, int(wait * 1000)))

    def refresh_pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """One coarse forward pass over the plane, and every picture redrawn from it."""
        if not self.items:
            return
        started = time.perf_counter()
        doc = self.scene.doc
        network = doc.network
        extent = plane.plane_extent(doc.dataset)
        outputs = plane.outputs_over_plane(network, extent, self.RESOLUTION)
        last = len(network.layers)
        for (column, index), item in self.items.items():
            values = outputs.node(column, index)
            activation = network.layers[column - 1].activation
            if column == last:
                centre = plane.decision_threshold(activation, doc.dataset.targets)
            else:
                centre = plane.centre_of(activation)
            levels = plane.value_levels(activation, values, centre)
            item.set_image(_image(plane.to_rgba(values, levels, centre)))
        self._last = time.perf_counter()
        self.last_refresh_seconds = self._last - started
        self.refresh_count += 1


def _image(rgba: np.ndarray) -> QImage:
    """RGBA bytes (row 0 = lowest x2) as a QImage (row 0 = top), owning its pixels."""
    flipped = np.ascontiguousarray(rgba[::-1])
    height, width = flipped.shape[:2]
    return QImage(flipped.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()
