"""The words and numbers the diagram shows, built from ``playground.document.values``.

Numbers on the diagram have 4 significant digits (``format_short``); tooltips give the full
value (``format_full``). Kept apart from the items so the wording lives in one place. With
the notes' names on, a weight is written as the course notes write it (``w5 = 0.4``,
``∂E/∂w5``) and a bias ``b1``: ``notes_name`` says which name. In lab mode a value the
learner is to compute by hand is written ``?`` (``HIDDEN``); ``hidden_values`` says which.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from playground.document.network_document import NetworkDocument
from playground.document.values import (
    EdgeValues,
    NodeValues,
    format_full,
    format_short,
    pass_samples,
    sample_text,
    shows_one_row,
)
from playground.engine import Network, Phase
from playground.engine.chain_rule import Param, parameter_name
from playground.io.lesson import Ask
from playground.lab.formulas import Target
from playground.lab.session import LabSession, session_for
from playground.ui.translate import message_text

# The diagram's words, in context "DiagramTexts" (math names stay as the notes write them).
translate = QCoreApplication.translate

HIDDEN = "?"
NOTHING_HIDDEN: frozenset[Ask] = frozenset()


class Hidden:
    """Which values lab mode hides on the diagram now (``hidden_values``)."""

    def __init__(self, lab: LabSession) -> None:
        self.lab = lab

    def on_node(self, name: str) -> frozenset[Ask]:
        return frozenset(t.ask for t in self.lab.hidden_on_node(name))

    def on_edge(self, doc: NetworkDocument, key: tuple[int, int, int]) -> frozenset[Ask]:
        column, source, target = key
        edge = (doc.label(column - 1, source), doc.label(column, target))
        return frozenset(t.ask for t in self.lab.hidden_on_edge(edge))

    @property
    def loss(self) -> bool:
        return self.lab.hides(Target(Ask.LOSS))


def hidden_values(doc: NetworkDocument) -> Hidden | None:
    """What lab mode hides on ``doc``'s diagram, or None when lab mode is off."""
    lab = session_for(doc)
    return Hidden(lab) if lab.enabled else None


def _value(value: float | None, hidden: bool, formatter=format_short) -> str:
    return HIDDEN if hidden else formatter(value)


def notes_name(network: Network, param: Param) -> str:
    """The course notes' name of a weight or bias. A weight: ``parameter_name`` (w1 … w8 in
    the 2-2-2 network, layer by layer, each node's incoming edges in turn). A bias: one
    name per layer, b1 for ``layers[1]``, b2 for ``layers[2]`` …, as the notes (002) write
    net_h1 = w1·i1 + w2·i2 + b1·1 and net_o1 = w5·out_h1 + w6·out_h2 + b2·1."""
    # chain_rule names a bias after its node (b_o1); the notes' per-layer form lives here
    # until chain_rule has one.
    return f"b{param.column}" if param.is_bias else parameter_name(network, param)


def bias_text(values: NodeValues, name: str = "b") -> str:
    """The bias line under a node: ``b 0.35``, or with the notes' name ``b1 0.35``."""
    return "" if values.activation is None else f"{name} {format_short(values.bias)}"


def node_lines(values: NodeValues, hidden: frozenset[Ask] = NOTHING_HIDDEN) -> list[str]:
    """net and out after Forward, and delta (∂E/∂net) after Backward; ``?`` for each of
    them lab mode hides."""
    if values.out is None:
        return []
    if values.activation is None:
        return [f"out {format_short(values.out)}"]
    lines = [
        f"net {_value(values.net, Ask.NET in hidden)}",
        f"out {_value(values.out, Ask.OUT in hidden)}",
    ]
    if values.delta is not None:
        lines.append(f"δ {_value(values.delta, Ask.DELTA in hidden)}")
    return lines


def node_tooltip(
    values: NodeValues, name: str = "b", hidden: frozenset[Ask] = NOTHING_HIDDEN
) -> list[str]:
    kind = translate("DiagramTexts", "input") if values.activation is None else values.activation
    lines = [f"{values.label} ({kind})"]
    if values.activation is not None:
        bias = translate("DiagramTexts", "bias {name} = {value}")
        lines.append(bias.format(name=name, value=format_full(values.bias)))
    if values.out is not None:
        if values.net is not None:
            lines.append(f"net = {_value(values.net, Ask.NET in hidden, format_full)}")
        lines.append(f"out = {_value(values.out, Ask.OUT in hidden, format_full)}")
    if values.delta is not None:
        delta = _value(values.delta, Ask.DELTA in hidden, format_full)
        lines.append(translate("DiagramTexts", "delta δ = ∂E/∂net = {delta}").format(delta=delta))
    return lines


