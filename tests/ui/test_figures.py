"""The figure windows: the error surface with its training path, the activation gallery, and
matplotlib staying unloaded until one of them opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton

from playground.engine.activations import ACTIVATIONS, Activation
from playground.engine.chain_rule import Param
from tests.ui.driving import press, type_into

ROOT = Path(__file__).resolve().parents[2]


def figure_action(window, name: str) -> QAction:
    """View → ``name``; ``figures.menu.install`` adds it when the window has not yet."""
    from playground.ui.figures import menu

    if window.findChild(QAction, name) is None:
        menu.install(window)
    action = window.findChild(QAction, name)
    assert action is not None and action in window.view_menu.actions()
    return action


def open_lesson(window, lesson_id: str):
    action = window.lessons_menu.findChild(QAction, f"lesson.{lesson_id}")
    action.trigger()
    assert window.doc.file.lesson.id == lesson_id
    return window.doc


def open_surface(qtbot, window):
    from playground.ui.figures.error_surface import ErrorSurfaceWindow

    figure_action(window, "action_error_surface").trigger()
    view = window.findChild(ErrorSurfaceWindow, "error_surface")
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.redraws > 0)
    window.activateWindow()  # the keys F, B, U, E, Space are the main window's shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return view


def w_and_b(doc) -> tuple[float, float]:
    return w_and_b_of(doc, 0)


def w_and_b_of(doc, source: int) -> tuple[float, float]:
    """The weight from input ``source`` into the first output node, and that node's bias."""
    layer = doc.network.layers[0]
    return float(layer.weights[source, 0]), float(layer.bias[0])


def half_sse(w, b):
    """The lesson's E(w, b) = ½(2w + b − 10)², written out by hand."""
    return 0.5 * (2 * np.asarray(w) + np.asarray(b) - 10.0) ** 2


