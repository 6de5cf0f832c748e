"""A finite-difference check of every trainable parameter's gradient (central differences)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from playground.engine.losses import get_loss
from playground.engine.network import Network


@dataclass(frozen=True)
class GradientCheck:
    """The largest relative error between backprop's and the numerical gradients, and where."""

    max_relative_error: float
    where: str
    checked: int

    def passed(self, tolerance: float = 1e-6) -> bool:
        return self.max_relative_error < tolerance


def relative_error(analytic: float, numeric: float, *, floor: float = 1e-8) -> float:
    """|a − n| / max(|a|, |n|, floor): the floor keeps two near-zero gradients from counting."""
    return abs(analytic - numeric) / max(abs(analytic), abs(numeric), floor)


DEFAULT_EPSILON = 1e-5
"""The step of the central differences: small enough for their O(ε²) error, large enough
that rounding (about 1e-16·E/ε) stays far below a gradient of 1e-6 (at ε = 1e-6 it did not)."""


@dataclass(frozen=True)
class ParameterCheck:
    """One parameter: backprop's ∂E/∂, the central difference, their relative error."""

    where: str  # layers[L].weights[i, j] or layers[L].bias[j], L counted as in the file
    layer: int
    kind: str  # "weights" or "bias"
    position: tuple[int, ...]
    analytic: float
    numeric: float
    error: float


def parameter_checks(
    network: Network,
    inputs: np.ndarray,
    targets: np.ndarray,
    *,
    epsilon: float = DEFAULT_EPSILON,
) -> Iterator[ParameterCheck]:
    """Each trainable parameter checked in turn, in layer order (a window can take them a
    few at a time). ``network`` is copied first: its own numbers never move."""
    net = network.copy()
    inputs = np.asarray(inputs, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64)
    trace = net.backward(net.forward(inputs), targets)
    floor = max(
        RELATIVE_FLOOR * max(float(np.abs(g).max(initial=0.0)) for g in _gradients(trace)),
        1e-8,
    )
    for index, (layer, lt) in enumerate(zip(net.layers, trace.layers, strict=True), start=1):
        params = [("weights", layer.weights, lt.grad_weights, layer.mask)]
        if layer.train_bias:
            params.append(("bias", layer.bias, lt.grad_bias, np.ones_like(layer.bias)))
        for kind, param, grad, mask in params:
            for position in zip(*np.nonzero(mask), strict=True):
                position = tuple(int(p) for p in position)
                numeric = _numeric_gradient(net, param, position, inputs, targets, epsilon)
                analytic = float(grad[position])
                yield ParameterCheck(
                    where=f"layers[{index}].{kind}{list(position)}",
                    layer=index,
                    kind=kind,
                    position=position,
                    analytic=analytic,
                    numeric=numeric,
                    error=relative_error(analytic, numeric, floor=floor),
                )


RELATIVE_FLOOR = 1e-3
"""A gradient a thousand times smaller than the network's largest is compared against a
thousandth of the largest: its central difference cannot be told more finely (rounding
in E), and it barely moves anything."""


def _gradients(trace) -> Iterator[np.ndarray]:
    for lt in trace.layers:
        yield lt.grad_weights
        yield lt.grad_bias


def check_gradients(
    network: Network,
    inputs: np.ndarray,
    targets: np.ndarray,
    *,
    epsilon: float = DEFAULT_EPSILON,
) -> GradientCheck:
    """Compare ∂E/∂w and ∂E/∂b from ``backward`` with (E(p + ε) − E(p − ε)) / 2ε for each one;
    the largest relative error, and where."""
    worst, where, checked = 0.0, "", 0
    for check in parameter_checks(network, inputs, targets, epsilon=epsilon):
        checked += 1
        if check.error > worst or not where or math.isnan(check.error):
            worst, where = check.error, check.where
    return GradientCheck(worst, where, checked)


def _numeric_gradient(
    net: Network,
    param: np.ndarray,
    position: tuple,
    inputs: np.ndarray,
    targets: np.ndarray,
    epsilon: float,
) -> float:
    original = param[position]
    param[position] = original + epsilon
    plus = _loss(net, inputs, targets)
    param[position] = original - epsilon
    minus = _loss(net, inputs, targets)
    param[position] = original
    return (plus - minus) / (2 * epsilon)


def _loss(net: Network, inputs: np.ndarray, targets: np.ndarray) -> float:
    """E alone: a forward pass and the loss, no backward pass (the batch as backprop sees it)."""
    last = net.forward(inputs).layers[-1]
    with np.errstate(all="ignore"):
        losses = get_loss(net.loss).value(last.net, last.out, targets)
    return float(losses.sum() if net.reduction == "sum" else losses.mean())
