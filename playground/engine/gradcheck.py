"""A finite-difference check of every trainable parameter's gradient (central differences)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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


def check_gradients(
    network: Network, inputs: np.ndarray, targets: np.ndarray, *, epsilon: float = 1e-6
) -> GradientCheck:
    """Compare ∂E/∂w and ∂E/∂b from ``backward`` with (E(p + ε) − E(p − ε)) / 2ε for each one."""
    net = network.copy()
    trace = net.backward(net.forward(inputs), targets)
    worst, where, checked = 0.0, "", 0
    for index, (layer, lt) in enumerate(zip(net.layers, trace.layers, strict=True), start=1):
        params = [("weights", layer.weights, lt.grad_weights, layer.mask)]
        if layer.train_bias:
            params.append(("bias", layer.bias, lt.grad_bias, np.ones_like(layer.bias)))
        for kind, param, grad, mask in params:
            for position in zip(*np.nonzero(mask), strict=True):
                numeric = _numeric_gradient(net, param, position, inputs, targets, epsilon)
                error = relative_error(float(grad[position]), numeric)
                checked += 1
                if error > worst or not where:
                    worst, where = error, f"layers[{index}].{kind}{list(map(int, position))}"
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
    plus = net.backward(net.forward(inputs), targets).loss
    param[position] = original - epsilon
    minus = net.backward(net.forward(inputs), targets).loss
    param[position] = original
    return (plus - minus) / (2 * epsilon)
