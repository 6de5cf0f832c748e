"""View → Activation gallery…: every activation of the engine beside its derivative, and the
notes' comparison plots, any subset overlaid on one axis.

The gallery walks the engine's activation table (``ACTIVATIONS``): each entry's ``f`` and
``df`` are plotted, titled with its ``formula``, so an activation added to the table appears
here untouched. Every function is evaluated on two-column rows (net, 0) and its first
column taken: for an element-wise activation that is f(net) itself; for softmax it is the
notes' softmax over two inputs, softmax(net, 0)[0]. An activation without an element-wise
``df`` (softmax) has its curve's slope drawn from central differences, and says so.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.engine.activations import ACTIVATIONS, Activation
from playground.ui.figures.fonts import apply_figure_fonts

NET = np.linspace(-5.0, 5.0, 401)
STEP = 1e-5  # central differences for an activation without an element-wise df
LINE_NAME = "1.5·net + 1"  # the notes' straight line beside the activations
PRESETS = {  # the notes' comparison plots: (button text, what they overlay)
    "sigmoid_relu": (
        QT_TRANSLATE_NOOP("ActivationGallery", "Sigmoid and ReLU"),
        ("sigmoid", "relu"),
    ),
    "five": (
        QT_TRANSLATE_NOOP("ActivationGallery", "Sigmoid, ReLU, tanh, identity and 1.5x + 1"),
        ("sigmoid", "relu", "tanh", "linear", LINE_NAME),
    ),
}
ROW_HEIGHT = 210  # pixels per activation in the "each activation" tab


def curve(activation: Activation, net: np.ndarray = NET) -> tuple[np.ndarray, np.ndarray, bool]:
    """(out, ∂out/∂net, exact) along ``net``: the first output of rows (net, 0); ``exact``
    is False when the slope came from central differences (no element-wise ``df``)."""

    def first(values: np.ndarray) -> np.ndarray:
        return activation.f(np.column_stack([values, np.zeros_like(values)]))[:, 0]

    rows = np.column_stack([net, np.zeros_like(net)])
    out_rows = activation.f(rows)
    if activation.df is not None:
        return out_rows[:, 0], activation.df(rows, out_rows)[:, 0], True
    return out_rows[:, 0], (first(net + STEP) - first(net - STEP)) / (2 * STEP), False


def _line(net: np.ndarray = NET) -> np.ndarray:
    return 1.5 * net + 1.0


class ActivationGallery(QWidget):
    """Two tabs: each activation of the table with its derivative, and the overlay of any
    subset (checkboxes, and the notes' two comparisons as buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("activation_gallery")
        self.setWindowTitle(self.tr("Activation gallery"))
        self.resize(900, 720)
        self.function_axes: dict = {}
        self.derivative_axes: dict = {}
        self.compare_lines: dict = {}
        self.checks: dict[str, QCheckBox] = {}
        tabs = QTabWidget()
        tabs.setObjectName("gallery_tabs")
        tabs.addTab(self._each_tab(), self.tr("Each activation"))
        tabs.addTab(self._compare_tab(), self.tr("Compare"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)

    # -- each activation with its derivative -----------------------------------------------

    def _each_tab(self) -> QWidget:
        rows = len(ACTIVATIONS)
        self.each_figure = Figure(figsize=(8.5, 2.1 * rows))
        axes = self.each_figure.subplots(rows, 2, squeeze=False)
        for (name, activation), (left, right) in zip(ACTIVATIONS.items(), axes, strict=True):
            out, slope, exact = curve(activation)
            left.plot(NET, out, color="#1f77b4")
            left.set_title(f"{name}: {activation.formula}", fontsize=9)
            right.plot(NET, slope, color="#D62728")
            how = "" if exact else self.tr(" (central differences: the table has no df)")
            right.set_title(rf"{name}: $\partial out / \partial net${how}", fontsize=9)
            for ax in (left, right):
                ax.axhline(0.0, color="grey", linewidth=0.5)
                ax.axvline(0.0, color="grey", linewidth=0.5)
                ax.tick_params(labelsize=8)
            right.set_xlabel("net", fontsize=8)
            left.set_xlabel("net", fontsize=8)
            self.function_axes[name], self.derivative_axes[name] = left, right
        self.each_figure.subplots_adjust(left=0.07, right=0.98, top=0.97, bottom=0.03, hspace=0.7)
        self.each_canvas = FigureCanvasQTAgg(self.each_figure)
        self.each_canvas.setObjectName("gallery_each_canvas")
        self.each_canvas.setMinimumHeight(ROW_HEIGHT * rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.each_canvas)
        return scroll

    # -- any subset on one axis ------------------------------------------------------------

    def _compare_tab(self) -> QWidget:
        self.compare_figure = Figure(figsize=(7, 5))
        self.compare_axes = ax = self.compare_figure.add_subplot(1, 1, 1)
        for name, activation in ACTIVATIONS.items():
            self.compare_lines[name] = ax.plot(NET, curve(activation)[0], label=name)[0]
        self.compare_lines[LINE_NAME] = ax.plot(NET, _line(), "--", label=LINE_NAME)[0]
        ax.axhline(0.0, color="grey", linewidth=0.5)
        ax.axvline(0.0, color="grey", linewidth=0.5)
        ax.set_xlabel("net")
        ax.set_ylabel("out")
        ax.grid(True, alpha=0.3)
        self.compare_canvas = FigureCanvasQTAgg(self.compare_figure)
        self.compare_canvas.setObjectName("gallery_compare_canvas")
        boxes = QGridLayout()
        for k, name in enumerate(self.compare_lines):
            box = QCheckBox(name)
            box.setObjectName(f"gallery_show_{name}")
            box.toggled.connect(self._redraw_compare)
            self.checks[name] = box
            boxes.addWidget(box, k // 4, k % 4)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("The notes' plots:")))
        for key, (text, names) in PRESETS.items():
            button = QPushButton(self.tr(text))
            button.setObjectName(f"gallery_preset_{key}")
            button.clicked.connect(lambda _=False, shown=names: self.show_only(shown))
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addLayout(boxes)
        layout.addWidget(self.compare_canvas, 1)
        self.show_only(PRESETS["five"][1])
        return page

    def show_only(self, names) -> None:
        """Overlay exactly ``names`` (activation names, or ``LINE_NAME``)."""
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(name in names)
            box.blockSignals(False)
        self._redraw_compare()

    def shown(self) -> list[str]:
        """The names of the curves the comparison axis shows, in the table's order."""
        return [name for name, line in self.compare_lines.items() if line.get_visible()]

    def _redraw_compare(self) -> None:
        ax = self.compare_axes
        for name, line in self.compare_lines.items():
            line.set_visible(self.checks[name].isChecked())
        visible = [line for line in self.compare_lines.values() if line.get_visible()]
        legend = ax.get_legend()
        if legend is not None:
            legend.remove()
        if visible:
            ax.legend(handles=visible, loc="upper left")
        ax.relim(visible_only=True)
        ax.autoscale_view()
        self.compare_canvas.draw_idle()


def open_activation_gallery(window) -> ActivationGallery:
    """Show ``window``'s activation gallery, made the first time it is asked for."""
    apply_figure_fonts()  # Hangul in a Korean window's titles
    gallery = window.findChild(ActivationGallery, "activation_gallery")
    if gallery is None:
        gallery = ActivationGallery(window)
    gallery.show()
    gallery.raise_()
    gallery.activateWindow()
    return gallery
