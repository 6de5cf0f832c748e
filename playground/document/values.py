"""What a view shows for one node or one edge, read from the document's network and trace.

Values of a pass over several samples are shown as the batch mean (say so on screen); a
pass over one sample shows that sample. None means "not computed yet in this phase".
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.document.network_document import NetworkDocument


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


def node_values(doc: NetworkDocument, column: int, index: int) -> NodeValues:
    trace = doc.trace
    label = doc.label(column, index)
    samples = 0 if trace is None else trace.inputs.shape[0]
    if column == 0:
        out = None if trace is None else float(trace.inputs[:, index].mean())
        return NodeValues(label, None, None, out, None, None, None, samples)
    layer = doc.network.layers[column - 1]
    lt = None if trace is None else trace.layers[column - 1]
    return NodeValues(
        label,
        layer.activation,
        net=None if lt is None else float(lt.net[:, index].mean()),
        out=None if lt is None else float(lt.out[:, index].mean()),
        delta=None if lt is None or lt.delta is None else float(lt.delta[:, index].mean()),
        bias=float(layer.bias[index]),
        grad_bias=None if lt is None or lt.grad_bias is None else float(lt.grad_bias[index]),
        samples=samples,
    )


def edge_values(doc: NetworkDocument, column: int, source: int, target: int) -> EdgeValues:
    trace = doc.trace
    layer = doc.network.layers[column - 1]
    lt = None if trace is None else trace.layers[column - 1]
    grad = None if lt is None or lt.grad_weights is None else float(lt.grad_weights[source, target])
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
    0) when it took exactly one (None: more than one, or unknown)."""

    count: int
    sample: int | None


def pass_samples(doc: NetworkDocument) -> PassSamples | None:
    """What the numbers on screen were computed from, read off the pass itself (the trainer
    notes the rows each pass took), never from a choice made since; None before a pass."""
    trace = doc.trace
    if trace is None:
        return None
    count = trace.inputs.shape[0]
    rows = trace.extra.get("rows")
    sample = int(rows[0]) if count == 1 and rows is not None and len(rows) == 1 else None
    return PassSamples(count, sample)


def sample_text(doc: NetworkDocument, sample: int) -> str:
    """``sample 3: (0, 1) → (1)``: a training sample's number, inputs and target."""
    data = doc.dataset
    return (
        f"sample {sample + 1}: {row_text(data.inputs[sample])} → {row_text(data.targets[sample])}"
    )


def row_text(values) -> str:
    """Up to four numbers of a row, to 4 significant digits: ``(0.05, 0.1)``."""
    shown = ", ".join(f"{v:.4g}" for v in values[:4])
    return f"({shown}{', …' if len(values) > 4 else ''})"