def test_the_figure_menu_imports_no_matplotlib_until_a_figure_opens(tmp_path):
    # tests/test_startup.py checks the bare window; this checks what install() adds to it
    code = f"""
import sys
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
app = QApplication([])
from playground.ui.main_window import MainWindow
from playground.ui.figures import menu
from playground.paths import resource_path
window = MainWindow(settings=QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
window.files.open_path(resource_path("examples", "classic-2-2-2.json"), remember=False,
                       as_untitled=True)
window.show()
app.processEvents()
if window.findChild(QAction, "action_activation_gallery") is None:
    menu.install(window)
before = "matplotlib" in sys.modules
window.findChild(QAction, "action_activation_gallery").trigger()
print(before, "matplotlib" in sys.modules)
window.deleteLater()  # gone before the interpreter shuts down, as when the app's main() returns
app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    assert result.stdout.split()[-2:] == ["False", "True"]


def test_installing_the_figure_actions_twice_adds_them_once(qtbot, window):
    from playground.ui.figures import menu

    first = figure_action(window, "action_error_surface")
    menu.install(window)
    names = [a.objectName() for a in window.view_menu.actions()]
    assert names.count("action_error_surface") == names.count("action_activation_gallery") == 1
    assert window.findChild(QAction, "action_error_surface") is first


def test_the_error_surface_lesson_walks_201_points_to_the_trainers_w_and_b(qtbot, window):
    doc = open_lesson(window, "error-surface-one-neuron")
    view = open_surface(qtbot, window)
    assert view.params == (Param.edge(1, 0, 0), Param.node(1, 0))  # w and b of the neuron
    assert view.center == (3.0, 1.0)
    s = view.surface
    assert s.losses.shape == (60, 60) and (s.xs[0], s.xs[-1], s.ys[0], s.ys[-1]) == (1, 5, -1, 3)
    w, b = np.meshgrid(s.xs, s.ys)
    np.testing.assert_allclose(s.losses, half_sse(w, b), rtol=1e-12, atol=1e-24)
    assert view.drawn_path().tolist() == [[3.0, 1.0]]

    press(qtbot, window, Qt.Key.Key_Space)  # Play, to the lesson's 200 epochs
    qtbot.waitUntil(lambda: doc.trainer.epoch == 200 and not window.player.playing, timeout=60_000)
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 201)

    path = view.drawn_path()
    assert path[0].tolist() == [3.0, 1.0]
    assert tuple(path[-1]) == w_and_b(doc)  # exactly the trainer's
    assert path[-1] == pytest.approx([4.19996, 1.59998], abs=5e-6)  # the lesson's numbers
    # each update moves (w, b) along (2, 1) and shrinks y − t by 0.95
    errors = 2 * path[:, 0] + path[:, 1] - 10.0
    np.testing.assert_allclose(errors[1:] / errors[:-1], 0.95, rtol=1e-9)
    np.testing.assert_allclose(view.path_losses, half_sse(path[:, 0], path[:, 1]), rtol=1e-12)
    assert view.path_losses[0] == 4.5
    np.testing.assert_array_equal(view.trajectory(), path)
    line_3d = view.path_3d.get_data_3d()
    assert len(line_3d[0]) == 201 and line_3d[2][-1] == view.path_losses[-1]


def test_the_path_is_the_runs_own_reset_starts_it_again_and_undo_brings_it_back(qtbot, window):
    doc = open_lesson(window, "error-surface-one-neuron")
    view = open_surface(qtbot, window)
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_E)  # one epoch each
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 4)
    after_three = view.drawn_path()
    assert tuple(after_three[-1]) == w_and_b(doc)
    press(qtbot, window, Qt.Key.Key_R)  # a new run from the initial weights
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 1)
    assert view.drawn_path().tolist() == [[3.0, 1.0]]
    doc.undo_stack.undo()  # the earlier run, with its records
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 4)
    np.testing.assert_array_equal(view.drawn_path(), after_three)


def test_a_typed_weight_joins_the_path_as_the_current_point(qtbot, window):
    doc = open_lesson(window, "error-surface-one-neuron")
    view = open_surface(qtbot, window)
    press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 2)
    from playground.document import edits

    window.push(edits.set_weight(doc, 1, 0, 0, "2.5"))
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 3)
    assert view.drawn_path()[-1].tolist() == [2.5, w_and_b(doc)[1]]
    assert view.point_contour.get_data()[0][0] == 2.5


def test_on_a_bigger_network_the_clicked_edge_and_its_targets_bias_span_the_surface(qtbot, window):
    from tests.ui.test_main_window import click_edge

    view = open_surface(qtbot, window)  # the classic 2-2-2 network
    assert view.params == (Param.edge(2, 0, 0), Param.node(2, 0))  # nothing selected yet
    click_edge(qtbot, window, (1, 1, 0))  # i2 → h1: w2
    qtbot.waitUntil(lambda: view.surface.first == Param.edge(1, 1, 0))
    assert view.params == (Param.edge(1, 1, 0), Param.node(1, 0))
    assert view.first_box.currentText().startswith("w2 ")
    assert view.center == (0.2, 0.35)
    network, data = window.doc.network, window.doc.dataset
    copy = network.copy()
    copy.layers[0].weights[1, 0] = view.surface.xs[7]
    copy.layers[0].bias[0] = view.surface.ys[41]
    expected = copy.backward(copy.forward(data.inputs), data.targets).loss
    assert view.surface.losses[41, 7] == pytest.approx(expected, rel=1e-12)

    type_into(qtbot, view.points_box, "25")
    qtbot.waitUntil(lambda: view.surface.losses.shape == (25, 25))
    type_into(qtbot, view.range_box, "0.5")
    qtbot.waitUntil(lambda: view.surface.xs[-1] == pytest.approx(0.7))
    assert view.surface.ys[0] == pytest.approx(-0.15)


def test_the_gallery_has_one_plot_per_activation_of_the_table(qtbot, window):
    from playground.ui.figures.activation_gallery import ActivationGallery

    figure_action(window, "action_activation_gallery").trigger()
    gallery = window.findChild(ActivationGallery, "activation_gallery")
    qtbot.waitExposed(gallery)
    assert list(gallery.function_axes) == list(ACTIVATIONS)
    assert list(gallery.derivative_axes) == list(ACTIVATIONS)
    for name, activation in ACTIVATIONS.items():
        assert activation.formula in gallery.function_axes[name].get_title()
        line = gallery.function_axes[name].get_lines()[0]  # then the axes at 0
        net, out = line.get_data()
        if name != "softmax":
            np.testing.assert_array_equal(out, activation.f(net))
    sigmoid = 1.0 / (1.0 + np.exp(-np.linspace(-5, 5, 401)))
    net, out = gallery.function_axes["softmax"].get_lines()[0].get_data()
    np.testing.assert_allclose(out, sigmoid, rtol=1e-12)  # softmax(x, 0)[0] = σ(x)
    _, slope = gallery.derivative_axes["softmax"].get_lines()[0].get_data()
    np.testing.assert_allclose(slope, sigmoid * (1 - sigmoid), atol=1e-9)
    _, slope = gallery.derivative_axes["tanh"].get_lines()[0].get_data()
    np.testing.assert_allclose(slope, 1 - np.tanh(net) ** 2, rtol=1e-12)


def test_the_notes_comparisons_and_any_subset_overlay_on_one_axis(qtbot, window):
    from playground.ui.figures.activation_gallery import LINE_NAME, ActivationGallery

    figure_action(window, "action_activation_gallery").trigger()
    gallery = window.findChild(ActivationGallery, "activation_gallery")
    gallery.tabs.setCurrentIndex(1)
    assert gallery.shown() == ["linear", "sigmoid", "tanh", "relu", LINE_NAME]
    button = gallery.findChild(QPushButton, "gallery_preset_sigmoid_relu")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert gallery.shown() == ["sigmoid", "relu"]
    box = gallery.checks["leaky_relu"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert gallery.shown() == ["sigmoid", "relu", "leaky_relu"]
    legend = [t.get_text() for t in gallery.compare_axes.get_legend().get_texts()]
    assert legend == ["sigmoid", "relu", "leaky_relu"]
    _, line = gallery.compare_lines[LINE_NAME].get_data()
    assert line[0] == 1.5 * -5 + 1


def test_an_activation_added_to_the_table_appears_in_the_gallery(qtbot, monkeypatch):
    from playground.ui.figures.activation_gallery import ActivationGallery

    softplus = Activation(
        "softplus", lambda net: np.logaddexp(0.0, net), None, "out = log(1 + e^net)"
    )
    monkeypatch.setitem(ACTIVATIONS, "softplus", softplus)
    gallery = ActivationGallery()
    qtbot.addWidget(gallery)
    assert "softplus" in gallery.function_axes and "softplus" in gallery.checks
    assert "central differences" in gallery.derivative_axes["softplus"].get_title()


def test_updates_stepped_by_hand_inside_an_epoch_are_on_the_path(qtbot, window):
    doc = open_lesson(window, "perceptron-and")  # one sample a batch: four updates an epoch
    view = open_surface(qtbot, window)
    assert view.params == (Param.edge(1, 0, 0), Param.node(1, 0))
    seen = [w_and_b_of(doc, 0)]
    for _ in range(6):
        press(qtbot, window, Qt.Key.Key_S)  # forward, backward and update of one sample
        seen.append(w_and_b_of(doc, 0))
    assert doc.trainer.epoch == 1 and doc.trainer.steps == 6
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 7)
    assert [tuple(p) for p in view.drawn_path()] == seen
    press(qtbot, window, Qt.Key.Key_R)  # a new run: a new path
    qtbot.waitUntil(lambda: len(view.drawn_path()) == 1)


def test_the_view_follows_a_lesson_opened_while_it_is_open(qtbot, window):
    view = open_surface(qtbot, window)  # on the classic 2-2-2 network
    open_lesson(window, "error-surface-one-neuron")
    qtbot.waitUntil(lambda: view.surface.xs[0] == 1.0)
    assert view.doc is window.doc and view.center == (3.0, 1.0)
    assert view.surface.losses[30, 30] == pytest.approx(
        half_sse(view.surface.xs[30], view.surface.ys[30])
    )


def test_the_computational_graph_of_w5_fills_in_as_f_and_b_are_stepped(qtbot, window):
    from playground.ui.figures.computational_graph import ComputationalGraphWindow
    from tests.ui.test_main_window import click_edge

    figure_action(window, "action_computational_graph").trigger()
    view = window.findChild(ComputationalGraphWindow, "computational_graph")
    qtbot.waitExposed(view)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_edge(qtbot, window, (2, 0, 0))  # h1 → o1: w5 of the classic network
    qtbot.waitUntil(lambda: view.graph is not None)
    graph = view.graph
    assert graph.nodes["mul"] == "×" and graph.nodes["add"] == "+"
    assert graph.nodes["f"] == "sigmoid" and graph.nodes["E"] == "E"
    assert graph.edge("w5").forward == 0.4 and graph.edge("out_h1").forward is None
    assert all(edge.backward is None for edge in graph.edges)

    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: view.graph.edge("out_h1").forward is not None)
    graph = view.graph
    # the classic example's published forward numbers
    assert graph.edge("out_h1").forward == pytest.approx(0.593269992, abs=1e-9)
    assert graph.edge("net_o1").forward == pytest.approx(1.105905967, abs=1e-9)
    assert graph.edge("out_o1").forward == pytest.approx(0.75136507, abs=1e-8)
    assert graph.edge("b_o1").forward == pytest.approx(0.6, abs=1e-15)
    assert all(edge.backward is None for edge in graph.edges)

    press(qtbot, window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: view.graph.edge("w5").backward is not None)
    graph = view.graph
    out, x = graph.edge("out_o1").forward, graph.edge("out_h1").forward
    d_out = out - 0.01  # half_sse: ∂E/∂out = out − target
    delta = d_out * out * (1 - out)  # sigmoid′ = out·(1 − out)
    assert graph.edge("out_o1").backward == pytest.approx(0.74136507, abs=1e-8)
    assert graph.edge("out_o1").backward == pytest.approx(d_out, rel=1e-12)
    for name in ("net_o1", "b_o1", "w5·out_h1", "Σ other w·x"):  # the add gate copies δ
        assert graph.edge(name).backward == pytest.approx(delta, rel=1e-12)
    assert graph.edge("w5").backward == pytest.approx(delta * x, rel=1e-12)  # × gate: δ·x
    assert graph.edge("w5").backward == pytest.approx(0.082167041, abs=5e-10)
    assert graph.edge("out_h1").backward == pytest.approx(delta * 0.4, rel=1e-12)  # δ·w
    assert graph.edge("w5").backward == pytest.approx(
        float(window.doc.trace.layers[1].grad_weights[0, 0]), rel=1e-12
    )


def test_a_big_surface_is_worked_out_off_the_gui_thread_and_then_drawn(qtbot, window, monkeypatch):
    from playground.ui.figures import surface_job

    monkeypatch.setattr(surface_job, "SYNC_NUMBERS", 0)  # every surface counts as big
    open_lesson(window, "error-surface-one-neuron")
    figure_action(window, "action_error_surface").trigger()
    from playground.ui.figures.error_surface import ErrorSurfaceWindow

    view = window.findChild(ErrorSurfaceWindow, "error_surface")
    qtbot.waitUntil(lambda: view.surface is not None, timeout=30_000)
    w, b = np.meshgrid(view.surface.xs, view.surface.ys)
    np.testing.assert_allclose(view.surface.losses, half_sse(w, b), rtol=1e-12, atol=1e-24)
    qtbot.waitUntil(lambda: view.drawn_path().tolist() == [[3.0, 1.0]])
    type_into(qtbot, view.points_box, "30")
    qtbot.waitUntil(lambda: view.surface.losses.shape == (30, 30), timeout=30_000)


def test_figures_in_a_korean_window_draw_hangul_with_a_korean_font(qtbot):
    import matplotlib

    from playground.ui.figures import fonts
    from playground.ui.language import SWITCH

    if not fonts._installed_korean():
        pytest.skip("no Korean font installed (fonts-nanum or fonts-noto-cjk)")
    assert SWITCH.set_language("ko")
    try:
        fonts.apply_figure_fonts()
        assert matplotlib.rcParams["font.sans-serif"][0] in fonts._installed_korean()
        assert matplotlib.rcParams["axes.unicode_minus"] is False
    finally:
        SWITCH.set_language("en")
        fonts.apply_figure_fonts()
    assert matplotlib.rcParams["font.sans-serif"] == matplotlib.rcParamsDefault["font.sans-serif"]
