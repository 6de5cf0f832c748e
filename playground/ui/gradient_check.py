"""Train › Check gradients: backprop's ∂E/∂ of every weight and bias beside central
differences, one row per parameter, the largest relative error first.

The arithmetic is ``playground.engine.gradcheck``'s, the one ``playground-cli check`` runs:
its central difference (E(p + ε) − E(p − ε)) / 2ε with its ε, its relative error, and the
CLI's tolerance for the verdict. ``check_gradients`` folds its loop into the worst error;
``parameter_checks`` walks the same parameters in the same order and keeps every one, so
the table can list them and the dialog can stop between them.

The check runs on a copy of the document's network (the weights on screen never move) on a
zero-interval timer, ``SLICE_SECONDS`` of work per event-loop turn: the digits network
(64-32-10, 2,410 parameters over 1,438 samples) takes about 15 s and the window stays live.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from playground.cli import GRADIENT_TOLERANCE
from playground.document.changes import Change
from playground.document.network_document import NetworkDocument
from playground.document.values import format_full
from playground.engine import GradientCheck, Network
from playground.engine.chain_rule import Param
from playground.engine.gradcheck import DEFAULT_EPSILON
from playground.engine.gradcheck import parameter_checks as engine_checks
from playground.ui.diagram.texts import notes_name

EPSILON = DEFAULT_EPSILON  # check_gradients' own ε
SLICE_SECONDS = 0.025  # work per event-loop turn: the window answers within ~40 ms
STALE = Change.STRUCTURE | Change.PARAMETERS | Change.LABELS | Change.RUN  # what moves ∂E/∂
PASSED, FAILED = QColor("#1B7F3B"), QColor("#B3261E")
CONTEXT = "GradientCheckDialog"
HEADERS = (  # translated at use (context "GradientCheckDialog")
    QT_TRANSLATE_NOOP("GradientCheckDialog", "name"),
    QT_TRANSLATE_NOOP("GradientCheckDialog", "where"),
    QT_TRANSLATE_NOOP("GradientCheckDialog", "backprop ∂E/∂"),
    QT_TRANSLATE_NOOP("GradientCheckDialog", "finite differences"),
    QT_TRANSLATE_NOOP("GradientCheckDialog", "relative error"),
)


@dataclass(frozen=True)
class ParameterCheck:
    """One weight or bias: its notes' ``name`` (w5, b1), ``place`` as the diagram shows it
    (``h1 → o1``, ``bias of h1``), backprop's ∂E/∂ and the central difference's."""

    param: Param
    name: str
    place: str
    backprop: float
    numeric: float
    relative_error: float

    @property
    def title(self) -> str:
        return QCoreApplication.translate("GradientCheckDialog", "{name} ({place})").format(
            name=self.name, place=self.place
        )


def parameter_checks(
    network: Network, inputs: np.ndarray, targets: np.ndarray, *, epsilon: float = EPSILON
) -> Iterator[ParameterCheck]:
    """Each trainable parameter checked in ``check_gradients``' order, as the engine's
    ``gradcheck.parameter_checks`` does it (on a copy of ``network``), named for the table."""
    for check in engine_checks(network, inputs, targets, epsilon=epsilon):
        if check.kind == "weights":
            param = Param.edge(check.layer, *check.position)
        else:
            param = Param.node(check.layer, check.position[0])
        yield _row(network, param, check)


def _row(network: Network, param: Param, check) -> ParameterCheck:
    target = network.node_label(param.column, param.target)
    if param.is_bias:
        place = QCoreApplication.translate("GradientCheckDialog", "bias of {node}")
        place = place.format(node=target)
    else:
        place = f"{network.node_label(param.column - 1, param.source)} → {target}"
    name = notes_name(network, param)
    return ParameterCheck(param, name, place, check.analytic, check.numeric, check.error)


def largest_first(rows: list[ParameterCheck]) -> list[ParameterCheck]:
    """Largest relative error first (NaN, a diverged pass, counts as the largest); equal
    errors keep the check's order, so the first row is the one ``check_gradients`` names."""
    return sorted(rows, key=lambda row: _sort_key(row.relative_error))


