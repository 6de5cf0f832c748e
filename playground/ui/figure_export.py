"""Figures for lab reports: the diagram and every plot saved as SVG or PNG, as drawn now.

Each kind of figure has one function that writes it, choosing the format by the file's
suffix (``.svg`` or ``.png``):

- ``export_diagram``: the diagram's scene with every number shown (even when the view is
  zoomed out too far to draw them), white behind;
- ``export_plot``: a pyqtgraph canvas (the loss curve, the decision boundary) as shown;
- ``export_widget``: any other panel (the image views of the plots dock).

SVG goes through ``QSvgGenerator`` (vector lines and text; pictures such as the boundary's
heatmap are embedded bitmaps); PNG through a ``QImage`` at twice the device pixels, so the
picture stays sharp in a printed report. pyqtgraph's own exporters are not used:
pyqtgraph 0.14.0's ``SVGExporter`` fails with ``ValueError`` on any closed path that Qt 6
writes with a final ``Z`` (pyqtgraph issue #3495), and its ``ImageExporter`` scales the
axis text but not the legend. Rendering the scene ourselves keeps one way for every figure.

The glue: ``export_action`` adds "Export figure…" to a context menu, ``install`` adds
File → Export Figure (one entry per figure the window shows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsScene,
    QMenu,
    QMessageBox,
    QWidget,
)

from playground.ui.translate import error_text

SUFFIXES = (".svg", ".png")
PNG_SCALE = 2.0  # device pixels per scene unit in a PNG
WHITE = QColor("#FFFFFF")
CHILDREN_ONLY = QWidget.RenderFlag.DrawChildren  # on white, not the window's grey


translate = QCoreApplication.translate  # context "figure_export" (lupdate reads each call)


class ExportError(Exception):
    """A figure could not be written (an unknown suffix, a file that cannot be saved)."""


# -- one function per kind -----------------------------------------------------------------


def export_diagram(view, path: str | Path) -> Path:
    """Write ``view``'s diagram (a ``DiagramView``) to ``path``: its whole scene rect, every
    number drawn, on white. Returns the path written."""
    scene = view.diagram
    with _detailed(scene), _unselected(scene):
        rect = QRectF(scene.sceneRect())
        return _export_scene(scene, rect, path, title=translate("figure_export", "Network diagram"))


def export_plot(graphics, path: str | Path, *, title: str = "") -> Path:
    """Write a pyqtgraph canvas (``GraphicsLayoutWidget``) to ``path`` as it is shown."""
    rect = graphics.mapToScene(graphics.viewport().rect()).boundingRect()
    return _export_scene(graphics.scene(), rect, path, title=title)


def export_widget(widget: QWidget, path: str | Path, *, title: str = "") -> Path:
    """Write any widget (and its children) to ``path`` as it is shown."""
    path = _checked(path)
    size = widget.size()
    if path.suffix.lower() == ".svg":
        with _svg_painter(path, QSizeF(size), title) as painter:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), WHITE)
            widget.render(painter, QPoint(0, 0), QRegion(), CHILDREN_ONLY)
    else:
        image = _blank_image(QSizeF(size))
        painter = QPainter(image)
        widget.render(painter, QPoint(0, 0), QRegion(), CHILDREN_ONLY)
        painter.end()
        _save_png(image, path)
    return path


# -- the drawing -----------------------------------------------------------------------------


def _export_scene(scene: QGraphicsScene, rect: QRectF, path: str | Path, *, title: str) -> Path:
    path = _checked(path)
    with _uncached(scene):
        if path.suffix.lower() == ".svg":
            with _svg_painter(path, rect.size(), title) as painter:
                _paint(scene, painter, rect)
        else:
            image = _blank_image(rect.size())
            painter = QPainter(image)
            _paint(scene, painter, rect)
            painter.end()
            _save_png(image, path)
    return path


def _paint(scene: QGraphicsScene, painter: QPainter, rect: QRectF) -> None:
    target = QRectF(0.0, 0.0, rect.width(), rect.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, WHITE)
    with _export_mode(scene, painter):
        scene.render(painter, target, rect)


@contextmanager
def _export_mode(scene: QGraphicsScene, painter: QPainter) -> Iterator[None]:
    """pyqtgraph's items told that they are being exported, as its own exporters tell them:
    a scatter plot then draws its markers as paths instead of stamping a cached pixmap. The
    painter's own scale makes the PNG's extra pixels, so the resolution scale stays 1."""
    options = {"antialias": True, "background": WHITE, "painter": painter,
               "resolutionScale": 1.0}  # fmt: skip
    exporting = [item for item in scene.items() if hasattr(item, "setExportMode")]
    for item in exporting:
        item.setExportMode(True, options)
    try:
        yield
    finally:
        for item in exporting:
            item.setExportMode(False)


def _blank_image(size: QSizeF) -> QImage:
    """A white image of ``size`` logical pixels at ``PNG_SCALE`` device pixels each."""
    pixels = QSize(
        max(1, round(size.width() * PNG_SCALE)), max(1, round(size.height() * PNG_SCALE))
    )
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(WHITE)
    return image


def _save_png(image: QImage, path: Path) -> None:
    if not image.save(str(path), "PNG"):
        raise ExportError(translate("figure_export", "Could not write {path}.").format(path=path))


@contextmanager
def _svg_painter(path: Path, size: QSizeF, title: str) -> Iterator[QPainter]:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(max(1, round(size.width())), max(1, round(size.height()))))
    generator.setViewBox(QRectF(0.0, 0.0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(translate("figure_export", "Drawn by Neural Network Playground"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(translate("figure_export", "Could not write {path}.").format(path=path))
    try:
        yield painter
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(translate("figure_export", "Could not write {path}.").format(path=path))


@contextmanager
def _uncached(scene: QGraphicsScene) -> Iterator[None]:
    """Items drawn afresh, not from a cached pixmap: pyqtgraph keeps its axes as device
    pixmaps, which would be blurred at twice the pixels and embedded as bitmaps in SVG."""
    cached = [(item, item.cacheMode()) for item in scene.items()]
    for item, mode in cached:
        if mode != QGraphicsItem.CacheMode.NoCache:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            if mode != QGraphicsItem.CacheMode.NoCache:
                item.setCacheMode(mode)


@contextmanager
def _detailed(scene) -> Iterator[None]:
    """Every number drawn while exporting, as the view shows them when zoomed in."""
    was = scene.detailed()
    scene.set_detailed(True)
    try:
        yield
    finally:
        scene.set_detailed(was)


@contextmanager
def _unselected(scene) -> Iterator[None]:
    """No selection highlight in a figure; the selection (and the inspector) stay as they
    are: the scene's syncing guard keeps the change from the selection model."""
    chosen = scene.selectedItems()
    scene._syncing = True
    try:
        scene.clearSelection()
        yield
    finally:
        for item in chosen:
            item.setSelected(True)
        scene._syncing = False


