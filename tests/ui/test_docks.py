"""The inspector and controls docks on real widgets, in both directions.

Widget → document: type, click or choose, then check the document, undo and redo.
Document → widget: step or undo, then check what the widgets show.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

import playground.io
from playground.document import NetworkDocument, edits
from playground.engine import initial_weights
from playground.engine.losses import compatibility_problem
from playground.paths import resource_path
from playground.ui.docks import ControlsDock, InspectorDock
from playground.ui.selection import EdgeSelection, NodeSelection, SelectionModel
from tests.ui.driving import type_into


def open_example(name: str) -> NetworkDocument:
    return NetworkDocument(playground.io.load(resource_path("examples", f"{name}.json")))


@pytest.fixture
def classic():
    return open_example("classic-2-2-2")


@pytest.fixture
def xor():
    return open_example("xor")


@pytest.fixture
def inspector(qtbot, classic):
    selection = SelectionModel()
    dock = InspectorDock(classic, selection)
    qtbot.addWidget(dock)
    return dock


def controls_for(qtbot, doc: NetworkDocument) -> ControlsDock:
    dock = ControlsDock(doc)
    qtbot.addWidget(dock)
    return dock


def find(dock, kind, name: str):
    widget = dock.findChild(kind, name)
    assert widget is not None, name
    return widget


def value(dock: InspectorDock, key: str) -> str:
    return find(dock, QLabel, f"inspector_value_{key}").text()


def fbu(doc: NetworkDocument) -> None:
    doc.forward()
    doc.backward()
    doc.update()


# -- the inspector ----------------------------------------------------------------------


def test_inspector_with_nothing_selected_shows_hint_and_loss(inspector):
    doc = inspector.doc
    assert "Click a node or an edge" in find(inspector, QLabel, "inspector_title").text()
    assert find(inspector, QLabel, "inspector_loss").text() == "–"
    doc.forward()
    doc.backward()
    assert find(inspector, QLabel, "inspector_loss").text() == repr(doc.trace.loss)
    assert find(inspector, QLabel, "inspector_phase").text() == "backward done"


def test_classic_example_after_forward_backward_update(inspector):
    doc = inspector.doc
    inspector.selection.select(EdgeSelection(2, 0, 0))  # h1 → o1 (w5)
    fbu(doc)
    assert find(inspector, QLabel, "inspector_title").text() == "Edge h1 → o1"
    loss = find(inspector, QLabel, "inspector_loss").text()
    assert loss == repr(doc.trace.loss)
    assert loss.startswith("0.29837110876")
    assert value(inspector, "weight") == repr(float(doc.network.layers[1].weights[0, 0]))
    assert value(inspector, "grad") == repr(float(doc.trace.layers[1].grad_weights[0, 0]))
    assert value(inspector, "before_update") == "0.4"
    after = value(inspector, "after_update")
    assert float(after) == pytest.approx(0.35891648, abs=5e-9)
    assert after == repr(float(doc.network.layers[1].weights[0, 0]))
    assert value(inspector, "change") == repr(float(after) - 0.4)
    samples = find(inspector, QLabel, "inspector_samples").text()
    assert samples == "For sample 1: (0.05, 0.1) → (0.01, 0.99) only."
    inspector.selection.select(EdgeSelection(1, 0, 0))  # i1 → h1 (w1)
    assert find(inspector, QLabel, "inspector_title").text() == "Edge i1 → h1"
    assert value(inspector, "before_update") == "0.15"
    assert float(value(inspector, "after_update")) == pytest.approx(0.149780716, abs=5e-9)


def test_node_values_are_the_engines_numbers(inspector):
    doc = inspector.doc
    inspector.selection.select(NodeSelection(1, 0))  # h1
    assert value(inspector, "net") == "–"
    doc.forward()
    hidden = doc.trace.layers[0]
    assert value(inspector, "net") == repr(float(hidden.net[0, 0]))
    assert value(inspector, "out") == repr(float(hidden.out[0, 0]))
    assert value(inspector, "out").startswith("0.59326999")
    assert find(inspector, QLabel, "inspector_name_out").text() == "out = sigmoid(net)"
    assert value(inspector, "delta") == "–"
    doc.backward()
    assert value(inspector, "delta") == repr(float(hidden.delta[0, 0]))
    assert value(inspector, "grad_bias") == repr(float(hidden.grad_bias[0]))
    assert value(inspector, "bias") == "0.35"
    doc.set_label(1, 0, "hidden one")
    assert "hidden one" in find(inspector, QLabel, "inspector_title").text()


def test_input_node_and_a_selection_that_no_longer_exists(inspector):
    doc = inspector.doc
    inspector.selection.select(NodeSelection(0, 1))
    doc.forward()
    assert value(inspector, "input") == "0.1"
    inspector.selection.select(NodeSelection(5, 0))
    assert "Click a node or an edge" in find(inspector, QLabel, "inspector_title").text()


def test_a_batch_pass_shows_its_first_sample_or_on_request_the_mean(qtbot, xor):
    selection = SelectionModel()
    dock = InspectorDock(xor, selection)
    qtbot.addWidget(dock)
    selection.select(NodeSelection(2, 0))
    xor.forward()
    xor.backward()
    samples = find(dock, QLabel, "inspector_samples").text()
    assert samples.startswith("For sample 1: (0, 0) → (0), the first of the 4 in the last pass")
    out = xor.trace.layers[1]
    assert value(dock, "out") == repr(float(out.out[0, 0]))
    assert value(dock, "grad_bias") == repr(float(out.delta[0, 0]))  # this sample's ∂E_s/∂b
    xor.set_show_batch_mean(True)
    samples = find(dock, QLabel, "inspector_samples").text()
    assert samples == "Mean over the 4 samples of the last pass."
    assert value(dock, "out") == repr(float(out.out[:, 0].mean()))
    assert value(dock, "grad_bias") == repr(float(out.grad_bias[0]))


def test_copy_button_and_ctrl_c_put_every_value_on_the_clipboard(qtbot, inspector):
    doc = inspector.doc
    inspector.selection.select(EdgeSelection(2, 0, 0))
    fbu(doc)
    inspector.show()
    qtbot.waitExposed(inspector)
    clipboard = QApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(find(inspector, QPushButton, "inspector_copy"), Qt.MouseButton.LeftButton)
    lines = dict(line.split("\t") for line in clipboard.text().splitlines())
    assert lines["after update"] == repr(float(doc.network.layers[1].weights[0, 0]))
    assert lines["before update"] == "0.4"
    assert lines["E of sample 1 (half_sse)"] == repr(doc.trace.loss)
    clipboard.clear()
    inspector.activateWindow()
    inspector.widget().setFocus()
    qtbot.waitUntil(lambda: inspector.widget().hasFocus())
    qtbot.keyClick(inspector.widget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == inspector.text()


# -- the controls: optimizer and loss -----------------------------------------------------


def test_typing_a_learning_rate_is_one_undoable_command(qtbot, classic):
    dock = controls_for(qtbot, classic)
    field = find(dock, QLineEdit, "optimizer_learning_rate")
    assert field.text() == "0.5"
    type_into(qtbot, field, "0.25")
    assert classic.file.optimizer["learning_rate"] == 0.25
    assert classic.undo_stack.count() == 1
    classic.undo_stack.undo()
    assert classic.file.optimizer["learning_rate"] == 0.5
    assert field.text() == "0.5"
    classic.undo_stack.redo()
    assert field.text() == "0.25"
    assert classic.undo_stack.count() == 1


def test_a_new_learning_rate_takes_effect_on_the_next_update(qtbot, classic):
    dock = controls_for(qtbot, classic)
    type_into(qtbot, find(dock, QLineEdit, "optimizer_learning_rate"), "0.1")
    classic.forward()
    classic.backward()
    grad = float(classic.trace.layers[1].grad_weights[0, 0])
    classic.update()
    assert classic.network.layers[1].weights[0, 0] == 0.4 - grad * 0.1


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1e999", "not a finite number"),
        ("abc", "not a number"),
        ("-1", "greater than 0"),
        ("0", "greater than 0"),
    ],
)
def test_a_bad_learning_rate_is_refused_in_place(qtbot, classic, typed, says):
    dock = controls_for(qtbot, classic)
    notices = []
    classic.notice.connect(notices.append)
    field = find(dock, QLineEdit, "optimizer_learning_rate")
    type_into(qtbot, field, typed)
    message = find(dock, QLabel, "optimizer_learning_rate_message")
    assert message.isVisibleTo(dock)
    assert says in message.text()
    assert notices and says in notices[0]
    assert classic.file.optimizer["learning_rate"] == 0.5
    assert field.text() == "0.5"
    assert classic.undo_stack.count() == 0


def test_switching_to_adam_shows_its_parameters(qtbot, classic):
    dock = controls_for(qtbot, classic)
    find(dock, QComboBox, "optimizer_combo").setCurrentText("adam")
    assert classic.file.optimizer == {
        "name": "adam",
        "learning_rate": 0.001,
        "beta_1": 0.9,
        "beta_2": 0.999,
        "epsilon": 1e-7,
    }
    assert find(dock, QLineEdit, "optimizer_beta_1").text() == "0.9"
    assert find(dock, QLineEdit, "optimizer_epsilon").text() == "1e-07"
    type_into(qtbot, find(dock, QLineEdit, "optimizer_beta_1"), "1")
    assert "less than 1" in find(dock, QLabel, "optimizer_beta_1_message").text()
    classic.undo_stack.undo()
    assert find(dock, QComboBox, "optimizer_combo").currentText() == "sgd"
    assert dock.findChild(QLineEdit, "optimizer_beta_1") is None or not dock.findChild(
        QLineEdit, "optimizer_beta_1"
    ).isVisibleTo(dock)
    assert find(dock, QLineEdit, "optimizer_learning_rate").text() == "0.5"
    assert dock.findChild(QLabel, "optimizer_beta_1_message") is None


def test_sgd_momentum_and_nesterov(qtbot, classic):
    dock = controls_for(qtbot, classic)
    type_into(qtbot, find(dock, QLineEdit, "optimizer_momentum"), "0.9")
    find(dock, QCheckBox, "optimizer_nesterov").click()
    assert classic.file.optimizer == {
        "name": "sgd",
        "learning_rate": 0.5,
        "momentum": 0.9,
        "nesterov": True,
    }
    assert classic.undo_stack.count() == 2
    classic.undo_stack.undo()
    assert not find(dock, QCheckBox, "optimizer_nesterov").isChecked()


def test_perceptron_is_refused_for_a_sigmoid_network(qtbot, classic):
    dock = controls_for(qtbot, classic)
    combo = find(dock, QComboBox, "optimizer_combo")
    combo.setCurrentText("perceptron")
    assert "single layer of step nodes" in find(dock, QLabel, "optimizer_message").text()
    assert combo.currentText() == "sgd"
    assert classic.undo_stack.count() == 0


def test_a_loss_that_does_not_fit_the_output_is_refused(qtbot, classic):
    dock = controls_for(qtbot, classic)
    combo = find(dock, QComboBox, "loss_combo")
    combo.setCurrentText("cross_entropy")
    message = find(dock, QLabel, "loss_message")
    assert compatibility_problem("cross_entropy", "sigmoid") in message.text()
    assert combo.currentText() == "half_sse"
    assert classic.network.loss == "half_sse"
    combo.setCurrentText("binary_cross_entropy")
    assert classic.network.loss == "binary_cross_entropy"
    assert not message.isVisibleTo(dock)
    classic.undo_stack.undo()
    assert combo.currentText() == "half_sse"


# -- the controls: data and training ----------------------------------------------------


def test_data_that_does_not_fit_the_network_is_refused(qtbot, classic):
    dock = controls_for(qtbot, classic)
    combo = find(dock, QComboBox, "dataset_combo")
    assert combo.currentText() == "samples in the file"
    combo.setCurrentText("spiral")
    text = find(dock, QLabel, "data_message").text()
    assert "the spiral data has 1 target per sample; the output layer has 2 nodes" in text
    assert combo.currentText() == "samples in the file"
    assert classic.file.data.kind == "inline"
    assert classic.undo_stack.count() == 0


def test_set_data_names_the_input_width(xor):
    source = playground.io.DataSource.builtin("seven_segment")
    assert edits.set_data(xor, source).message == (
        "the seven_segment data has 7 inputs per sample; the input layer has 2 nodes"
    )


def test_switching_to_a_builtin_and_its_parameters(qtbot, xor):
    dock = controls_for(qtbot, xor)
    combo = find(dock, QComboBox, "dataset_combo")
    assert combo.currentText() == "xor"
    assert dock.findChild(QDoubleSpinBox, "dataset_noise") is None
    combo.setCurrentText("circle")
    assert (xor.file.data.kind, xor.file.data.name) == ("builtin", "circle")
    assert xor.dataset.n_samples == 160  # 200 samples, 20 % held out
    noise = find(dock, QDoubleSpinBox, "dataset_noise")
    noise.setValue(0.25)
    assert xor.file.data.params == {"noise": 0.25}
    assert xor.undo_stack.count() == 2
    xor.undo_stack.undo()
    assert noise.value() == 0.0
    xor.undo_stack.undo()
    assert combo.currentText() == "xor"
    assert not dock.data.params_host.isVisibleTo(dock)
    xor.undo_stack.redo()
    assert combo.currentText() == "circle"
    assert xor.undo_stack.count() == 2


def test_batch_size_shuffle_and_epochs(qtbot, xor):
    dock = controls_for(qtbot, xor)
    batch = dock.training.batch_size
    assert batch.text() == "whole batch"
    batch.setValue(2)
    assert xor.file.training.batch_size == 2
    dock.training.shuffle.click()
    assert xor.file.training.shuffle is True
    dock.training.epochs.setValue(50)
    assert xor.epochs == 50
    xor.forward()
    assert xor.trace.inputs.shape[0] == 2
    for _ in range(3):
        xor.undo_stack.undo()
    assert (batch.text(), dock.training.shuffle.isChecked()) == ("whole batch", False)
    assert dock.training.epochs.value() == 1000
    assert xor.undo_stack.count() == 3


def test_train_bias_per_layer(qtbot, xor):
    dock = controls_for(qtbot, xor)
    box = find(dock, QCheckBox, "train_bias_2")
    assert box.isChecked()
    box.click()
    assert xor.network.layers[1].train_bias is False
    xor.undo_stack.undo()
    assert box.isChecked()
    xor.undo_stack.push(edits.add_hidden_layer(xor, 1))
    assert find(dock, QCheckBox, "train_bias_3").text() == "layer 3 (output)"


# -- the controls: weights --------------------------------------------------------------


def expected_weights(doc: NetworkDocument, initializer: str, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [
        initial_weights(initializer, n_in=layer.n_in, n_out=layer.units, rng=rng)
        for layer in doc.network.layers
    ]


def test_randomise_is_reproducible_and_undoable(qtbot, xor):
    dock = controls_for(qtbot, xor)
    before = [layer.weights.copy() for layer in xor.network.layers]
    expected = expected_weights(xor, "he_uniform", 7)
    dock.weights.initializer.setCurrentText("he_uniform")
    dock.weights.seed.setValue(7)
    button = find(dock, QPushButton, "randomise_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for layer, weights in zip(xor.network.layers, expected, strict=True):
        np.testing.assert_array_equal(layer.weights, weights)
    xor.undo_stack.undo()
    for layer, weights in zip(xor.network.layers, before, strict=True):
        np.testing.assert_array_equal(layer.weights, weights)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for layer, weights in zip(xor.network.layers, expected, strict=True):
        np.testing.assert_array_equal(layer.weights, weights)


def test_reset_to_initial_weights_after_training(qtbot, classic):
    dock = controls_for(qtbot, classic)
    fbu(classic)
    trained = classic.network.layers[1].weights.copy()
    qtbot.mouseClick(find(dock, QPushButton, "reset_weights_button"), Qt.MouseButton.LeftButton)
    assert classic.network.layers[1].weights.tolist() == [[0.4, 0.5], [0.45, 0.55]]
    classic.undo_stack.undo()
    np.testing.assert_array_equal(classic.network.layers[1].weights, trained)


# -- document → widgets -----------------------------------------------------------------


def test_widgets_follow_commands_pushed_elsewhere_without_pushing_any(qtbot, xor):
    dock = controls_for(qtbot, xor)
    xor.undo_stack.push(edits.set_optimizer(xor, {"name": "rmsprop", "learning_rate": 0.01}))
    xor.undo_stack.push(edits.set_training(xor, batch_size=3, shuffle=True, seed=0))
    xor.undo_stack.push(edits.set_loss(xor, "binary_cross_entropy"))
    xor.undo_stack.push(
        edits.set_data(xor, playground.io.DataSource.builtin("gaussian", samples=50))
    )
    assert find(dock, QComboBox, "optimizer_combo").currentText() == "rmsprop"
    assert find(dock, QLineEdit, "optimizer_learning_rate").text() == "0.01"
    assert find(dock, QLineEdit, "optimizer_rho").text() == "0.9"
    assert dock.training.batch_size.value() == 3
    assert dock.training.shuffle.isChecked()
    assert find(dock, QComboBox, "loss_combo").currentText() == "binary_cross_entropy"
    assert find(dock, QComboBox, "dataset_combo").currentText() == "gaussian"
    assert dock.data.fields["samples"].value() == 50
    assert xor.undo_stack.count() == 4
    for _ in range(4):
        xor.undo_stack.undo()
    assert find(dock, QComboBox, "optimizer_combo").currentText() == "sgd"
    assert find(dock, QLineEdit, "optimizer_learning_rate").text() == "1.0"
    assert find(dock, QComboBox, "dataset_combo").currentText() == "xor"
    assert find(dock, QComboBox, "loss_combo").currentText() == "mse"
    assert xor.undo_stack.count() == 4
    assert xor.undo_stack.index() == 0


def test_samples_of_the_file_come_back_on_undo(qtbot):
    text = resource_path("examples", "xor.json").read_text(encoding="utf-8")
    inline = '{"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}'
    doc = NetworkDocument(playground.io.loads(text.replace('{\n    "builtin": "xor"\n  }', inline)))
    assert doc.file.data.kind == "inline"
    dock = controls_for(qtbot, doc)
    combo = find(dock, QComboBox, "dataset_combo")
    assert combo.currentText() == "samples in the file"
    combo.setCurrentText("and")
    assert combo.findText("samples in the file") == -1
    assert doc.dataset.targets.ravel().tolist() == [0, 0, 0, 1]
    doc.undo_stack.undo()
    assert combo.currentText() == "samples in the file"
    assert doc.dataset.targets.ravel().tolist() == [0, 1, 1, 0]


def test_inspector_names_the_sample_shown(qtbot, xor):
    selection = SelectionModel()
    dock = InspectorDock(xor, selection)
    qtbot.addWidget(dock)
    selection.select(EdgeSelection(2, 1, 0))
    xor.set_sample(2)
    xor.forward()
    xor.backward()
    assert find(dock, QLabel, "inspector_samples").text() == "For sample 3: (1, 0) → (1) only."
    assert value(dock, "grad") == repr(float(xor.trace.layers[1].grad_weights[1, 0]))
    assert value(dock, "before_update") == "–"


def test_the_inspector_names_follow_an_activation_edit(inspector):
    doc = inspector.doc
    inspector.selection.select(NodeSelection(2, 0))  # o1
    assert find(inspector, QLabel, "inspector_name_out").text() == "out = sigmoid(net)"
    doc.undo_stack.push(edits.set_activation(doc, 2, "linear"))
    assert find(inspector, QLabel, "inspector_name_out").text() == "out = linear(net)"
    doc.undo_stack.undo()
    assert find(inspector, QLabel, "inspector_name_out").text() == "out = sigmoid(net)"


def test_the_loss_is_shown_from_the_forward_pass_on_as_the_notes_compute_it(inspector):
    doc = inspector.doc
    doc.forward()
    loss = find(inspector, QLabel, "inspector_loss").text()
    assert loss == repr(doc.trace.loss) and loss.startswith("0.29837110876")
    assert find(inspector, QLabel, "inspector_phase").text() == "forward done"


def test_the_loss_reduction_is_chosen_in_the_controls_as_a_new_run(qtbot, xor):
    dock = controls_for(qtbot, xor)
    combo = find(dock, QComboBox, "reduction_combo")
    assert combo.currentText() == "mean (Keras)"
    xor.run_epoch()
    combo.setCurrentIndex(1)
    assert xor.network.reduction == "sum" and xor.trainer.epoch == 0  # a new run
    xor.forward()
    assert xor.trace.loss == pytest.approx(4 * xor.trace.sample_losses.mean())
    xor.undo_stack.undo()
    assert xor.network.reduction == "mean" and combo.currentText() == "mean (Keras)"
    assert xor.trainer.epoch == 1


@pytest.mark.parametrize(
    ("example", "batch_size", "named"),
    [
        ("classic-2-2-2", None, "E of sample 1 (half_sse)"),
        ("xor", None, "E of all 4 samples, last pass (mse)"),
        ("digits", 32, "E of the last batch of 32 (cross_entropy)"),
    ],
)
def test_the_inspectors_loss_says_whose_loss_it_is(qtbot, example, batch_size, named):
    """Not to be mistaken for the status bar's E over all samples at the weights shown."""
    doc = open_example(example)
    if batch_size is not None:
        assert doc.trainer.effective_batch_size == batch_size
    dock = InspectorDock(doc, SelectionModel())
    qtbot.addWidget(dock)
    doc.forward()
    assert dock.loss_name.text() == named
    assert dock.loss.text() == repr(doc.trace.loss)


def wheel(widget, steps: int) -> None:
    """Turn the mouse wheel over ``widget`` as the hand does (delivered like a real one)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_controls_and_leaves_an_unfocused_box_alone(qtbot, classic):
    dock = controls_for(qtbot, classic)
    dock.resize(320, 300)  # too short for every group: the controls scroll
    dock.show()
    qtbot.waitExposed(dock)
    epochs = find(dock, QSpinBox, "epochs_spin")
    scroll = dock.widget().verticalScrollBar()
    before_epochs, before_scroll = epochs.value(), scroll.value()
    wheel(epochs, -3)
    assert epochs.value() == before_epochs  # unchanged, and the file not modified
    assert classic.undo_stack.count() == 0
    assert scroll.value() > before_scroll  # the dock scrolled instead
    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    qtbot.mouseClick(epochs.lineEdit(), Qt.MouseButton.LeftButton)  # focused: now it may
    qtbot.waitUntil(epochs.hasFocus)
    wheel(epochs, -1)
    assert epochs.value() == before_epochs - 1
    combo = find(dock, QComboBox, "optimizer_combo")
    index = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() == index
