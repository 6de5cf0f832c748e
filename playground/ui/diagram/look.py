"""Colours, fonts and the small text badge the diagram draws its numbers in.

Colours are Okabe–Ito, safe for the common colour-vision deficiencies: blue for a
positive weight, vermillion for a negative one, orange for the brief glow after an update.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

POSITIVE = QColor("#0072B2")  # Okabe–Ito blue
NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion
ZERO = QColor("#999999")
GLOW = QColor("#E69F00")  # Okabe–Ito orange
SELECTED = QColor("#CC79A7")  # Okabe–Ito reddish purple
INK = QColor("#202020")
MUTED = QColor("#505050")
NODE_FILL = QColor("#FFFFFF")
INPUT_FILL = QColor("#E8E8E8")
BADGE_FILL = QColor(255, 255, 255, 225)

NODE_DIAMETER = 44.0


def font(pixels: int, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


def weight_colour(value: float) -> QColor:
    """A new colour for a weight of this sign (the caller may change its alpha)."""
    return QColor(POSITIVE if value > 0 else NEGATIVE if value < 0 else ZERO)


class TextBadge(QGraphicsItem):
    """Plain text (one or more lines) on a rounded, nearly opaque white patch, so that lines
    under it do not make the numbers hard to read. Clicks pass through to the item below."""

    PAD = 2.0

    def __init__(
        self,
        parent: QGraphicsItem | None = None,
        *,
        pixels: int = 11,
        bold: bool = False,
        centred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._font = font(pixels, bold=bold)
        self._colour = QColor(INK)
        self._text = ""
        self._size = QSizeF()
        self._align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        self.background = True
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        self._size = QFontMetricsF(self._font).size(0, text) if text else QSizeF()
        self.update()

    def font(self) -> QFont:
        return QFont(self._font)

    def setBrush(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    def text_rect(self) -> QRectF:
        return QRectF(QPointF(0.0, 0.0), self._size)

    def boundingRect(self) -> QRectF:
        pad = self.PAD
        return self.text_rect().adjusted(-pad, -pad, pad, pad)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._text:
            return
        if self.background:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_FILL)
            painter.drawRoundedRect(self.boundingRect(), 3.0, 3.0)
        painter.setFont(self._font)
        painter.setPen(self._colour)
        painter.drawText(self.text_rect(), self._align | Qt.AlignmentFlag.AlignVCenter, self._text)

    def centre_at(self, x: float, y: float) -> None:
        """Place the text so that its centre is at (x, y) in the parent's coordinates."""
        self.setPos(x - self._size.width() / 2.0, y - self._size.height() / 2.0)
