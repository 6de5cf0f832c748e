"""The plots' shared look: dark ink on white like the diagram, readable axis text."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QLabel

INK = "#202020"
MUTED = "#505050"
AXIS_PIXELS = 11


def plot_widget() -> pg.GraphicsLayoutWidget:
    """A white canvas for plot items (the app's other views are light too)."""
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    widget.ci.setContentsMargins(4, 4, 4, 4)
    return widget


def style_axes(plot: pg.PlotItem, names) -> None:
    """Dark axes with readable tick labels."""
    font = QFont()
    font.setPixelSize(AXIS_PIXELS)
    for name in names:
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(MUTED))
        axis.setTextPen(pg.mkPen(INK))
        axis.setTickFont(font)
        axis.enableAutoSIPrefix(False)  # "(x0.001)" beside an axis puzzles more than it helps
        # Axis text is slow to render (about 2 ms an axis offscreen) and most redraws leave
        # an axis as it was: keep it as a pixmap until its range or labels change.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def readout_label(name: str) -> QLabel:
    """A one-line label for values under the cursor, selectable so they can be copied."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(4, 0, 4, 0)
    return label
