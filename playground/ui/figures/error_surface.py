"""View → Error surface…: E over two parameters in 3-D and as contours, with the way
gradient descent walked across it (the notes' w-b-E figure of one neuron).

The surface is ``playground.engine.surface``'s: one batched pass over the grid, every other
parameter held at its current value (worked out off the GUI thread when big, see
``surface_job``). The path is the run's own (see ``run_path``).

Refreshes are coalesced: every document change only marks what is stale and starts a
single-shot timer, so one event-loop turn draws once; while Play runs, at most
``PLAY_REDRAWS_PER_SECOND`` times a second. matplotlib is imported with this module, which
the View menu imports only when the window opens.
"""

from __future__ import annotations

import time

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.document.changes import Change
from playground.engine.chain_rule import Param, parameter_name
from playground.engine.surface import (
    Surface,
    all_params,
    default_pair,
    grid,
    losses_at,
    params_problem,
)
from playground.ui.docks.math_panel import place_text
from playground.ui.figures.fonts import apply_figure_fonts
from playground.ui.figures.run_path import RunPath
from playground.ui.figures.surface_job import (
    SYNC_NUMBERS,
    SurfaceAnswer,
    SurfaceJobs,
    SurfaceRequest,
)
from playground.ui.selection import selected_param
from playground.ui.translate import message_text

PLAY_REDRAWS_PER_SECOND = 10
SURFACE_FACETS = 40  # facets drawn along each axis of the 3-D view, however fine the grid
PLAY_SURFACES_PER_SECOND = 1  # a surface of a big data set costs more than a frame
DEFAULT_POINTS, DEFAULT_HALF_WIDTH = 60, 2.0
PATH_COLOR, POINT_COLOR = "#D62728", "#D62728"
_PATH_CHANGES = Change.PARAMETERS | Change.RECORDS | Change.RUN


