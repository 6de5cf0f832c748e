"""Figures for lab reports: the diagram, the loss curve, the decision boundary and the image
panels exported as SVG and PNG from their context menus and from File → Export Figure; every
file is read back (SVG as XML, PNG by its header and size)."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from playground.document import NetworkDocument
from playground.document.player import Player
from playground.io import load
from playground.paths import resource_path
from playground.ui import figure_export
from playground.ui.plots import PlotsDock
from tests.ui.driving import action, at, show

SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CLASSIC_WEIGHTS = ("0.15", "0.2", "0.25", "0.3", "0.4", "0.45", "0.5", "0.55")


def svg_texts(path: Path) -> str:
    """Every piece of text in an SVG file (which must parse as XML), joined by spaces."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return " ".join("".join(node.itertext()) for node in root.iter() if node.tag == f"{SVG}text")


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's header, which must be a PNG's."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the path (and filter) a test sets; records its titles."""
    answer: dict = {"path": "", "filter": "", "asked": []}

    def ask(parent, title, start, filters, *args, **kwargs):
        answer["asked"].append((title, start))
        return answer["path"], answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return answer


def right_click(qtbot, widget, point: QPoint) -> QMenu:
    """Send ``widget`` the context-menu event of a right-click at ``point``; the menu that
    pops up."""
    before = set(QApplication.topLevelWidgets())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    popped = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    new = [menu for menu in popped if menu not in before]
    assert len(new) == 1
    return new[0]


def export_entry(menu: QMenu):
    found = [a for a in menu.actions() if a.objectName() == "export_figure"]
    assert len(found) == 1, [a.objectName() for a in menu.actions()]
    assert found[0].text() == "Export figure…"
    return found[0]


# -- the diagram ---------------------------------------------------------------------------


@pytest.fixture
def classic() -> NetworkDocument:
    return NetworkDocument(load(resource_path("examples", "classic-2-2-2.json")))


def test_the_diagram_as_svg_carries_every_weight_as_text(qtbot, classic, tmp_path):
    view = show(qtbot, classic)
    written = figure_export.export_diagram(view, tmp_path / "diagram.svg")
    texts = svg_texts(written)
    for weight in CLASSIC_WEIGHTS:
        assert weight in texts
    root = ET.parse(written).getroot()
    rect = view.diagram.sceneRect()
    assert root.get("viewBox").split() == ["0", "0", f"{rect.width():g}", f"{rect.height():g}"]


def test_a_zoomed_out_diagram_is_exported_with_its_numbers(qtbot, classic, tmp_path):
    view = show(qtbot, classic)
    view.diagram.set_detailed(False)  # as when zoomed out too far to read the numbers
    texts = svg_texts(figure_export.export_diagram(view, tmp_path / "far.svg"))
    assert "0.15" in texts
    assert not view.diagram.detailed()  # the view is left as it was


def test_the_diagram_as_png_is_twice_its_scene_on_white(qtbot, classic, tmp_path):
    view = show(qtbot, classic)
    written = figure_export.export_diagram(view, tmp_path / "diagram.png")
    rect = view.diagram.sceneRect()
    assert png_size(written) == (round(2 * rect.width()), round(2 * rect.height()))
    image = QImage(str(written))
    assert image.pixelColor(1, 1) == QColor("white")  # the margin: white, not transparent
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert darkest < 100  # the nodes and numbers are drawn


def test_the_diagrams_background_menu_exports_it(qtbot, classic, tmp_path, save_as):
    view = show(qtbot, classic)
    menu = view.context_menu_at(at(view, QPointF(360, 300)))  # empty background
    save_as["path"] = str(tmp_path / "from-menu.svg")
    action(menu, "export_figure").trigger()
    assert save_as["asked"][0][1] == "diagram.svg"  # the suggested name
    assert "0.55" in svg_texts(tmp_path / "from-menu.svg")


def test_a_name_without_a_suffix_takes_the_chosen_format(qtbot, classic, tmp_path, save_as):
    view = show(qtbot, classic)
    save_as["path"] = str(tmp_path / "report-figure")
    save_as["filter"] = "PNG image (*.png)"
    written = figure_export.ask_and_export(view, figure_export.diagram_figure(view))
    assert written == tmp_path / "report-figure.png"
    assert png_size(written)[0] > 100


def test_an_unknown_suffix_is_refused_with_a_reason(qtbot, classic, tmp_path):
    view = show(qtbot, classic)
    with pytest.raises(figure_export.ExportError, match=r"\.svg or \.png"):
        figure_export.export_diagram(view, tmp_path / "diagram.pdf")
    assert not (tmp_path / "diagram.pdf").exists()


def test_cancelling_the_dialog_writes_nothing(qtbot, classic, tmp_path, save_as):
    view = show(qtbot, classic)
    assert figure_export.ask_and_export(view, figure_export.diagram_figure(view)) is None
    assert list(tmp_path.iterdir()) == []


