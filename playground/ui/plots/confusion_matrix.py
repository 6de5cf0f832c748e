"""The confusion matrix: one row per target class, one column per predicted class, each
cell the number of samples, shaded by its share of its row (blue on the diagonal, where the
network is right; vermillion off it). The network's hits read down the diagonal, its
confusions (a 3 taken for an 8) off it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from playground.ui.plots.style import INK, MUTED

RIGHT = QColor("#0072B2")  # Okabe–Ito blue: the diagonal
WRONG = QColor("#D55E00")  # Okabe–Ito vermillion: off the diagonal


def _tinted(colour: QColor, share: float) -> QColor:
    """``colour`` mixed with white: white at share 0, the full colour at share 1."""
    share = min(max(share, 0.0), 1.0)
    mix = [round(255 - share * (255 - c)) for c in (colour.red(), colour.green(), colour.blue())]
    return QColor(*mix)


class ConfusionMatrixView(QWidget):
    """``matrix[t, p]`` drawn as a grid with the class ``labels`` along both sides."""

    MARGIN = 6.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusion_matrix")
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.labels: list[str] = []
        self.caption = ""
        self.setMinimumSize(160, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_matrix(self, matrix: np.ndarray, labels: list[str], caption: str) -> None:
        """Show ``matrix`` (target × predicted counts) with ``labels``, and a caption above."""
        self.matrix, self.labels, self.caption = matrix, list(labels), caption
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPixelSize(11)
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _grid(self) -> tuple[QRectF, float]:
        """The cells' square area and a cell's side."""
        n = max(len(self.matrix), 1)
        small, _ = self._fonts()
        line = QFontMetricsF(small).height()
        left = self.MARGIN + 2 * line + 4.0  # "target" and the class names
        top = self.MARGIN + 3 * line + 4.0  # the caption, "predicted" and the class names
        side = min(self.width() - left - self.MARGIN, self.height() - top - self.MARGIN) / n
        side = max(side, 4.0)
        return QRectF(left, top, side * n, side * n), side

    def cell_rect(self, target: int, predicted: int) -> QRectF:
        """Where cell (target, predicted) is drawn, in widget coordinates."""
        grid, side = self._grid()
        return QRectF(grid.left() + predicted * side, grid.top() + target * side, side, side)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        grid, side = self._grid()
        if not grid.contains(point):
            return None
        n = len(self.matrix)
        column = min(int((point.x() - grid.left()) / side), n - 1)
        row = min(int((point.y() - grid.top()) / side), n - 1)
        return row, column

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not len(self.matrix):
            return
        small, bold = self._fonts()
        grid, side = self._grid()
        line = QFontMetricsF(small).height()
        painter.setPen(QColor(INK))
        painter.setFont(bold)
        painter.drawText(QRectF(self.MARGIN, self.MARGIN, self.width(), line),
                         Qt.AlignmentFlag.AlignLeft, self.caption)  # fmt: skip
        painter.setFont(small)
        painter.drawText(QRectF(grid.left(), grid.top() - 2 * line - 2, grid.width(), line),
                         Qt.AlignmentFlag.AlignCenter, self.tr("predicted"))  # fmt: skip
        painter.save()
        painter.translate(self.MARGIN, grid.center().y())
        painter.rotate(-90.0)
        painter.drawText(QRectF(-grid.height() / 2, 0.0, grid.height(), line),
                         Qt.AlignmentFlag.AlignCenter, self.tr("target"))  # fmt: skip
        painter.restore()
        self._paint_cells(painter, grid, side, line)

    def _paint_cells(self, painter: QPainter, grid: QRectF, side: float, line: float) -> None:
        matrix = self.matrix
        totals = matrix.sum(axis=1)
        metrics = QFontMetricsF(painter.font())
        for k, label in enumerate(self.labels):
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(side, line))
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(grid.left() + k * side, grid.top() - line - 2, side, line),
                             Qt.AlignmentFlag.AlignCenter, text)  # fmt: skip
            painter.drawText(QRectF(grid.left() - line - 4, grid.top() + k * side, line, side),
                             Qt.AlignmentFlag.AlignCenter, text)  # fmt: skip
        writes = side >= metrics.horizontalAdvance(str(int(matrix.max()))) + 2
        for (t, p), count in np.ndenumerate(matrix):
            rect = self.cell_rect(t, p)
            share = count / totals[t] if totals[t] else 0.0
            colour = _tinted(RIGHT if t == p else WRONG, share)
            painter.fillRect(rect, colour)
            if writes and count:
                painter.setPen(QColor("#FFFFFF") if share > 0.55 else QColor(INK))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(count)))
        painter.setPen(QPen(QColor(MUTED), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)

    # -- the read-out ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            return True
        return super().event(event)

    def cell_text(self, target: int, predicted: int) -> str:
        """A cell in words: "target 8, predicted 3: 5 of the 36 samples of class 8"."""
        count = int(self.matrix[target, predicted])
        total = int(self.matrix[target].sum())
        return self.tr(
            "target {t}, predicted {p}: {count} of the {total} samples of class {t}"
        ).format(t=self.labels[target], p=self.labels[predicted], count=count, total=total)
