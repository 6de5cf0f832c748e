"""Renders ``nn-playground.svg`` to the PNG sizes of the hicolor theme, with Qt's SVG renderer.

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
resources/icons/render_pngs.py``. Writes ``hicolor/<n>x<n>/apps/nn-playground.png`` here,
which ``playground --install-desktop`` copies beside the scalable icon.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (painting needs it)
    renderer = QSvgRenderer(str(HERE / "nn-playground.svg"))
    if not renderer.isValid():
        print("error: nn-playground.svg does not parse", file=sys.stderr)
        return 2
    for size in SIZES:
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / "nn-playground.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(size, renderer).save(str(target))
        print(target.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
