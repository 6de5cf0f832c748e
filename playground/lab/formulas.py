"""Each value lab mode asks for, read from a pass as the course notes compute it by hand.

``formula`` gives the value of an asked ``Target`` as a ``grading.Formula`` (a sum of
products of named factors) from the numbers the diagram shows: a node's net = Σ w·x + b,
out = f(net), δ and ∂E/∂w from the chain rule module's own factors (``chain_rule.explain``),
E as the loss's per-output terms, w⁺ = w − η·∂E/∂w. ``candidates`` lists the other values
of the pass by name, so that a factor swapped for one of them can be named. Pure: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import Network, Phase
from playground.engine.activations import get_activation
from playground.engine.chain_rule import Param, explain, parameter_name
from playground.engine.messages import Message
from playground.engine.trace import Trace
from playground.io.lesson import Ask
from playground.lab.grading import Factor, Formula, single

SAME_STEP = 1e-9  # relative: w⁺ = w − η·∂E/∂w holds (plain SGD) to rounding


@dataclass(frozen=True)
class Target:
    """An asked value: ``ask`` of the node called ``node``, of the edge ``edge`` (source,
    target names), or the loss (neither)."""

    ask: Ask
    node: str | None = None
    edge: tuple[str, str] | None = None

    def to_json(self) -> str | list[str] | None:
        """As the report writes it: ``"h1"``, ``["h1", "o1"]``, or null for the loss."""
        return self.node if self.node is not None else (list(self.edge) if self.edge else None)


@dataclass(frozen=True)
class PassView:
    """What the diagram shows values from: the network now, the last pass, the weights
    before the last update, and which row of the pass (None: the batch mean)."""

    network: Network
    trace: Trace | None
    phase: Phase
    weights_before: list[np.ndarray] | None = None
    learning_rate: float | None = None
    row: int | None = 0


def locate(network: Network, name: str) -> tuple[int, int]:
    """(column, index) of the one node called ``name``; LookupError otherwise."""
    found = [
        (column, index)
        for column in range(len(network.layers) + 1)
        for index, label in enumerate(network.node_labels(column))
        if label == name
    ]
    if len(found) != 1:
        raise LookupError(  # a Message: a window shows it translated
            Message("{count} nodes are called {name!r}", count=len(found), name=name)
        )
    return found[0]


def edge_param(network: Network, edge: tuple[str, str]) -> Param:
    (column, source), (after, target) = locate(network, edge[0]), locate(network, edge[1])
    if after != column + 1:
        raise LookupError(Message("no edge {source} → {target}", source=edge[0], target=edge[1]))
    return Param.edge(after, source, target)


def symbol(target: Target, network: Network) -> str:
    """The asked value as the notes name it: net_h1, out_h1, δ_h1, E, ∂E/∂w5, w5⁺."""
    if target.ask is Ask.LOSS:
        return "E"
    if target.ask.on_node:
        prefix = {Ask.NET: "net", Ask.OUT: "out", Ask.DELTA: "δ"}[target.ask]
        return f"{prefix}_{target.node}"
    name = parameter_name(network, edge_param(network, target.edge))
    return f"∂E/∂{name}" if target.ask is Ask.GRAD else f"{name}⁺"


def available(target: Target, view: PassView) -> bool:
    """Whether the pass holds the value now (net after Forward, ∂E/∂w after Backward …)."""
    trace = view.trace
    if trace is None:
        return False
    if target.ask is Ask.LOSS:
        return trace.loss is not None
    if target.ask in (Ask.DELTA, Ask.GRAD):
        return trace.has_gradients and view.phase in (Phase.BACKWARD, Phase.UPDATED)
    if target.ask is Ask.WEIGHT_AFTER_UPDATE:
        return view.phase is Phase.UPDATED and view.weights_before is not None
    return True


def formula(target: Target, view: PassView) -> Formula:
    """The value of ``target`` in ``view`` as the notes' sum of products (``available``
    must hold)."""
    name = symbol(target, view.network)
    if target.ask is Ask.LOSS:
        return _loss(view, name)
    if target.ask.on_node:
        column, index = locate(view.network, target.node)
        return {Ask.NET: _net, Ask.OUT: _out, Ask.DELTA: _delta}[target.ask](
            view, column, index, name
        )
    param = edge_param(view.network, target.edge)
    if target.ask is Ask.GRAD:
        return _grad(view, param, name)
    return _after_update(view, param, name)


def _rows(view: PassView, values: np.ndarray) -> np.ndarray:
    """The row the diagram shows, or the batch mean (as a 1-D array over nodes)."""
    return values[view.row] if view.row is not None else values.mean(axis=0)


def _label(view: PassView, column: int, index: int) -> str:
    return view.network.node_label(column, index)


def _net(view: PassView, column: int, index: int, name: str) -> Formula:
    """net = Σ w·x + b: one product per incoming edge, and the bias."""
    network, trace = _pass_network(view), view.trace
    layer = network.layers[column - 1]
    inputs = _rows(view, trace.layer_inputs(column - 1))
    terms = []
    for source in np.flatnonzero(layer.mask[:, index]):
        weight = parameter_name(network, Param.edge(column, int(source), index))
        label = _label(view, column - 1, int(source))
        x = label if column == 1 else f"out_{label}"
        terms.append((Factor(weight, float(layer.weights[source, index])),
                      Factor(x, float(inputs[source]))))  # fmt: skip
    bias = f"b_{_label(view, column, index)}"
    terms.append((Factor(bias, float(layer.bias[index])),))
    if view.row is None:  # the mean of the rows: the products do not add up per row
        return single(name, float(_rows(view, trace.layers[column - 1].net)[index]))
    return Formula(name, tuple(terms))


def _out(view: PassView, column: int, index: int, name: str) -> Formula:
    lt = view.trace.layers[column - 1]
    activation = view.network.layers[column - 1].activation
    label = _label(view, column, index)
    value = float(_rows(view, lt.out)[index])
    return Formula(name, ((Factor(f"{activation}(net_{label})", value),),))


def _delta(view: PassView, column: int, index: int, name: str) -> Formula:
    """δ = ∂E/∂net: the chain rule's paths for the node's bias, without ∂net/∂b = 1."""
    value = float(_rows(view, view.trace.layers[column - 1].delta)[index])
    if view.row is None:
        return single(name, value)
    explained = explain(_pass_network(view), view.trace, Param.node(column, index),
                        sample=view.row)  # fmt: skip
    terms = tuple(_factors(path.terms[:-1]) for path in explained.paths)
    return Formula(name, terms) if terms else single(name, value)


def _grad(view: PassView, param: Param, name: str) -> Formula:
    if view.row is None:
        lt = view.trace.layers[param.column - 1]
        return single(name, float(lt.grad_weights[param.source, param.target]))
    explained = explain(_pass_network(view), view.trace, param, sample=view.row)
    terms = tuple(_factors(path.terms) for path in explained.paths)
    return Formula(name, terms) if terms else single(name, 0.0)


def _after_update(view: PassView, param: Param, name: str) -> Formula:
    """w⁺ = w − η·∂E/∂w with the batch's ∂E/∂w; the optimizer's own result otherwise."""
    after = param.value(view.network)
    before = float(view.weights_before[param.column - 1][param.source, param.target])
    grad = float(view.trace.layers[param.column - 1].grad_weights[param.source, param.target])
    rate = view.learning_rate
    weight = name.removesuffix("⁺")
    if rate is not None and abs(before - rate * grad - after) <= SAME_STEP * max(abs(after), 1):
        return Formula(
            name,
            ((Factor(weight, before),),
             (Factor("−η", -rate), Factor(f"∂E/∂{weight}", grad))),
        )  # fmt: skip
    return single(name, after)


def _loss(view: PassView, name: str) -> Formula:
    """E of a one-sample pass as the loss's per-output terms: ½·(out − t)² for half_sse,
    1/n·(out − t)² for mse; other losses, or a batch, as one number."""
    trace, network = view.trace, view.network
    if trace.inputs.shape[0] != 1 or network.loss not in ("half_sse", "mse"):
        return single(name, float(trace.loss))
    out, target = trace.outputs[0], trace.targets[0]
    n = out.shape[0]
    scale = Factor("½", 0.5) if network.loss == "half_sse" else Factor(f"1/{n}", 1.0 / n)
    terms = []
    for k in range(n):
        label = _label(view, len(network.layers), k)
        square = Factor(f"(t_{label} − out_{label})²", float((target[k] - out[k]) ** 2))
        terms.append((square,) if scale.value == 1.0 else (scale, square))  # no "1/1"
    return Formula(name, tuple(terms))


def _factors(terms) -> tuple[Factor, ...]:
    return tuple(Factor(t.name, t.value, t.meaning) for t in terms)


def _pass_network(view: PassView) -> Network:
    """The network with the weights the pass used (before an update that followed it)."""
    if view.phase is not Phase.UPDATED or view.weights_before is None:
        return view.network
    network = view.network.copy()
    for layer, weights in zip(network.layers, view.weights_before, strict=True):
        layer.weights = weights.copy()
    return network


def candidates(view: PassView) -> dict[str, float]:
    """Other values of the pass by name, which a learner may use in a factor's place: every
    node's net, out, δ and f′(net), every input and target, every weight, η."""
    trace = view.trace
    found: dict[str, float] = {}
    if trace is None:
        return found
    if view.learning_rate is not None:
        found["η"] = view.learning_rate  # first: w + η·∂E/∂w is the likeliest swap
    network = _pass_network(view)
    row = 0 if view.row is None else view.row
    last = len(network.layers)
    if trace.targets is not None:  # the likelier swaps first: a tie goes to the earlier
        for k, t in enumerate(trace.targets[row]):
            label = _label(view, last, k)
            found[f"t_{label}"] = float(t)
            found[f"t_{label} − out_{label}"] = float(t) - float(trace.outputs[row, k])
    for i, x in enumerate(trace.inputs[row]):
        found[_label(view, 0, i)] = float(x)
    for column, (layer, lt) in enumerate(zip(network.layers, trace.layers, strict=True), 1):
        df = get_activation(layer.activation).df(lt.net[row : row + 1], lt.out[row : row + 1])
        for i in range(layer.units):
            label = _label(view, column, i)
            found[f"net_{label}"] = float(lt.net[row, i])
            found[f"out_{label}"] = float(lt.out[row, i])
            found[f"{layer.activation}′(net_{label})"] = float(df[0, i])
            if lt.delta is not None:
                found[f"δ_{label}"] = float(lt.delta[row, i])
    for column, layer in enumerate(network.layers, 1):
        for source, target in zip(*np.nonzero(layer.mask), strict=True):
            param = Param.edge(column, int(source), int(target))
            found[parameter_name(network, param)] = float(layer.weights[source, target])
    return {name: value for name, value in found.items() if np.isfinite(value)}
