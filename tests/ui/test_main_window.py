"""The main window driven with real keys and clicks: stepping, editing, files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from playground.document import edits
from playground.paths import resource_path
from tests.ui.driving import edge_point, press, type_into_editor


def click_edge(qtbot, window, key):
    view = window.diagram
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(view, key))


def inspector_value(window, name: str) -> str:
    """The value the inspector shows (and copies) for the row called ``name``."""
    rows = dict(line.split("\t", 1) for line in window.inspector.text().splitlines())
    return rows[name]


def test_classic_example_f_b_u_keys_show_the_published_numbers(qtbot, window):
    assert [
        window.actions.forward.isEnabled(),
        window.actions.backward.isEnabled(),
        window.actions.update.isEnabled(),
    ] == [True, False, False]
    press(qtbot, window, Qt.Key.Key_F)
    assert window.phase_indicator.current_text() == "forward done"
    assert [window.actions.backward.isEnabled(), window.actions.update.isEnabled()] == [True, False]
    press(qtbot, window, Qt.Key.Key_B)
    assert inspector_value(window, "E of sample 1 (half_sse)").startswith("0.298371108")
    press(qtbot, window, Qt.Key.Key_U)
    assert window.phase_indicator.current_text() == "updated"
    click_edge(qtbot, window, (2, 0, 0))  # w5: h1 → o1
    assert inspector_value(window, "after update").startswith("0.35891647")
    assert inspector_value(window, "before update") == "0.4"
    label = window.inspector.findChild(QLabel, "inspector_value_after_update")
    assert label.text() == inspector_value(window, "after update")
    qtbot.wait(400)  # two quick clicks would be a double-click
    click_edge(qtbot, window, (1, 0, 0))  # w1: i1 → h1
    assert inspector_value(window, "after update").startswith("0.14978071")
    assert window.diagram.diagram.edges[(2, 0, 0)].label.text().startswith("0.3589")


def test_window_title_shows_the_name_and_a_modified_mark(qtbot, window):
    assert window.windowTitle().startswith("Classic 2-2-2[*]")
    assert not window.isWindowModified()
    press(qtbot, window, Qt.Key.Key_S)
    assert window.isWindowModified()


def test_typed_weight_is_refused_or_taken_and_undone_with_keys(qtbot, window):
    view = window.diagram
    view.edit_weight((2, 0, 0))
    type_into_editor(qtbot, view, "abc")
    assert view.editor.is_refused() and "'abc' is not a number" in view.editor.message()
    assert window.doc.network.layers[1].weights[0, 0] == 0.40
    type_into_editor(qtbot, view, "0.5")
    assert window.doc.network.layers[1].weights[0, 0] == 0.5
    assert window.undo_action.text() == "&Undo Set weight h1→o1 to 0.5"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.layers[1].weights[0, 0] == 0.40
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.doc.network.layers[1].weights[0, 0] == 0.5


def test_build_a_2_2_1_network_by_editing_and_step_it(qtbot, window):
    window.files.open_path(resource_path("examples", "xor.json"), remember=False, as_untitled=True)
    doc = window.doc
    window.actions.add_layer.trigger()
    assert doc.network.layer_sizes == [2, 2, 2, 1]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.network.layer_sizes == [2, 2, 1]
    for (column, source, target), text in {
        (1, 0, 0): "1",
        (1, 1, 0): "-1",
        (1, 0, 1): "-1",
        (1, 1, 1): "1",
        (2, 0, 0): "2",
        (2, 1, 0): "2",
    }.items():
        window.diagram.edit_weight((column, source, target))
        type_into_editor(qtbot, window.diagram, text)
    np.testing.assert_array_equal(doc.network.layers[0].weights, [[1, -1], [-1, 1]])
    for key in (Qt.Key.Key_F, Qt.Key.Key_B):
        press(qtbot, window, key)
    trace = doc.trace
    net_h1 = np.array([0, -1, 1, 0], float)  # x1 − x2 over the truth table
    np.testing.assert_allclose(trace.layers[0].net[:, 0], net_h1)
    node = window.diagram.diagram.nodes[(1, 0)]
    assert f"{net_h1.mean():.4g}" in node.values_text()
    assert window.doc.trace.loss == pytest.approx(float(trace.sample_losses.mean()))


def test_save_reopen_gives_identical_numbers(qtbot, window, tmp_path, monkeypatch):
    press(qtbot, window, Qt.Key.Key_S)
    path = tmp_path / "after-one-step.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions.save.trigger()  # untitled: Save asks where
    assert path.is_file() and not window.isWindowModified()
    assert window.windowTitle().startswith("after-one-step.json[*]")
    weights = [layer.weights.copy() for layer in window.doc.network.layers]
    assert window.files.open(path)
    for a, b in zip(weights, (layer.weights for layer in window.doc.network.layers), strict=True):
        np.testing.assert_array_equal(a, b)
    assert str(path.resolve()) in [str(p) for p in window.files.recent_files()]


def test_corrupt_file_is_refused_and_the_document_stays(qtbot, window, tmp_path):
    before = window.doc
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "nn-playground/network",
                "version": 1,
                "layers": [
                    {"units": 2},
                    {
                        "units": 2,
                        "activation": "sigmod",
                        "weights": [[1, 2], [3, 4]],
                        "bias": [0, 0],
                    },
                ],
                "loss": "mse",
                "optimizer": {"name": "sgd"},
                "data": {"builtin": "xor"},
            }
        )
    )
    assert not window.files.open(bad)
    assert window.doc is before
    box = window.files.last_error
    assert box.isVisible() and "layers[1].activation: unknown 'sigmod'" in box.text()
    box.close()
    (tmp_path / "garbage.json").write_text("{ not json")
    assert not window.files.open(tmp_path / "garbage.json")
    assert window.doc is before


def test_unsaved_changes_are_asked_about_before_opening(qtbot, window, monkeypatch):
    press(qtbot, window, Qt.Key.Key_S)
    before = window.doc
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.files.open(resource_path("examples", "xor.json"))
    assert window.doc is before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.files.open(resource_path("examples", "xor.json"))
    assert window.doc.network.layer_sizes == [2, 2, 1]


def test_space_plays_and_pauses_and_the_status_bar_follows(qtbot, window):
    window.files.open_path(resource_path("examples", "xor.json"), remember=False, as_untitled=True)
    window.doc.epochs = 10**9
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.player.playing and window.actions.play.text() == "&Pause"
    qtbot.waitUntil(lambda: window.doc.trainer.epoch > 100, timeout=20_000)
    qtbot.waitUntil(lambda: window.speed_label.text().endswith("steps/s"))  # the next frame
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.player.playing and window.actions.play.text() == "&Play"
    # (that the event loop turns while playing is counted in frames in test_player.py)
    assert window.epoch_label.text().startswith(f"epoch {window.doc.trainer.epoch}")
    assert window.accuracy_label.text().startswith("accuracy")


def test_divergence_shows_a_message_and_roll_back_restores(qtbot, window):
    window.files.open_path(resource_path("examples", "xor.json"), remember=False, as_untitled=True)
    doc = window.doc
    doc.undo_stack.push(edits.set_activation(doc, 2, "linear"))
    doc.undo_stack.push(edits.set_optimizer(doc, {"name": "sgd", "learning_rate": 1e6}))
    start = [layer.weights.copy() for layer in doc.network.layers]
    doc.epochs = 10**9
    with qtbot.waitSignal(window.player.stopped, timeout=10_000):
        window.actions.play.trigger()
    bar = window.message_bar
    assert bar.isVisible() and "learning rate (1e+06) is likely too high" in bar.text()
    assert all(np.isfinite(layer.weights).all() for layer in doc.network.layers)
    qtbot.mouseClick(bar.button("Roll back"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    for a, layer in zip(start, doc.network.layers, strict=True):
        np.testing.assert_array_equal(a, layer.weights)


def test_the_window_remembers_its_layout(qtbot, settings):
    from playground.ui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.files.open_path(resource_path("examples", "xor.json"), remember=False, as_untitled=True)
    first.resize(1000, 700)
    first.show()
    qtbot.waitExposed(first)
    first.inspector.hide()
    first.close()
    assert settings.value("window/geometry") is not None
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.files.open_path(resource_path("examples", "xor.json"), remember=False, as_untitled=True)
    second.restore_layout()
    second.show()
    qtbot.waitExposed(second)
    # The size itself is not compared: Qt fits a restored geometry onto the screen, and
    # the offscreen platform's screen is smaller than the window.
    assert not second.inspector.isVisible()


def test_the_examples_menu_uses_the_files_own_names(window):
    titles = [action.text() for action in window.examples_menu.actions()]
    assert "Classic 2-2-2" in titles and "XOR" in titles
    assert "Perceptron: AND gate" in titles and "Xor" not in titles


def test_reset_layout_brings_every_dock_back_to_its_place(qtbot, window):
    window.lesson.close()
    window.plots.setFloating(True)
    window.findChild(type(window.actions.new), "action_reset_layout").trigger()
    qtbot.waitUntil(lambda: window.plots.isVisible() and not window.plots.isFloating())
    assert window.dockWidgetArea(window.plots) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert not window.lesson.isHidden() and not window.lesson.isFloating()
    assert window.dockWidgetArea(window.controls) == Qt.DockWidgetArea.LeftDockWidgetArea