class ErrorSurfaceWindow(QWidget):
    """The loss over two parameters of ``window``'s document, with the training path on it.

    ``window`` is the main window: its ``doc``, ``selection`` and ``player`` are read, and
    its ``files.document_opened`` makes this view follow another opened document.
    """

    def __init__(self, window) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("error_surface")
        self.setWindowTitle(self.tr("Error surface"))
        self.resize(1100, 560)
        self._window = window
        self.doc = None
        self.params: tuple[Param, Param] | None = None
        self.center: tuple[float, float] = (0.0, 0.0)
        self.surface: Surface | None = None
        self._asked = None  # the key of the surface shown or being worked out
        self._answer: SurfaceAnswer | None = None
        self._path_cache = (np.empty((0, 2)), np.empty(0))  # points and their E on it
        self._surface_at = 0.0
        self._jobs = SurfaceJobs(self)
        self._jobs.done.connect(self._surface_ready)
        self._drawn_at = 0.0  # when the figure was last drawn, and how long that took
        self._draw_cost = 0.0
        self._path = RunPath()
        self.redraws = 0  # how many times the figure was drawn (tests count them)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._refresh)
        self._build()
        window.selection.changed.connect(self._selection_changed)
        window.files.document_opened.connect(self.set_document)
        self.set_document(window.doc)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.first_box, self.second_box = QComboBox(), QComboBox()
        self.first_box.setObjectName("surface_first")
        self.second_box.setObjectName("surface_second")
        for box in (self.first_box, self.second_box):
            box.setToolTip(self.tr("The parameter along this axis; every other one is held"))
            box.activated.connect(self._axes_chosen)
        self.points_box = QSpinBox()
        self.points_box.setObjectName("surface_points")
        self.points_box.setRange(10, 200)
        self.points_box.setValue(DEFAULT_POINTS)
        self.points_box.setToolTip(self.tr("Grid points along each axis"))
        self.range_box = QDoubleSpinBox()
        self.range_box.setObjectName("surface_range")
        self.range_box.setRange(0.01, 1000.0)
        self.range_box.setDecimals(2)
        self.range_box.setValue(DEFAULT_HALF_WIDTH)
        self.range_box.setPrefix("± ")
        self.range_box.setToolTip(self.tr("How far each axis reaches either side of its centre"))
        for box in (self.points_box, self.range_box):
            box.valueChanged.connect(lambda _value: self._schedule())
        self.center_button = QPushButton(self.tr("Centre on the current point"))
        self.center_button.setObjectName("surface_center")
        self.center_button.clicked.connect(self.center_on_current)
        self.message = QLabel()
        self.message.setObjectName("surface_message")
        self.message.setWordWrap(True)
        self.figure = Figure(figsize=(11, 5))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("surface_canvas")
        self.axes_3d = self.figure.add_subplot(1, 2, 1, projection="3d")
        self.axes_contour = self.figure.add_subplot(1, 2, 2)
        self.figure.subplots_adjust(left=0.02, right=0.97, bottom=0.1, top=0.92, wspace=0.15)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("x axis:"), self.first_box),
            (self.tr("y axis:"), self.second_box),
            (self.tr("points:"), self.points_box),
            (self.tr("range:"), self.range_box),
        ):
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        row.addWidget(self.center_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)

    # -- following the document and the selection -----------------------------------------

    def set_document(self, doc) -> None:
        """Show ``doc``'s surface from now on (another file or lesson was opened)."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._changed)
        self.doc = doc
        self._path.reset()
        if doc is None:
            return
        doc.changed.connect(self._changed)
        self._choose(default_pair(doc.network, self._selected_param()))

    def _selected_param(self) -> Param | None:
        return selected_param(self.doc.column_sizes(), self._window.selection.current)

    def _selection_changed(self) -> None:
        chosen = self._selected_param() if self.doc is not None else None
        if chosen is not None:
            self._choose(default_pair(self.doc.network, chosen))

    def _changed(self, change: Change) -> None:
        if change & _PATH_CHANGES:
            self._path.remember(self.doc, playing=self._playing())
        if change & (Change.STRUCTURE | Change.RUN | Change.LABELS):
            self._fill_boxes()
            if self.params is None or params_problem(self.doc.network, self.params):
                self._choose(default_pair(self.doc.network, self._selected_param()))
                return
        self._schedule()

    def _choose(self, params: tuple[Param, Param]) -> None:
        """Show ``params``, centred on their current values."""
        self.params = params
        self._fill_boxes()
        self.center_on_current()

    def center_on_current(self) -> None:
        self.center = tuple(p.value(self.doc.network) for p in self.params)
        self._schedule()

    def _fill_boxes(self) -> None:
        network = self.doc.network
        self._choices = all_params(network)
        for box, param in zip((self.first_box, self.second_box), self.params or (), strict=False):
            box.blockSignals(True)
            box.clear()
            for choice in self._choices:
                name = parameter_name(network, choice)
                box.addItem(f"{name} ({place_text(network, choice)})")
            if param in self._choices:
                box.setCurrentIndex(self._choices.index(param))
            box.blockSignals(False)

    def _axes_chosen(self) -> None:
        first = self._choices[self.first_box.currentIndex()]
        second = self._choices[self.second_box.currentIndex()]
        problem = params_problem(self.doc.network, (first, second))
        if problem:
            self.message.setText(
                self.tr("Cannot draw this surface: {0}").format(message_text(problem))
            )
            self._fill_boxes()  # back to what is shown
            return
        self._choose((first, second))

    # -- the path --------------------------------------------------------------------------

    def trajectory(self) -> np.ndarray:
        """The path training took through the two parameters (see ``run_path``): shape
        (points, 2), ending at the present."""
        return self._path.points(self.doc, self.params)

    def _current_values(self) -> tuple[float, float]:
        first, second = self.params
        return first.value(self.doc.network), second.value(self.doc.network)

    # -- drawing ----------------------------------------------------------------------------

    def _schedule(self) -> None:
        """Draw once this event-loop turn ends; while playing, no more than
        ``PLAY_REDRAWS_PER_SECOND`` times a second."""
        if self._timer.isActive():
            return
        wait = 0.0
        if self._playing():  # and never more than a third of the time spent drawing
            gap = max(1.0 / PLAY_REDRAWS_PER_SECOND, 2 * self._draw_cost)
            wait = max(0.0, self._drawn_at + gap - time.monotonic())
        self._timer.start(int(wait * 1000))

    def _playing(self) -> bool:
        player = getattr(self._window, "player", None)
        return bool(player is not None and player.playing)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._schedule()

    def _refresh(self) -> None:
        if self.doc is None or self.params is None or not self.isVisible():
            return
        self.redraws += 1
        if self._surface_due() and not self._jobs.busy:
            self._request()  # the answer draws the surface and the path
        elif self._answer is not None and self._answer.request.params == self.params:
            self._draw_path()
            self._draw_now()

    def _draw_now(self) -> None:
        """Render the figure now, timing it (the next redraw while playing waits for it)."""
        started = time.monotonic()
        # mplot3d's projection of the facets may overflow on a steep surface seen from a
        # degenerate angle (or before the canvas has its size); the facet is then not
        # drawn. Our numbers are computed (and checked) elsewhere; this is drawing only.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            self.canvas.draw()
        self._drawn_at = time.monotonic()
        self._draw_cost = self._drawn_at - started

    def _key(self) -> tuple:
        """Everything the surface depends on: a change in any of it means a new surface."""
        network, run = self.doc.network, self.doc.run
        held = [a.copy() for layer in network.layers for a in (layer.weights, layer.bias)]
        for p in self.params:
            array = held[2 * (p.column - 1) + (1 if p.is_bias else 0)]
            array[(p.target,) if p.is_bias else (p.source, p.target)] = 0.0
        return (
            self.params,
            self.center,
            self.points_box.value(),
            self.range_box.value(),
            network.loss,
            network.reduction,
            tuple(layer.activation for layer in network.layers),
            id(run.dataset),
            b"".join(a.tobytes() for a in held),
        )

    def _surface_due(self) -> bool:
        """True when the surface shown (or being worked out) is not the one asked for now;
        while playing, a surface that only held parameters moved is redone once a second
        at most, and one that takes long not before training pauses."""
        key, shown = self._key(), self._asked
        if key == shown:
            return False
        if self._playing() and shown is not None and key[:-1] == shown[:-1]:
            slow = self._answer is not None and self._answer.request.numbers > SYNC_NUMBERS
            recent = time.monotonic() - self._surface_at < 1.0 / PLAY_SURFACES_PER_SECOND
            if slow or recent:
                if not slow and not self._timer.isActive():
                    self._timer.start(int(1000 / PLAY_SURFACES_PER_SECOND))
                return False
        return True

    def _request(self) -> None:
        half, points = self.range_box.value(), self.points_box.value()
        data, key = self.doc.run.dataset, self._key()
        self._asked = key
        self._surface_at = time.monotonic()
        request = SurfaceRequest(
            key=key,
            network=self.doc.network.copy(),
            params=self.params,
            xs=grid(self.center[0], half, points),
            ys=grid(self.center[1], half, points),
            inputs=data.inputs,
            targets=data.targets,
            path=self.trajectory(),
        )
        if request.numbers > SYNC_NUMBERS:
            self.message.setText(self.tr("Working out the surface…"))
        self._jobs.submit(request)

    def _surface_ready(self, answer: SurfaceAnswer) -> None:
        if answer.surface is None:
            self.message.setText(
                self.tr("Cannot draw this surface: {0}").format(message_text(answer.error))
            )
            return
        if answer.request.params != self.params:  # other axes were chosen meanwhile
            self._schedule()
            return
        self._answer = answer
        self.surface = answer.surface
        self._path_cache = (answer.request.path, answer.path_losses)
        self._draw_surface()
        self._draw_path()
        self._draw_now()
        if self._key() != answer.request.key:
            self._schedule()  # asked for another while this one was worked out

    def _names(self) -> tuple[str, str]:
        return tuple(parameter_name(self.doc.network, p) for p in self.params)

    def _draw_surface(self) -> None:
        s = self.surface
        gx, gy = np.meshgrid(s.xs, s.ys)
        z = _finite(s.losses)
        x_name, y_name = self._names()
        ax = self.axes_3d
        ax.clear()
        ax.computed_zorder = False  # the path is drawn over the surface, never hidden by it
        ax.plot_surface(
            gx, gy, z, cmap="viridis", alpha=0.75, linewidth=0, antialiased=False, zorder=1,
            rcount=SURFACE_FACETS, ccount=SURFACE_FACETS,
        )  # fmt: skip
        ax.set_xlabel(x_name)
        ax.set_ylabel(y_name)
        ax.set_zlabel("E")
        self.path_3d = ax.plot([], [], [], color=PATH_COLOR, lw=1.5, marker=".", zorder=3)[0]
        self.point_3d = ax.plot([], [], [], color=POINT_COLOR, marker="o", ms=8, zorder=4)[0]
        ax.set_title(self.tr("E over ({0}, {1}), the rest held").format(x_name, y_name))
        ax = self.axes_contour
        ax.clear()
        if z.max() > z.min():
            levels = np.linspace(z.min(), z.max(), 25)
            ax.contourf(gx, gy, z, levels=levels, cmap="viridis")
            ax.contour(gx, gy, z, levels=levels, colors="white", linewidths=0.4, alpha=0.6)
        ax.set_xlim(s.xs[0], s.xs[-1])
        ax.set_ylim(s.ys[0], s.ys[-1])
        ax.set_xlabel(x_name)
        ax.set_ylabel(y_name)
        self.path_contour = ax.plot([], [], color=PATH_COLOR, linewidth=1.5, marker=".")[0]
        self.point_contour = ax.plot([], [], color=POINT_COLOR, marker="o", markersize=8)[0]
        self.message.setText("")

    def _draw_path(self) -> None:
        """The path and the current point on the surface shown: their E with the held
        parameters the surface was worked out with (worked out once per point)."""
        path = self.trajectory()
        now = self._current_values()
        losses = self._losses_on_surface(np.vstack([path, [now]]))
        self.path_losses, now_loss = losses[:-1], losses[-1]
        self.path_3d.set_data_3d(path[:, 0], path[:, 1], self.path_losses)
        self.point_3d.set_data_3d([now[0]], [now[1]], [now_loss])
        self.path_contour.set_data(path[:, 0], path[:, 1])
        self.point_contour.set_data([now[0]], [now[1]])
        x_name, y_name = self._names()
        self.axes_contour.set_title(
            self.tr("{0} = {1:.6g}, {2} = {3:.6g}, E = {4:.6g}\n{5} points on the path").format(
                x_name, now[0], y_name, now[1], now_loss, len(path)
            ),
            fontsize=9,
        )

    def _losses_on_surface(self, points: np.ndarray) -> np.ndarray:
        """E at ``points`` on the surface shown; points it already knows are not redone."""
        known, known_losses = self._path_cache
        n = min(len(known), len(points))
        equal = np.all(known[:n] == points[:n], axis=1)
        same = n if equal.all() else int(np.argmin(equal))
        request, new = self._answer.request, np.empty(0)
        if len(points) > same:
            new = losses_at(
                request.network,
                request.params,
                points[same:],
                inputs=request.inputs,
                targets=request.targets,
            )
        losses = np.concatenate([known_losses[:same], new])
        self._path_cache = (points, losses)
        return losses

    def drawn_path(self) -> np.ndarray:
        """The path as the contour view draws it: shape (points, 2)."""
        xs, ys = self.path_contour.get_data()
        return np.column_stack([xs, ys])


def _finite(losses: np.ndarray) -> np.ndarray:
    """``losses`` with ∞ and NaN (a diverging corner of the grid) drawn as its largest finite
    value, so the plots keep their scale."""
    finite = np.isfinite(losses)
    if finite.all():
        return losses
    top = losses[finite].max() if finite.any() else 0.0
    return np.where(finite, losses, top)


def open_error_surface(window) -> ErrorSurfaceWindow:
    """Show ``window``'s error surface, made the first time it is asked for."""
    apply_figure_fonts()  # Hangul in a Korean window's titles
    view = window.findChild(ErrorSurfaceWindow, "error_surface")
    if view is None:
        view = ErrorSurfaceWindow(window)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
