"""What a view shows for one node or one edge, read from the document's network and trace.

Values of a pass over several samples are shown as the batch mean (say so on screen); a
pass over one sample shows that sample. None means "not computed yet in this phase".
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.document.network_document import NetworkDocument
from playground.engine.messages import Message


@dataclass(frozen=True)
class NodeValues:
    """One node: net input Σw·x + b, output f(net), delta ∂E/∂net, bias and ∂E/∂b."""

    label: str
    activation: str | None  # None for an input node
    net: float | None
    out: float | None
    delta: float | None
    bias: float | None
    grad_bias: float | None
    samples: int  # how many samples the pass averaged (1: a single sample)


@dataclass(frozen=True)
class EdgeValues:
    """One edge: its weight, ∂E/∂w, and the weight before and after the last update."""

    label: str
    weight: float
    grad: float | None
    before_update: float | None
    after_update: float | None


def shows_one_row(doc: NetworkDocument) -> bool:
    """Whether the views show the first sample of a pass over several (the default: one
    sample's numbers can be checked by hand) rather than the batch mean."""
    trace = doc.trace
    return trace is not None and trace.inputs.shape[0] > 1 and not doc.show_batch_mean


def _shown(doc: NetworkDocument, values, index: int) -> float:
    """Column ``index`` of a pass's per-sample ``values``: its first row, or the mean."""
    return float(values[0, index] if shows_one_row(doc) else values[:, index].mean())


def node_values(doc: NetworkDocument, column: int, index: int) -> NodeValues:
    trace = doc.trace
    label = doc.label(column, index)
    samples = 0 if trace is None else (1 if shows_one_row(doc) else trace.inputs.shape[0])
    if column == 0:
        out = None if trace is None else _shown(doc, trace.inputs, index)
        return NodeValues(label, None, None, out, None, None, None, samples)
    layer = doc.network.layers[column - 1]
    lt = None if trace is None else trace.layers[column - 1]
    grad_bias = None
    if lt is not None and lt.grad_bias is not None:
        one = shows_one_row(doc) and lt.delta is not None
        grad_bias = float(lt.delta[0, index] if one else lt.grad_bias[index])
    return NodeValues(
        label,
        layer.activation,
        net=None if lt is None else _shown(doc, lt.net, index),
        out=None if lt is None else _shown(doc, lt.out, index),
        delta=None if lt is None or lt.delta is None else _shown(doc, lt.delta, index),
        bias=float(layer.bias[index]),
        grad_bias=grad_bias,
        samples=samples,
    )


def edge_values(doc: NetworkDocument, column: int, source: int, target: int) -> EdgeValues:
    trace = doc.trace
    layer = doc.network.layers[column - 1]
    lt = None if trace is None else trace.layers[column - 1]
    grad = None
    if lt is not None and lt.grad_weights is not None:
        if shows_one_row(doc) and lt.delta is not None:  # this sample's own ∂E_s/∂w = x·δ
            x = trace.layer_inputs(column - 1)[0, source]
            grad = float(x * lt.delta[0, target])
        else:
            grad = float(lt.grad_weights[source, target])
    before = after = None
    previous = doc.trainer.weights_before_update
    if previous is not None and doc.phase.name == "UPDATED":
        before = float(previous[column - 1][source, target])
        after = float(layer.weights[source, target])
    label = f"{doc.label(column - 1, source)} → {doc.label(column, target)}"
    return EdgeValues(label, float(layer.weights[source, target]), grad, before, after)


def format_short(value: float | None) -> str:
    """4 significant digits for the diagram; an en dash when not computed yet."""
    return "–" if value is None else f"{value:.4g}"


def format_full(value: float | None) -> str:
    """Full precision (shortest repr that round-trips) for the inspector."""
    return "–" if value is None else repr(float(value))


@dataclass(frozen=True)
class PassSamples:
    """Which training samples the last pass took: ``count`` of them, and ``sample`` (from
    0) when it took exactly one (None: more than one, or unknown); ``first``, the sample of
    its first row, which the views show unless the batch mean is asked for."""

    count: int
    sample: int | None
    first: int | None = None


def pass_samples(doc: NetworkDocument) -> PassSamples | None:
    """What the numbers on screen were computed from, read off the pass itself (the trainer
    notes the rows each pass took), never from a choice made since; None before a pass."""
    trace = doc.trace
    if trace is None:
        return None
    count = trace.inputs.shape[0]
    rows = trace.extra.get("rows")
    sample = int(rows[0]) if count == 1 and rows is not None and len(rows) == 1 else None
    first = int(rows[0]) if rows is not None and len(rows) else None
    return PassSamples(count, sample, first)


def sample_text(doc: NetworkDocument, sample: int) -> str:
    """``sample 3: (0, 1) → (1)``: a training sample's number, inputs and target."""
    data = doc.dataset
    return Message(
        "sample {number}: {inputs} → {targets}",
        number=sample + 1,
        inputs=row_text(data.inputs[sample]),
        targets=row_text(data.targets[sample]),
    )


def row_text(values) -> str:
    """Up to four numbers of a row, to 4 significant digits: ``(0.05, 0.1)``."""
    shown = ", ".join(f"{v:.4g}" for v in values[:4])
    return f"({shown}{', …' if len(values) > 4 else ''})"
