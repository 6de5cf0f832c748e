"""The plots dock's image panel on the 8×8 digits: the diagram's sample large with its
outputs, the confusion matrix of the test samples, and the misclassified images, each
checked against NumPy computed here, apart from the app's code."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.io import load
from playground.paths import resource_path
from playground.ui.plots import PlotsDock
from playground.ui.plots.classes import class_of
from playground.ui.plots.image_panel import ImagePanel
from playground.ui.plots.misclassified import LIMIT
from tests.ui.test_image_inputs import pixel_values


@pytest.fixture
def doc() -> NetworkDocument:
    return NetworkDocument(load(resource_path("examples", "digits.json")))


@pytest.fixture
def player(doc):
    player = Player(doc)
    yield player
    player.pause()


@pytest.fixture
def dock(qtbot, doc, player) -> PlotsDock:
    dock = PlotsDock(doc, player)
    qtbot.addWidget(dock)
    dock.resize(1100, 420)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


@pytest.fixture
def panel(qtbot, dock) -> ImagePanel:
    assert isinstance(dock.images, ImagePanel)
    settle(qtbot, dock.images.sample.pacer)
    return dock.images


def settle(qtbot, pacer) -> None:
    qtbot.waitUntil(lambda: not pacer.pending())


def open_tab(qtbot, panel: ImagePanel, title: str) -> None:
    """Click the tab named ``title``."""
    bar = panel.tabs.tabBar()
    index = [panel.tabs.tabText(i) for i in range(panel.tabs.count())].index(title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.tabs.currentIndex() == index


def by_hand_predictions(doc: NetworkDocument, inputs: np.ndarray) -> np.ndarray:
    """The digits network (relu hidden layer, softmax output) evaluated here with NumPy:
    the class is the largest net input of the output layer (softmax keeps the order)."""
    hidden, output = doc.network.layers
    h = np.maximum(inputs @ hidden.weights + hidden.bias, 0.0)
    return np.argmax(h @ output.weights + output.bias, axis=1)


def drawn_pixels(panel: ImagePanel) -> np.ndarray:
    """The picture as the widget draws it, read back at the centre of each image pixel."""
    view = panel.sample.picture
    grabbed = view.grab().toImage()
    scale = grabbed.width() / view.width()
    rect = view.picture_rect()
    side = rect.width() / 8
    values = np.empty((8, 8))
    for r in range(8):
        for c in range(8):
            x = int((rect.left() + (c + 0.5) * side) * scale)
            y = int((rect.top() + (r + 0.5) * side) * scale)
            values[r, c] = 1.0 - grabbed.pixelColor(x, y).red() / 255.0
    return values


# -- which panel -----------------------------------------------------------------------------


def test_image_inputs_get_the_image_panel_instead_of_the_boundarys_note(dock, panel):
    assert dock.output_views.currentWidget() is panel
    assert panel.shape == (8, 8)
    assert [panel.tabs.tabText(i) for i in range(3)] == [
        "Sample",
        "Confusion matrix",
        "Misclassified",
    ]
    assert not dock.boundary.isVisible()  # its "cannot be drawn over a plane" note is gone


def test_two_input_classification_keeps_the_boundary_with_a_confusion_tab(qtbot):
    xor = NetworkDocument(load(resource_path("examples", "xor.json")))
    dock = PlotsDock(xor, Player(xor))
    qtbot.addWidget(dock)
    assert dock.images is None
    assert dock.output_views.currentWidget() is dock.boundary_tabs
    assert dock.boundary_tabs.currentWidget() is dock.boundary
    assert dock.boundary_tabs.tabText(1) == "Confusion matrix"


def test_a_structure_edit_keeps_the_panel_and_redraws_it(qtbot, dock, panel, doc):
    before = panel.sample.pacer.redraws
    doc.undo_stack.push(edits.add_node(doc, 1))
    settle(qtbot, panel.sample.pacer)
    assert dock.images is panel  # same shape of input: the same panel
    assert panel.sample.pacer.redraws == before + 1


# -- the sample ----------------------------------------------------------------------------------


def test_the_panel_shows_the_diagrams_first_sample_large(panel, doc):
    expected = doc.dataset.inputs[0].reshape(8, 8)
    image = panel.sample.picture.image
    assert (image.width(), image.height()) == (8, 8)
    assert np.allclose(pixel_values(image), expected, atol=0.5 / 255)
    assert np.allclose(drawn_pixels(panel), expected, atol=1.5 / 255)
    assert panel.sample.picture.picture_rect().width() >= 8 * 12  # large: 12 px a pixel or more
    target = int(np.argmax(doc.dataset.targets[0]))
    assert panel.sample.target == target
    assert f"target {target}" in panel.sample.caption.text()


def test_the_bars_are_the_outputs_at_the_current_weights_with_the_target_framed(panel, doc):
    outputs = doc.network.predict(doc.dataset.inputs[:1])[0]
    assert np.allclose(panel.sample.bars.opts["height"], outputs)
    predicted = int(by_hand_predictions(doc, doc.dataset.inputs[:1])[0])
    assert panel.sample.predicted == predicted
    assert f"predicted <b>{predicted}</b>" in panel.sample.caption.text()
    target = int(np.argmax(doc.dataset.targets[0]))
    assert list(panel.sample.target_frame.opts["x"]) == [target]
    assert np.isclose(panel.sample.target_frame.opts["height"][0], outputs[target])


def test_a_chosen_sample_and_a_pass_are_followed(qtbot, panel, doc):
    doc.set_sample(7)
    settle(qtbot, panel.sample.pacer)
    assert np.allclose(pixel_values(panel.sample.picture.image),
                       doc.dataset.inputs[7].reshape(8, 8), atol=0.5 / 255)  # fmt: skip
    assert panel.sample.shown == ("training", 7)
    assert "sample 8" in panel.sample.caption.text()
    doc.set_sample(None)
    with qtbot.waitSignal(doc.values_changed):
        doc.forward()
    settle(qtbot, panel.sample.pacer)
    rows = doc.trace.extra["rows"]
    assert panel.sample.shown == ("training", int(rows[0]))
    assert np.allclose(panel.sample.outputs, doc.trace.outputs[0])  # the pass's own outputs


def test_many_changes_in_one_turn_redraw_once(qtbot, panel, doc):
    before = panel.sample.pacer.redraws
    for sample in (3, 4, 5):
        doc.set_sample(sample)
    settle(qtbot, panel.sample.pacer)
    assert panel.sample.pacer.redraws == before + 1
    assert panel.sample.shown == ("training", 5)


# -- the confusion matrix ------------------------------------------------------------------------


def test_the_confusion_matrix_counts_the_test_samples_as_numpy_does(qtbot, panel, doc):
    for _ in range(3):
        doc.run_epoch()  # some right, some wrong
    open_tab(qtbot, panel, "Confusion matrix")
    settle(qtbot, panel.confusion.pacer)
    matrix = panel.confusion.verdicts.matrix
    data = doc.dataset
    assert matrix.sum() == len(data.test_inputs) == 359
    predicted = by_hand_predictions(doc, data.test_inputs)
    target = np.argmax(data.test_targets, axis=1)
    expected = np.zeros((10, 10), dtype=int)
    for t, p in zip(target, predicted, strict=True):
        expected[t, p] += 1
    assert np.array_equal(matrix, expected)
    assert np.array_equal(panel.confusion.matrix_view.matrix, expected)
    right = int(np.trace(expected))
    assert panel.confusion.summary.text().startswith(f"{right} of 359 right")
    assert 0 < right < 359


def test_the_confusion_matrix_follows_training_while_paused(qtbot, panel, doc):
    open_tab(qtbot, panel, "Confusion matrix")
    settle(qtbot, panel.confusion.pacer)
    before = panel.confusion.verdicts.matrix.copy()
    for _ in range(3):
        doc.run_epoch()
    settle(qtbot, panel.confusion.pacer)
    after = panel.confusion.verdicts.matrix
    expected = by_hand_predictions(doc, doc.dataset.test_inputs)
    assert np.trace(after) == int((expected == np.argmax(doc.dataset.test_targets, 1)).sum())
    assert not np.array_equal(before, after)


def test_the_confusion_matrix_of_the_training_samples(qtbot, panel, doc):
    open_tab(qtbot, panel, "Confusion matrix")
    chooser = panel.confusion.chooser
    assert chooser.currentText() == "test samples"
    chooser.setCurrentIndex(chooser.findData("training"))
    settle(qtbot, panel.confusion.pacer)
    assert panel.confusion.verdicts.matrix.sum() == len(doc.dataset.inputs) == 1438


def test_the_class_rule_agrees_with_the_accuracy(doc):
    from playground.engine.metrics import correct_count

    outputs = doc.network.predict(doc.dataset.test_inputs)
    right = class_of(outputs) == class_of(doc.dataset.test_targets)
    assert int(right.sum()) == correct_count(outputs, doc.dataset.test_targets)
    one = np.array([[0.2], [0.5], [0.9]])
    assert class_of(one).tolist() == [0, 1, 1]  # one output: the 0.5 threshold


# -- the misclassified images --------------------------------------------------------------------


def test_the_grid_shows_the_first_misclassified_test_images(qtbot, panel, doc):
    for _ in range(2):
        doc.run_epoch()
    open_tab(qtbot, panel, "Misclassified")
    grid = panel.misclassified
    settle(qtbot, grid.pacer)
    data = doc.dataset
    predicted = by_hand_predictions(doc, data.test_inputs)
    target = np.argmax(data.test_targets, axis=1)
    wrong = np.flatnonzero(predicted != target)
    assert grid.shown_samples() == wrong[:LIMIT].tolist()
    first = grid.tiles[0]
    index = int(wrong[0])
    assert first.text() == f"predicted {predicted[index]},\ntarget {target[index]}"
    assert first.icon().pixmap(56, 56).width() == 56


def test_clicking_a_misclassified_training_image_selects_that_sample(qtbot, panel, doc):
    open_tab(qtbot, panel, "Misclassified")
    grid = panel.misclassified
    grid.chooser.setCurrentIndex(grid.chooser.findData("training"))
    settle(qtbot, grid.pacer)
    data = doc.dataset
    wrong = np.flatnonzero(by_hand_predictions(doc, data.inputs) != data.targets.argmax(1))
    third = grid.tiles[2]
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    index = int(wrong[2])
    assert doc.sample == index  # the document's sample: the diagram and the next pass take it
    assert panel.tabs.currentWidget() is panel.sample
    settle(qtbot, panel.sample.pacer)
    assert panel.sample.shown == ("training", index)
    assert np.allclose(pixel_values(panel.sample.picture.image),
                       data.inputs[index].reshape(8, 8), atol=0.5 / 255)  # fmt: skip
    assert doc.undo_stack.count() == 0  # choosing a sample is not an edit


def test_clicking_a_misclassified_test_image_shows_it_here(qtbot, panel, doc):
    open_tab(qtbot, panel, "Misclassified")
    grid = panel.misclassified
    settle(qtbot, grid.pacer)
    index = grid.shown_samples()[1]
    qtbot.mouseClick(grid.tiles[1], Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert doc.sample is None  # passes run on training samples only
    settle(qtbot, panel.sample.pacer)
    assert panel.sample.shown == ("test", index)
    assert np.allclose(pixel_values(panel.sample.picture.image),
                       doc.dataset.test_inputs[index].reshape(8, 8), atol=0.5 / 255)  # fmt: skip
    assert f"test sample {index + 1}" in panel.sample.caption.text()
    doc.set_sample(0)  # the document's choice wins again
    settle(qtbot, panel.sample.pacer)
    assert panel.sample.shown == ("training", 0)


# -- while playing -------------------------------------------------------------------------------


def test_while_playing_the_shown_tab_redraws_on_the_plots_turn(qtbot, panel, doc, player):
    open_tab(qtbot, panel, "Confusion matrix")
    settle(qtbot, panel.confusion.pacer)
    hidden_before = panel.misclassified.pacer.redraws
    drawn_before = panel.confusion.pacer.redraws
    frames = []
    player.frame_drawn.connect(frames.append)
    player.play()
    qtbot.waitUntil(lambda: panel.confusion.pacer.redraws >= drawn_before + 2, timeout=10_000)
    player.pause()
    settle(qtbot, panel.confusion.pacer)
    assert panel.misclassified.pacer.redraws == hidden_before  # hidden: never computed
    assert panel.confusion.pacer.redraws <= len(frames) + 1  # at most once a frame
    predicted = by_hand_predictions(doc, doc.dataset.test_inputs)
    expected = np.zeros((10, 10), dtype=int)
    np.add.at(expected, (doc.dataset.test_targets.argmax(1), predicted), 1)
    assert np.array_equal(panel.confusion.verdicts.matrix, expected)  # paused: up to date
