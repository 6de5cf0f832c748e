"""One owner for training state: edits, undo, time travel and Play agree.

Each test drives the real window as a learner does (keys, typing into the controls, the
history slider, the message bar) and checks what the learner sees: the loss curve, the
status bar, the slider, the offer to roll back. Every number is checked against an
independent computation on the engine. Where it fits, ``playground.testing`` drives the
window by names (``app.press("undo")``), so that API is exercised by the suite too.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from playground import io
from playground.document import NetworkDocument, edits
from playground.engine import Trainer, make_optimizer
from playground.paths import resource_path
from playground.testing import open_window
from tests.ui.driving import press, type_into, type_into_editor

CTRL = Qt.KeyboardModifier.ControlModifier
UNDO = (Qt.Key.Key_Z, CTRL)
REDO = (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def open_xor(window) -> NetworkDocument:
    xor = resource_path("examples", "xor.json")
    assert window.files.open_path(xor, remember=False, as_untitled=True)
    return window.doc


def control(window, kind, name: str):
    widget = window.controls.findChild(kind, name)
    assert widget is not None, name
    return widget


def set_epoch_limit(qtbot, window, epochs: int) -> None:
    type_into(qtbot, control(window, QSpinBox, "epochs_spin"), str(epochs))
    assert window.doc.epochs == epochs


def type_learning_rate(qtbot, window, text: str) -> None:
    type_into(qtbot, control(window, QLineEdit, "optimizer_learning_rate"), text)


def play_to_the_limit(qtbot, window) -> None:
    with qtbot.waitSignal(window.player.stopped, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_Space)
    assert not window.player.playing


def curve_end(window) -> float:
    x = window.plots.loss.train_curve.xData
    return None if x is None or len(x) == 0 else float(x[-1])


def weights(doc) -> list[np.ndarray]:
    return [layer.weights.copy() for layer in doc.network.layers]


def loss_on_all_samples(network, dataset) -> float:
    """The loss E of ``network`` on every training sample, computed apart from the window."""
    trace = network.forward(dataset.inputs)
    return float(network.backward(trace, dataset.targets).loss)


def status_loss(window) -> str:
    return window.loss_label.text()


def expected_status(loss: float, samples: int = 4) -> str:
    return f"loss E = {loss:.6g} on {samples} samples"


# -- 1. the curve goes on after a settings edit ----------------------------------------------


def test_after_a_learning_rate_edit_the_curve_and_the_epochs_go_on(qtbot, window):
    doc = open_xor(window)
    set_epoch_limit(qtbot, window, 200)
    play_to_the_limit(qtbot, window)
    assert doc.trainer.epoch == 200 and curve_end(window) == 200
    run = doc.run
    type_learning_rate(qtbot, window, "0.5")
    assert doc.file.optimizer["learning_rate"] == 0.5
    assert doc.run is run and doc.trainer.epoch == 200  # the same run goes on
    assert doc.trainer.optimizer.learning_rate == 0.5
    set_epoch_limit(qtbot, window, 250)
    play_to_the_limit(qtbot, window)
    assert doc.trainer.epoch == 250 and curve_end(window) == 250
    assert window.epoch_label.text().startswith("epoch 250 ")
    assert len(doc.run.loss_curve.data()[0]) == 250  # every epoch, none dropped


# -- 2. undo and redo restore a state the status bar describes ---------------------------------


def test_undo_after_training_restores_weights_epoch_curve_and_the_loss_shown(qtbot):
    app = open_window(qtbot, resource_path("examples", "xor.json"))
    window, doc = app.window, app.doc
    start = weights(doc)
    type_learning_rate(qtbot, window, "0.5")
    app.play(epochs=200)
    trained = weights(doc)
    trained_loss = loss_on_all_samples(doc.network.copy(), doc.dataset)
    assert status_loss(window) == expected_status(trained_loss) and app.loss == trained_loss

    app.press("undo")  # undoes the learning rate edit, and what followed it
    assert doc.file.optimizer["learning_rate"] == 1.0 and doc.trainer.epoch == 0
    for a, b in zip(start, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)
    initial = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    assert status_loss(window) == expected_status(
        loss_on_all_samples(initial.network, initial.dataset)
    )
    assert window.epoch_label.text() == "epoch 0 · step 0"
    assert curve_end(window) is None  # no training before the edit: no curve
    # the status bar says what Forward and Backward give on these weights
    app.press("forward")
    app.press("backward")
    assert status_loss(window) == expected_status(doc.trace.loss) and app.loss == doc.trace.loss

    app.press("redo")  # back to what undo left: 200 epochs trained
    assert doc.trainer.epoch == 200 and curve_end(window) == 200
    for a, b in zip(trained, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)
    assert status_loss(window) == expected_status(trained_loss)


# -- 3. a structure edit starts a new run: nothing of another shape is restored ---------------


def test_after_a_structure_edit_the_slider_cannot_restore_another_shape(qtbot):
    app = open_window(qtbot, resource_path("examples", "xor.json"))
    window, doc = app.window, app.doc
    app.play(epochs=300)
    slider = window.time_travel_bar.slider
    assert slider.isEnabled() and slider.maximum() > 1
    window.push(edits.add_node(doc, 1))  # what the diagram's "Add node" does
    assert doc.network.layer_sizes == [2, 3, 1] and doc.trainer.epoch == 0
    assert not slider.isEnabled() and slider.maximum() == 0
    assert "new run" in slider.toolTip()
    slider.setValue(slider.minimum())  # even moved by force, it holds only this run
    assert doc.network.layer_sizes == [2, 3, 1]
    for name in ("forward", "backward", "update"):
        app.press(name)
    assert doc.trainer.steps == 1 and doc.phase.name == "UPDATED"
    assert app.edge("x1", "h3").change is not None  # the new node's edge learned too

    app.press("undo")  # the old run, its records and its slider come back
    assert doc.network.layer_sizes == [2, 2, 1] and doc.trainer.epoch == 300
    assert slider.isEnabled()
    record = doc.run.records[slider.maximum() // 2]
    slider.setValue(slider.maximum() // 2)
    assert doc.trainer.epoch == record.epoch
    for mine, kept in zip(weights(doc), record.weights, strict=True):
        np.testing.assert_array_equal(mine, kept)
    assert window.time_travel_bar.label.text().startswith(f"epoch {record.epoch} of 300")


def test_roll_back_after_a_structure_edit_is_withdrawn_not_a_crash(qtbot, window):
    doc = open_xor(window)
    window.push(edits.set_activation(doc, 2, "linear"))
    window.push(edits.set_optimizer(doc, {"name": "sgd", "learning_rate": 1e6}))
    start = weights(doc)
    doc.epochs = 10**6
    play_to_the_limit(qtbot, window)
    bar = window.message_bar
    assert bar.isVisible() and bar.button("Roll back") is not None
    window.push(edits.add_node(doc, 1))
    assert not bar.isVisible()  # the offer belonged to the run of the old shape
    notices = []
    doc.notice.connect(notices.append)
    assert not doc.roll_back() and notices == ["There is nothing to roll back to in this run."]
    press(qtbot, window, Qt.Key.Key_F)  # the window goes on working
    assert doc.trace is not None

    press(qtbot, window, *UNDO)  # back to the diverged run, which can roll back
    assert doc.network.layer_sizes == [2, 2, 1] and doc.run.can_roll_back
    window.player.roll_back()
    for a, b in zip(start, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)


# -- 4. settings apply to the running trainer, exactly as Keras ------------------------------


def test_a_learning_rate_edit_keeps_adams_moments_exactly_as_keras_does(qtbot, window):
    doc = open_xor(window)
    control(window, QComboBox, "optimizer_combo").setCurrentText("adam")
    assert doc.trainer.optimizer.name == "adam"
    for _ in range(30):
        press(qtbot, window, Qt.Key.Key_E)
    # the reference: the same trainer state, learning rate set between "fit" calls
    reference = Trainer(
        doc.network.copy(),
        make_optimizer("adam", **{k: v for k, v in doc.file.optimizer.items() if k != "name"}),
        inputs=doc.dataset.inputs,
        targets=doc.dataset.targets,
    )
    reference.restore(doc.trainer.checkpoint())
    moments = {key: value.copy() for key, value in doc.trainer.optimizer._state.items()}
    assert moments and doc.trainer.optimizer.iterations == 30

    type_learning_rate(qtbot, window, "0.05")
    optimizer = doc.trainer.optimizer
    assert optimizer.learning_rate == 0.05 and optimizer.iterations == 30
    assert doc.trainer.epoch == 30 and doc.trainer.steps == 30
    for key, value in moments.items():
        np.testing.assert_array_equal(optimizer._state[key], value)

    reference.optimizer.learning_rate = 0.05
    reference.train(20)
    for _ in range(20):
        press(qtbot, window, Qt.Key.Key_E)
    for mine, theirs in zip(weights(doc), reference.network.layers, strict=True):
        np.testing.assert_array_equal(mine, theirs.weights)

    control(window, QComboBox, "optimizer_combo").setCurrentText("rmsprop")
    assert doc.trainer.optimizer.name == "rmsprop" and doc.trainer.optimizer.iterations == 0
    assert doc.trainer.optimizer._state == {} and doc.trainer.epoch == 50  # counters stay


def test_lowering_the_learning_rate_while_playing_goes_on_from_where_it_is(qtbot, window):
    doc = open_xor(window)
    set_epoch_limit(qtbot, window, 10_000_000)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: doc.trainer.epoch > 50, timeout=20_000)
    type_learning_rate(qtbot, window, "0.25")
    assert window.player.playing  # a settings edit does not stop Play
    epoch = doc.trainer.epoch
    assert epoch > 50 and doc.trainer.optimizer.learning_rate == 0.25
    qtbot.waitUntil(lambda: doc.trainer.epoch > epoch + 50, timeout=20_000)
    press(qtbot, window, Qt.Key.Key_Space)
    assert curve_end(window) == doc.trainer.epoch
    press(qtbot, window, *UNDO)  # undo pauses Play and returns to the rate edit's moment
    assert not window.player.playing and doc.file.optimizer["learning_rate"] == 1.0


# -- one refresh per view per event -------------------------------------------------------------


def view_refreshes(window) -> dict[str, int]:
    return {
        "diagram": window.diagram.diagram.refreshes,
        "inspector": window.inspector.refreshes,
        "controls": window.controls.refreshes,
        "loss plot": window.plots.loss.refreshes,
        "history bar": window.time_travel_bar.refreshes,
        "status bar": window.status_refreshes,
    }


@pytest.mark.parametrize("event", ["run epoch", "weight edit"])
def test_each_view_refreshes_at_most_once_per_event(qtbot, window, event):
    doc = open_xor(window)
    press(qtbot, window, Qt.Key.Key_E)
    boundary = window.plots.boundary
    qtbot.waitUntil(lambda: not boundary.redraw_pending())
    qtbot.wait(50)  # and whatever else the first epoch left to draw
    before = view_refreshes(window)
    drawn = boundary.redraw_count
    if event == "run epoch":
        press(qtbot, window, Qt.Key.Key_E)
    else:
        window.diagram.edit_weight((2, 0, 0))
        type_into_editor(qtbot, window.diagram, "0.5")
        assert doc.network.layers[1].weights[0, 0] == 0.5
    after = view_refreshes(window)
    counts = {name: after[name] - before[name] for name in before}
    assert all(count <= 1 for count in counts.values()), counts
    assert counts["diagram"] == 1 and counts["inspector"] == 1 and counts["status bar"] == 1
    qtbot.waitUntil(lambda: not boundary.redraw_pending())
    assert boundary.redraw_count == drawn + 1


def test_a_settings_edit_or_its_undo_does_not_rebuild_the_diagram(qtbot, window):
    doc = open_xor(window)
    scene = window.diagram.diagram
    nodes, edges = dict(scene.nodes), dict(scene.edges)

    def same_items() -> bool:
        return all(scene.nodes[k] is v for k, v in nodes.items()) and all(
            scene.edges[k] is v for k, v in edges.items()
        )

    type_learning_rate(qtbot, window, "0.3")
    set_epoch_limit(qtbot, window, 77)
    press(qtbot, window, *UNDO)
    press(qtbot, window, *UNDO)
    assert doc.file.optimizer["learning_rate"] == 1.0 and same_items()
    window.push(edits.add_node(doc, 1))
    assert not same_items() and len(scene.nodes) == 6


def test_redo_keys_are_each_given_once_and_ctrl_shift_z_is_one_of_them(window):
    keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and len(keys) == len(set(keys))


def test_play_at_the_epoch_limit_leaves_the_play_button_up(qtbot, window):
    doc = open_xor(window)
    set_epoch_limit(qtbot, window, 3)
    play_to_the_limit(qtbot, window)
    with qtbot.waitSignal(window.player.stopped):
        press(qtbot, window, Qt.Key.Key_Space)  # nothing left to train
    assert not window.player.playing and not window.actions.play.isChecked()
    assert window.actions.play.text() == "&Play" and doc.trainer.epoch == 3


def test_the_loss_plot_marks_the_epoch_the_slider_shows(qtbot, window):
    doc = open_xor(window)
    set_epoch_limit(qtbot, window, 100)
    play_to_the_limit(qtbot, window)
    slider = window.time_travel_bar.slider
    slider.setValue(slider.maximum() // 2)
    epoch = doc.run.records[slider.value()].epoch
    plot = window.plots.loss
    assert plot.marker.isVisible() and plot.marker.value() == epoch
    assert plot.readout.text().startswith(f"viewing epoch {epoch} ")
    window.time_travel_bar.now.click()
    assert not plot.marker.isVisible() and plot.readout.text().startswith("latest: epoch 100")


def test_a_target_typed_in_the_data_table_changes_the_loss_the_window_shows(qtbot, window):
    doc = open_xor(window)
    window.data_table.raise_()
    before = status_loss(window)
    window.data_table.set_value(0, 2, "1")  # sample 1's target y: 0 → 1
    assert doc.dataset.targets[0, 0] == 1.0 and doc.file.data.kind == "inline"
    after = loss_on_all_samples(doc.network, doc.dataset)
    assert status_loss(window) == expected_status(after) != before
    press(qtbot, window, *UNDO)
    assert doc.dataset.targets[0, 0] == 0.0 and status_loss(window) == before


def test_after_play_the_caption_names_what_the_nodes_show_not_the_old_choice(qtbot, window):
    open_xor(window)
    window.sample_selector.setCurrentIndex(2)  # "sample 2: (0, 1) → (1)"
    press(qtbot, window, Qt.Key.Key_F)
    caption = window.diagram.diagram.caption.text()
    assert "values: sample 2: (0, 1) → (1)" in caption
    set_epoch_limit(qtbot, window, 20)
    play_to_the_limit(qtbot, window)  # Play trains on the whole batch of 4
    caption = window.diagram.diagram.caption.text()
    # the nodes show the pass's first sample, and the caption says which: not sample 2
    assert "values: sample 1: (0, 0) → (0)" in caption and "sample 2" not in caption
    scene = window.diagram.diagram
    assert scene.nodes[(0, 0)].values_text() == scene.nodes[(0, 1)].values_text() == "out 0"


def test_the_sample_selector_is_in_sight_at_1280_by_800(qtbot, window):
    open_xor(window)
    selector = window.sample_selector
    qtbot.waitUntil(selector.isVisible)  # not behind the toolbar's overflow button
    assert window.phase_indicator.isVisible()
    corner = selector.mapTo(window, selector.rect().bottomRight())
    assert window.rect().contains(corner) and not selector.visibleRegion().isEmpty()


def test_save_then_open_keeps_the_epoch_and_the_curve(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    doc = open_xor(window)
    set_epoch_limit(qtbot, window, 120)
    play_to_the_limit(qtbot, window)
    x, y = doc.run.loss_curve.data()
    path = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions.save_as.trigger()
    assert window.files.open(path)
    again = window.doc
    assert again is not doc and again.trainer.epoch == 120
    assert window.epoch_label.text().startswith("epoch 120 ")
    qtbot.waitUntil(lambda: curve_end(window) == 120)  # the new plot, once shown
    np.testing.assert_array_equal(again.run.loss_curve.data()[1], y)
    window.save_run_action.setChecked(False)  # without the record: the weights only
    window.actions.save.trigger()
    assert window.files.open(path) and window.doc.trainer.epoch == 0


def test_the_show_the_batch_mean_box_switches_what_the_nodes_show(qtbot):
    app = open_window(qtbot, resource_path("examples", "xor.json"))
    window, doc = app.window, app.doc
    app.press("forward")
    scene = window.diagram.diagram
    assert scene.nodes[(0, 1)].values_text() == "out 0"  # sample 1: (0, 0)
    assert app.node("x2").out == 0
    window.show_mean_box.click()
    assert doc.show_batch_mean and scene.nodes[(0, 1)].values_text() == "out 0.5"
    assert app.node("x2").out == 0.5  # the API reads what the diagram shows
    assert "batch mean of 4 samples" in scene.caption.text()


def test_the_caption_tells_the_samples_loss_from_the_batchs(qtbot, window):
    doc = open_xor(window)
    press(qtbot, window, Qt.Key.Key_F)
    caption = window.diagram.diagram.caption.text()
    own, batch = float(doc.trace.sample_losses[0]), doc.trace.loss
    assert f"this sample's E = {own:.4g}" in caption and f"the batch's E = {batch:.4g}" in caption


def test_the_selector_says_what_the_next_pass_takes(qtbot, window):
    assert window.sample_selector.itemText(0) == "the one sample"  # classic 2-2-2
    open_xor(window)
    assert window.sample_selector.itemText(0) == "all 4 samples (one batch)"
    assert window.sample_selector.itemText(2) == "sample 2: (0, 1) → (1)"