def _sort_key(error: float) -> float:
    return -math.inf if math.isnan(error) else -error


def summary(rows: list[ParameterCheck]) -> GradientCheck:
    """The engine's summary of ``rows`` (sorted by ``largest_first``): worst error and where."""
    if not rows:
        return GradientCheck(0.0, "", 0)
    return GradientCheck(rows[0].relative_error, str(rows[0].param), len(rows))


def summary_line(rows: list[ParameterCheck]) -> str:
    """``largest relative error 3.2e-10 at w5 (h1 → o1): backprop agrees``."""
    if not rows:
        return QCoreApplication.translate("GradientCheckDialog", "no trainable parameters to check")
    worst = rows[0]
    if summary(rows).passed(GRADIENT_TOLERANCE):
        text = QCoreApplication.translate(
            "GradientCheckDialog", "largest relative error {error} at {parameter}: backprop agrees"
        )
    else:
        text = QCoreApplication.translate(
            "GradientCheckDialog",
            "largest relative error {error} at {parameter}: "
            "backprop and finite differences disagree",
        )
    return text.format(error=scientific(worst.relative_error), parameter=worst.title)


def verdict(rows: list[ParameterCheck]) -> str:
    """Passed or FAILED against ``playground-cli check``'s tolerance."""
    if summary(rows).passed(GRADIENT_TOLERANCE):
        return QCoreApplication.translate(
            "GradientCheckDialog",
            "passed: every relative error is below the tolerance {tolerance:g}",
        ).format(tolerance=GRADIENT_TOLERANCE)
    over = sum(1 for row in rows if not row.relative_error < GRADIENT_TOLERANCE)
    return QCoreApplication.translate(
        "GradientCheckDialog",
        "FAILED: {over:,} of {count:,} relative errors reach the tolerance {tolerance:g}",
    ).format(over=over, count=len(rows), tolerance=GRADIENT_TOLERANCE)


def scientific(value: float) -> str:
    """Two significant digits, the exponent unpadded: 3.2e-10, 2.5e-4; 0.25 from 0.1 up."""
    if value == 0.0 or not math.isfinite(value) or abs(value) >= 0.1:
        return f"{value:.2g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


