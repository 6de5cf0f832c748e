"""The error surface: the loss E over a grid of values of two parameters, the others held.

The notes draw E(w, b) of one neuron in 3-D and walk gradient descent down it. Here any two
weights or biases (named as ``chain_rule.Param`` names them, ``layers[1].weights[0][0]``)
span the grid, and the whole grid is evaluated in one batched forward pass: the grid points
are a leading axis, the two parameters are stacked along it and broadcast against the
samples, so no Python loop runs per point. Each point's loss is the loss the engine's own
``Network.forward`` and ``backward`` give with the parameters set there (the same
activation and loss tables, the same reduction). Pure NumPy: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine.activations import get_activation
from playground.engine.chain_rule import Param
from playground.engine.errors import EngineError
from playground.engine.losses import get_loss
from playground.engine.messages import Message
from playground.engine.network import Network

CHUNK_NUMBERS = 4_000_000
"""Numbers one batched layer may hold (grid points × samples × nodes, 32 MB): a bigger grid
is evaluated in chunks of points, each chunk still one batched pass."""


@dataclass(frozen=True)
class Surface:
    """E over the grid ``xs`` × ``ys`` of parameters ``first`` (x) and ``second`` (y):
    ``losses[j, i]`` is E with ``first`` = ``xs[i]`` and ``second`` = ``ys[j]`` (the layout
    of ``np.meshgrid(xs, ys)``), every other parameter as the network holds it."""

    first: Param
    second: Param
    xs: np.ndarray
    ys: np.ndarray
    losses: np.ndarray


def as_param(param: Param | str) -> Param:
    """``param``, or the parameter a name such as ``layers[1].bias[0]`` names."""
    return Param.parse(param) if isinstance(param, str) else param


def params_problem(network: Network, params: Sequence[Param]) -> str | None:
    """Why ``params`` cannot span a surface of ``network`` (in words), or None."""
    if len(set(params)) != len(params):
        return Message("choose different parameters for the axes")
    for param in params:
        problem = param.problem(network)
        if problem:
            return problem
        if not param.is_bias:
            mask = network.layers[param.column - 1].mask
            if not mask[param.source, param.target]:
                return Message("{param} is an absent edge (held at 0)", param=str(param))
    return None


def grid(center: float, half_width: float, points: int) -> np.ndarray:
    """``points`` evenly spaced values from ``center − half_width`` to ``center + half_width``."""
    if points < 2:
        raise EngineError(Message("a grid needs at least 2 points on each axis"))
    return np.linspace(center - half_width, center + half_width, int(points))


def loss_surface(
    network: Network,
    first: Param | str,
    second: Param | str,
    *,
    xs: np.ndarray,
    ys: np.ndarray,
    inputs: np.ndarray,
    targets: np.ndarray,
) -> Surface:
    """E over every (``xs[i]``, ``ys[j]``) of ``first`` and ``second`` on these samples."""
    first, second = as_param(first), as_param(second)
    xs = np.asarray(xs, dtype=np.float64).reshape(-1)
    ys = np.asarray(ys, dtype=np.float64).reshape(-1)
    gx, gy = np.meshgrid(xs, ys)
    values = np.column_stack([gx.ravel(), gy.ravel()])
    losses = losses_at(network, (first, second), values, inputs=inputs, targets=targets)
    return Surface(first, second, xs, ys, losses.reshape(ys.size, xs.size))


def losses_at(
    network: Network,
    params: Sequence[Param | str],
    values: np.ndarray,
    *,
    inputs: np.ndarray,
    targets: np.ndarray,
) -> np.ndarray:
    """E at each row of ``values`` (points × len(params)): row k sets ``params`` to
    ``values[k]``, the rest of ``network`` held. ``network`` itself is not changed."""
    params = tuple(as_param(p) for p in params)
    problem = params_problem(network, params)
    if problem:
        raise EngineError(problem)
    values = np.asarray(values, dtype=np.float64).reshape(-1, len(params))
    x = np.ascontiguousarray(inputs, dtype=np.float64).reshape(-1, network.input_units)
    t = np.ascontiguousarray(targets, dtype=np.float64).reshape(-1, network.output_units)
    if x.shape[0] != t.shape[0] or x.shape[0] == 0:
        raise EngineError(
            Message(
                "{inputs} input rows but {targets} target rows",
                inputs=x.shape[0],
                targets=t.shape[0],
            )
        )
    first = min(p.column for p in params)
    widest = max(layer.units for layer in network.layers[first - 1 :])
    per_chunk = max(1, CHUNK_NUMBERS // (x.shape[0] * widest))
    losses = np.empty(values.shape[0])
    with np.errstate(over="ignore", invalid="ignore"):
        out = x  # the layers before the first chosen parameter: the same at every point
        for layer in network.layers[: first - 1]:
            out = get_activation(layer.activation).f(np.dot(out, layer.weights) + layer.bias)
        for start in range(0, values.shape[0], per_chunk):
            stop = start + per_chunk
            losses[start:stop] = _batched_losses(network, params, values[start:stop], out, t)
    return losses


def _batched_losses(
    network: Network, params: tuple[Param, ...], values: np.ndarray, out: np.ndarray, t: np.ndarray
) -> np.ndarray:
    """One forward pass over every grid point at once: E of each row of ``values``, from
    ``out``, the values flowing into the first layer with a chosen parameter (the layers
    before it are the same for every point: ``losses_at`` computes them once).

    In the first layer with a chosen parameter only the columns of the nodes it feeds
    differ from point to point, (points, samples) each; a hidden layer's activation is
    element-wise (only an output-only activation, softmax, mixes a layer's nodes), so the
    next layer's net is the shared part plus those columns times their weights. From there
    on every value has the point axis: (points, samples, nodes).
    """
    points, layers = values.shape[0], network.layers
    first = min(p.column for p in params)
    layer = layers[first - 1]
    net = np.dot(out, layer.weights)
    net += layer.bias
    columns = _varied_columns(layer, [p for p in params if p.column == first], params,
                              values, out)  # fmt: skip
    if first == len(layers):
        net = np.repeat(net[None], points, axis=0)
        for target, column in columns.items():
            net[:, :, target] = column
        return _losses(network, net, get_activation(layer.activation).f(net), t)
    f = get_activation(layer.activation).f
    shared, varied = f(net), {target: f(column) for target, column in columns.items()}
    for column_number, layer in enumerate(layers[first:], start=first + 1):
        if varied is not None:  # the layer after the first chosen one
            held = shared.copy()
            held[:, list(varied)] = 0.0
            net = np.repeat((np.dot(held, layer.weights) + layer.bias)[None], points, axis=0)
            for source, column in varied.items():
                net += column[:, :, None] * layer.weights[source]
            inputs = _Inputs(shared, varied)
            varied = None
        else:
            flat = np.dot(shared.reshape(-1, layer.n_in), layer.weights)
            net = flat.reshape(points, -1, layer.units) + layer.bias
            inputs = _Inputs(shared, None)
        mine = [(k, p) for k, p in enumerate(params) if p.column == column_number]
        for k, p in mine:  # a chosen parameter of this layer: its change, added
            now = layer.bias[p.target] if p.is_bias else layer.weights[p.source, p.target]
            change = values[:, k] - now
            net[:, :, p.target] += change[:, None] * (1.0 if p.is_bias else inputs[p.source])
        shared = get_activation(layer.activation).f(net)
    return _losses(network, net, shared, t)


class _Inputs:
    """The values flowing into a layer, by source node: a column shared by every point
    (samples,) or one per point (points, samples)."""

    def __init__(self, shared: np.ndarray, varied: dict[int, np.ndarray] | None) -> None:
        self.shared, self.varied = shared, varied or {}

    def __getitem__(self, source: int) -> np.ndarray:
        if source in self.varied:
            return self.varied[source]
        return self.shared[..., source]


def _varied_columns(
    layer, mine: list[Param], params: tuple[Param, ...], values: np.ndarray, out: np.ndarray
) -> dict[int, np.ndarray]:
    """The net of each node a chosen parameter of ``layer`` feeds, at every point: (points,
    samples), computed as the layer computes it (Σ x·w over the inputs, then + b)."""
    columns = {}
    for target in sorted({p.target for p in mine}):
        weights = np.repeat(layer.weights[:, target][None], values.shape[0], axis=0)
        bias = np.full(values.shape[0], layer.bias[target])
        for k, p in enumerate(params):
            if p in mine and p.target == target:
                if p.is_bias:
                    bias[:] = values[:, k]
                else:
                    weights[:, p.source] = values[:, k]
        column = np.dot(out, weights.T).T
        column += bias[:, None]
        columns[target] = column
    return columns


def _losses(network: Network, net: np.ndarray, out: np.ndarray, t: np.ndarray) -> np.ndarray:
    """E of each point from the output layer's net and out, (points, samples, outputs)."""
    points, samples, width = net.shape
    repeated = np.broadcast_to(t, (points, *t.shape)).reshape(-1, width)
    loss = get_loss(network.loss)
    per_sample = loss.value(net.reshape(-1, width), out.reshape(-1, width), repeated)
    per_sample = per_sample.reshape(points, samples)
    return per_sample.sum(axis=1) if network.reduction == "sum" else per_sample.mean(axis=1)


def parameter_values(network: Network, params: Sequence[Param]) -> tuple[float, ...]:
    """The current value of each of ``params`` in ``network``."""
    return tuple(p.value(network) for p in params)


def default_pair(network: Network, chosen: Param | None = None) -> tuple[Param, Param]:
    """The two parameters a surface shows first: a chosen weight with the bias of the node it
    ends in; a chosen bias with the first existing edge into its node; with nothing chosen,
    the first edge into the first output node and that node's bias (a single neuron's w, b)."""
    if chosen is None or chosen.problem(network) is not None:
        chosen = Param.node(len(network.layers), 0)
    if not chosen.is_bias:
        return chosen, Param.node(chosen.column, chosen.target)
    mask = network.layers[chosen.column - 1].mask
    sources = np.flatnonzero(mask[:, chosen.target])
    source = int(sources[0]) if sources.size else 0
    return Param.edge(chosen.column, source, chosen.target), chosen


def all_params(network: Network) -> list[Param]:
    """Every weight of an existing edge and every bias, layer by layer, each node's incoming
    edges then its bias: the parameters an axis may show."""
    params = []
    for column, layer in enumerate(network.layers, start=1):
        for target in range(layer.units):
            for source in np.flatnonzero(layer.mask[:, target]):
                params.append(Param.edge(column, int(source), target))
            params.append(Param.node(column, target))
    return params
