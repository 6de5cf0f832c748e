"""The words and numbers the diagram shows, built from ``playground.document.values``.

Numbers on the diagram have 4 significant digits (``format_short``); tooltips give the full
value (``format_full``). Kept apart from the items so the wording lives in one place. With
the notes' names on, a weight is written as the course notes write it (``w5 = 0.4``,
``∂E/∂w5``) and a bias ``b1``: ``notes_name`` says which name. In lab mode a value the
learner is to compute by hand is written ``?`` (``HIDDEN``); ``hidden_values`` says which.
"""

from __future__ import annotations

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
    kind = "input" if values.activation is None else values.activation
    lines = [f"{values.label} ({kind})"]
    if values.activation is not None:
        lines.append(f"bias {name} = {format_full(values.bias)}")
    if values.out is not None:
        if values.net is not None:
            lines.append(f"net = {_value(values.net, Ask.NET in hidden, format_full)}")
        lines.append(f"out = {_value(values.out, Ask.OUT in hidden, format_full)}")
    if values.delta is not None:
        delta = _value(values.delta, Ask.DELTA in hidden, format_full)
        lines.append(f"delta δ = ∂E/∂net = {delta}")
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
        lines.append(f"before the update: {format_full(values.before_update)}")
    return "\n".join(lines)


def column_title(doc: NetworkDocument, column: int) -> str:
    sizes = doc.column_sizes()
    last = len(sizes) - 1
    if column == 0:
        name = "Input"
    else:
        kind = "Output" if column == last else f"Hidden {column}"
        name = f"{kind} · {doc.network.layers[column - 1].activation}"
    return name if sizes[column] <= 12 else f"{name} ({sizes[column]})"


def caption(doc: NetworkDocument, *, hide_loss: bool = False) -> str:
    """Which samples the numbers on the diagram are from, and the loss once known (``?``
    while lab mode hides it)."""
    trace = doc.trace
    if trace is None:
        return "no values yet: run Forward"
    taken = pass_samples(doc)
    if taken.count > 1 and (doc.show_batch_mean or taken.first is None):
        which = f"values: batch mean of {taken.count} samples"
    elif taken.count > 1:
        # two parts: a caption wider than the network breaks at the separator
        which = f"values: {sample_text(doc, taken.first)}   ·   the first of {taken.count}"
    elif taken.sample is None:
        which = "values: one sample"
    else:
        which = f"values: {sample_text(doc, taken.sample)}"
        if doc.dataset.n_samples == 1:
            which += " (the only one)"
    step = f"after {_phase_words(doc.phase)}"
    if doc.phase is Phase.UPDATED:
        step += " (net, out, δ: the pass before it)"
    second = []
    if trace.loss is not None and shows_one_row(doc) and trace.sample_losses is not None:
        sample_loss = float(trace.sample_losses[0])
        second.append(f"this sample's E = {_value(sample_loss, hide_loss)}")
        second.append(f"the batch's E = {_value(trace.loss, hide_loss)}")
    elif trace.loss is not None:
        second.append(f"loss E = {_value(trace.loss, hide_loss)}")
    if doc.file.optimizer.get("name") == "perceptron":
        # A step has derivative 0, so every ∂E/∂w shows 0 while the weights still move.
        second.append("perceptron rule: Δw = η·(t − y)·x, not −η·∂E/∂w")
    lines = ["   ·   ".join([step, which]), "   ·   ".join(second)]
    return "\n".join(line for line in lines if line)


def _phase_words(phase: Phase) -> str:
    return {Phase.FORWARD: "Forward", Phase.BACKWARD: "Backward", Phase.UPDATED: "Update"}.get(
        phase, "Forward"
    )
