"""The chain-rule dock: ∂E/∂ of the selected weight or bias written out as the notes write it.

For the selected edge (its weight) or node (its bias) it shows every path from the parameter
to the outputs, each a product of local derivatives with this pass's numbers, their sum, and
the update, from ``playground.engine.chain_rule``. It reads the document and the selection
and writes nothing, like the inspector.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.document.values import pass_samples, sample_text
from playground.engine import EngineError, Network, Phase
from playground.engine.chain_rule import (
    FIXED,
    Explanation,
    Param,
    explain,
    figure,
    parameter_name,
)
from playground.lab.session import session_for
from playground.ui.lab.masking import math_block
from playground.ui.selection import (
    NodeSelection,
    Selected,
    SelectionModel,
    selected_param,
    still_names,
)
from playground.ui.translate import error_text, message_text

CONTEXT = "MathPanelDock"
HINT = QT_TRANSLATE_NOOP(  # translated at use
    "MathPanelDock",
    "Click an edge (its weight) or a hidden or output node (its bias) in the diagram to see "
    "∂E/∂w worked out by the chain rule.",
)
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)
_REFRESH_ON = (
    Change.VALUES
    | Change.PARAMETERS
    | Change.LABELS
    | Change.STRUCTURE
    | Change.PHASE
    | Change.SETTINGS  # the learning rate and optimizer of the update line
    | Change.RECORDS
)


class MathPanelDock(QDockWidget):
    """∂E/∂w (or ∂E/∂b) of the selection as a sum over paths, for one sample of the last pass."""

    def __init__(
        self, doc: NetworkDocument, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chain rule"))
        self.setObjectName("math_panel")
        self.doc, self.selection = doc, selection
        self.explanation: Explanation | None = None  # what the text shows, full floats
        self._build()
        self.refreshes = 0  # how many times the text was worked out (tests count them)
        doc.changed.connect(self._changed)
        selection.changed.connect(self.refresh)
        session_for(doc).changed.connect(self.refresh)  # lab mode: a value hidden or shown
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change & _REFRESH_ON:
            self.refresh()

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.text_view = QPlainTextEdit(body)
        self.text_view.setObjectName("math_text")
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(_SELECTABLE)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # formulas stay whole
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setObjectName("math_copy")
        self.copy_button.setToolTip(self.tr("Copy the whole explanation as text."))
        self.copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

    # -- what is shown ----------------------------------------------------------------

    def refresh(self) -> None:
        """Work the text out again from the document and the selection (once per change)."""
        self.refreshes += 1
        self.explanation = None
        text = self._text(_valid(self.doc, self.selection.current))
        if text != self.text_view.toPlainText():
            self.text_view.setPlainText(text)

    def text(self) -> str:
        return self.text_view.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _text(self, item: Selected) -> str:
        hint = QCoreApplication.translate(CONTEXT, HINT)
        if item is None:
            return hint
        if isinstance(item, NodeSelection) and item.column == 0:
            return self.tr(
                "{name} is an input: its value is data, not a parameter, so it has no "
                "gradient to learn from.\n\n{hint}"
            ).format(name=self.doc.label(0, item.index), hint=hint)
        blocked = math_block(self.doc, item)  # lab mode: it would give a hidden value away
        if blocked is not None:
            return blocked
        param = selected_param(self.doc.column_sizes(), item)
        network = self.doc.network
        what = self.tr("∂E/∂{name} of {place}").format(
            name=parameter_name(network, param), place=place_text(network, param)
        )
        trace = self.doc.trace
        if trace is None or not trace.has_gradients:
            if trace is not None:
                text = self.tr("Press B (backward) to see {what} worked out by the chain rule.")
            else:
                text = self.tr(
                    "Press F (forward), then B (backward), to see {what} worked out by the "
                    "chain rule."
                )
            return text.format(what=what)
        try:
            self.explanation = self._explain(param)
        except EngineError as error:
            return f"{what}: {error_text(error)}"
        return "\n".join(
            [*self._header(what), "", self.explanation.to_text(say=message_text), *self._footer()]
        )

    def _explain(self, param: Param) -> Explanation:
        """The explanation for the pass's first sample, with the weights that pass used."""
        doc, trace = self.doc, self.doc.trace
        alone = trace.inputs.shape[0] == 1
        optimizer = doc.trainer.optimizer if alone else None
        e = explain(_pass_network(doc), trace, param, optimizer=optimizer)
        if e.update is None or doc.phase is not Phase.UPDATED or e.update.rule == FIXED:
            return e
        # The optimizer has taken its step: show that step, not one more from its new state.
        if param.is_bias:
            return replace(e, update=None)  # the trainer keeps no bias from before the update
        return replace(e, update=replace(e.update, after=param.value(doc.network)))

    def _header(self, what: str) -> list[str]:
        doc, trace = self.doc, self.doc.trace
        n = trace.inputs.shape[0]
        if n > 1:
            first = pass_samples(doc).first
            which = (
                self.tr("its first sample")
                if first is None
                else message_text(sample_text(doc, first))
            )
            shown = (
                self.tr("The diagram and the inspector show the mean over all {n} samples.")
                if doc.show_batch_mean
                else self.tr("The diagram and the inspector show this sample too.")
            ).format(n=n)
            head = self.tr("{what} for {which}, the first of the {n} in the last pass.")
            return [head.format(what=what, which=which, n=n), shown]
        taken = pass_samples(doc)
        which = self.tr("the one sample of the last pass")
        if taken.sample is not None:
            which = message_text(sample_text(doc, taken.sample))
        if doc.phase is Phase.UPDATED:
            text = self.tr(
                "{what} for {which}, from the pass before the last update, with the weights "
                "it used."
            )
        else:
            text = self.tr(
                "{what} for {which}, from the last backward pass; the {name}⁺ line is what "
                "Update (U) will do."
            )
        return [text.format(what=what, which=which, name=self.explanation.name)]

    def _footer(self) -> list[str]:
        e, trace = self.explanation, self.doc.trace
        if trace.inputs.shape[0] > 1:
            mean = figure(e.param.gradient(trace))
            return [
                "",
                self.tr(
                    "The update (U) moves {name} by the mean over the batch, ∂E/∂{name} = "
                    "{mean}, not by this one sample's."
                ).format(name=e.name, mean=mean),
            ]
        if e.update is None and self.doc.phase is Phase.UPDATED:
            now = figure(e.param.value(self.doc.network))
            text = self.tr("{name} is now {now}; the trainer keeps no bias from before an update.")
            return ["", text.format(name=e.name, now=now)]
        return []


def place_text(network: Network, param: Param) -> str:
    """Where the parameter sits in the diagram, in the window's language: ``edge h1 → o1``
    or ``node o1`` (the engine's ``parameter_place``, translatable)."""
    target = network.node_label(param.column, param.target)
    if param.is_bias:
        return QCoreApplication.translate("MathPanelDock", "node {name}").format(name=target)
    source = network.node_label(param.column - 1, param.source)
    return QCoreApplication.translate("MathPanelDock", "edge {source} → {target}").format(
        source=source, target=target
    )


def _pass_network(doc: NetworkDocument) -> Network:
    """The network with the weights the last pass used: after an update, the ones before it."""
    before = doc.trainer.weights_before_update
    network = doc.network
    if doc.phase is not Phase.UPDATED or before is None:
        return network
    if [w.shape for w in before] != [layer.weights.shape for layer in network.layers]:
        return network
    network = network.copy()
    for layer, weights in zip(network.layers, before, strict=True):
        layer.weights = weights.copy()
    return network


def _valid(doc: NetworkDocument, item: Selected) -> Selected:
    """The selection if it still names something in the network (it may lag an edit)."""
    return still_names(doc.column_sizes(), item)
