"""Plots beside the diagram: the loss curve and the decision boundary, fed by the Player.

A main window adds them as one dock::

    plots = PlotsDock(doc, player, parent=window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, plots)
    diagram.diagram.thumbnail_clicked.connect(plots.show_node)
    # after Reset or Randomise: keep the old curves faded behind the new run
    plots.loss.start_new_run()

The Qt-free grid arithmetic lives in ``plane``; importing it does not load Qt, so the
widgets below are imported on first use.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["BoundaryPlot", "LossPlot", "PlotsDock"]

_WHERE = {
    "BoundaryPlot": "playground.ui.plots.boundary_plot",
    "LossPlot": "playground.ui.plots.loss_plot",
    "PlotsDock": "playground.ui.plots.dock",
}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
