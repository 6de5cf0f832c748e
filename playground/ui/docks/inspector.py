"""The inspector dock: every number of the selected node or edge at full precision, copyable.

It reads ``playground.document.values`` and writes nothing: the diagram chooses what is
selected, the document says what the values are.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.document.values import (
    edge_values,
    format_full,
    node_values,
    pass_samples,
    sample_text,
)
from playground.engine import get_loss
from playground.lab.session import session_for
from playground.ui.lab.masking import HIDDEN, hide_rows, hides_loss
from playground.ui.selection import EdgeSelection, NodeSelection, SelectionModel, still_names
from playground.ui.translate import message_text

CONTEXT = "InspectorDock"  # the texts of the tables below are translated at use
HINT = QT_TRANSLATE_NOOP(
    "InspectorDock", "Click a node or an edge in the diagram to see its numbers."
)
WIDEST_VALUE = "-0.00043856773447434685"  # a float64 repr is rarely longer
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


ROW_TEXTS = {  # key: what the value is called on screen, and a sentence explaining it
    "input": (
        QT_TRANSLATE_NOOP("InspectorDock", "out = x (the input value)"),
        QT_TRANSLATE_NOOP("InspectorDock", "An input node passes its input on unchanged."),
    ),
    "net": (
        QT_TRANSLATE_NOOP("InspectorDock", "net (Σ w·x + b)"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "The node's total input: each weight times its input, plus b."
        ),
    ),
    "out": (
        QT_TRANSLATE_NOOP("InspectorDock", "out"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "The node's output: its activation function applied to net."
        ),
    ),
    "delta": (
        QT_TRANSLATE_NOOP("InspectorDock", "delta ∂E/∂net"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "How fast the loss E changes with this node's net (backward)."
        ),
    ),
    "bias": (
        QT_TRANSLATE_NOOP("InspectorDock", "bias b"),
        QT_TRANSLATE_NOOP("InspectorDock", "The node's bias, added to net."),
    ),
    "grad_bias": (
        QT_TRANSLATE_NOOP("InspectorDock", "∂E/∂b"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "How fast E changes with the bias; the update moves b against it."
        ),
    ),
    "weight": (
        QT_TRANSLATE_NOOP("InspectorDock", "weight w"),
        QT_TRANSLATE_NOOP("InspectorDock", "The weight this edge has now."),
    ),
    "grad": (
        QT_TRANSLATE_NOOP("InspectorDock", "∂E/∂w"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "How fast the loss E changes with this weight (backward pass)."
        ),
    ),
    "before_update": (
        QT_TRANSLATE_NOOP("InspectorDock", "before update"),
        QT_TRANSLATE_NOOP("InspectorDock", "The weight before the last update step."),
    ),
    "after_update": (
        QT_TRANSLATE_NOOP("InspectorDock", "after update"),
        QT_TRANSLATE_NOOP("InspectorDock", "The weight after the last update step."),
    ),
    "change": (
        QT_TRANSLATE_NOOP("InspectorDock", "change Δw"),
        QT_TRANSLATE_NOOP(
            "InspectorDock", "after update − before update: the optimizer's step (sgd: −η·∂E/∂w)."
        ),
    ),
}


@dataclass(frozen=True)
class Row:
    """One line of the inspector: what the value is, the value, and a sentence explaining it."""

    key: str
    name: str
    value: str
    tip: str


class InspectorDock(QDockWidget):
    """Shows net, out, delta, bias and ∂E/∂b of a node, or w, ∂E/∂w and the update of an edge."""

    def __init__(
        self, doc: NetworkDocument, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspector"))
        self.setObjectName("inspector_dock")
        self.doc, self.selection = doc, selection
        self._rows: list[Row] = []
        self._value_labels: list[QLabel] = []
        self._name_labels: list[QLabel] = []
        self._build()
        self.refreshes = 0  # how many times the values were shown (tests count them)
        doc.changed.connect(self._changed)
        selection.changed.connect(self.refresh)
        session_for(doc).changed.connect(self.refresh)  # lab mode: a value hidden or shown
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change & (
            Change.VALUES
            | Change.PARAMETERS
            | Change.LABELS
            | Change.STRUCTURE
            | Change.PHASE
            | Change.RECORDS
        ):
            self.refresh()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = _label("inspector_title", body)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.samples = _label("inspector_samples", body)
        self.samples.setWordWrap(True)
        italic = self.samples.font()
        italic.setItalic(True)
        self.samples.setFont(italic)
        # One grid for the selection's values and the loss, so that their columns line up.
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.line = _line(body)
        self.loss_name = _label("inspector_loss_name", body)
        self.loss_name.setWordWrap(True)  # "E of the last batch of 32 (…)" must not widen the dock
        self.loss = _value_label("inspector_loss", body)
        self.phase_name = _label("inspector_phase_name", body, self.tr("phase"))
        self.phase_name.setToolTip(self.tr("Which pass ran last: forward, backward or update."))
        self.phase = _value_label("inspector_phase", body)
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setObjectName("inspector_copy")
        self.copy_button.setToolTip(
            self.tr(
                "Copy every value as 'name<Tab>value' lines. Ctrl+C does the same, "
                "or copies just the text you selected."
            )
        )
        self.copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout.addWidget(self.title)
        layout.addWidget(self.samples)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.copy_action = QAction(self.tr("Copy values"), self)
        self.copy_action.setObjectName("inspector_copy_action")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        body.addAction(self.copy_action)
        body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setWidget(body)
        self._rebuild([])

    # -- what is shown ----------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the document and the selection (once per document change)."""
        self.refreshes += 1
        item = self._valid(self.selection.current)
        if isinstance(item, EdgeSelection):
            title, rows = self._edge(item)
        elif isinstance(item, NodeSelection):
            title, rows = self._node(item)
        else:
            title, rows = QCoreApplication.translate(CONTEXT, HINT), []
        rows = hide_rows(self.doc, item, rows)  # lab mode: "?" for values to work out by hand
        self.title.setText(title)
        self.samples.setText(self._samples_text() if rows else "")
        self.samples.setVisible(bool(rows))
        self._show(rows)
        trace = self.doc.trace
        loss = get_loss(self.doc.network.loss)
        self.loss_name.setText(self._loss_name(loss.name))
        self.loss_name.setToolTip(
            self.tr(
                "{formula}, over the samples the last pass took (known from Forward on). The "
                "status bar's E is over all training samples at the weights shown."
            ).format(formula=loss.formula)
        )
        loss = format_full(None if trace is None else trace.loss)
        self.loss.setText(HIDDEN if hides_loss(self.doc) else loss)
        self.phase.setText(QCoreApplication.translate("PhaseIndicator", self.doc.phase.value))

    def _loss_name(self, loss: str) -> str:
        """Whose loss the inspector shows: the last pass's samples, named as such, so that
        it is not mistaken for the status bar's loss over all samples."""
        taken = pass_samples(self.doc)
        if taken is None:
            return self.tr("E of the last pass ({loss})").format(loss=loss)
        if taken.sample is not None:
            return self.tr("E of sample {n} ({loss})").format(n=taken.sample + 1, loss=loss)
        if taken.count == self.doc.dataset.n_samples:
            return self.tr("E of all {count} samples, last pass ({loss})").format(
                count=taken.count, loss=loss
            )
        return self.tr("E of the last batch of {count} ({loss})").format(
            count=taken.count, loss=loss
        )

    def _valid(self, item):
        """The selection if it still names something in the network (it may lag an edit)."""
        return still_names(self.doc.column_sizes(), item)

    def _samples_text(self) -> str:
        trace = self.doc.trace
        if trace is None:
            return self.tr("Nothing computed yet: run a forward pass.")
        taken = pass_samples(self.doc)
        if taken.count > 1 and (self.doc.show_batch_mean or taken.first is None):
            return self.tr("Mean over the {count} samples of the last pass.").format(
                count=taken.count
            )
        if taken.count > 1:
            return self.tr(
                "For {sample}, the first of the {count} in the last pass "
                "(its gradients are of its own loss; the update uses the batch's mean)."
            ).format(sample=message_text(sample_text(self.doc, taken.first)), count=taken.count)
        if taken.sample is None:
            return self.tr("For one sample.")
        return self.tr("For {sample} only.").format(
            sample=message_text(sample_text(self.doc, taken.sample))
        )

    def _node(self, item: NodeSelection) -> tuple[str, list[Row]]:
        v = node_values(self.doc, item.column, item.index)
        if item.column == 0:
            title = self.tr("Node {label} · input layer").format(label=v.label)
            return title, [_row("input", v.out)]
        last = item.column == len(self.doc.network.layers)
        kind = (
            self.tr("output layer") if last else self.tr("hidden layer {n}").format(n=item.column)
        )
        out = _row("out", v.out)
        rows = [
            _row("net", v.net),
            Row(out.key, f"out = {v.activation}(net)", out.value, out.tip),
            _row("delta", v.delta),
            _row("bias", v.bias),
            _row("grad_bias", v.grad_bias),
        ]
        title = self.tr("Node {label} · {kind} · {activation}")
        return title.format(label=v.label, kind=kind, activation=v.activation), rows

    def _edge(self, item: EdgeSelection) -> tuple[str, list[Row]]:
        v = edge_values(self.doc, item.column, item.source, item.target)
        updated = v.after_update is not None and v.before_update is not None
        rows = [
            _row("weight", v.weight),
            _row("grad", v.grad),
            _row("before_update", v.before_update),
            _row("after_update", v.after_update),
            _row("change", v.after_update - v.before_update if updated else None),
        ]
        return self.tr("Edge {label}").format(label=v.label), rows

    def _show(self, rows: list[Row]) -> None:
        if [r.key for r in rows] != [r.key for r in self._rows]:
            self._rebuild(rows)
        for row, name, label in zip(rows, self._name_labels, self._value_labels, strict=True):
            name.setText(row.name)  # "out = tanh(net)" follows an activation edit
            label.setText(row.value)
        self._rows = rows

    def _rebuild(self, rows: list[Row]) -> None:
        kept = (self.line, self.loss_name, self.loss, self.phase_name, self.phase)
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget not in kept:
                widget.setParent(None)  # out of findChild's reach at once, not after deleteLater
                widget.deleteLater()
        self._value_labels, self._name_labels = [], []
        body = self.widget()
        for i, row in enumerate(rows):
            name = _label(f"inspector_name_{row.key}", body, row.name)
            value = _value_label(f"inspector_value_{row.key}", body)
            name.setToolTip(row.tip)
            value.setToolTip(row.tip)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(value, i, 1)
            self._value_labels.append(value)
            self._name_labels.append(name)
        n = len(rows)
        self.line.setVisible(bool(rows))
        self.grid.addWidget(self.line, n, 0, 1, 2)
        self.grid.addWidget(self.loss_name, n + 1, 0)
        self.grid.addWidget(self.loss, n + 1, 1)
        self.grid.addWidget(self.phase_name, n + 2, 0)
        self.grid.addWidget(self.phase, n + 2, 1)

    # -- copying ----------------------------------------------------------------------

    def text(self) -> str:
        """Everything shown, as 'name<Tab>value' lines."""
        lines = []
        if self._rows:
            lines.append(f"selected\t{self.title.text()}")
            lines.append(f"samples\t{self.samples.text()}")
            lines += [f"{row.name}\t{row.value}" for row in self._rows]
        lines.append(f"{self.loss_name.text()}\t{self.loss.text()}")
        lines.append(f"phase\t{self.phase.text()}")
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def _row(key: str, value: float | None) -> Row:
    name, tip = ROW_TEXTS[key]
    translate = QCoreApplication.translate
    return Row(key, translate(CONTEXT, name), format_full(value), translate(CONTEXT, tip))


def _label(name: str, parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(_SELECTABLE)
    return label


def _value_label(name: str, parent: QWidget) -> QLabel:
    """A value in a fixed-pitch font, so digits line up, selectable, never elided."""
    label = _label(name, parent)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(WIDEST_VALUE))
    label.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Preferred)
    return label


def _line(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
