"""The network diagram, driven like a learner drives it: real clicks, keys and drags.

Every edit is checked in the model, then undone and redone. Drags send press/move/release
mouse events to the viewport, because QTest cannot hold a button down during a move.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLineF, QPoint, QPointF, Qt

from playground.document import NetworkDocument, edits
from playground.document.changes import Change
from playground.document.values import edge_values, format_short, node_values
from playground.engine import Layer, Network
from playground.io import DataSource, PlaygroundFile, load
from playground.ui.diagram import DiagramView
from playground.ui.diagram.layout import COLUMN_SPACING, NODE_SPACING, place_nodes, plan_column
from playground.ui.selection import EdgeSelection, NodeSelection
from tests.ui.driving import action, at, drag, edge_point, node_point, show, type_into_editor

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
CLASSIC_WEIGHTS = {
    (1, 0, 0): "0.15", (1, 1, 0): "0.2", (1, 0, 1): "0.25", (1, 1, 1): "0.3",
    (2, 0, 0): "0.4", (2, 1, 0): "0.45", (2, 0, 1): "0.5", (2, 1, 1): "0.55",
}  # fmt: skip


# -- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / "classic-2-2-2.json"))


@pytest.fixture
def view(qtbot, doc) -> DiagramView:
    return show(qtbot, doc)


def sized_document(sizes: list[int], *, samples: int = 4) -> NetworkDocument:
    """A sigmoid network of ``sizes`` built with the engine, on random inline data."""
    rng = np.random.default_rng(7)
    layers = [
        Layer(activation="sigmoid", weights=rng.normal(0, 0.5, (n_in, n_out)), bias=np.zeros(n_out))
        for n_in, n_out in zip(sizes, sizes[1:], strict=False)
    ]
    network = Network(input_units=sizes[0], layers=layers, loss="half_sse")
    data = DataSource.inline(rng.random((samples, sizes[0])), rng.random((samples, sizes[-1])))
    return NetworkDocument(PlaygroundFile(network=network, data=data))


def weight(doc: NetworkDocument, column: int, source: int, target: int) -> float:
    return float(doc.network.layers[column - 1].weights[source, target])


# -- what is drawn ---------------------------------------------------------------------------


def test_classic_example_draws_six_nodes_and_eight_weighted_edges(view):
    scene = view.diagram
    assert len(scene.nodes) == 6
    assert len(scene.edges) == 8
    for key, text in CLASSIC_WEIGHTS.items():
        assert scene.edges[key].label.text() == text
    assert scene.nodes[(1, 0)].label_text() == "h1"
    assert scene.nodes[(1, 0)].bias_text() == "b 0.35"
    assert scene.nodes[(0, 0)].bias_text() == ""  # an input node has no bias
    assert [scene.titles[c].text() for c in range(3)] == [
        "Input",
        "Hidden 1 · sigmoid",
        "Output · sigmoid",
    ]


def test_edge_colour_is_the_sign_and_width_the_size(view, doc):
    doc.undo_stack.push(edits.set_weight(doc, 2, 1, 1, "-0.55"))
    scene = view.diagram
    assert scene.edges[(2, 0, 1)].colour().name() == "#0072b2"
    assert scene.edges[(2, 1, 1)].colour().name() == "#d55e00"
    assert scene.edges[(2, 1, 1)].width() > scene.edges[(1, 0, 0)].width()


def test_nodes_follow_the_file_layout_and_default_to_columns(qtbot, doc):
    view = show(qtbot, doc)
    assert view.diagram.nodes[(1, 1)].pos() == QPointF(240, 160)  # from the file
    doc.positions = {}
    doc.changed.emit(Change.STRUCTURE)  # as after an edit that lays the nodes out afresh
    nodes = view.diagram.nodes
    assert nodes[(1, 0)].x() - nodes[(0, 0)].x() == pytest.approx(220)
    assert nodes[(1, 1)].y() - nodes[(1, 0)].y() == pytest.approx(100)
    assert nodes[(1, 0)].y() + nodes[(1, 1)].y() == pytest.approx(0)  # centred


def test_forward_and_backward_show_net_out_and_delta_at_four_digits(qtbot, view, doc):
    scene = view.diagram
    assert scene.nodes[(1, 0)].values_text() == ""
    with qtbot.waitSignal(doc.values_changed):
        doc.forward()
    assert scene.nodes[(1, 0)].values_text() == "net 0.3775\nout 0.5933"
    assert scene.nodes[(0, 1)].values_text() == "out 0.1"
    assert "values: sample 1" in scene.caption.text()
    doc.backward()
    for (column, index), node in scene.nodes.items():
        values = node_values(doc, column, index)
        if column == 0:
            continue
        assert node.values_text() == (
            f"net {format_short(values.net)}\nout {format_short(values.out)}\n"
            f"δ {format_short(values.delta)}"
        )
    assert scene.nodes[(2, 0)].values_text().endswith("δ 0.1385")
    grad = edge_values(doc, 2, 0, 0).grad
    assert scene.edges[(2, 0, 0)].label.text() == f"0.4\n∂E/∂w {format_short(grad)}"
    assert format_short(grad) == "0.08217"
    assert "loss E = 0.2984" in scene.caption.text()


def test_caption_says_when_values_are_a_batch_mean(qtbot):
    doc = sized_document([2, 3, 1], samples=4)
    view = show(qtbot, doc)
    doc.forward()
    assert "the first of 4" in view.diagram.caption.text()  # one sample's numbers, named
    doc.set_show_batch_mean(True)
    doc.forward()
    assert "values: batch mean of 4 samples" in view.diagram.caption.text()
    doc.set_sample(1)
    doc.forward()
    assert "values: sample 2" in view.diagram.caption.text()


def test_update_shows_new_weights_and_highlights_them_briefly(qtbot, view, doc):
    doc.forward()
    doc.backward()
    doc.update()
    scene = view.diagram
    assert scene.edges[(2, 0, 0)].label.text() == "0.3589\nΔw -0.04108"
    assert len(scene.glowing_edges()) == 8
    qtbot.waitUntil(lambda: not scene.glowing_edges(), timeout=3000)
    assert scene.edges[(2, 0, 0)].glow == 0.0


def test_many_updates_at_once_do_not_glow(qtbot, view, doc):
    """Play (here two epochs in one call) changes every weight on every frame: a glow
    then would flash the whole diagram 30 times a second."""
    before = view.diagram.edges[(2, 0, 0)].label.text()
    doc.run.trainer.train(2)
    doc.training_progressed()
    assert view.diagram.edges[(2, 0, 0)].label.text() != before  # the new weights are drawn
    assert not view.diagram.glowing_edges()


def test_labels_toggle_hides_and_shows_weight_labels(qtbot, view):
    edges = view.diagram.edges.values()
    with qtbot.waitSignal(view.labels_visible_changed) as signal:
        view.set_labels_visible(False)
    assert signal.args == [False]
    assert not any(edge.label.isVisible() for edge in edges)
    view.set_labels_visible(True)
    assert all(edge.label.isVisible() for edge in edges)


def test_large_layers_draw_compact_and_stay_under_the_item_bound(qtbot):
    doc = sized_document([784, 50, 10])
    started = time.perf_counter()
    view = show(qtbot, doc)
    elapsed = time.perf_counter() - started
    scene = view.diagram
    print(f"\n784-50-10 diagram built and shown in {elapsed * 1000:.0f} ms, "
          f"{len(scene.items())} items, {len(scene.edges)} edges")  # fmt: skip
    assert sorted({c for c, _ in scene.nodes}) == [0, 1, 2]
    assert len([1 for c, _ in scene.nodes if c == 0]) == 10  # first 5 and last 5 of 784
    assert (0, 4) in scene.nodes and (0, 779) in scene.nodes and (0, 5) not in scene.nodes
    assert "774 more" in scene.ellipses[0].text()
    assert len(scene.edges) == 10 * 10 + 10 * 10
    assert len(scene.edges) <= scene.MAX_EDGE_ITEMS
    assert len(scene.items()) < 1000
    doc.forward()
    doc.backward()
    assert not scene.detailed() and scene.nodes[(0, 783)].values_text() == ""  # too small
    while not scene.detailed():  # zoomed in as the learner does: the numbers are written
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert scene.nodes[(0, 783)].values_text().startswith("out ")


# -- editing inline --------------------------------------------------------------------------


def test_double_click_edge_types_a_weight_with_undo_and_redo(qtbot, view, doc):
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(view, (1, 0, 0)))
    assert view.editor is not None and view.editor.field.text() == "0.15"
    type_into_editor(qtbot, view, "0.5")
    assert view.editor is None
    assert weight(doc, 1, 0, 0) == 0.5
    assert view.diagram.edges[(1, 0, 0)].label.text() == "0.5"
    doc.undo_stack.undo()
    assert weight(doc, 1, 0, 0) == 0.15
    assert view.diagram.edges[(1, 0, 0)].label.text() == "0.15"
    doc.undo_stack.redo()
    assert weight(doc, 1, 0, 0) == 0.5


def test_a_value_that_is_not_a_number_is_refused_in_place(qtbot, view, doc):
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(view, (2, 1, 0)))
    with qtbot.waitSignal(doc.notice) as notice:
        type_into_editor(qtbot, view, "abc")
    editor = view.editor
    assert editor is not None and editor.isVisible()
    assert editor.message() == "'abc' is not a number" == notice.args[0]
    assert editor.note.isVisible()
    assert "D55E00" in editor.field.styleSheet()
    assert weight(doc, 2, 1, 0) == 0.45
    assert doc.undo_stack.count() == 0
    type_into_editor(qtbot, view, "inf")
    assert view.editor.message() == "inf is not a finite number"
    qtbot.keyClick(view.editor.field, Qt.Key.Key_Escape)
    assert view.editor is None
    assert weight(doc, 2, 1, 0) == 0.45


def test_double_click_node_types_its_bias(qtbot, view, doc):
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (2, 1)))
    assert view.editor.field.text() == "0.6"
    type_into_editor(qtbot, view, "-1,25")  # a decimal comma is accepted
    assert doc.network.layers[1].bias[1] == -1.25
    assert view.diagram.nodes[(2, 1)].bias_text() == "b -1.25"
    doc.undo_stack.undo()
    assert doc.network.layers[1].bias[1] == 0.6
    doc.undo_stack.redo()
    assert view.diagram.nodes[(2, 1)].bias_text() == "b -1.25"


def test_rename_from_the_context_menu(qtbot, view, doc):
    menu = view.context_menu_at(node_point(view, (1, 1)))
    action(menu, "rename").trigger()
    type_into_editor(qtbot, view, "hidden B")
    assert doc.label(1, 1) == "hidden B"
    assert view.diagram.nodes[(1, 1)].label_text() == "hidden B"
    doc.undo_stack.undo()
    assert view.diagram.nodes[(1, 1)].label_text() == "h2"


# -- selection, dragging, deleting -----------------------------------------------------------


def test_clicks_select_node_edge_and_background_clears(qtbot, view):
    selection = view.diagram.selection
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (1, 0)))
    assert selection.current == NodeSelection(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(view, (2, 0, 1)))
    assert selection.current == EdgeSelection(2, 0, 1)
    assert view.diagram.edges[(2, 0, 1)].isSelected()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert selection.current is None
    selection.select(NodeSelection(2, 1))  # the inspector may select too
    assert view.diagram.nodes[(2, 1)].isSelected()


def test_drag_moves_a_node_in_one_undo_step(qtbot, view, doc):
    node = view.diagram.nodes[(1, 0)]
    before = (node.x(), node.y())
    start = node_point(view, (1, 0))
    drag(view, start, start + QPoint(30, 45))
    assert doc.undo_stack.count() == 1
    moved = doc.positions[(1, 0)]
    shift = view.mapToScene(start + QPoint(30, 45)) - view.mapToScene(start)
    assert moved == pytest.approx((before[0] + shift.x(), before[1] + shift.y()))
    assert (node.x(), node.y()) == pytest.approx(moved)
    start_of_edge = view.diagram.edges[(2, 0, 0)].line().p1()
    assert QLineF(start_of_edge, node.scenePos()).length() == pytest.approx(22)  # follows
    doc.undo_stack.undo()
    assert doc.positions[(1, 0)] == before
    assert (node.x(), node.y()) == before
    doc.undo_stack.redo()
    assert doc.positions[(1, 0)] == pytest.approx(moved)


def test_rubber_band_then_drag_moves_both_hidden_nodes_as_one_step(qtbot, view, doc):
    top = at(view, view.diagram.nodes[(1, 0)].scenePos() + QPointF(-40, -40))
    bottom = at(view, view.diagram.nodes[(1, 1)].scenePos() + QPointF(40, 40))
    drag(view, top, bottom)
    assert {n.ref for n in view.diagram.selected_nodes()} == {(1, 0), (1, 1)}
    assert doc.undo_stack.count() == 0
    start = node_point(view, (1, 1))
    drag(view, start, start + QPoint(0, 60))
    assert doc.undo_stack.count() == 1
    moved = 60 / view.zoom()  # 60 pixels of the view, in the diagram's own units
    assert doc.positions[(1, 0)][1] == pytest.approx(moved)
    assert doc.positions[(1, 1)][1] == pytest.approx(160 + moved)
    doc.undo_stack.undo()
    assert (doc.positions[(1, 0)], doc.positions[(1, 1)]) == ((240, 0), (240, 160))


def test_delete_removes_the_selected_hidden_node_and_undo_restores_exactly(qtbot, view, doc):
    original = doc.network.copy()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (1, 0)))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.network.layer_sizes == [2, 1, 2]
    assert len(view.diagram.nodes) == 5 and len(view.diagram.edges) == 4
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.network.layer_sizes == [2, 2, 2]
    for restored, kept in zip(doc.network.layers, original.layers, strict=True):
        assert np.array_equal(restored.weights, kept.weights)
        assert np.array_equal(restored.bias, kept.bias)
        assert restored.labels == kept.labels
    assert len(view.diagram.edges) == 8
    assert view.diagram.edges[(1, 0, 0)].label.text() == "0.15"
    doc.undo_stack.redo()
    assert doc.network.layer_sizes == [2, 1, 2]


def test_deleting_an_input_node_is_refused_with_a_notice(qtbot, view, doc):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(view, (0, 0)))
    with qtbot.waitSignal(doc.notice) as notice:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "input layer keeps 2 nodes" in notice.args[0]
    assert doc.network.layer_sizes == [2, 2, 2]
    assert doc.undo_stack.count() == 0


# -- context menus ---------------------------------------------------------------------------


def test_disconnected_edge_is_not_drawn(qtbot, view, doc):
    menu = view.context_menu_at(edge_point(view, (2, 1, 0)))
    action(menu, "disconnect").trigger()
    assert doc.network.layers[1].mask[1, 0] == 0.0
    assert (2, 1, 0) not in view.diagram.edges
    assert len(view.diagram.edges) == 7
    doc.undo_stack.undo()
    assert (2, 1, 0) in view.diagram.edges
    assert view.diagram.edges[(2, 1, 0)].label.text() == "0.45"
    doc.undo_stack.redo()
    menu = view.context_menu_at(node_point(view, (2, 0)))
    reconnect = action(menu, "connect.2.1.0")
    assert not reconnect.isChecked()
    reconnect.trigger()
    assert (2, 1, 0) in view.diagram.edges


def test_node_menu_adds_a_node_and_sets_the_layer_activation(qtbot, view, doc):
    action(view.context_menu_at(node_point(view, (1, 0))), "add_node").trigger()
    assert doc.network.layer_sizes == [2, 3, 2]
    assert len(view.diagram.nodes) == 7
    action(view.context_menu_at(node_point(view, (1, 2))), "activation.relu").trigger()
    assert doc.network.layers[0].activation == "relu"
    assert view.diagram.titles[1].text() == "Hidden 1 · relu"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.network.layer_sizes == [2, 2, 2]
    assert doc.network.layers[0].activation == "sigmoid"


def test_refused_menu_edit_is_announced(qtbot, view, doc):
    menu = view.context_menu_at(node_point(view, (0, 1)))
    with qtbot.waitSignal(doc.notice) as notice:
        action(menu, "add_node").trigger()
    assert "input layer keeps 2 nodes" in notice.args[0]
    assert doc.undo_stack.count() == 0


def test_background_menu_adds_a_hidden_layer_where_clicked(qtbot, view, doc):
    between = at(view, QPointF(360, 300))  # between the hidden and the output column
    action(view.context_menu_at(between), "add_layer").trigger()
    assert doc.network.layer_sizes == [2, 2, 2, 2]
    assert view.diagram.titles[2].text() == "Hidden 2 · sigmoid"
    assert doc.network.layers[2].weights.tolist() != [[0.4, 0.5], [0.45, 0.55]]
    assert doc.network.layers[0].weights.tolist() == [[0.15, 0.25], [0.2, 0.3]]
    doc.undo_stack.undo()
    assert doc.network.layer_sizes == [2, 2, 2]


# -- zoom --------------------------------------------------------------------------------------


def test_ctrl_keys_zoom_and_fit(qtbot, view):
    fitted = view.zoom()
    assert 1.0 <= fitted <= view.AUTO_MAX_SCALE  # a small network grows with its view
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * view.ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1.0  # a small network fits the window larger than 100 %
    rect = view.mapFromScene(view.diagram.itemsBoundingRect()).boundingRect()
    assert view.viewport().rect().contains(rect)


def test_set_document_shows_another_network_and_forgets_the_old_one(qtbot, view, doc):
    other = sized_document([3, 4, 2])
    view.set_document(other)
    assert len(view.diagram.nodes) == 9
    doc.undo_stack.push(edits.add_node(doc, 1))  # the old document no longer redraws the view
    assert len(view.diagram.nodes) == 9
    other.undo_stack.push(edits.add_node(other, 1))
    assert len(view.diagram.nodes) == 10


def test_weight_labels_of_the_classic_example_do_not_overlap(view, doc):
    doc.forward()
    doc.backward()
    rects = [edge.label.sceneBoundingRect() for edge in view.diagram.edges.values()]
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[i + 1 :])


def test_nodes_missing_from_the_file_layout_fit_around_the_saved_ones():
    plans = [plan_column(2), plan_column(3), plan_column(1)]
    saved = {(0, 0): (0.0, 0.0), (0, 1): (0.0, 160.0), (1, 0): (240.0, 0.0), (1, 1): (240.0, 160.0)}
    placed = place_nodes(plans, saved)
    assert placed[(1, 1)] == (240.0, 160.0)
    assert placed[(1, 2)] == (240.0, 160.0 + NODE_SPACING)  # under its column's saved nodes
    assert placed[(2, 0)] == (240.0 + COLUMN_SPACING, 80.0)  # right of them, centred


def test_a_784_input_layer_draws_its_first_and_last_five_nodes():
    plan = plan_column(784)
    assert plan.drawn == (0, 1, 2, 3, 4, 779, 780, 781, 782, 783)
    assert plan.slots == 11 and plan.hidden_count == 774
    assert plan.slot_of(779) == 6
