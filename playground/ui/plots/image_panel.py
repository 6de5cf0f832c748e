"""The plots dock's panel for image inputs (the 8×8 digits, a user's 28×28 MNIST), in place
of the decision boundary, which needs two inputs:

- **Sample**: the sample the diagram shows, large, with the predicted class and the outputs
  as a bar chart, the target class framed;
- **Confusion matrix** of the test samples (the training samples without a test split);
- **Misclassified**: the first wrong images, "predicted 3, target 8"; a click on a training
  sample chooses it in the document (the diagram and the next pass take it), a click on a
  test sample shows it here (the passes only ever run on training samples).

Each tab redraws only while shown, at most once per turn of the event loop, from one
batched forward pass (``RedrawPacer``, ``classes.verdicts``).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.document.changes import Change
from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.ui import figure_export as fx
from playground.ui.diagram.image_views import ImageViews, grey_image, ink
from playground.ui.plots.classes import class_of
from playground.ui.plots.confusion_panel import TEST, ConfusionPanel, class_labels
from playground.ui.plots.misclassified import MisclassifiedGrid
from playground.ui.plots.pacer import RedrawPacer
from playground.ui.plots.style import INK, MUTED, plot_widget, style_axes

BAR_COLOUR = "#0072B2"  # Okabe–Ito blue, as the diagram's bar chart
TARGET_COLOUR = "#E69F00"  # Okabe–Ito orange, the diagram's target mark


def current_sample(doc: NetworkDocument) -> tuple[int | None, np.ndarray, np.ndarray | None,
                                                   np.ndarray | None, str]:  # fmt: skip
    """The sample the diagram pictures: (its training row or None, inputs, outputs or None
    before a pass, targets, caption). The rule is the diagram's (``ImageViews._current``)."""
    holder = SimpleNamespace(scene=SimpleNamespace(doc=doc), shown_sample=None)
    inputs, outputs, targets, caption = ImageViews._current(holder)
    return holder.shown_sample, inputs, outputs, targets, caption