def edge_text(
    values: EdgeValues, name: str | None = None, hidden: frozenset[Ask] = NOTHING_HIDDEN
) -> str:
    """The weight; then ∂E/∂w after Backward, or the change Δw after Update. With the notes'
    name ``name`` (w5): ``w5 = 0.4``, then ``∂E/∂w5 …`` or ``Δw5 …``. Lab mode's hidden
    ∂E/∂w or updated weight is ``?``, and so is Δw, which would give either away."""
    after = Ask.WEIGHT_AFTER_UPDATE in hidden
    weight = _value(values.weight, after and values.after_update is not None)
    w = name or "w"
    lines = [weight if name is None else f"{name} = {weight}"]
    if values.before_update is not None and values.after_update is not None:
        change = values.after_update - values.before_update
        lines.append(f"Δ{w} {_value(change, after or Ask.GRAD in hidden)}")
    elif values.grad is not None:
        lines.append(f"∂E/∂{w} {_value(values.grad, Ask.GRAD in hidden)}")
    return "\n".join(lines)


def edge_tooltip(
    values: EdgeValues, name: str = "w", hidden: frozenset[Ask] = NOTHING_HIDDEN
) -> str:
    after = Ask.WEIGHT_AFTER_UPDATE in hidden and values.after_update is not None
    lines = [values.label, f"{name} = {_value(values.weight, after, format_full)}"]
    if values.grad is not None:
        lines.append(f"∂E/∂{name} = {_value(values.grad, Ask.GRAD in hidden, format_full)}")
    if values.before_update is not None:
        before = translate("DiagramTexts", "before the update: {value}")
        lines.append(before.format(value=format_full(values.before_update)))
    return "\n".join(lines)


def column_title(doc: NetworkDocument, column: int) -> str:
    sizes = doc.column_sizes()
    last = len(sizes) - 1
    if column == 0:
        name = translate("DiagramTexts", "Input")
    else:
        activation = doc.network.layers[column - 1].activation
        if column == last:
            name = translate("DiagramTexts", "Output · {activation}")
        else:
            name = translate("DiagramTexts", "Hidden {n} · {activation}")
        name = name.format(n=column, activation=activation)
    return name if sizes[column] <= 12 else f"{name} ({sizes[column]})"


def caption(doc: NetworkDocument, *, hide_loss: bool = False) -> str:
    """Which samples the numbers on the diagram are from, and the loss once known (``?``
    while lab mode hides it)."""
    trace = doc.trace
    if trace is None:
        return translate("DiagramTexts", "no values yet: run Forward")
    taken = pass_samples(doc)
    if taken.count > 1 and (doc.show_batch_mean or taken.first is None):
        which = translate("DiagramTexts", "values: batch mean of {count} samples")
    elif taken.count > 1:
        # two parts: a caption wider than the network breaks at the separator
        which = translate("DiagramTexts", "values: {sample}   ·   the first of {count}")
    elif taken.sample is None:
        which = translate("DiagramTexts", "values: one sample")
    elif doc.dataset.n_samples == 1:
        which = translate("DiagramTexts", "values: {sample} (the only one)")
    else:
        which = translate("DiagramTexts", "values: {sample}")
    sample = taken.first if taken.count > 1 else taken.sample
    shown = "" if sample is None else message_text(sample_text(doc, sample))
    which = which.format(count=taken.count, sample=shown)
    step = translate("DiagramTexts", _PHASE_WORDS.get(doc.phase, _PHASE_WORDS[Phase.FORWARD]))
    second = []
    if trace.loss is not None and shows_one_row(doc) and trace.sample_losses is not None:
        sample_loss = float(trace.sample_losses[0])
        this = translate("DiagramTexts", "this sample's E = {value}")
        second.append(this.format(value=_value(sample_loss, hide_loss)))
        batch = translate("DiagramTexts", "the batch's E = {value}")
        second.append(batch.format(value=_value(trace.loss, hide_loss)))
    elif trace.loss is not None:
        loss = translate("DiagramTexts", "loss E = {value}")
        second.append(loss.format(value=_value(trace.loss, hide_loss)))
    if doc.file.optimizer.get("name") == "perceptron":
        # A step has derivative 0, so every ∂E/∂w shows 0 while the weights still move.
        second.append(translate("DiagramTexts", "perceptron rule: Δw = η·(t − y)·x, not −η·∂E/∂w"))
    lines = ["   ·   ".join([step, which]), "   ·   ".join(second)]
    return "\n".join(line for line in lines if line)


_PHASE_WORDS = {  # which pass the numbers are after (translated at use)
    Phase.FORWARD: QT_TRANSLATE_NOOP("DiagramTexts", "after Forward"),
    Phase.BACKWARD: QT_TRANSLATE_NOOP("DiagramTexts", "after Backward"),
    Phase.UPDATED: QT_TRANSLATE_NOOP(
        "DiagramTexts", "after Update (net, out, δ: the pass before it)"
    ),
}
