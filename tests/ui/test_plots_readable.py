"""The plots as a student reads them: a fine boundary when paused, colours filling the axes,
no classes for a single sample, loss axes that follow the data, thumbnails that select.

Real widgets and the real Player; redraws are counted, never timed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter

from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.io import DataSource, load
from playground.paths import resource_path
from playground.ui.diagram import DiagramView
from playground.ui.plots import BoundaryPlot, LossPlot, PlotsDock, plane
from playground.ui.selection import NodeSelection, SelectionModel

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / "xor.json"))


@pytest.fixture
def player(qtbot, doc):
    player = Player(doc)
    yield player
    player.pause()


def shown(qtbot, widget, width: int = 640, height: int = 360):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, plot: BoundaryPlot) -> None:
    qtbot.waitUntil(lambda: not plot.redraw_pending())


def image_rect(plot: BoundaryPlot) -> tuple[float, float, float, float]:
    """Where the heatmap lies in data coordinates: (x0, x1, y0, y1)."""
    rect = plot.image.mapRectToView(plot.image.boundingRect())
    return rect.left(), rect.right(), rect.top(), rect.bottom()


def view_range(plot: BoundaryPlot) -> tuple[float, float, float, float]:
    (x0, x1), (y0, y1) = plot.plot.vb.viewRange()
    return x0, x1, y0, y1


def fills_view(plot: BoundaryPlot) -> bool:
    return np.allclose(image_rect(plot), view_range(plot), rtol=0, atol=1e-9)


# -- the boundary: full resolution when paused ------------------------------------------------


def test_pause_redraws_once_at_full_resolution(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    assert plot.drawn_resolution >= 100 and plot.image.image.shape[0] >= 100
    plot.BUDGET_SECONDS = 1e-9  # a frame budget nothing fits: the coarsest grid while playing
    doc.epochs = 10**9
    player.play()
    qtbot.waitUntil(lambda: plot.drawn_resolution == plot.MIN_SIDE, timeout=10_000)
    assert player.playing and plot.image.image.shape == (plot.MIN_SIDE, plot.MIN_SIDE)
    player.pause()
    before = plot.redraw_count
    settle(qtbot, plot)
    assert plot.redraw_count == before + 1  # one redraw, at full resolution
    assert plot.drawn_resolution >= plot.FULL_SIDE >= 100
    assert plot.image.image.shape == (plot.drawn_resolution, plot.drawn_resolution)
    expected = plane.outputs_over_plane(doc.network, plot.extent, plot.drawn_resolution)
    np.testing.assert_allclose(plot.image.image, expected.output[:, :, 0], atol=1e-12)


def test_a_step_by_hand_is_drawn_at_full_resolution(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    plot.resolution = plot.MIN_SIDE  # as a slow Play would have left it
    for step in range(3):
        before = plot.redraw_count
        doc.run_epoch()
        settle(qtbot, plot)
        assert plot.redraw_count == before + 1, step
        assert plot.drawn_resolution >= 100
        assert plot.image.image.shape == (plot.drawn_resolution, plot.drawn_resolution)


def test_the_cells_are_drawn_smoothly(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    hints = plot.graphics.renderHints()
    assert hints & QPainter.RenderHint.SmoothPixmapTransform


# -- the boundary: the colours fill the axes ----------------------------------------------------


@pytest.mark.parametrize("size", [(640, 360), (320, 560), (500, 500)])
def test_the_map_fills_the_plotted_range(qtbot, doc, player, size):
    plot = shown(qtbot, BoundaryPlot(doc, player), *size)
    settle(qtbot, plot)
    qtbot.waitUntil(lambda: fills_view(plot))
    x0, x1, y0, y1 = view_range(plot)
    assert plot.extent == pytest.approx((x0, x1, y0, y1))
    d0, d1, e0, e1 = plot.data_extent  # every data point is still in view
    assert x0 <= d0 + 1e-9 and x1 >= d1 - 1e-9 and y0 <= e0 + 1e-9 and y1 >= e1 - 1e-9
    # the value drawn at a corner of the axes is the network's output there
    corner = plot.image.mapFromView(QPointF(x0 + 1e-6, y0 + 1e-6))
    drawn = plot.image.image[int(corner.y()), int(corner.x())]
    step = (x1 - x0) / plot.drawn_resolution, (y1 - y0) / plot.drawn_resolution
    centre = np.array([[x0 + step[0] / 2, y0 + step[1] / 2]])
    assert drawn == pytest.approx(doc.network.predict(centre)[0, 0])


def test_a_resize_redraws_the_map_over_the_new_range(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player), 640, 360)
    settle(qtbot, plot)
    qtbot.waitUntil(lambda: fills_view(plot))
    wide = view_range(plot)
    plot.resize(320, 600)
    qtbot.waitUntil(lambda: view_range(plot) != wide)
    settle(qtbot, plot)
    qtbot.waitUntil(lambda: fills_view(plot))
    assert plot.drawn_resolution >= 100


# -- the boundary: one sample, several outputs -------------------------------------------------


def test_one_sample_gets_its_output_value_not_a_winning_class(qtbot):
    doc = NetworkDocument(load(EXAMPLES / "classic-2-2-2.json"))
    assert doc.dataset.n_samples == 1 and doc.network.output_units == 2
    plot = shown(qtbot, BoundaryPlot(doc, Player(doc)))
    settle(qtbot, plot)
    assert not plot.class_image.isVisible()
    assert plot.image.isVisible() and plot.colour_bar.isVisible()
    assert "Winning class" not in plot.title.text()
    o1, o2 = doc.label(2, 0), doc.label(2, 1)
    assert f"Output {o1}" in plot.title.text()
    assert "one training sample" in plot.title.toolTip()
    assert "class" not in plot.key.text()
    expected = plane.outputs_over_plane(doc.network, plot.extent, plot.drawn_resolution)
    np.testing.assert_allclose(plot.image.image, expected.node(2, 0), atol=1e-12)
    out = doc.network.predict(np.array([[0.1, 0.2]]))[0]
    text = plot.values_at(0.1, 0.2)
    assert "class" not in text
    assert f"{o1} = {out[0]:.4g}" in text and f"{o2} = {out[1]:.4g}" in text


# -- the loss plot: axes that follow the data --------------------------------------------------


@pytest.mark.parametrize("epochs", [1, 3, 7, 10, 60, 72, 161, 999, 1000, 5000, 123_457])
def test_the_epoch_axis_ends_just_past_the_last_epoch(qtbot, doc, player, epochs):
    plot = shown(qtbot, LossPlot(doc, player))
    for epoch in range(1, epochs + 1):
        doc.run.loss_curve.append(epoch, 1.0 / epoch)
    player.plot_due.emit(0)
    (left, right), (_, top) = plot.plot.vb.viewRange()
    assert left == 0.0 and epochs < right <= 1.25 * epochs
    assert 1.0 <= top <= 1.25 * 1.03  # the loss axis spans the losses (1 at epoch 1)
    shown_x = plot.train_curve.curve.xData  # what is drawn, after decimation and clipping
    assert shown_x[-1] >= 0.98 * epochs  # the curve runs to where training is


def test_the_epoch_axis_changes_in_steps_not_every_frame(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    rights = []
    for epoch in range(1, 2001):
        doc.run.loss_curve.append(epoch, 1.0 / epoch)
        if epoch % 10 == 0:
            player.plot_due.emit(0)
            rights.append(plot.plot.vb.viewRange()[0][1])
    changes = sorted(set(rights))
    assert len(changes) <= 45  # 200 frames over 2½ decades of epochs: few axis changes
    assert all(b / a >= 1.1 for a, b in zip(changes, changes[1:], strict=False))


def test_after_a_divergence_the_curve_ends_where_training_paused(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    doc.undo_stack.push(edits.set_activation(doc, 2, "linear"))
    doc.undo_stack.push(edits.set_optimizer(doc, {"name": "sgd", "learning_rate": 1e6}))
    doc.epochs = 10**9
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    epoch = doc.trainer.epoch
    x, y = doc.run.loss_curve.data()
    assert x[-1] == epoch
    (_, right), (bottom, top) = plot.plot.vb.viewRange()
    assert epoch < right <= 1.25 * max(epoch, 1)
    assert bottom <= float(np.min(y)) and float(np.max(y)) <= top  # every point in view
    assert plot.train_curve.curve.xData[-1] == epoch
    assert f"epoch {epoch:,}" in plot.readout.text()


def test_a_loss_near_the_largest_float_still_sets_the_axes(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    for epoch in range(1, 162):
        loss = 0.25 if epoch <= 72 else 10.0 ** min(4 * (epoch - 72), 307)
        doc.run.loss_curve.append(epoch, loss)
    player.plot_due.emit(0)
    (_, right), (_, top) = plot.plot.vb.viewRange()
    assert 161 < right <= 1.25 * 161
    assert np.isfinite(top) and top >= 1e299
    assert plot.train_curve.curve.xData[-1] == 161
    assert plot.train_curve.yData[-1] <= top  # drawn at the top edge, not off the canvas


# -- thumbnails select their node --------------------------------------------------------------


def click_thumbnail(qtbot, view: DiagramView, ref) -> None:
    item = view.diagram.thumbnails.items[ref]
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_thumbnail_click_selects_its_node(qtbot, doc, player):
    selection = SelectionModel()
    view = DiagramView(doc, selection)
    shown(qtbot, view, 1000, 640)
    dock = shown(qtbot, PlotsDock(doc, player))
    view.diagram.thumbnail_clicked.connect(dock.show_node)
    selection.select(NodeSelection(2, 0))  # the inspector was on the output
    for ref in ((1, 0), (1, 1), (2, 0), (1, 0)):
        with qtbot.waitSignal(view.diagram.thumbnail_clicked) as clicked:
            click_thumbnail(qtbot, view, ref)
        assert tuple(clicked.args) == ref
        assert selection.current == NodeSelection(*ref)
        assert [node.ref for node in view.diagram.selected_nodes()] == [ref]
        assert dock.boundary.node == ref
    settle(qtbot, dock.boundary)
    qtbot.waitUntil(lambda: not view.diagram.thumbnails.refresh_pending())


def test_in_the_window_the_inspector_shows_the_clicked_thumbnails_node(qtbot, settings):
    from playground.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.files.open_path(
        resource_path("examples", "xor.json"), remember=False, as_untitled=True
    )
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    doc = window.doc
    window.selection.select(NodeSelection(1, 1))  # h2 in the inspector
    click_thumbnail(qtbot, window.diagram, (1, 0))
    h1 = doc.label(1, 0)
    assert window.selection.current == NodeSelection(1, 0)
    assert window.inspector.title.text().startswith(f"Node {h1} ")
    assert window.plots.boundary.node == (1, 0)
    qtbot.waitUntil(lambda: h1 in window.plots.boundary.title.text())
    settle(qtbot, window.plots.boundary)
    doc.trained_since_save = False
    doc.undo_stack.setClean()


def test_new_data_costs_one_redraw_over_the_new_range(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    before = plot.redraw_count
    command = edits.set_data(doc, DataSource.builtin("circle", samples=40))
    doc.undo_stack.push(command)
    settle(qtbot, plot)
    assert plot.redraw_count == before + 1
    assert fills_view(plot) and plot.drawn_resolution >= 100