class PictureView(QWidget):
    """A small image drawn as large as the widget allows, square pixels, unsmoothed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("image_panel_picture")
        self.image = QImage()
        self.setMinimumSize(96, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the image is drawn: centred, the largest whole number of pixels a pixel."""
        if self.image.isNull():
            return QRectF()
        w, h = self.image.width(), self.image.height()
        scale = max(1, int(min(self.width() / w, self.height() / h)))
        x, y = (self.width() - w * scale) / 2.0, (self.height() - h * scale) / 2.0
        return QRectF(x, y, w * scale, h * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        rect = self.picture_rect()
        if rect.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(rect, self.image)
        painter.setPen(QPen(QColor(MUTED), 1.0))
        painter.drawRect(rect)


class SampleView(QWidget):
    """One sample large, its predicted class and its outputs as bars, the target framed."""

    def __init__(
        self,
        doc: NetworkDocument,
        player: Player,
        *,
        shape: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("image_panel_sample")
        self.doc, self.shape = doc, shape
        self.pinned: int | None = None  # a test sample shown instead of the diagram's
        self.shown: tuple[str, int | None] = ("training", None)  # which sample is pictured
        self.outputs: np.ndarray | None = None
        self.predicted: int | None = None
        self.target: int | None = None
        self.picture = PictureView()
        self.caption = QLabel()
        self.caption.setObjectName("image_panel_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.graphics = plot_widget()
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        style_axes(self.plot, ("left", "bottom"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("left", self.tr("output"), color=INK)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR_COLOUR, pen=None)
        self.target_frame = pg.BarGraphItem(
            x=[], height=[], width=0.92, brush=None, pen=pg.mkPen(TARGET_COLOUR, width=2.5)
        )
        self.plot.addItem(self.bars)
        self.plot.addItem(self.target_frame)
        row = QWidget()
        pictures = QHBoxLayout(row)
        pictures.setContentsMargins(0, 0, 0, 0)
        pictures.addWidget(self.picture, 2)
        pictures.addWidget(self.graphics, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.caption)
        layout.addWidget(row, 1)
        self.pacer = RedrawPacer(self, doc=doc, player=player, redraw=self.redraw)
        doc.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change & (
            Change.SAMPLE | Change.VALUES | Change.STRUCTURE | Change.RUN | Change.SETTINGS
        ):
            self.pinned = None  # the diagram's sample again

    def show_test_sample(self, index: int) -> None:
        """Picture test sample ``index`` (until the document's sample or pass changes)."""
        self.pinned = index
        self.pacer.schedule()

    def redraw(self, setup: bool) -> None:
        """The pictured sample, its outputs at the current weights (the last pass's, when
        the diagram shows a pass) and the caption."""
        data = self.doc.dataset
        if self.pinned is not None and data.test_inputs is not None:
            index = self.pinned
            inputs, targets = data.test_inputs[index], data.test_targets[index]
            outputs = None
            self.shown = (TEST, index)
            name = self.tr("test sample {n}").format(n=index + 1)
        else:
            row, inputs, outputs, targets, name = current_sample(self.doc)
            self.shown = ("training", row)
            name = name.partition("\n")[0]
        if outputs is None:
            outputs = self.doc.network.predict(inputs[None, :])[0]
        self.picture.set_image(grey_image(ink(inputs).reshape(self.shape)))
        self._show_outputs(outputs, targets, name)

    def _show_outputs(self, outputs: np.ndarray, targets: np.ndarray | None, name: str) -> None:
        labels = class_labels(self.doc)
        self.outputs = outputs
        self.predicted = int(class_of(outputs[None, :])[0])
        self.target = None if targets is None else int(class_of(targets[None, :])[0])
        xs = np.arange(len(outputs))
        self.bars.setOpts(x=xs, height=outputs)
        if self.target is not None and len(outputs) > 1:
            self.target_frame.setOpts(x=[self.target], height=[outputs[self.target]])
        else:
            self.target_frame.setOpts(x=[], height=[])
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels[: len(outputs)]))])
        top = max(1.0, float(np.nanmax(outputs))) if len(outputs) else 1.0
        low = min(0.0, float(np.nanmin(outputs))) if len(outputs) else 0.0
        self.plot.setRange(xRange=(-0.6, len(outputs) - 0.4), yRange=(low, top), padding=0.02)
        self.caption.setText(self._caption(name, labels))

    def _caption(self, name: str, labels: list[str]) -> str:
        predicted = labels[self.predicted]
        sure = float(self.outputs.max()) if len(self.outputs) > 1 else float(self.outputs[0])
        text = self.tr("<b>{name}</b>: predicted <b>{p}</b> (output {v:.3g})").format(
            name=name, p=predicted, v=sure
        )
        if self.target is not None:
            verdict = "✓" if self.target == self.predicted else "✗"
            text += self.tr(", target {t} {verdict}").format(t=labels[self.target], verdict=verdict)
            text += self.tr(' &nbsp; <span style="color:{c}">▭</span> target').format(
                c=TARGET_COLOUR
            )
        return text


class ImagePanel(QWidget):
    """The sample, the confusion matrix and the misclassified images of ``doc``, whose
    input is an image of ``shape`` (rows, columns)."""

    def __init__(
        self,
        doc: NetworkDocument,
        player: Player,
        *,
        shape: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("image_panel")
        self.doc, self.shape = doc, shape
        self.sample = SampleView(doc, player, shape=shape)
        self.confusion = ConfusionPanel(doc, player)
        self.misclassified = MisclassifiedGrid(doc, player, shape=shape)
        self.misclassified.opened.connect(self.open_sample)
        for key, title, widget in self._figure_table():
            fx.add_context_menu(widget, lambda k=key, t=title, w=widget: fx.widget_figure(k, t, w))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("image_panel_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sample, self.tr("Sample"))
        self.tabs.addTab(self.confusion, self.tr("Confusion matrix"))
        self.tabs.addTab(self.misclassified, self.tr("Misclassified"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _figure_table(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("sample", self.tr("Sample and outputs"), self.sample),
            ("confusion", self.tr("Confusion matrix"), self.confusion.matrix_view),
            ("misclassified", self.tr("Misclassified images"), self.misclassified.tile_area),
        ]

    def figures(self) -> list[fx.Figure]:
        """The panel's figures for File → Export Figure."""
        return [fx.widget_figure(key, title, widget) for key, title, widget in self._figure_table()]

    def open_sample(self, split: str, index: int) -> None:
        """A misclassified picture was clicked: a training sample becomes the document's
        sample; a test sample is shown here. Either way the Sample tab shows it."""
        if split == TEST:
            self.sample.show_test_sample(index)
        else:
            self.doc.set_sample(index)
        self.tabs.setCurrentWidget(self.sample)
