"""Image inputs drawn as images: the digits example's 8×8 sample beside the input column, its
outputs as a bar chart with the target class marked, each first-layer node's incoming
weights as a picture; a network without an input shape draws none of these."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from playground.document import NetworkDocument
from playground.io import load
from playground.paths import resource_path
from playground.ui.diagram import DiagramView
from playground.ui.diagram.image_views import BarChartItem, PixelsItem
from playground.ui.diagram.look import GLOW, POSITIVE
from tests.ui.driving import show

DIGITS = resource_path("examples", "digits.json")


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(DIGITS))


@pytest.fixture
def view(qtbot, doc) -> DiagramView:
    return show(qtbot, doc)


def pixel_values(image: QImage) -> np.ndarray:
    """The picture read back as ink: 0 for white, 1 for black."""
    grey = [
        [image.pixelColor(x, y).red() for x in range(image.width())] for y in range(image.height())
    ]
    return 1.0 - np.array(grey, dtype=np.float64) / 255.0


def rendered(view: DiagramView, item) -> QImage:
    """``item`` as the scene paints it, one pixel per scene unit, on white."""
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.diagram.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def close_to(colour: QColor, wanted: QColor) -> bool:
    return all(
        abs(a - b) <= 12 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_the_digits_input_is_drawn_as_the_first_samples_8_by_8_image(view, doc):
    images = view.diagram.images
    picture = images.sample
    assert (picture.image.width(), picture.image.height()) == (8, 8)
    expected = doc.dataset.inputs[0].reshape(8, 8)
    assert np.allclose(pixel_values(picture.image), expected, atol=0.5 / 255)
    assert picture.rect().width() == 8 * 24  # a readable size: 24 px a pixel
    assert images.sample_caption.text() == "the input: sample 1"
    assert images.chart.bar_heights() == []  # no outputs before a pass


def test_the_image_sits_left_of_the_input_column_beside_its_nodes(view):
    scene = view.diagram
    picture = scene.images.sample.sceneBoundingRect()
    inputs = [node for (column, _), node in scene.nodes.items() if column == 0]
    assert len(inputs) == 10  # the compact column keeps its first and last five nodes
    assert picture.right() < min(node.sceneBoundingRect().left() for node in inputs)
    ys = [node.y() for node in inputs]
    assert min(ys) < picture.center().y() < max(ys)
    assert scene.sceneRect().contains(picture)


def test_after_forward_the_image_and_caption_show_the_passs_first_sample(qtbot, view, doc):
    before = view.diagram.images.refreshes
    with qtbot.waitSignal(doc.values_changed):
        doc.forward()
    images = view.diagram.images
    assert images.refreshes == before + 1  # one redraw for the pass
    rows = doc.trace.extra["rows"]
    assert np.array_equal(doc.trace.inputs[0], doc.dataset.inputs[rows[0]])
    assert np.allclose(pixel_values(images.sample.image), doc.trace.inputs[0].reshape(8, 8),
                       atol=0.5 / 255)  # fmt: skip
    count = doc.trace.inputs.shape[0]
    assert images.sample_caption.text() == (
        f"the input: sample {rows[0] + 1}\n(first of the pass's {count})"
    )
    assert images.chart_caption.text() == f"outputs for sample {rows[0] + 1}"


def test_a_chosen_sample_is_pictured_and_named(qtbot, view, doc):
    doc.set_sample(4)
    images = view.diagram.images
    assert images.sample_caption.text() == "the input: sample 5"
    assert np.allclose(pixel_values(images.sample.image), doc.dataset.inputs[4].reshape(8, 8),
                       atol=0.5 / 255)  # fmt: skip
    with qtbot.waitSignal(doc.values_changed):
        doc.forward()
    assert images.sample_caption.text() == "the input: sample 5"
    assert images.shown_sample == 4


def test_the_output_chart_bars_are_the_outputs_and_the_target_is_marked(qtbot, view, doc):
    with qtbot.waitSignal(doc.values_changed):
        doc.forward()
    chart = view.diagram.images.chart
    outputs, target = doc.trace.outputs[0], int(np.argmax(doc.trace.targets[0]))
    heights = np.array(chart.bar_heights())
    assert np.allclose(heights, outputs * BarChartItem.PLOT_HEIGHT)  # probabilities: scale 1
    assert np.allclose(heights / heights.sum(), outputs / outputs.sum())
    assert chart.target == target
    picture = rendered(view, chart)
    offset = chart.sceneBoundingRect().topLeft() - chart.scenePos()
    for index, height in enumerate(heights):
        x = int(index * BarChartItem.BAR + BarChartItem.BAR / 2 - offset.x())
        blue = sum(close_to(picture.pixelColor(x, y), POSITIVE) for y in range(picture.height()))
        assert abs(blue - height) <= 2, index
        edge = int(index * BarChartItem.BAR + 1.5 - offset.x())
        column = [picture.pixelColor(edge, y) for y in range(picture.height())]
        marked = sum(close_to(colour, GLOW) for colour in column) > BarChartItem.PLOT_HEIGHT / 2
        assert marked == (index == target), index


def test_each_first_layer_node_shows_its_incoming_weights_as_an_image(view, doc):
    scene = view.diagram
    fields = scene.images.fields
    assert set(fields) == {ref for ref in scene.nodes if ref[0] == 1}
    for (column, index), item in fields.items():
        assert scene.nodes[(column, index)].thumbnail() is item
    (_, index), item = next(iter(fields.items()))
    weights = doc.network.layers[0].weights[:, index].reshape(8, 8)
    top = int(item.source.top())
    for r in range(8):
        for c in range(8):
            colour = item.image.pixelColor(c, top + r)
            w = weights[r, c]
            if w > 0:
                assert colour.blue() > colour.red()
            elif w < 0:
                assert colour.red() > colour.blue()


def test_a_network_without_a_shape_draws_no_image(qtbot):
    view = show(qtbot, NetworkDocument(load(resource_path("examples", "classic-2-2-2.json"))))
    images = view.diagram.images
    assert images.sample is None and images.chart is None and images.fields == {}
    assert not [
        item for item in view.diagram.items() if isinstance(item, PixelsItem | BarChartItem)
    ]