class ChecksModel(QAbstractTableModel):
    """The rows of a finished check as a table (read only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParameterCheck] = []

    def show(self, rows: list[ParameterCheck]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's form)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return str(section + 1)

    def data(self, index: QModelIndex, role: int = 0):
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "GradientCheckDialog", "{parameter}: {name} in the network file"
            ).format(parameter=row.title, name=row.param)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return PASSED if row.relative_error < GRADIENT_TOLERANCE else FAILED
        return None

    @staticmethod
    def text(row: ParameterCheck, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.place
        if column == 2:
            return format_full(row.backprop)
        if column == 3:
            return format_full(row.numeric)
        return scientific(row.relative_error)


class GradientCheckDialog(QDialog):
    """Checks every gradient of ``doc``'s network on its training data, in slices; shows the
    table, the largest relative error and the verdict. Non-modal: ``open()`` shows it and
    the window goes on working. ``finished_check`` is emitted when every row is in."""

    finished_check = Signal()

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradient_check_dialog")
        self.setWindowTitle(self.tr("Check gradients: {title}").format(title=doc.title))
        self.setModal(False)
        self.doc = doc
        self.rows: list[ParameterCheck] = []
        self._checks: Iterator[ParameterCheck] | None = None
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._build()
        doc.changed.connect(self._doc_changed)
        self.resize(720, 520)
        self.start()

    def _build(self) -> None:
        self.about = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress_line = QLabel()
        self.model = ChecksModel(self)
        self.table = QTableView()
        self.table.setObjectName("gradient_check_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(objectName="gradient_check_summary", wordWrap=True)
        self.verdict_label = QLabel(objectName="gradient_check_verdict", wordWrap=True)
        self.stale_label = QLabel(wordWrap=True)
        self.stale_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = QPushButton(self.tr("Check &again"))
        self.again.setObjectName("gradient_check_again")
        self.again.setToolTip(self.tr("Check the network's weights as they are now"))
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        self.again.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.about, self.progress, self.progress_line, self.table):
            layout.addWidget(widget)
        for widget in (self.summary_label, self.verdict_label, self.stale_label, buttons):
            layout.addWidget(widget)

    # -- running ----------------------------------------------------------------------

    def open(self) -> None:
        """Show without blocking the window (``QDialog.open`` would make it window-modal)."""
        self.setResult(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def start(self) -> None:
        """Check the document's network as it is now, on its training data (a copy of both)."""
        # Copied now: the check reads them over many turns while training may go on.
        network, data = self.doc.network.copy(), self.doc.dataset
        inputs, targets = np.array(data.inputs), np.array(data.targets)
        self._checks = parameter_checks(network, inputs, targets)
        self._total = network.parameter_count()
        self.rows = []
        self.model.show([])
        self.about.setText(
            self.tr(
                "Backprop's ∂E/∂ of every weight and bias beside the central difference "
                "(E(p + ε) − E(p − ε)) / 2ε, ε = {epsilon:g}, at the weights of epoch "
                "{epoch:,}, over all {count:,} training samples (loss {loss}). The check runs "
                "on a copy: the network is not changed."
            ).format(
                epsilon=EPSILON, epoch=self.doc.trainer.epoch, count=len(inputs), loss=network.loss
            )
        )
        self.summary_label.clear()
        self.verdict_label.clear()
        self.stale_label.hide()
        self.again.setEnabled(False)
        self.progress.setRange(0, max(self._total, 1))
        self.progress.show()
        self._show_progress()
        self._timer.start()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _turn(self) -> None:
        """Check parameters for about ``SLICE_SECONDS``, then give the event loop its turn."""
        if self._checks is None:
            return
        end = time.perf_counter() + SLICE_SECONDS
        with np.errstate(all="ignore"):  # a diverged network is reported, not raised
            for row in self._checks:
                self.rows.append(row)
                if time.perf_counter() > end:
                    self._show_progress()
                    return
        self._finish()

    def _show_progress(self) -> None:
        self.progress.setValue(len(self.rows))
        self.progress_line.setText(
            self.tr("checked {done:,} of {count:,} parameters…").format(
                done=len(self.rows), count=self._total
            )
        )

    def _finish(self) -> None:
        self._timer.stop()
        self._checks = None
        self.rows = largest_first(self.rows)
        self.model.show(self.rows)
        self.progress.hide()
        self.progress_line.setText(
            self.tr("checked {count:,} parameters").format(count=len(self.rows))
        )
        self.summary_label.setText(summary_line(self.rows))
        passed = summary(self.rows).passed(GRADIENT_TOLERANCE)
        self.verdict_label.setText(verdict(self.rows) if self.rows else "")
        colour = (PASSED if passed else FAILED).name()
        self.verdict_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.again.setEnabled(True)
        self.finished_check.emit()

    def stop(self) -> None:
        """Stop checking (closing the dialog does); the rows so far are dropped."""
        self._timer.stop()
        self._checks = None
        self.again.setEnabled(True)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    # -- the document -------------------------------------------------------------------

    def _doc_changed(self, change: Change) -> None:
        if change & STALE:
            self.stale_label.setText(
                self.tr(
                    "The network has changed since this check began: press Check again to "
                    "check it as it is now."
                )
            )
            self.stale_label.show()


def open_gradient_check(doc: NetworkDocument, parent: QWidget | None = None) -> GradientCheckDialog:
    """Train › Check gradients: a new dialog on ``doc``, shown (deleted when closed)."""
    dialog = GradientCheckDialog(doc, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
