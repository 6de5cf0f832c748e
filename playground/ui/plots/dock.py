"""The plots dock: the loss curve and, beside it, what the network's output looks like
(side by side, stacked when the dock sits left or right of the diagram).

Beside the loss curve: the decision boundary (with a confusion matrix tab for
classification data); or, when the input is an image (the network's ``input_shape``), the
image panel: the sample, the confusion matrix and the misclassified images. The choice is
made again whenever the network's shape or the data change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget, QTabWidget, QWidget

from playground.document.changes import Change
from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.ui import figure_export as fx
from playground.ui.diagram.image_views import _image_shape
from playground.ui.plots.boundary_plot import BoundaryPlot
from playground.ui.plots.confusion_panel import ConfusionPanel
from playground.ui.plots.image_panel import ImagePanel
from playground.ui.plots.loss_plot import LossPlot


class PlotsDock(QDockWidget):
    """``loss`` (a LossPlot) and ``boundary`` (a BoundaryPlot, with ``confusion`` beside it
    for classification) or ``images`` (an ImagePanel, or None) of ``doc`` trained by
    ``player``."""

    def __init__(self, doc: NetworkDocument, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plots"))
        self.setObjectName("plots_dock")
        self.doc, self.player = doc, player
        self.loss = LossPlot(doc, player)
        self.boundary = BoundaryPlot(doc, player)
        self.confusion = ConfusionPanel(doc, player)
        fx.add_context_menu(self.confusion.matrix_view, self._confusion_figure)
        self.images: ImagePanel | None = None
        self.boundary_tabs = QTabWidget()
        self.boundary_tabs.setObjectName("boundary_tabs")
        self.boundary_tabs.setDocumentMode(True)
        self.boundary_tabs.setTabBarAutoHide(True)  # one tab: no tab bar
        self.boundary_tabs.addTab(self.boundary, self.tr("Boundary"))
        self.output_views = QStackedWidget()
        self.output_views.setObjectName("output_views")
        self.output_views.addWidget(self.boundary_tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("plots_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.loss)
        self.splitter.addWidget(self.output_views)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setWidget(self.splitter)
        self.dockLocationChanged.connect(self._follow_area)
        doc.changed.connect(self._changed)
        self._choose_views()

    def _changed(self, change: Change) -> None:
        if change & (Change.STRUCTURE | Change.SETTINGS | Change.RUN):
            self._choose_views()

    def _choose_views(self) -> None:
        """The image panel for image inputs, else the boundary (and the confusion matrix
        tab when the data are classes)."""
        shape = _image_shape(self.doc.network)
        if shape is not None:
            if self.images is None or self.images.shape != shape:
                self._drop_images()
                self.images = ImagePanel(self.doc, self.player, shape=shape)
                self.output_views.addWidget(self.images)
            self.output_views.setCurrentWidget(self.images)
            return
        self._drop_images()
        self.output_views.setCurrentWidget(self.boundary_tabs)
        data = self.doc.dataset
        classes = data.task == "classification" and data.n_samples > 1
        present = self.boundary_tabs.indexOf(self.confusion) >= 0
        if classes and not present:
            self.boundary_tabs.addTab(self.confusion, self.tr("Confusion matrix"))
        elif not classes and present:
            self.boundary_tabs.removeTab(self.boundary_tabs.indexOf(self.confusion))

    def _drop_images(self) -> None:
        if self.images is not None:
            self.output_views.removeWidget(self.images)
            self.images.deleteLater()
            self.images = None

    def show_node(self, column: int | None, index: int | None = None) -> None:
        """Show a node's output in the boundary plot (the diagram's thumbnail clicks)."""
        self.boundary.show_node(column, index)
        if column is not None:
            if self.output_views.currentWidget() is self.boundary_tabs:
                self.boundary_tabs.setCurrentWidget(self.boundary)
            self.show()  # a click on a picture asks to see it, even with the dock closed
            self.raise_()

    def _confusion_figure(self) -> fx.Figure:
        view = self.confusion.matrix_view
        return fx.widget_figure("confusion", self.tr("Confusion matrix"), view)

    def figures(self) -> list[fx.Figure]:
        """The figures File → Export Figure offers from this dock."""
        figures = [fx.plot_figure("loss", self.tr("Loss curve"), self.loss.graphics)]
        if self.output_views.currentWidget() is self.boundary_tabs:
            figures.append(
                fx.plot_figure("boundary", self.tr("Boundary plot"), self.boundary.graphics)
            )
            if self.boundary_tabs.indexOf(self.confusion) >= 0:
                figures.append(self._confusion_figure())
        elif self.images is not None:
            figures += self.images.figures()
        return figures

    def _follow_area(self, area: Qt.DockWidgetArea) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitter.setOrientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)
