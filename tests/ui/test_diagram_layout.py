"""The diagram is readable at any size: it fits the view until the learner zooms or pans,
and no text on it covers another or is cut off at the scene's edge."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent

from playground.document import NetworkDocument, edits
from playground.engine import Layer, Network
from playground.io import DataSource, PlaygroundFile, load
from playground.ui.diagram import DiagramView
from playground.ui.selection import SelectionModel

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
SIZES = [(1280, 800), (480, 320)]


def spiral() -> NetworkDocument:
    return NetworkDocument(load(EXAMPLES / "spiral.json"))


def three_hidden_layers() -> NetworkDocument:
    """A 2-4-5-4-1 network: 8, 20, 20 and 4 edges between columns, none dense."""
    sizes = [2, 4, 5, 4, 1]
    rng = np.random.default_rng(3)
    layers = [
        Layer(
            activation="tanh", weights=rng.normal(0, 1, (n_in, n_out)), bias=rng.normal(0, 1, n_out)
        )
        for n_in, n_out in zip(sizes, sizes[1:], strict=False)
    ]
    network = Network(input_units=2, layers=layers, loss="half_sse")
    data = DataSource.inline(rng.random((4, 2)), rng.random((4, 1)))
    return NetworkDocument(PlaygroundFile(network=network, data=data))


def xor_with_two_more_layers() -> NetworkDocument:
    doc = NetworkDocument(load(EXAMPLES / "xor.json"))
    doc.undo_stack.push(edits.add_hidden_layer(doc, 2))
    doc.undo_stack.push(edits.add_hidden_layer(doc, 2))
    assert len(doc.network.layers) == 4
    return doc


def perceptron() -> NetworkDocument:
    """A small network under a long caption (the perceptron rule)."""
    return NetworkDocument(load(EXAMPLES / "perceptron-and.json"))


NETWORKS = {
    "spiral": spiral,
    "3 hidden": three_hidden_layers,
    "xor+2": xor_with_two_more_layers,
    "perceptron": perceptron,
}


def show(
    qtbot, doc: NetworkDocument, size: tuple[int, int], *, readable: bool = True
) -> DiagramView:
    """The view at ``size``; ``readable``: zoomed in with Ctrl+= as a learner would, until
    the numbers show (fitted, a big network is drawn without them)."""
    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    while readable and not view.diagram.detailed():
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    return view


def visible_texts(view: DiagramView) -> list[tuple[str, QRectF]]:
    """Every text drawn: edge labels, node numbers, column titles, the caption."""
    scene = view.diagram
    found = [(repr(e), e.label.sceneBoundingRect()) for e in scene.edges.values()]
    found = [
        pair for pair, e in zip(found, scene.edges.values(), strict=True) if e.label.isVisible()
    ]
    for node in scene.nodes.values():
        found += [(f"{node!r} {b.text()!r}", b.sceneBoundingRect()) for b in node.number_badges()]
    found += [(f"title {t.text()!r}", t.sceneBoundingRect()) for t in scene.titles.values()]
    found.append(("caption", scene.caption.sceneBoundingRect()))
    return found


def assert_readable(view: DiagramView) -> None:
    texts = visible_texts(view)
    scene_rect = view.diagram.sceneRect()
    bodies = [(repr(n), n.mapRectToScene(n.body_rect())) for n in view.diagram.nodes.values()]
    for i, (name, rect) in enumerate(texts):
        assert scene_rect.contains(rect), f"{name} is cut off: {rect} outside {scene_rect}"
        for other, other_rect in texts[i + 1 :]:
            assert not rect.intersects(other_rect), f"{name} covers {other}"
        if name.startswith("EdgeItem"):
            for node, body in bodies:
                assert not rect.intersects(body), f"{name} covers {node}"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    if view.auto_fit() and view.zoom() > view.AUTO_MIN_SCALE:  # fitted: all of it shows
        assert shown.adjusted(-1, -1, 1, 1).contains(scene_rect)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("network", NETWORKS)
def test_no_text_covers_another_or_is_cut_off(qtbot, network, size):
    doc = NETWORKS[network]()
    view = show(qtbot, doc, size)
    assert_readable(view)  # before any pass: weights only
    doc.forward()
    doc.backward()
    assert_readable(view)  # two-line labels, net, out and δ beside every node
    doc.update()
    assert_readable(view)


def test_labels_with_no_room_are_hidden_and_shown_for_the_selection(qtbot):
    doc = spiral()
    view = show(qtbot, doc, SIZES[0])
    doc.forward()
    doc.backward()
    scene = view.diagram
    labelled = [e for e in scene.edges.values() if e.label.isVisible()]
    assert labelled, "some labels fit"
    hidden = [e for e in scene.edges.values() if not e.label.isVisible()]
    assert hidden, "the 12 × 12 column has no room for its labels"
    edge = hidden[0]
    edge.setSelected(True)
    assert edge.label.isVisible()
    scene.clearSelection()
    assert not edge.label.isVisible()
    edge.target.setSelected(True)  # an end node selected: all its edges are labelled
    assert all(e.label.isVisible() for e in edge.target.edges)
    scene.clearSelection()
    edge.set_hovered("edge", True)
    assert edge.label.isVisible()
    edge.set_hovered("edge", False)
    assert not edge.label.isVisible()


def test_the_largest_weight_of_each_pair_of_columns_keeps_its_label(qtbot):
    doc = three_hidden_layers()
    view = show(qtbot, doc, SIZES[1])
    doc.forward()
    doc.backward()
    edges = view.diagram.edges
    assert not all(edge.label.isVisible() for edge in edges.values()), "some give way"
    for column, layer in enumerate(doc.network.layers, start=1):
        # the larger weights are placed first: of the three largest, one at least has room
        largest = np.argsort(-np.abs(layer.weights), axis=None)[:3]
        keys = [(column, *map(int, np.unravel_index(i, layer.weights.shape))) for i in largest]
        assert any(edges[key].label.isVisible() for key in keys), keys


def test_resizing_refits_until_the_learner_zooms(qtbot):
    view = show(qtbot, spiral(), (640, 400), readable=False)
    small = view.zoom()
    view.resize(1600, 1000)
    assert view.zoom() > small  # larger at once, no Ctrl+0
    view.resize(640, 400)
    assert view.zoom() == pytest.approx(small)
    view.zoom_by(view.ZOOM_STEP)
    zoomed = view.zoom()
    view.resize(1600, 1000)
    assert view.zoom() == pytest.approx(zoomed)  # the learner's zoom stays
    view.zoom_to_fit()
    assert view.zoom() > zoomed


def test_ctrl_wheel_stops_the_refit(qtbot):
    view = show(qtbot, spiral(), (640, 400), readable=False)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    zoomed = view.zoom()
    assert not view.auto_fit()
    view.resize(1600, 1000)
    assert view.zoom() == pytest.approx(zoomed)


def test_a_small_network_is_not_drawn_huge(qtbot):
    view = show(qtbot, NetworkDocument(load(EXAMPLES / "xor.json")), (1920, 1080), readable=False)
    assert view.zoom() == pytest.approx(view.AUTO_MAX_SCALE)


def test_scrolling_a_view_too_small_to_fit_stops_the_refit(qtbot):
    view = show(qtbot, NetworkDocument(load(EXAMPLES / "digits.json")), (330, 250), readable=False)
    assert view.zoom() == pytest.approx(view.AUTO_MIN_SCALE)  # too tall: scroll
    bar = view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
    assert not view.auto_fit()


def test_after_ctrl_0_a_smaller_view_scrolls(qtbot):
    view = show(qtbot, spiral(), (1280, 800), readable=False)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    fitted = view.zoom()
    view.resize(500, 300)
    assert view.zoom() == pytest.approx(fitted)  # Ctrl+0 fits once, the size is the learner's
    assert view.verticalScrollBar().maximum() > view.verticalScrollBar().minimum()
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_zoomed_out_too_far_to_read_the_numbers_are_hidden_and_the_view_says_so(qtbot):
    doc = spiral()
    doc.forward()
    view = show(qtbot, doc, (640, 400), readable=False)
    scene, note = view.diagram, view.overview_note
    assert view.zoom() < view.READABLE_SCALE  # the whole 2-12-12-1 fitted: too small to read
    assert not any(node.numbers_shown() for node in scene.nodes.values())
    assert not any(edge.label.isVisible() for edge in scene.edges.values())
    assert note.isVisible() and f"At {round(view.zoom() * 100)} %" in note.text()
    assert note.geometry().bottom() < view.viewport().geometry().top()  # above, not over it
    while not scene.detailed():
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() >= view.READABLE_SCALE
    assert all(node.numbers_shown() for node in scene.nodes.values())
    assert any(edge.label.isVisible() for edge in scene.edges.values())
    assert not note.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit again
    assert note.isVisible() and not scene.detailed()


def test_a_small_network_fitted_shows_its_numbers(qtbot):
    view = show(qtbot, NetworkDocument(load(EXAMPLES / "xor.json")), (640, 400), readable=False)
    assert view.zoom() >= view.READABLE_SCALE and view.diagram.detailed()
    assert not view.overview_note.isVisible()
