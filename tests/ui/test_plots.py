"""The loss curve, the decision boundary and the node pictures, on real widgets.

Training runs through the real Player (``play``, wait for the curve, ``pause``) or the
document's own ``run_epoch``; every plot is checked against the engine's numbers.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.engine import Layer, Network
from playground.io import DataSource, PlaygroundFile, load
from playground.ui.diagram import DiagramView
from playground.ui.diagram.look import TextBadge
from playground.ui.plots import BoundaryPlot, LossPlot, PlotsDock, plane
from playground.ui.selection import SelectionModel

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"

# -- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / "xor.json"))


@pytest.fixture
def player(qtbot, doc):
    player = Player(doc)
    yield player
    player.pause()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(640, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, plot: BoundaryPlot) -> None:
    """Wait for the redraw the last signals asked for (and leave no timer running)."""
    qtbot.waitUntil(lambda: not plot.redraw_pending())


def play_until(qtbot, player: Player, points: int = 50) -> None:
    player.play()
    qtbot.waitUntil(lambda: len(player.doc.run.loss_curve) > points, timeout=10_000)
    player.pause()
    assert not player.playing


def train(doc: NetworkDocument, epochs: int) -> None:
    for _ in range(epochs):
        doc.run_epoch()


def use_circle_data(doc: NetworkDocument) -> None:
    command = edits.set_data(doc, DataSource.builtin("circle", samples=40))
    assert not isinstance(command, edits.EditRefused), command
    doc.undo_stack.push(command)


def linear_document() -> NetworkDocument:
    """A 1-1 linear unit on the notes' y = 2x + 1 (three points to fit, two to predict)."""
    layer = Layer(activation="linear", weights=[[0.5]], bias=[0.25])
    network = Network(input_units=1, layers=[layer], loss="mse")
    return NetworkDocument(
        PlaygroundFile(
            network=network,
            data=DataSource.builtin("linear"),
            optimizer={"name": "sgd", "learning_rate": 0.05},
        )
    )


def wide_document() -> NetworkDocument:
    """64 inputs (an 8×8 picture) and one output: no plane to draw."""
    rng = np.random.default_rng(3)
    layer = Layer(activation="sigmoid", weights=rng.normal(0, 0.1, (64, 1)), bias=[0.0])
    network = Network(input_units=64, layers=[layer], loss="mse")
    data = DataSource.inline(rng.random((6, 64)), rng.integers(0, 2, (6, 1)).astype(float))
    return NetworkDocument(PlaygroundFile(network=network, data=data))


def value_at(plot: BoundaryPlot, x1: float, x2: float) -> float:
    """The image value drawn where (x1, x2) is on screen (through the item's own mapping)."""
    where = plot.image.mapFromView(QPointF(x1, x2))
    return float(plot.image.image[int(where.y()), int(where.x())])


# -- the loss curve ---------------------------------------------------------------------------


