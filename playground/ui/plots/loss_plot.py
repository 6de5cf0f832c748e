"""The loss curve: training loss (and test loss, and accuracy) against epoch, drawn live.

One plot item per series, updated in place with ``setData`` when the Player reports
progress (at most ~30 times a second), never once per step. The Player's series are
``DecimatedSeries``: a million epochs are a few thousand points, so memory stays bounded
and a redraw stays cheap. Earlier runs stay behind the current one, faded, until cleared.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from playground.document.changes import Change
from playground.document.network_document import MAX_EARLIER_RUNS, NetworkDocument
from playground.document.player import Player
from playground.ui.figure_export import add_context_menu, plot_figure
from playground.ui.plots.style import INK, MUTED, plot_widget, readout_label, style_axes

TRAIN_COLOUR = "#0072B2"  # Okabe–Ito blue
TEST_COLOUR = "#D55E00"  # Okabe–Ito vermillion
ACCURACY_COLOUR = "#009E73"  # Okabe–Ito bluish green
MAE_COLOUR = "#CC79A7"  # Okabe–Ito reddish purple
FADED_ALPHA = 70


def _pen(colour: str, *, width: float = 1.0, dashed: bool = False, dotted: bool = False, alpha=255):
    qcolour = QColor(colour)
    qcolour.setAlpha(alpha)
    style = Qt.PenStyle.SolidLine
    if dashed or dotted:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.DotLine
    return pg.mkPen(qcolour, width=width, style=style)


class LossPlot(QWidget):
    """Loss against epoch for ``player``'s run on ``doc``, with earlier runs faded behind."""

    MAX_RUNS = MAX_EARLIER_RUNS  # the document keeps that many

    def __init__(self, doc: NetworkDocument, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loss_plot")
        self.doc, self.player = doc, player
        self.runs: list[list[tuple[pg.PlotDataItem, pg.ViewBox | pg.PlotItem]]] = []
        self._hovering = False
        self._accuracy_shown: bool | None = None
        self._test_shown = False
        self._pending = True
        self._ranges: tuple[float, float, float] | None = None
        self._marked = False
        self.refreshes = 0
        self._build()
        self._drawn_runs: tuple | None = None  # the document's earlier runs as drawn
        player.plot_due.connect(self._plot_due)
        doc.changed.connect(self._changed)
        self._refresh_labels()
        self.refresh()

    def _plot_due(self, turn: int) -> None:
        if turn == 0:
            self.refresh()

    def _changed(self, change: Change) -> None:
        if change & (Change.SETTINGS | Change.STRUCTURE | Change.LABELS):
            self._refresh_labels()  # and the curves
        elif change & (Change.RECORDS | Change.RUN) and not self.player.playing:
            self.refresh()  # while playing, plot_due paces the redraws

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.graphics = plot_widget()
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        style_axes(self.plot, ("left", "bottom", "right"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.getAxis("right").setTextPen(pg.mkPen(ACCURACY_COLOUR))
        # no grid: its lines are redrawn on every frame (the hover read-out gives values)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(
            offset=(-10, 8), labelTextColor=INK, brush=(255, 255, 255, 200)
        )
        self.train_curve = self._live_curve(TRAIN_COLOUR, self.tr("training loss"))
        self.test_curve = self._live_curve(TEST_COLOUR, self.tr("test loss"), dashed=True)
        self.legend.removeItem(self.test_curve)
        self.test_curve.hide()
        self.mae_curve = self._live_curve(MAE_COLOUR, "MAE", dotted=True)
        self.legend.removeItem(self.mae_curve)
        self.mae_curve.hide()
        self._mae_shown = False
        self.accuracy_view = pg.ViewBox(enableMouse=False)
        self.accuracy_view.setMenuEnabled(False)
        self.plot.scene().addItem(self.accuracy_view)
        self.plot.getAxis("right").linkToView(self.accuracy_view)
        self.accuracy_view.setXLink(self.plot)
        self.accuracy_view.setYRange(-0.03, 1.06, padding=0.0)
        self.accuracy_view.enableAutoRange(y=False)
        self.accuracy_curve = pg.PlotDataItem(pen=_pen(ACCURACY_COLOUR))
        self._tune(self.accuracy_curve)
        self.accuracy_view.addItem(self.accuracy_curve)
        self.accuracy_view.hide()
        self.faded_sample = pg.PlotDataItem(pen=_pen(MUTED, alpha=110))
        self.plot.vb.sigResized.connect(self._sync_views)
        self.marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(MUTED, width=1))
        self.marker.hide()
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._hover)

        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.setObjectName("loss_log_scale")
        self.log_scale.setToolTip(
            self.tr("Show the loss on a logarithmic axis: small losses stay visible")
        )
        self.log_scale.toggled.connect(self.set_log_scale)
        self.clear_button = QPushButton(self.tr("Clear earlier runs"))
        self.clear_button.setObjectName("loss_clear_runs")
        self.clear_button.setToolTip(self.tr("Forget the faded curves of earlier runs"))
        self.clear_button.clicked.connect(self.clear_runs)
        self.readout = readout_label("loss_readout")

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.readout, 1)
        bar.addWidget(self.log_scale)
        bar.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.graphics, 1)
        layout.addLayout(bar)
        # right-click: "Export figure…" (SVG or PNG), in place of pyqtgraph's own menu
        add_context_menu(self, lambda: plot_figure("loss", self.tr("Loss curve"), self.graphics))

    def _live_curve(
        self, colour: str, name: str, *, dashed: bool = False, dotted: bool = False
    ) -> pg.PlotDataItem:
        curve = self.plot.plot(pen=_pen(colour, dashed=dashed, dotted=dotted), name=name)
        self._tune(curve)
        curve.setZValue(10)
        return curve

    @staticmethod
    def _tune(curve: pg.PlotDataItem) -> None:
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)

    def _sync_views(self) -> None:
        self.accuracy_view.setGeometry(self.plot.vb.sceneBoundingRect())
        self.accuracy_view.linkedViewChanged(self.plot.vb, self.accuracy_view.XAxis)

    # -- what is shown -------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw every live series from the Player's records (one ``setData`` each);
        while hidden, only once shown again."""
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        self.refreshes += 1
        run = self.doc.run
        self._fit_ranges()  # first: each curve clips itself to the range it is drawn in
        x, y = run.loss_curve.data()
        self._mark_points(len(x) <= FEW_POINTS)
        self.train_curve.setData(x, _drawable(y))
        self.test_curve.setData(*_drawable(*run.test_loss_curve.data()))
        self.accuracy_curve.setData(*run.accuracy_curve.data())
        self.mae_curve.setData(*_drawable(*run.mae_curve.data()))
        self._show_mae(len(run.mae_curve) > 0 or run.mae_curve.last is not None)
        self._show_accuracy(self._has_accuracy())
        self._show_test(self._has_test_data() or len(run.test_loss_curve) > 0)
        self._sync_earlier_runs()
        if not self._hovering:
            self._show_latest()

    def _mark_points(self, few: bool) -> None:
        """Markers while the run is short (a single epoch stepped by hand is one point)."""
        if few != self._marked:
            self._marked = few
            self.train_curve.setSymbol("o" if few else None)
            self.train_curve.setSymbolSize(6)
            self.train_curve.setSymbolBrush(TRAIN_COLOUR)
            self.train_curve.setSymbolPen(TRAIN_COLOUR)

    def _fit_ranges(self) -> None:
        """Axis ranges from the data that change in steps, not on every redraw: an axis
        whose range changes must render its text again, the slowest part of a redraw.

        The epoch axis ends a little past the last epoch (at most about a fifth), so the
        curve runs nearly to the right edge; the loss axis spans the losses recorded.
        """
        x, y = self.doc.run.loss_curve.data()
        _, y_test = self.doc.run.test_loss_curve.data()
        _, y_mae = self.doc.run.mae_curve.data()
        values = np.concatenate([y, y_test, y_mae])
        values = values[np.isfinite(values)]
        if not len(x) or not len(values):
            return
        right = _nice_above(max(float(x[-1]), 1.0))
        if self.is_log_scale():
            positive = values[values > 0]
            if not len(positive):
                return
            low = float(np.floor(np.log10(positive.min())))
            high = float(np.ceil(np.log10(positive.max())))
            y_range = (low, max(high, low + 1))
        else:
            y_range = (0.0, _nice_above(float(values.max())))
        wanted = (right, *y_range)
        if wanted != self._ranges:
            self.plot.disableAutoRange()
            self.plot.setXRange(0.0, right, padding=0.0)
            self.plot.setYRange(*y_range, padding=0.02)
            self._ranges = wanted  # only once set: a range refused is tried again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.refresh()

    def _has_test_data(self) -> bool:
        return self.doc.dataset.test_inputs is not None

    def _has_accuracy(self) -> bool:
        return self.doc.dataset.task == "classification" or len(self.doc.run.accuracy_curve) > 0

    def _show_accuracy(self, shown: bool) -> None:
        if shown == self._accuracy_shown:
            return
        self._accuracy_shown = shown
        self.plot.showAxis("right", shown)
        self.accuracy_view.setVisible(shown)
        self.legend.removeItem(self.accuracy_curve)
        if shown:
            self.legend.addItem(self.accuracy_curve, self.tr("accuracy (right axis)"))

    def _show_mae(self, shown: bool) -> None:
        if shown == self._mae_shown:
            return
        self._mae_shown = shown
        self.mae_curve.setVisible(shown)
        if shown:
            self.legend.addItem(self.mae_curve, self.tr("MAE (mean |t − y|)"))
        else:
            self.legend.removeItem(self.mae_curve)

    def _show_test(self, shown: bool) -> None:
        if shown == self._test_shown:
            return
        self._test_shown = shown
        self.test_curve.setVisible(shown)
        if shown:
            self.legend.addItem(self.test_curve, self.tr("test loss"))
        else:
            self.legend.removeItem(self.test_curve)

    def _refresh_labels(self) -> None:
        loss = self.doc.network.loss.replace("_", " ")
        self.plot.setLabel("left", self.tr("loss ({loss})").format(loss=loss), color=INK)
        self.plot.setLabel("bottom", self.tr("epoch"), color=INK)
        self.plot.getAxis("right").setLabel(self.tr("accuracy"), color=ACCURACY_COLOUR)
        self.refresh()

    def set_log_scale(self, on: bool) -> None:
        """A logarithmic loss axis (the checkbox), so that small losses stay visible."""
        if self.log_scale.isChecked() != on:
            self.log_scale.setChecked(on)
            return
        self.plot.setLogMode(x=False, y=on)
        self._ranges = None
        self._fit_ranges()

    def is_log_scale(self) -> bool:
        return bool(self.plot.getAxis("left").logMode)

    # -- earlier runs --------------------------------------------------------------------

    def clear_runs(self) -> None:
        """Forget every faded earlier run."""
        self.doc.clear_earlier_runs()

    def _sync_earlier_runs(self) -> None:
        """Draw the document's earlier runs faded behind the current one."""
        if self.doc.earlier_runs is self._drawn_runs:
            return
        self._drawn_runs = self.doc.earlier_runs
        for run in self.runs:
            self._remove_run(run)
        self.runs = [self._faded_copies(curves) for curves in self._drawn_runs]
        self._refresh_run_legend()

    def _faded_copies(self, curves) -> list[tuple[pg.PlotDataItem, pg.ViewBox | pg.PlotItem]]:
        copies = []
        # in the run's order: training loss, accuracy, test loss, MAE (TrainingRun.curves)
        for kept, colour, dashed, owner in zip(
            curves,
            (TRAIN_COLOUR, ACCURACY_COLOUR, TEST_COLOUR, MAE_COLOUR),
            (False, False, True, True),
            (self.plot, self.accuracy_view, self.plot, self.plot),
            strict=True,
        ):
            x, y = kept.data()
            if len(x) == 0:
                continue
            faded = pg.PlotDataItem(pen=_pen(colour, dashed=dashed, alpha=FADED_ALPHA))
            self._tune(faded)
            faded.setZValue(-5)
            owner.addItem(faded)  # before its data: clipping needs the view it is in
            faded.setData(np.array(x), np.array(y))
            copies.append((faded, owner))
        return copies

    @staticmethod
    def _remove_run(run) -> None:
        for item, owner in run:
            owner.removeItem(item)

    def _refresh_run_legend(self) -> None:
        self.legend.removeItem(self.faded_sample)
        if self.runs:
            count = len(self.runs)
            if count == 1:
                text = self.tr("{count} earlier run (faded)")
            else:
                text = self.tr("{count} earlier runs (faded)")
            self.legend.addItem(self.faded_sample, text.format(count=count))
        self.clear_button.setEnabled(bool(self.runs))

    def faded_curves(self) -> list[pg.PlotDataItem]:
        """The faded copies of every earlier run, oldest first."""
        return [item for run in self.runs for item, _ in run]

    # -- the read-out --------------------------------------------------------------------

    def _hover(self, scene_pos: QPointF) -> None:
        view = self.plot.vb
        inside = view.sceneBoundingRect().contains(scene_pos) and self.doc.run.loss_curve.last
        if not inside:
            self._hovering = False
            self.marker.hide()
            self._show_latest()
            return
        self._hovering = True
        self.show_epoch(view.mapSceneToView(scene_pos).x())

    def show_epoch(self, epoch: float) -> None:
        """Write the values at the recorded epoch nearest ``epoch`` in the read-out."""
        x, _ = self.doc.run.loss_curve.data()
        if len(x) == 0:
            return
        nearest = float(x[_nearest(x, epoch)])
        self.marker.setPos(nearest)
        self.marker.show()
        self.readout.setText(self._values_at(nearest))

    def _show_latest(self) -> None:
        """The read-out of where training is, or of the record the history slider shows
        (marked on the curve too)."""
        run = self.doc.run
        if run.viewing is not None:
            epoch = run.records[run.viewing].epoch
            self.marker.setPos(epoch)
            self.marker.show()
            self.readout.setText(self.tr("viewing {values}").format(values=self._values_at(epoch)))
            return
        self.marker.hide()
        last = run.loss_curve.last
        if last is None:
            self.readout.setText(
                self.tr("Press Play to train: the loss appears here, epoch by epoch.")
            )
            return
        self.readout.setText(self._values_at(last[0], latest=True))

    def _values_at(self, epoch: float, *, latest: bool = False) -> str:
        head = self.tr("latest: epoch {epoch:,}") if latest else self.tr("epoch {epoch:,}")
        parts = [head.format(epoch=int(epoch))]
        for name, series, percent in (
            (self.tr("training loss"), self.doc.run.loss_curve, False),
            (self.tr("test loss"), self.doc.run.test_loss_curve, False),
            (self.tr("accuracy"), self.doc.run.accuracy_curve, True),
            ("MAE", self.doc.run.mae_curve, False),
        ):
            x, y = series.data()
            if len(x) == 0:
                continue
            i = _nearest(x, epoch)
            if abs(x[i] - epoch) > max(1.0, 0.02 * abs(epoch)):
                continue
            parts.append(self._accuracy_text(y[i]) if percent else f"{name} {y[i]:.4g}")
        return " · ".join(parts)

    def _accuracy_text(self, share: float) -> str:
        """``accuracy 75.0% (1 of 4 wrong)``: the perceptron notes count the errors."""
        n = self.doc.dataset.n_samples
        return self.tr("accuracy {share:.1%} ({wrong} of {n:,} wrong)").format(
            share=share, wrong=round(n * (1.0 - share)), n=n
        )

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self._hovering = False
        self.marker.hide()
        self._show_latest()


