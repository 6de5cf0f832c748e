"""The plots dock: the loss curve and the decision boundary side by side (stacked when the
dock sits left or right of the diagram)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.ui.plots.boundary_plot import BoundaryPlot
from playground.ui.plots.loss_plot import LossPlot


class PlotsDock(QDockWidget):
    """``loss`` (a LossPlot) and ``boundary`` (a BoundaryPlot) of ``doc`` trained by ``player``."""

    def __init__(self, doc: NetworkDocument, player: Player, parent: QWidget | None = None) -> None:
        super().__init__("Plots", parent)
        self.setObjectName("plots_dock")
        self.loss = LossPlot(doc, player)
        self.boundary = BoundaryPlot(doc, player)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("plots_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.loss)
        self.splitter.addWidget(self.boundary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setWidget(self.splitter)
        self.dockLocationChanged.connect(self._follow_area)

    def show_node(self, column: int | None, index: int | None = None) -> None:
        """Show a node's output in the boundary plot (the diagram's thumbnail clicks)."""
        self.boundary.show_node(column, index)
        if column is not None:
            self.show()  # a click on a picture asks to see it, even with the dock closed
            self.raise_()

    def _follow_area(self, area: Qt.DockWidgetArea) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitter.setOrientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)
