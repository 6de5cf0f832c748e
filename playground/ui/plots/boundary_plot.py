"""The decision boundary: the network's output over the input plane, drawn live.

Two inputs: a heatmap of the output (a diverging map, white at the decision threshold, with
a colour bar), or with several outputs the winning class by colour; the training points on
top, the test points in another marker. One input and one output: the prediction curve
through the data points (the notes' y = 2x and y = 2x + 1). Any other shape: a short note.

Every redraw is one vectorised forward pass over a grid (``plane.outputs_over_plane``).
A burst of signals (the Player's progress, a hand step, an edit) costs one redraw: they
only start a zero-interval single-shot timer. Paused or stepped by hand, the grid has at
least ``FULL_SIDE`` cells a side (TensorFlow Playground's 100); while playing its side
adapts (``MIN_SIDE`` to ``MAX_SIDE``) so that a redraw stays under ``BUDGET_SECONDS``, and
Pause redraws once at full resolution. The grid spans the plot's whole view range (wider
than the data when the aspect ratio is locked), so the colours fill the axes.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from playground.document.changes import Change
from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.player import Player
from playground.lab.session import session_for
from playground.ui.figure_export import add_context_menu, plot_figure
from playground.ui.plots import plane
from playground.ui.plots.style import INK, plot_widget, readout_label, style_axes
from playground.ui.translate import message_text

CURVE_COLOUR = "#0072B2"
TRAIN_SIZE, TEST_SIZE = 11, 13


class BoundaryPlot(QWidget):
    """The output of ``doc``'s network (or of one node) over its inputs, redrawn live."""

    MIN_SIDE, MAX_SIDE, START_SIDE = 24, 160, 100
    FULL_SIDE = 100  # the least side when paused or stepped by hand
    BUDGET_SECONDS = 0.004
    CURVE_POINTS = 240

    def __init__(self, doc: NetworkDocument, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundary_plot")
        self.doc, self.player = doc, player
        self.resolution = self.START_SIDE  # the grid's side at the next redraw while playing
        self.drawn_resolution = 0  # the side of the picture shown
        self.node: NodeRef | None = None
        self.mode: str | None = None
        self.data_extent: plane.Extent = (0.0, 1.0, 0.0, 1.0)  # the data with a margin
        self.extent: plane.Extent = self.data_extent  # what the grid spans: the view range
        self.last_redraw_seconds = 0.0
        self.redraw_count = 0
        self._colour_key: tuple | None = None
        self._per_pixel: float | None = None  # seconds per grid point, a moving average
        self._setup_needed = True
        self._pending = True
        self._drawing = False  # within redraw(), which reads the view range itself
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.redraw)
        self._build()
        player.plot_due.connect(self._plot_due)
        doc.changed.connect(self._changed)
        self.schedule()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("boundary_title")
        self.key = QLabel()
        self.key.setObjectName("boundary_key")
        self.back_button = QPushButton(self.tr("◀ Network output"))
        self.back_button.setObjectName("boundary_network_output")
        self.back_button.setToolTip(self.tr("Show the whole network's output again"))
        self.back_button.clicked.connect(lambda: self.show_node(None))
        self.back_button.hide()
        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 4, 0)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.key)
        header.addStretch(1)
        header.addWidget(self.back_button)

        self.graphics = plot_widget()
        # the grid's cells blend into each other instead of showing as squares
        self.graphics.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        style_axes(self.plot, ("left", "bottom"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.class_image = pg.ImageItem(axisOrder="row-major")
        self.curve = pg.PlotDataItem(pen=pg.mkPen(CURVE_COLOUR, width=2.5), name="prediction")
        self.train_points = pg.ScatterPlotItem(symbol="o", size=TRAIN_SIZE, name="training samples")
        self.test_points = pg.ScatterPlotItem(symbol="t1", size=TEST_SIZE, name="test samples")
        for z, item in enumerate(
            (self.image, self.class_image, self.curve, self.train_points, self.test_points)
        ):
            item.setZValue(z)
            self.plot.addItem(item)
        self.colour_bar = pg.ColorBarItem(
            values=(0.0, 1.0), width=14, interactive=False, colorMapMenu=False
        )
        self.colour_bar.setImageItem(self.image)
        style_axes(self.colour_bar, ("right",))
        self.graphics.addItem(self.colour_bar, row=0, col=1)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.vb.sigRangeChanged.connect(self._view_range_changed)

        self.note = QLabel()
        self.note.setObjectName("boundary_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.note)
        self.readout = readout_label("boundary_readout")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.readout)
        # right-click: "Export figure…" (SVG or PNG), in place of pyqtgraph's own menu
        add_context_menu(
            self, lambda: plot_figure("boundary", self.tr("Boundary plot"), self.graphics)
        )

    # -- when to redraw ------------------------------------------------------------------

    def _plot_due(self, turn: int) -> None:
        if turn == 1:
            self.schedule()

    def _changed(self, change: Change) -> None:
        # labels: axis names and titles
        if change & (Change.STRUCTURE | Change.SETTINGS | Change.LABELS | Change.RUN):
            self._data_or_shape_changed()
        elif Change.PARAMETERS in change and not self.player.playing:
            self.schedule()  # while playing, plot_due paces the redraws

    def _view_range_changed(self) -> None:
        """A resize (or the locked aspect ratio) widened the view: the grid must cover it."""
        if self._drawing or self.mode != "plane":
            return
        if not np.allclose(self._view_extent(), self.extent):
            self.schedule()

    def schedule(self) -> None:
        """Redraw once the event loop turns; any number of calls before that cost one."""
        if not self._timer.isActive():
            self._timer.start()

    def _data_or_shape_changed(self) -> None:
        self._setup_needed = True
        self.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.schedule()

    def redraw(self) -> None:
        """One forward pass over the grid and the image (or curve) updated in place.

        Skipped while hidden (a background tab): it is done when the plot shows again.
        """
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        started = time.perf_counter()
        set_up = self._setup_needed
        self._drawing = True
        try:
            if set_up:
                self._setup()
            if self.mode == "plane":
                self._draw_plane()
            elif self.mode == "curve":
                self._draw_curve()
        finally:
            self._drawing = False
        self.last_redraw_seconds = time.perf_counter() - started
        self.redraw_count += 1
        if self.mode == "plane" and not set_up:  # setting up is not the cost of a frame
            self._adapt_resolution(self.last_redraw_seconds, self.drawn_resolution)

    def redraw_pending(self) -> bool:
        """Whether a redraw is due at the next turn of the event loop."""
        return self._timer.isActive()

    def side(self) -> int:
        """The grid's side for a redraw now: the adapted one while playing, at least
        ``FULL_SIDE`` when paused or stepped by hand (no frame to keep up with)."""
        if self.player.playing:
            return self.resolution
        return max(self.FULL_SIDE, self.resolution)

    def _adapt_resolution(self, seconds: float, drawn: int) -> None:
        """The side whose square of pixels costs about 80 % of the budget (cost ∝ side²),
        measured on a redraw of side ``drawn``.

        The cost per pixel is a moving average, and one slow frame (the garbage collector,
        a busy CPU) counts at most four times the average, so a hiccup does not coarsen
        the picture; the side changes only by steps of at least 10 %.
        """
        per_pixel = seconds / drawn**2
        if self._per_pixel is None:
            self._per_pixel = per_pixel
        else:
            per_pixel = min(per_pixel, 4.0 * self._per_pixel)
            self._per_pixel += 0.25 * (per_pixel - self._per_pixel)
        side = (0.8 * self.BUDGET_SECONDS / max(self._per_pixel, 1e-12)) ** 0.5
        side = int(min(max(side, self.MIN_SIDE), self.MAX_SIDE))
        if abs(side - self.resolution) >= max(4, 0.1 * self.resolution):
            self.resolution = side

    # -- what to draw: set up when the data or the shape changed --------------------------

    def _setup(self) -> None:
        self._setup_needed = False
        doc = self.doc
        network, dataset = doc.network, doc.dataset
        self.mode = plane.plot_kind(network.input_units, network.output_units)
        if self.node is not None and not self._node_exists(self.node):
            self.node = None
        if self.mode is None:
            self.note.setText(
                message_text(plane.why_no_plot(network.input_units, network.output_units))
            )
            self.stack.setCurrentWidget(self.note)
            self.title.setText("")
            self.readout.setText("")
            self._clear_items()
            return
        self.stack.setCurrentWidget(self.graphics)
        self.data_extent = self.extent = plane.plane_extent(dataset)
        self._colour_key = None
        self._per_pixel = None  # another network: measure afresh
        if self.mode == "plane":
            self._setup_plane(dataset)
        else:
            self._setup_curve(dataset)
        self._refresh_title()
        self._show_hint()

    def _clear_items(self) -> None:
        for item in (self.train_points, self.test_points):
            item.clear()
        self.curve.setData([], [])
        self.key.setText("")

    def _setup_plane(self, dataset) -> None:
        x0, x1, y0, y1 = self.data_extent
        self.plot.setAspectLocked(1 / 3 <= (x1 - x0) / (y1 - y0) <= 3)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.plot.setLabel("bottom", self.doc.label(0, 0), color=INK)
        self.plot.setLabel("left", self.doc.label(0, 1), color=INK)
        self.curve.hide()
        self._set_points(self.train_points, dataset.inputs, dataset.targets, test=False)
        self._set_points(self.test_points, dataset.test_inputs, dataset.test_targets, test=True)
        self._fill_key(dataset)

    def _setup_curve(self, dataset) -> None:
        x0, x1 = self.extent[:2]
        self.image.hide()
        self.class_image.hide()
        self._show_colour_bar(False)
        self.curve.show()
        self.plot.setAspectLocked(False)
        self.plot.enableAutoRange(y=True)
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setLabel("bottom", self.doc.label(0, 0), color=INK)
        self.plot.setLabel("left", self.doc.label(len(self.doc.network.layers), 0), color=INK)
        for item, x, y, test in (
            (self.train_points, dataset.inputs, dataset.targets, False),
            (self.test_points, dataset.test_inputs, dataset.test_targets, True),
        ):
            if x is None:
                item.clear()
                continue
            item.setData(
                x=x[:, 0], y=y[:, 0], symbol="t1" if test else "o",
                size=TEST_SIZE if test else TRAIN_SIZE,
                brush=pg.mkBrush("#FFFFFF" if test else INK), pen=pg.mkPen(INK, width=1.2),
            )  # fmt: skip
        self._fill_key(dataset)

    def _set_points(self, item: pg.ScatterPlotItem, inputs, targets, *, test: bool) -> None:
        if inputs is None:
            item.clear()
            return
        brushes = [pg.mkBrush(colour) for colour in self._class_colours(targets)]
        pen = pg.mkPen(INK if test else "#FFFFFF", width=1.5 if test else 2.0)
        item.setData(x=inputs[:, 0], y=inputs[:, 1], brush=brushes, pen=pen)

    def _has_classes(self) -> bool:
        """Whether several outputs name classes to tell apart: not with a single sample
        (the classic 2-2-2 example), whose targets are just two numbers to reach."""
        return self.doc.dataset.n_outputs > 1 and self.doc.dataset.n_samples > 1

    def _shows_classes(self) -> bool:
        """Whether the plot shows the winning class (else one node's output value)."""
        return self.node is None and self.doc.network.output_units > 1 and self._has_classes()

    def _class_colours(self, targets: np.ndarray) -> list[str]:
        """The colour of each sample's class: orange for 0, blue for 1 (as on the heatmap);
        with several outputs the categorical colour of its largest target (ink when there
        are no classes)."""
        if targets.shape[1] > 1 and not self._has_classes():
            return [INK] * len(targets)
        if targets.shape[1] > 1:
            palette = plane.CATEGORICAL
            return [palette[k % len(palette)] for k in targets.argmax(axis=1)]
        threshold = plane.decision_threshold(
            self.doc.network.layers[-1].activation, self.doc.dataset.targets
        )
        return [
            plane.CLASS_1_POINT if t >= threshold else plane.CLASS_0_POINT for t in targets[:, 0]
        ]

    def _fill_key(self, dataset) -> None:
        """The key under the plot: what the point colours and markers mean."""
        parts = []
        if self.mode == "curve":
            parts.append(_swatch("━", CURVE_COLOUR, self.tr("network")))
            parts.append(_swatch("●", INK, self.tr("training")))
            if dataset.test_inputs is not None:
                parts.append(_swatch("△", INK, self.tr("test")))
        else:
            if dataset.n_outputs > 1 and not self._has_classes():
                count = dataset.n_samples
                if count == 1:
                    text = self.tr("{count} training sample")
                else:
                    text = self.tr("{count} training samples")
                parts.append(_swatch("●", INK, text.format(count=count)))
            elif dataset.n_outputs > 1:
                names = dataset.target_labels or tuple(str(k) for k in range(dataset.n_outputs))
                for k, name in enumerate(names):
                    colour = plane.CATEGORICAL[k % len(plane.CATEGORICAL)]
                    parts.append(_swatch("■", colour, self.tr("class {name}").format(name=name)))
            else:
                class_text = self.tr("class {name}")
                parts.append(_swatch("●", plane.CLASS_0_POINT, class_text.format(name=0)))
                parts.append(_swatch("●", plane.CLASS_1_POINT, class_text.format(name=1)))
            if dataset.test_inputs is not None:
                parts.append(_swatch("●", "#808080", self.tr("training")))
                parts.append(_swatch("▲", "#808080", self.tr("test")))
        self.key.setText(" &nbsp; ".join(parts))

    # -- drawing ---------------------------------------------------------------------------

    def _draw_plane(self) -> None:
        network = self.doc.network
        side = self.side()
        self.extent = self._view_extent()
        outputs = plane.outputs_over_plane(network, self.extent, side)
        self.drawn_resolution = side
        x0, x1, y0, y1 = self.extent
        if self._shows_classes():
            self.image.hide()
            self._show_colour_bar(False)
            self.class_image.setImage(plane.class_image(outputs.output))
            self.class_image.setRect(x0, y0, x1 - x0, y1 - y0)
            self.class_image.show()
            self.class_image.render()  # the colouring inside the timed redraw
            return
        column, index = self.node or (len(network.layers), 0)
        values = outputs.node(column, index)
        activation = network.layers[column - 1].activation
        centre = self._centre(column, activation)
        levels = plane.value_levels(activation, values, centre)
        self.class_image.hide()
        self.image.setImage(values, autoLevels=False)
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        self._set_colours(levels, centre, column)
        self.image.show()
        self._show_colour_bar(True)
        self.image.render()

    def _view_extent(self) -> plane.Extent:
        """The plot's view range as an extent; the data's until the view has a size."""
        view = self.plot.vb
        (x0, x1), (y0, y1) = view.viewRange()
        if view.width() < 1 or view.height() < 1 or not (x1 > x0 and y1 > y0):
            return self.data_extent
        return (float(x0), float(x1), float(y0), float(y1))

    def _centre(self, column: int, activation: str) -> float:
        if column == len(self.doc.network.layers):
            return plane.decision_threshold(activation, self.doc.dataset.targets)
        return plane.centre_of(activation)

    def _set_colours(self, levels: tuple[float, float], centre: float, column: int) -> None:
        key = (round(plane.centre_position(levels, centre), 3), centre, column)
        if key != self._colour_key:
            self._colour_key = key
            positions, colours = plane.diverging_stops(levels, centre)
            self.colour_bar.setColorMap(pg.ColorMap(positions, colours))
            self.colour_bar.getAxis("left").setLabel(self._colour_label(centre, column), color=INK)
        if tuple(self.colour_bar.levels()) != tuple(levels):  # a new range renders the axis
            self.colour_bar.setLevels(levels)

    def _colour_label(self, centre: float, column: int) -> str:
        if self.node is None:
            return self.tr("output {name}, white = {centre:g}").format(  # short: it stands
                name=self.doc.label(column, 0),
                centre=centre,  # beside the bar, turned
            )
        return self.tr("out of {name}, white = {centre:g}").format(
            name=self.doc.label(*self.node), centre=centre
        )

    def _show_colour_bar(self, shown: bool) -> None:
        placed = self.graphics.ci.getItem(0, 1) is self.colour_bar
        if shown and not placed:
            self.graphics.addItem(self.colour_bar, row=0, col=1)
        elif not shown and placed:
            self.graphics.ci.removeItem(self.colour_bar)
        self.colour_bar.setVisible(shown)

    def _draw_curve(self) -> None:
        network, dataset = self.doc.network, self.doc.dataset
        data_x = plane.data_points(dataset)[:, 0]
        if self.node is None:
            xs, ys = plane.prediction_curve(network, self.extent, self.CURVE_POINTS, data_x)
        else:
            xs = np.union1d(plane.axis_centres(*self.extent[:2], self.CURVE_POINTS), data_x)
            column, index = self.node
            ys = network.forward(xs[:, None]).layers[column - 1].out[:, index]
        self.curve.setData(xs, ys)

    # -- one node instead of the network ------------------------------------------------------

    def show_node(self, column: int | None, index: int | None = None) -> None:
        """Show node (column, index)'s output large instead of the network's; None: back.

        The diagram's ``thumbnail_clicked(column, index)`` connects here.
        """
        ref = None if column is None or index is None else (int(column), int(index))
        if ref is not None and (ref[0] == 0 or not self._node_exists(ref)):
            ref = None
        self.node = ref
        self._colour_key = None
        self._refresh_title()
        self.schedule()

    def _node_exists(self, ref: NodeRef) -> bool:
        sizes = self.doc.column_sizes()
        return 1 <= ref[0] < len(sizes) and 0 <= ref[1] < sizes[ref[0]]

    def _refresh_title(self) -> None:
        """A short bold title (the key follows it on the same line) and a longer tooltip."""
        self.back_button.setVisible(self.node is not None)
        if self.mode is None:
            return
        if self.node is None:
            if self.mode == "curve":
                text = self.tr("Prediction")
                tip = self.tr("The network's prediction against the data points")
            elif self._shows_classes():
                text = self.tr("Winning class")
                tip = self.tr("Which class the network picks at each point")
            elif self.doc.network.output_units > 1:
                name = self.doc.label(len(self.doc.network.layers), 0)
                text = self.tr("Output {name}").format(name=name)
                tip = self.tr(
                    "The output {name} over the input plane. With one training sample there "
                    "are no classes to tell apart: click an output's picture in the diagram to "
                    "see another output."
                ).format(name=name)
            else:
                text = self.tr("Decision boundary")
                tip = self.tr("The network's output over the input plane")
        else:
            column, index = self.node
            last = len(self.doc.network.layers)
            name = self.doc.label(column, index)
            if column == last:
                text = self.tr("Node {name} (output layer)").format(name=name)
            else:
                text = self.tr("Node {name} (hidden layer {n})").format(name=name, n=column)
            if self.mode == "curve":
                tip = self.tr("{node}: its output against the input")
            else:
                tip = self.tr("{node}: its output over the input plane")
            tip = tip.format(node=text)
        self.title.setText(f"<b>{text}</b>")
        self.title.setToolTip(tip)

    # -- the read-out ----------------------------------------------------------------------

    def _hover(self, scene_pos: QPointF) -> None:
        if self.mode is None or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            self._show_hint()
            return
        if _outputs_waiting(self.doc):  # lab mode: an output's value is still to work out
            self.readout.setText(
                self.tr("Lab mode: the read-out waits until the outputs are worked out.")
            )
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        self.readout.setText(self.values_at(point.x(), point.y()))

    def values_at(self, x1: float, x2: float = 0.0) -> str:
        """What the shown output is at input (x1, x2) (x2 unused with one input), in words."""
        network = self.doc.network
        inputs = [x1, x2] if self.mode == "plane" else [x1]
        trace = network.forward(np.array([inputs]))
        names = ", ".join(f"{self.doc.label(0, i)} = {v:.3g}" for i, v in enumerate(inputs))
        if self.node is not None:
            column, index = self.node
            value = trace.layers[column - 1].out[0, index]
            return self.tr("{inputs} → out of {name} = {value:.4g}").format(
                inputs=names, name=self.doc.label(column, index), value=value
            )
        out = trace.outputs[0]
        if out.size > 1 and not self._has_classes():
            last = len(network.layers)
            values = ", ".join(f"{self.doc.label(last, k)} = {v:.4g}" for k, v in enumerate(out))
            return f"{names} → {values}"
        if out.size > 1:
            return self.tr("{inputs} → class {k} (outputs {outputs})").format(
                inputs=names, k=int(out.argmax()), outputs=np.array2string(out, precision=3)
            )
        return f"{names} → {self.doc.label(len(network.layers), 0)} = {out[0]:.4g}"

    def _show_hint(self) -> None:
        if self.mode is not None:
            self.readout.setText(self.tr("Point at the plot to read the output."))

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self._show_hint()


def _swatch(symbol: str, colour: str, text: str) -> str:
    """A coloured symbol and its meaning, as rich text for the key."""
    return f'<span style="color:{colour}">{symbol}</span>&nbsp;{text}'


def _outputs_waiting(doc) -> bool:
    """Whether lab mode hides an output node's net or out now (the read-out would print it)."""
    lab = session_for(doc)
    if not lab.enabled:
        return False
    last = len(doc.network.layers)
    names = [doc.label(last, i) for i in range(doc.network.output_units)]
    return any(t.ask.value in ("net", "out") for name in names for t in lab.hidden_on_node(name))