def _checked(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ExportError(
            translate("figure_export", "Name the file .svg or .png (not “{name}”).").format(
                name=path.name
            )
        )
    return path


# -- which figures a window shows --------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One exportable figure: ``key`` names the file by default, ``title`` the menu entry."""

    key: str
    title: str
    write: Callable[[Path], Path]


def diagram_figure(view) -> Figure:
    return Figure(
        "diagram",
        translate("figure_export", "Network diagram"),
        lambda path: export_diagram(view, path),
    )


def plot_figure(key: str, title: str, graphics) -> Figure:
    return Figure(key, title, lambda path: export_plot(graphics, path, title=title))


def widget_figure(key: str, title: str, widget: QWidget) -> Figure:
    return Figure(key, title, lambda path: export_widget(widget, path, title=title))


def window_figures(window) -> list[Figure]:
    """The figures ``window`` shows now: the diagram, then the plots dock's (once built)."""
    figures = [diagram_figure(window.diagram)]
    plots = getattr(window, "plots", None)
    if plots is not None and hasattr(plots, "figures"):
        figures += plots.figures()
    return figures


# -- the glue: a file dialog, a context-menu entry, the File menu ------------------------------


def ask_and_export(parent: QWidget, figure: Figure, *, folder: str | Path = "") -> Path | None:
    """Ask where to save ``figure`` (the suffix picks SVG or PNG) and write it; None when
    cancelled. A failure is said in a message box."""
    start = str(Path(folder) / f"{figure.key}.svg") if folder else f"{figure.key}.svg"
    svg, png = (
        translate("figure_export", "SVG image (*.svg)"),
        translate("figure_export", "PNG image (*.png)"),
    )
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("figure_export", "Export {title}").format(title=figure.title),
        start,
        f"{svg};;{png}",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in SUFFIXES:
        path = path.with_name(path.name + (".png" if chosen == png else ".svg"))
    try:
        return figure.write(path)
    except (ExportError, OSError) as error:
        QMessageBox.warning(parent, translate("figure_export", "Export figure"), error_text(error))
        return None


def export_action(menu: QMenu, parent: QWidget, figure: Callable[[], Figure]) -> QAction:
    """Add "Export figure…" to a context menu; ``figure`` is read when it is triggered."""
    action = menu.addAction(translate("figure_export", "Export figure…"))
    action.setObjectName("export_figure")
    action.setToolTip(
        translate("figure_export", "Save this figure as SVG or PNG, for a lab report")
    )
    action.triggered.connect(lambda _=False: ask_and_export(parent, figure()))
    return action


def figure_menu(widget: QWidget, figure: Callable[[], Figure]) -> QMenu:
    """A context menu with the one entry "Export figure…"."""
    menu = QMenu(widget)
    export_action(menu, widget, figure)
    return menu


def add_context_menu(widget: QWidget, figure: Callable[[], Figure]) -> None:
    """Right-click on ``widget`` (or on a child that leaves the click to it, such as a
    pyqtgraph canvas whose own menu is off) offers "Export figure…"."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(lambda point: _pop_up(widget, figure, point))


def _pop_up(widget: QWidget, figure: Callable[[], Figure], point: QPoint) -> QMenu:
    menu = figure_menu(widget, figure)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(widget.mapToGlobal(point))
    return menu


def install(window, file_menu: QMenu) -> QMenu:
    """File → Export Figure: a submenu with one entry per figure the window shows,
    filled each time it opens (the plots dock is built after the first paint)."""
    submenu = file_menu.addMenu(translate("figure_export", "E&xport Figure"))
    submenu.setObjectName("export_figure_menu")
    submenu.setToolTipsVisible(True)
    submenu.aboutToShow.connect(lambda: fill_menu(window, submenu))
    return submenu


def fill_menu(window, submenu: QMenu) -> None:
    """One "<figure>…" entry per figure of ``window``."""
    submenu.clear()
    for figure in window_figures(window):
        action = submenu.addAction(
            translate("figure_export", "{title}…").format(title=figure.title)
        )
        action.setObjectName(f"export_figure.{figure.key}")
        action.setToolTip(
            translate("figure_export", "Save it as SVG or PNG (the file name's suffix decides)")
        )
        action.triggered.connect(lambda _=False, f=figure: ask_and_export(window, f))
