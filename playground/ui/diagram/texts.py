"""The words and numbers the diagram shows, built from ``playground.document.values``.

Numbers on the diagram have 4 significant digits (``format_short``); tooltips give the full
value (``format_full``). Kept apart from the items so the wording lives in one place.
"""

from __future__ import annotations

from playground.document.network_document import NetworkDocument
from playground.document.values import (
    EdgeValues,
    NodeValues,
    format_full,
    format_short,
)
from playground.engine import Phase


def bias_text(values: NodeValues) -> str:
    return "" if values.activation is None else f"b {format_short(values.bias)}"


def node_lines(values: NodeValues) -> list[str]:
    """net and out after Forward, and delta (∂E/∂net) after Backward."""
    if values.out is None:
        return []
    if values.activation is None:
        return [f"out {format_short(values.out)}"]
    lines = [f"net {format_short(values.net)}", f"out {format_short(values.out)}"]
    if values.delta is not None:
        lines.append(f"δ {format_short(values.delta)}")
    return lines


def node_tooltip(values: NodeValues) -> list[str]:
    kind = "input" if values.activation is None else values.activation
    lines = [f"{values.label} ({kind})"]
    if values.activation is not None:
        lines.append(f"bias b = {format_full(values.bias)}")
    if values.out is not None:
        if values.net is not None:
            lines.append(f"net = {format_full(values.net)}")
        lines.append(f"out = {format_full(values.out)}")
    if values.delta is not None:
        lines.append(f"delta δ = ∂E/∂net = {format_full(values.delta)}")
    return lines


def edge_text(values: EdgeValues) -> str:
    """The weight; then ∂E/∂w after Backward, or the change Δw after Update."""
    lines = [format_short(values.weight)]
    if values.before_update is not None and values.after_update is not None:
        lines.append(f"Δw {format_short(values.after_update - values.before_update)}")
    elif values.grad is not None:
        lines.append(f"∂E/∂w {format_short(values.grad)}")
    return "\n".join(lines)


def edge_tooltip(values: EdgeValues) -> str:
    lines = [values.label, f"w = {format_full(values.weight)}"]
    if values.grad is not None:
        lines.append(f"∂E/∂w = {format_full(values.grad)}")
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


def caption(doc: NetworkDocument) -> str:
    """Which samples the numbers on the diagram are from, and the loss once known."""
    trace = doc.trace
    if trace is None:
        return "no values yet: run Forward"
    samples = trace.inputs.shape[0]
    if doc.sample is not None:
        which = f"values: sample {doc.sample + 1}"
    elif samples == 1 and doc.dataset.n_samples == 1:
        which = "values: sample 1 (the only one)"
    elif samples == 1:
        which = "values: one sample (a batch of 1)"
    else:
        which = f"values: mean of {samples} samples"
    step = f"after {_phase_words(doc.phase)}"
    if doc.phase is Phase.UPDATED:
        step += " (net, out, δ: the pass before it)"
    second = []
    if trace.loss is not None:
        second.append(f"loss E = {format_short(trace.loss)}")
    if doc.file.optimizer.get("name") == "perceptron":
        # A step has derivative 0, so every ∂E/∂w shows 0 while the weights still move.
        second.append("perceptron rule: Δw = η·(t − y)·x, not −η·∂E/∂w")
    lines = ["   ·   ".join([step, which]), "   ·   ".join(second)]
    return "\n".join(line for line in lines if line)


def _phase_words(phase: Phase) -> str:
    return {Phase.FORWARD: "Forward", Phase.BACKWARD: "Backward", Phase.UPDATED: "Update"}.get(
        phase, "Forward"
    )