# -- the plots -----------------------------------------------------------------------------


@pytest.fixture
def xor_dock(qtbot):
    doc = NetworkDocument(load(resource_path("examples", "xor.json")))
    player = Player(doc)
    dock = PlotsDock(doc, player)
    qtbot.addWidget(dock)
    dock.resize(900, 360)
    dock.show()
    qtbot.waitExposed(dock)
    for _ in range(3):
        doc.run_epoch()
    qtbot.waitUntil(lambda: not dock.boundary.redraw_pending())
    yield dock
    player.pause()


@pytest.mark.parametrize("which", ["loss", "boundary"])
def test_a_plots_context_menu_exports_svg_and_png(qtbot, xor_dock, which, tmp_path, save_as):
    plot = getattr(xor_dock, which)
    viewport = plot.graphics.viewport()
    for suffix in ("svg", "png"):
        menu = right_click(qtbot, viewport, viewport.rect().center())
        save_as["path"] = str(tmp_path / f"{which}.{suffix}")
        export_entry(menu).trigger()
        menu.close()
    assert save_as["asked"][0][1] == f"{which}.svg"
    texts = svg_texts(tmp_path / f"{which}.svg")
    expected = "epoch" if which == "loss" else "x1"  # an axis title, kept as text
    assert expected in texts
    width, height = png_size(tmp_path / f"{which}.png")
    assert (width, height) == (2 * viewport.width(), 2 * viewport.height())


def test_the_loss_svg_draws_the_axes_as_vectors_not_pictures(xor_dock, tmp_path):
    written = figure_export.export_plot(xor_dock.loss.graphics, tmp_path / "loss.svg")
    root = ET.parse(written).getroot()
    assert not list(root.iter(f"{SVG}image"))  # no cached pixmap of an axis slipped in
    assert "loss (mse)" in svg_texts(written)


def test_the_boundary_svg_embeds_its_heatmap(xor_dock, tmp_path):
    written = figure_export.export_plot(xor_dock.boundary.graphics, tmp_path / "b.svg")
    images = list(ET.parse(written).getroot().iter(f"{SVG}image"))
    assert len(images) >= 1  # the output over the plane is a picture inside the vector figure


# -- File → Export Figure ------------------------------------------------------------------------


def test_file_export_figure_lists_the_windows_figures_and_exports_each(
    qtbot, window, tmp_path, save_as
):
    submenu = window.findChild(QMenu, "export_figure_menu")
    assert submenu is not None and submenu.title() == "E&xport Figure"
    file_menu = window.menuBar().actions()[0].menu()
    assert submenu.menuAction() in file_menu.actions()
    submenu.aboutToShow.emit()
    entries = {a.objectName(): a for a in submenu.actions()}
    assert list(entries) == [
        "export_figure.diagram",
        "export_figure.loss",
        "export_figure.boundary",
    ]
    assert entries["export_figure.loss"].text() == "Loss curve…"
    for key, entry in entries.items():
        name = key.split(".")[1]
        for suffix in ("svg", "png"):
            save_as["path"] = str(tmp_path / f"{name}.{suffix}")
            entry.trigger()
            written = tmp_path / f"{name}.{suffix}"
            if suffix == "svg":
                svg_texts(written)
            else:
                assert min(png_size(written)) > 50


def test_digits_offers_the_image_panels_figures(qtbot, tmp_path):
    doc = NetworkDocument(load(resource_path("examples", "digits.json")))
    player = Player(doc)
    dock = PlotsDock(doc, player)
    qtbot.addWidget(dock)
    dock.resize(1000, 400)
    dock.show()
    qtbot.waitExposed(dock)
    figures = {figure.key: figure for figure in dock.figures()}
    assert list(figures) == ["loss", "sample", "confusion", "misclassified"]
    for key in ("sample", "confusion"):
        svg_texts(figures[key].write(tmp_path / f"{key}.svg"))
        assert min(png_size(figures[key].write(tmp_path / f"{key}.png"))) > 50


def test_the_exported_diagram_has_no_selection_highlight_and_the_selection_stays(
    qtbot, classic, tmp_path
):
    from playground.ui.selection import EdgeSelection

    view = show(qtbot, classic)
    selection = view.diagram.selection
    selection.select(EdgeSelection(2, 0, 0))  # w5, highlighted on screen
    edge = view.diagram.edges[(2, 0, 0)]
    assert edge.isSelected()
    path = figure_export.export_diagram(view, tmp_path / "diagram.svg")
    assert "#cc79a7" not in path.read_text(encoding="utf-8").lower()  # the highlight's colour
    assert edge.isSelected()
    assert selection.current == EdgeSelection(2, 0, 0)