def test_the_loss_curve_is_the_players_record_drawn_in_place(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    curve = plot.train_curve
    play_until(qtbot, player)
    x, y = player.doc.run.loss_curve.data()
    np.testing.assert_array_equal(curve.xData, x)
    np.testing.assert_array_equal(curve.yData, y)
    assert curve is plot.train_curve  # the same item, updated with setData
    assert plot.plot.listDataItems().count(curve) == 1
    np.testing.assert_array_equal(
        plot.accuracy_curve.yData, player.doc.run.accuracy_curve.data()[1]
    )
    assert plot.plot.getAxis("bottom").labelText == "epoch"
    assert plot.plot.getAxis("left").labelText == "loss (mse)"
    assert plot.plot.getAxis("right").isVisible()  # XOR is classification: accuracy shown
    assert f"epoch {int(x[-1]):,}" in plot.readout.text()


def test_the_curve_stays_bounded_however_long_the_run(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    for epoch in range(1, 1_000_001):  # a million epochs, recorded as the Player does
        player.doc.run.loss_curve.append(epoch, 1.0 / epoch)
    player.plot_due.emit(0), player.plot_due.emit(1)
    assert len(plot.train_curve.xData) <= player.doc.run.loss_curve.capacity + 1
    assert plot.train_curve.xData[-1] == 1_000_000  # the curve ends where training is


def test_the_log_scale_box_switches_the_loss_axis(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    play_until(qtbot, player)
    box = plot.findChild(type(plot.log_scale), "loss_log_scale")
    assert box is plot.log_scale and not plot.is_log_scale()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert plot.is_log_scale()
    assert plot.train_curve.opts["logMode"] == [False, True]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not plot.is_log_scale()


def test_a_new_run_keeps_the_old_curves_faded_and_restarts_the_live_one(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    play_until(qtbot, player)
    old_x, old_y = doc.run.loss_curve.data()
    old_accuracy = doc.run.accuracy_curve.data()[1]
    doc.undo_stack.push(edits.randomise_weights(doc, "glorot_uniform", 3))  # a new run
    assert len(plot.runs) == 1
    faded = plot.faded_curves()
    np.testing.assert_array_equal(faded[0].xData, old_x)
    np.testing.assert_array_equal(faded[0].yData, old_y)
    assert faded[0].opts["pen"].color().alpha() < 255
    # the faded accuracy is drawn green against the accuracy axis, as the live one
    accuracy = [item for item, owner in plot.runs[0] if owner is plot.accuracy_view]
    assert len(accuracy) == 1 and accuracy[0].opts["pen"].color().name() == "#009e73"
    np.testing.assert_array_equal(accuracy[0].yData, old_accuracy)
    assert plot.train_curve.xData is None or len(plot.train_curve.xData) == 0  # restarted
    assert doc.run.loss_curve.last is None and doc.trainer.epoch == 0
    assert plot.clear_button.isEnabled()

    play_until(qtbot, player, points=10)
    np.testing.assert_array_equal(plot.train_curve.xData, doc.run.loss_curve.data()[0])
    assert plot.train_curve.xData[0] == 1  # counted from the new run's first epoch
    np.testing.assert_array_equal(plot.faded_curves()[0].xData, old_x)  # still behind

    doc.undo_stack.undo()  # the old run is live again, so no longer faded
    assert plot.runs == [] and doc.trainer.epoch == old_x[-1]
    np.testing.assert_array_equal(plot.train_curve.xData, old_x)
    doc.undo_stack.redo()
    assert len(plot.runs) == 1 and plot.train_curve.xData[0] == 1

    qtbot.mouseClick(plot.clear_button, Qt.MouseButton.LeftButton)
    assert plot.runs == [] and plot.faded_curves() == []
    assert not plot.clear_button.isEnabled()


def test_at_most_five_earlier_runs_are_kept(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    for run in range(7):
        doc.run.loss_curve.append(1, float(run))
        doc.undo_stack.push(edits.restart_training(doc))
    assert len(plot.runs) == LossPlot.MAX_RUNS
    firsts = [run[0][0].yData[0] for run in plot.runs]
    assert firsts == [2.0, 3.0, 4.0, 5.0, 6.0]  # the oldest went first
    items = plot.plot.listDataItems()
    assert sum(item in items for item in plot.faded_curves()) == LossPlot.MAX_RUNS


def test_hovering_reads_the_values_at_that_epoch(qtbot, doc, player):
    plot = shown(qtbot, LossPlot(doc, player))
    for epoch in range(1, 101):
        player.doc.run.loss_curve.append(epoch, 1.0 / epoch)
        player.doc.run.accuracy_curve.append(epoch, 0.75 if epoch < 50 else 1.0)
    player.plot_due.emit(0), player.plot_due.emit(1)
    plot.show_epoch(20.2)
    assert plot.readout.text() == "epoch 20 · training loss 0.05 · accuracy 75.0% (1 of 4 wrong)"
    assert plot.marker.isVisible() and plot.marker.value() == 20
    qtbot.mouseMove(
        plot.graphics, plot.graphics.mapFromScene(plot.plot.vb.sceneBoundingRect().center())
    )
    qtbot.waitUntil(
        lambda: "training loss" in plot.readout.text() and "latest" not in plot.readout.text()
    )


def test_held_out_data_gets_a_dashed_test_loss_curve(qtbot, doc, player):
    use_circle_data(doc)
    plot = shown(qtbot, LossPlot(doc, player))
    doc.epochs = 10_000
    play_until(qtbot, player, points=20)
    x, y = player.doc.run.test_loss_curve.data()
    assert len(x) > 0 and plot.test_curve.isVisible()
    np.testing.assert_array_equal(plot.test_curve.xData, x)
    np.testing.assert_array_equal(plot.test_curve.yData, y)
    assert plot.test_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    held_out = doc.network.forward(doc.dataset.test_inputs).outputs
    mse = float(np.mean((held_out - doc.dataset.test_targets) ** 2))
    assert y[-1] == pytest.approx(mse)  # the loss on the held-out samples, now


# -- the decision boundary -------------------------------------------------------------------


def test_the_boundary_image_is_the_grid_pass_at_the_chosen_resolution(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    train(doc, 600)
    settle(qtbot, plot)
    assert plot.mode == "plane"
    side = plot.drawn_resolution
    assert plot.MIN_SIDE <= side <= plot.MAX_SIDE
    assert plot.image.image.shape == (side, side)
    expected = plane.outputs_over_plane(doc.network, plot.extent, side).output[:, :, 0]
    np.testing.assert_allclose(plot.image.image, expected, atol=1e-12)
    for (x1, x2), target in zip(doc.dataset.inputs, doc.dataset.targets[:, 0], strict=True):
        predicted = doc.network.predict(np.array([x1, x2]))[0, 0]
        assert (predicted >= 0.5) == bool(target)  # trained: every sample right
        assert (value_at(plot, x1, x2) >= 0.5) == (predicted >= 0.5)


def test_the_colour_scale_is_white_at_the_threshold(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    assert plot.colour_bar.levels() == (0.0, 1.0)  # sigmoid output
    middle = plot.colour_bar.colorMap().map(0.5, mode="byte")
    assert tuple(middle[:3]) == plane.MID_RGB
    assert "0.5" in plot.colour_bar.getAxis("left").labelText


def test_the_boundary_follows_training_live(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    before, drawn = plot.redraw_count, plot.image.image.copy()
    play_until(qtbot, player)
    settle(qtbot, plot)
    assert plot.redraw_count > before
    assert not np.array_equal(plot.image.image, drawn)


def test_a_burst_of_edits_costs_one_redraw(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    before = plot.redraw_count
    for value in ("0.1", "0.2", "0.3"):
        doc.undo_stack.push(edits.set_weight(doc, 1, 0, 0, value))
    doc.undo_stack.push(edits.set_bias(doc, 2, 0, "0.4"))
    settle(qtbot, plot)
    assert plot.redraw_count == before + 1
    expected = plane.outputs_over_plane(doc.network, plot.extent, plot.drawn_resolution).output
    np.testing.assert_allclose(plot.image.image, expected[:, :, 0], atol=1e-12)
    doc.undo_stack.undo()
    settle(qtbot, plot)
    assert plot.redraw_count == before + 2


def test_the_grid_side_adapts_to_the_time_a_redraw_takes(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    plot.BUDGET_SECONDS = 1e-9  # nothing fits: the coarsest grid
    for _ in range(12):
        plot.redraw()
    assert plot.resolution == plot.MIN_SIDE  # the side while playing
    assert plot.drawn_resolution == plot.FULL_SIDE  # paused: never coarser than full
    assert plot.image.image.shape == (plot.FULL_SIDE, plot.FULL_SIDE)
    plot.BUDGET_SECONDS = 10.0  # anything fits: the finest
    for _ in range(12):
        plot.redraw()
    assert plot.resolution == plot.MAX_SIDE


def test_training_and_test_points_are_drawn_separately(qtbot, doc, player):
    use_circle_data(doc)
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    dataset = doc.dataset
    assert dataset.n_samples + dataset.test_inputs.shape[0] == 40
    x, y = plot.train_points.getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), dataset.inputs)
    x, y = plot.test_points.getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), dataset.test_inputs)
    assert plot.test_points.opts["symbol"] != plot.train_points.opts["symbol"]
    colours = [spot.brush().color().name() for spot in plot.train_points.points()]
    expected = [
        plane.CLASS_1_POINT.lower() if t else plane.CLASS_0_POINT.lower()
        for t in dataset.targets[:, 0]
    ]
    assert colours == expected
    assert "test" in plot.key.text()
    doc.undo_stack.undo()  # back to XOR: four points, none held out
    settle(qtbot, plot)
    assert len(plot.train_points.getData()[0]) == 4
    assert len(plot.test_points.getData()[0]) == 0


def test_a_64_input_network_gets_a_note_instead_of_a_plot(qtbot):
    doc = wide_document()
    plot = shown(qtbot, BoundaryPlot(doc, Player(doc)))
    settle(qtbot, plot)
    assert plot.mode is None
    assert plot.stack.currentWidget() is plot.note
    assert "64 inputs" in plot.note.text()


def test_regression_draws_the_prediction_curve_through_the_data(qtbot):
    doc = linear_document()
    plot = shown(qtbot, BoundaryPlot(doc, Player(doc)))
    settle(qtbot, plot)
    assert plot.mode == "curve"
    assert plot.stack.currentWidget() is plot.graphics
    assert not plot.image.isVisible() and not plot.colour_bar.isVisible()
    xs, ys = plot.curve.xData, plot.curve.yData
    data = doc.dataset
    for x in np.concatenate([data.inputs[:, 0], data.test_inputs[:, 0]]):
        assert ys[np.flatnonzero(xs == x)[0]] == doc.network.predict(np.array([[x]]))[0, 0]
    np.testing.assert_array_equal(plot.train_points.getData()[1], data.targets[:, 0])
    np.testing.assert_array_equal(plot.test_points.getData()[0], data.test_inputs[:, 0])
    train(doc, 200)  # the notes' exercise: the line comes to y = 2x + 1
    settle(qtbot, plot)
    assert plot.curve.yData[np.flatnonzero(plot.curve.xData == 3.0)[0]] == pytest.approx(
        7.0, abs=0.2
    )


def test_several_outputs_show_the_winning_class_by_colour(qtbot):
    rng = np.random.default_rng(5)
    layer = Layer(activation="softmax", weights=rng.normal(0, 2, (2, 3)), bias=[0.0, 0.1, -0.1])
    network = Network(input_units=2, layers=[layer], loss="cross_entropy")
    inputs = rng.uniform(-1, 1, (12, 2))
    data = DataSource.inline(inputs, np.eye(3)[np.arange(12) % 3])
    doc = NetworkDocument(PlaygroundFile(network=network, data=data))
    plot = shown(qtbot, BoundaryPlot(doc, Player(doc)))
    settle(qtbot, plot)
    assert plot.class_image.isVisible() and not plot.image.isVisible()
    assert not plot.colour_bar.isVisible()
    side = plot.drawn_resolution
    outputs = plane.outputs_over_plane(network, plot.extent, side).output
    np.testing.assert_array_equal(plot.class_image.image, plane.class_image(outputs))
    colours = [spot.brush().color().name() for spot in plot.train_points.points()]
    assert colours == [plane.CATEGORICAL[k % 3].lower() for k in range(12)]
    assert "class 2" in plot.key.text()
    assert "class" in plot.values_at(0.0, 0.0)


def test_pointing_at_the_plane_reads_the_output_there(qtbot, doc, player):
    plot = shown(qtbot, BoundaryPlot(doc, player))
    settle(qtbot, plot)
    y = doc.network.predict(np.array([1.0, 0.0]))[0, 0]
    assert plot.values_at(1.0, 0.0) == f"x1 = 1, x2 = 0 → y = {y:.4g}"


# -- node pictures ----------------------------------------------------------------------------


def test_xor_nodes_get_pictures_and_a_click_shows_one_large(qtbot, doc, player):
    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    qtbot.waitExposed(view)
    dock = shown(qtbot, PlotsDock(doc, player))
    view.diagram.thumbnail_clicked.connect(dock.show_node)
    thumbnails = view.diagram.thumbnails
    assert set(thumbnails.items) == {(1, 0), (1, 1), (2, 0)}  # hidden and output, no inputs
    doc.forward()  # net and out beside each node, the bias under it
    for ref, item in thumbnails.items.items():
        assert item.image.width() == thumbnails.RESOLUTION
        node = view.diagram.nodes[ref]
        assert item.parentItem() is node
        picture = item.sceneBoundingRect()
        assert picture.bottom() < node.scenePos().y() - node.body_rect().height() / 2  # above
        texts = [c for c in node.childItems() if isinstance(c, TextBadge) and c.text()]
        assert len(texts) == 3  # label, bias, values
        assert not any(picture.intersects(t.sceneBoundingRect()) for t in texts)
    titles = [title.sceneBoundingRect() for title in view.diagram.titles.values()]
    pictures = [item.sceneBoundingRect() for item in thumbnails.items.values()]
    assert not any(t.intersects(p) for t in titles for p in pictures)

    item = thumbnails.items[(1, 1)]
    point = view.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(view.diagram.thumbnail_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [1, 1]
    plot = dock.boundary
    settle(qtbot, plot)
    assert plot.node == (1, 1)
    assert "h2" in plot.title.text() and plot.back_button.isVisible()
    assert plot.title.toolTip() == "Node h2 (hidden layer 1): its output over the input plane"
    expected = plane.outputs_over_plane(doc.network, plot.extent, plot.drawn_resolution).node(1, 1)
    np.testing.assert_allclose(plot.image.image, expected, atol=1e-12)

    qtbot.mouseClick(plot.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, plot)
    assert plot.node is None and not plot.back_button.isVisible()
    expected = plane.outputs_over_plane(doc.network, plot.extent, plot.drawn_resolution).output
    np.testing.assert_allclose(plot.image.image, expected[:, :, 0], atol=1e-12)
    qtbot.waitUntil(lambda: not thumbnails.refresh_pending())


def test_pictures_follow_the_weights_at_most_ten_times_a_second(qtbot, doc):
    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    view.show()
    thumbnails = view.diagram.thumbnails
    before = thumbnails.refresh_count
    for value in ("1", "2", "3", "4"):
        doc.undo_stack.push(edits.set_weight(doc, 1, 0, 0, value))
    qtbot.waitUntil(lambda: thumbnails.refresh_count > before)
    qtbot.waitUntil(lambda: not thumbnails.refresh_pending())
    assert thumbnails.refresh_count == before + 1
    values = plane.outputs_over_plane(
        doc.network, plane.plane_extent(doc.dataset), thumbnails.RESOLUTION
    ).node(1, 0)
    image = thumbnails.items[(1, 0)].image
    top_left = image.pixelColor(0, 0)  # x1 smallest, x2 largest: the grid's last row
    levels = plane.value_levels("sigmoid", values, 0.5)
    expected = plane.to_rgba(values, levels, 0.5)[-1, 0]
    assert (top_left.red(), top_left.green(), top_left.blue()) == tuple(expected[:3])


def test_no_pictures_without_two_inputs(qtbot):
    view = DiagramView(linear_document(), SelectionModel())
    qtbot.addWidget(view)
    assert view.diagram.thumbnails.items == {}
    assert all(node.thumbnail() is None for node in view.diagram.nodes.values())


def test_the_dock_holds_both_plots(qtbot, doc, player):
    dock = PlotsDock(doc, player)
    qtbot.addWidget(dock)
    assert dock.objectName() == "plots_dock"
    assert isinstance(dock.loss, LossPlot) and isinstance(dock.boundary, BoundaryPlot)
    dock.show_node(2, 0)
    assert dock.boundary.node == (2, 0)
    dock.show_node(0, 1)  # an input has no output to draw
    assert dock.boundary.node is None
    settle(qtbot, dock.boundary)


def test_regression_shows_the_mae_beside_the_loss_as_the_notes_plot(qtbot):
    doc = NetworkDocument(load(EXAMPLES / "one-neuron.json"))
    plot = shown(qtbot, LossPlot(doc, Player(doc)))
    for _ in range(3):
        doc.run_epoch()
    x, mae = doc.run.mae_curve.data()
    assert list(x) == [1, 2, 3] and mae[0] == pytest.approx(3.0)  # |10 − (3·2 + 1)|
    assert plot.mae_curve.isVisible()
    np.testing.assert_array_equal(plot.mae_curve.yData, mae)
    assert "MAE 3" in plot._values_at(1)
    assert not LossPlot(
        NetworkDocument(load(EXAMPLES / "xor.json")), Player(doc)
    ).mae_curve.isVisible()
