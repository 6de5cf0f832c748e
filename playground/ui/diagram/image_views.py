"""Image inputs drawn as images: when the input layer has a ``shape`` (the 8×8 digits, MNIST's
28×28), the diagram shows the current sample as a picture beside the input column, its
outputs as a bar chart beside the output column (the target class marked), and each node of
the first layer after the inputs with its incoming weights as a small picture (its
receptive field) in the node's thumbnail slot.

The current sample is the first row of the last pass (``doc.trace.inputs[0]``), else the
chosen training sample, else the first. Pictures are made from NumPy arrays in one step
each refresh: one QImage for the sample, one for all the receptive fields together.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from playground.ui.diagram.look import (
    GLOW,
    INK,
    MUTED,
    NEGATIVE,
    NODE_DIAMETER,
    POSITIVE,
    TextBadge,
    font,
)

IMAGE_SIDE = 224.0  # the sample's picture is at most this wide or high (8×8 → 24 px a pixel)
MAX_PIXEL = 24
GAP = 24.0  # between a column's nodes and its picture or chart


def ink(values: np.ndarray) -> np.ndarray:
    """Grey levels (uint8) of pixel values as ink on paper: 0 white, 1 (or the largest value,
    when larger) black; a negative value is lighter still, down to the smallest."""
    low, high = min(0.0, float(values.min())), max(1.0, float(values.max()))
    level = np.clip((values - low) / (high - low), 0.0, 1.0)
    return (255.0 - np.rint(255.0 * level)).astype(np.uint8)


def grey_image(levels: np.ndarray) -> QImage:
    """A (rows, columns) uint8 array as a greyscale QImage that owns its pixels."""
    levels = np.ascontiguousarray(levels, dtype=np.uint8)
    height, width = levels.shape
    return QImage(levels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def weight_rgba(weights: np.ndarray) -> np.ndarray:
    """(…, 4) RGBA bytes of signed weights, each column scaled by its largest |w|: white at 0,
    blue (positive) and vermillion (negative) at full size, as the edges are coloured."""
    largest = np.abs(weights).max(axis=0, keepdims=True)
    relative = weights / np.where(largest > 0.0, largest, 1.0)
    positive = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], dtype=np.float64)
    negative = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], dtype=np.float64)
    colour = np.where(relative[..., None] >= 0.0, positive, negative)
    rgb = 255.0 + np.abs(relative)[..., None] * (colour - 255.0)
    alpha = np.full((*relative.shape, 1), 255.0)
    return np.rint(np.concatenate([rgb, alpha], axis=-1)).astype(np.uint8)


class PixelsItem(QGraphicsItem):
    """A picture drawn with square, unsmoothed pixels in a thin frame; ``source`` picks a part
    of a shared image (one receptive field of the atlas)."""

    def __init__(self, width: float, height: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.source = QRectF()
        self._rect = QRectF(0.0, 0.0, width, height)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_image(self, image: QImage, source: QRectF | None = None) -> None:
        self.image = image
        self.source = QRectF(image.rect()) if source is None else source
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        if not self.image.isNull():
            painter.drawImage(self._rect, self.image, self.source)
        painter.setPen(QPen(MUTED, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)


class BarChartItem(QGraphicsItem):
    """One bar per output: its height is the output's share of ``PLOT_HEIGHT`` (values in
    [0, 1], as probabilities; a larger |value| rescales). The target class is marked."""

    PLOT_HEIGHT = 160.0
    BAR = 24.0  # the width each output takes
    LABELS = 18.0  # room under the bars for the class names

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels
        self.values: np.ndarray | None = None
        self.target: int | None = None
        self.target_values: np.ndarray | None = None
        self.scale = 1.0
        self._font = font(12)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_values(
        self, values: np.ndarray | None, target: int | None, target_values: np.ndarray | None
    ) -> None:
        """``values`` (None before a pass), the target class, or the target values to tick."""
        self.values, self.target, self.target_values = values, target, target_values
        shown = [a for a in (values, target_values) if a is not None and a.size]
        self.scale = max([1.0] + [float(np.abs(a).max()) for a in shown])
        self.update()

    def bar_heights(self) -> list[float]:
        """Each bar's height in pixels, negative below the baseline (empty before a pass)."""
        if self.values is None:
            return []
        return [float(v) / self.scale * self._half() for v in self.values]

    def _half(self) -> float:
        """The height a value of ``scale`` reaches: all of the plot, or half of it when the
        chart has a negative side."""
        return self.PLOT_HEIGHT / 2.0 if self._signed() else self.PLOT_HEIGHT

    def _signed(self) -> bool:
        arrays = [a for a in (self.values, self.target_values) if a is not None]
        return any(float(a.min()) < 0.0 for a in arrays if a.size)

    def plot_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.BAR * len(self.labels), self.PLOT_HEIGHT)

    def boundingRect(self) -> QRectF:
        return self.plot_rect().adjusted(-2.0, -2.0, 2.0, self.LABELS + 18.0)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn (item coordinates); empty before a pass."""
        heights = self.bar_heights()
        if not heights:
            return QRectF()
        base = self._baseline()
        height = heights[index]
        left = index * self.BAR + 3.0
        return QRectF(left, base - max(height, 0.0), self.BAR - 6.0, abs(height))

    def _baseline(self) -> float:
        return self.PLOT_HEIGHT / 2.0 if self._signed() else self.PLOT_HEIGHT

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        plot = self.plot_rect()
        painter.fillRect(plot, QColor(255, 255, 255, 225))
        painter.setPen(QPen(MUTED, 1.0))
        base = self._baseline()
        painter.drawLine(plot.left(), base, plot.right(), base)
        if self.target is not None:
            slot = QRectF(self.target * self.BAR, 0.0, self.BAR, plot.height())
            painter.setPen(QPen(GLOW, 2.0))
            painter.drawRect(slot.adjusted(1.0, 1.0, -1.0, -1.0))
        for index in range(len(self.labels)):
            bar = self.bar_rect(index)
            if not bar.isEmpty():
                painter.fillRect(bar, POSITIVE)
        self._paint_target_ticks(painter, base)
        self._paint_labels(painter, plot)

    def _paint_target_ticks(self, painter: QPainter, base: float) -> None:
        if self.target_values is None:
            return
        painter.setPen(QPen(GLOW, 2.0))
        for index, value in enumerate(self.target_values):
            y = base - float(value) / self.scale * self._half()
            painter.drawLine(index * self.BAR + 1.0, y, (index + 1) * self.BAR - 1.0, y)

    def _paint_labels(self, painter: QPainter, plot: QRectF) -> None:
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        for index, label in enumerate(self.labels):
            painter.setPen(GLOW if index == self.target else INK)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.BAR)
            where = QRectF(index * self.BAR, plot.bottom() + 1.0, self.BAR, self.LABELS)
            painter.drawText(where, Qt.AlignmentFlag.AlignCenter, text)
        if self.target is not None:
            where = QRectF(self.target * self.BAR - 30.0, plot.bottom() + self.LABELS,
                           self.BAR + 60.0, 16.0)  # fmt: skip
            target = QCoreApplication.translate("ImageViews", "▲ target")
            painter.drawText(where, Qt.AlignmentFlag.AlignCenter, target)


class ImageViews:
    """The sample's picture, the output chart and the receptive fields of ``scene``'s document,
    when its input layer is an image; nothing otherwise."""

    FIELD_SIZE = 32.0  # a receptive field, in the node's thumbnail slot

    def __init__(self, scene) -> None:
        self.scene = scene
        self.shape: tuple[int, int] | None = None
        self.sample: PixelsItem | None = None
        self.sample_caption: TextBadge | None = None
        self.chart: BarChartItem | None = None
        self.chart_caption: TextBadge | None = None
        self.fields: dict[tuple[int, int], PixelsItem] = {}
        self.shown_sample: int | None = None  # which training sample the picture is (from 0)
        self.refreshes = 0  # how many times the picture and chart were redrawn (tests count)

    def items(self) -> list[QGraphicsItem]:
        """What the scene keeps edge labels off and fits its rect around."""
        shown = (self.sample, self.sample_caption, self.chart, self.chart_caption)
        return [item for item in shown if item is not None]

    def rebuild(self) -> None:
        """New items for the scene's new network (the scene has just dropped the old ones)."""
        self.sample = self.sample_caption = self.chart = self.chart_caption = None
        self.fields = {}
        self.shape = _image_shape(self.scene.doc.network)
        if self.shape is None:
            return
        rows, columns = self.shape
        pixel = max(1, min(MAX_PIXEL, int(IMAGE_SIDE // max(rows, columns))))
        self.sample = PixelsItem(columns * pixel, rows * pixel)
        self.sample_caption = self._text(centred=True)
        doc = self.scene.doc
        last = len(doc.network.layers)
        self.chart = BarChartItem(doc.labels_of(last))
        self.chart.setToolTip(
            QCoreApplication.translate(
                "ImageViews", "The outputs for the pictured sample; the target class is marked"
            )
        )
        self.scene.addItem(self.sample)
        self.scene.addItem(self.chart)
        self.chart_caption = self._text(centred=False)
        if doc.network.input_units != 2:  # two inputs: the plane thumbnails use the slot
            self._build_fields()

    def _text(self, *, centred: bool) -> TextBadge:
        badge = TextBadge(pixels=14, centred=centred)
        badge.setBrush(MUTED)
        self.scene.addItem(badge)
        return badge

    def _build_fields(self) -> None:
        rows, columns = self.shape
        for (column, index), node in self.scene.nodes.items():
            if column != 1:
                continue
            item = PixelsItem(self.FIELD_SIZE, self.FIELD_SIZE * rows / columns)
            item.setToolTip(
                QCoreApplication.translate(
                    "ImageViews",
                    "{node}'s incoming weights as a {rows}×{columns} image: blue positive, "
                    "vermillion negative, white 0",
                ).format(node=self.scene.doc.label(column, index), rows=rows, columns=columns)
            )
            node.set_thumbnail(item)
            self.fields[(column, index)] = item

    # -- refreshing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """The picture and chart of the current sample (after a pass or a choice of sample)."""
        if self.sample is None:
            return
        self.refreshes += 1
        inputs, outputs, targets, caption = self._current()
        self.sample.set_image(grey_image(ink(inputs).reshape(self.shape)))
        self.sample_caption.setText(
            QCoreApplication.translate("ImageViews", "the input: {sample}").format(sample=caption)
        )
        self.chart.labels = self.scene.doc.labels_of(len(self.scene.plans) - 1)
        target = _target_class(targets)
        ticks = targets if target is None and targets is not None else None
        self.chart.set_values(outputs, target, ticks)
        self.chart_caption.setText(
            QCoreApplication.translate("ImageViews", "outputs: Forward (F) computes them")
            if outputs is None
            else QCoreApplication.translate("ImageViews", "outputs for {sample}").format(
                sample=caption.partition("\n")[0]
            )
        )
        self.place()

    def refresh_weights(self) -> None:
        """Every receptive field from one picture of the first layer's weights."""
        if not self.fields:
            return
        rows, columns = self.shape
        weights = self.scene.doc.network.layers[0].weights
        indexes = [index for (_, index) in self.fields]
        rgba = weight_rgba(weights[:, indexes])  # (pixels, fields, 4)
        atlas = np.ascontiguousarray(
            rgba.transpose(1, 0, 2).reshape(len(indexes) * rows, columns, 4)
        )
        image = QImage(atlas.data, columns, atlas.shape[0], 4 * columns,
                       QImage.Format.Format_RGBA8888).copy()  # fmt: skip
        for place, item in enumerate(self.fields.values()):
            item.set_image(image, QRectF(0.0, place * rows, columns, rows))

    def _current(self) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None, str]:
        """The pictured sample's inputs, outputs (None before a pass), targets, and caption."""
        doc = self.scene.doc
        trace, data = doc.trace, doc.dataset
        if trace is not None and trace.inputs.shape[1] == doc.network.input_units:
            rows = trace.extra.get("rows")
            sample = int(rows[0]) if rows is not None and len(rows) else None
            self.shown_sample = sample
            targets = trace.targets[0] if trace.targets is not None else None
            if targets is None and sample is not None:
                targets = data.targets[sample]
            count = trace.inputs.shape[0]
            if sample is None:
                name = QCoreApplication.translate("ImageViews", "the pass's first sample")
            else:
                name = QCoreApplication.translate("ImageViews", "sample {number}").format(
                    number=sample + 1
                )
            if count > 1:
                name = QCoreApplication.translate(
                    "ImageViews", "{sample}\n(first of the pass's {count})"
                ).format(sample=name, count=count)
            return trace.inputs[0], trace.outputs[0], targets, name
        sample = doc.sample if doc.sample is not None else 0
        self.shown_sample = sample
        name = QCoreApplication.translate("ImageViews", "sample {number}").format(number=sample + 1)
        return data.inputs[sample], None, data.targets[sample], name

    def place(self) -> None:
        """The picture left of the input column, the chart right of the output column's
        numbers, both centred on their column."""
        if self.sample is None or not self.scene.nodes:
            return
        left, middle = _column_extent(self.scene, 0, right=False)
        rect = self.sample.rect()
        x = left - GAP - rect.width()
        self.sample.setPos(x, middle - rect.height() / 2.0)
        caption = self.sample_caption.text_rect()
        self.sample_caption.setPos(
            x + (rect.width() - caption.width()) / 2.0, middle + rect.height() / 2.0 + 6.0
        )
        last = len(self.scene.plans) - 1
        right, middle = _column_extent(self.scene, last, right=True)
        plot = self.chart.plot_rect()
        self.chart.setPos(right + GAP, middle - plot.height() / 2.0)
        self.chart_caption.setPos(
            right + GAP, middle - plot.height() / 2.0 - self.chart_caption.text_rect().height() - 6
        )


def _image_shape(network) -> tuple[int, int] | None:
    """(rows, columns) of the input image, or None when the inputs are not one."""
    shape = network.input_shape
    if not shape or int(np.prod(shape)) != network.input_units:
        return None
    return (shape[0], shape[1]) if len(shape) == 2 else (1, shape[0])


def _target_class(targets: np.ndarray | None) -> int | None:
    """The class a one-hot target row names, or None (regression, or a single output)."""
    if targets is None or targets.size < 2:
        return None
    if np.isin(targets, (0.0, 1.0)).all() and float(targets.sum()) == 1.0:
        return int(np.argmax(targets))
    return None


def _column_extent(scene, column: int, *, right: bool) -> tuple[float, float]:
    """The outer x of a column's nodes and numbers (its left or right side) and its middle y."""
    nodes = [node for (c, _), node in scene.nodes.items() if c == column]
    ys = [node.y() for node in nodes]
    if right:
        x = max(node.sceneBoundingRect().right() for node in nodes)
        x = max(x, max(node.x() for node in nodes) + NODE_DIAMETER / 2.0 + 90.0)  # room for δ
    else:
        x = min(node.x() for node in nodes) - NODE_DIAMETER / 2.0
    return x, (min(ys) + max(ys)) / 2.0