def _drawable(*xy: np.ndarray):
    """The values (or (x, values)) with a diverging loss capped at the axis' largest limit,
    so that its last points are drawn at the top edge instead of far off the canvas."""
    *x, y = xy
    y = np.minimum(y, LARGEST_LIMIT) if len(y) and y.max(initial=0.0) > LARGEST_LIMIT else y
    return (*x, y) if x else y


def _nearest(x: np.ndarray, value: float) -> int:
    """The index of the entry of sorted ``x`` nearest ``value``."""
    i = int(np.searchsorted(x, value))
    if i == 0:
        return 0
    if i == len(x):
        return len(x) - 1
    return i if x[i] - value < value - x[i - 1] else i - 1


FEW_POINTS = 60  # up to this many epochs, each gets a marker


NICE_STEPS = (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 8.0, 9.0)
"""Axis limits are one of these times a power of ten: each is at most 1.2 × the one before,
so a limit is at most about 1.22 × the value it covers (with the 2 % headroom)."""


def _nice_above(value: float, headroom: float = 1.02) -> float:
    """The smallest of ``NICE_STEPS`` × a power of ten that is at least ``value`` ×
    ``headroom``: axis limits close above the data that change only now and then. Never
    past ``LARGEST_LIMIT`` (a diverging loss near the largest float)."""
    wanted = float(value) * headroom
    if not math.isfinite(wanted) or wanted >= LARGEST_LIMIT:
        return LARGEST_LIMIT
    if wanted <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(wanted))
    for factor in NICE_STEPS:
        if factor * magnitude >= wanted * (1 - 1e-12):
            return min(factor * magnitude, LARGEST_LIMIT)
    return min(10.0 * magnitude, LARGEST_LIMIT)


LARGEST_LIMIT = 1e300  # pyqtgraph refuses ranges past ±1e307, padding included
