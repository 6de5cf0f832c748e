"""Activation functions, each beside its derivative, in one table keyed by name.

``f(net)`` is a node's output ``out``; ``df(net, out)`` is ``∂out/∂net`` element by element.
Softmax has no element-wise derivative: it is allowed only on an output layer paired with
``cross_entropy``, whose delta ``∂E/∂net = out − target`` skips the Jacobian.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.messages import Message

LEAKY_SLOPE = 0.01

# 0-d arrays rather than Python floats: the same float64 arithmetic, but NumPy takes its fast
# path for them, which on the small arrays of a drawn network is a third of each operation.
_ZERO, _ONE = np.array(0.0), np.array(1.0)


@dataclass(frozen=True)
class Activation:
    """One activation function ``f`` and its derivative ``df`` (``∂out/∂net``).

    ``output_range`` is the (low, high) every ``out`` lies within, ends included, for a
    bounded activation; None for one whose outputs grow without bound (linear, relu, leaky
    relu), so a plot scales to the values it is given.
    """

    name: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray, np.ndarray], np.ndarray] | None
    formula: str
    output_only: bool = False
    output_range: tuple[float, float] | None = None


def _sigmoid(net: np.ndarray) -> np.ndarray:
    # The course notes' 1 / (1 + e^-net), written so a learner's hand calculation matches
    # to the last digit; np.exp overflows to inf for net < -709 and the result is then 0.
    return _ONE / (_ONE + np.exp(-net))


def _sigmoid_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return out * (_ONE - out)


def _tanh_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return _ONE - out * out


def _relu(net: np.ndarray) -> np.ndarray:
    return np.maximum(net, _ZERO)


def _relu_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return (net > _ZERO).astype(net.dtype)


def _leaky_relu(net: np.ndarray) -> np.ndarray:
    return np.where(net > 0.0, net, LEAKY_SLOPE * net)


def _leaky_relu_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return np.where(net > 0.0, 1.0, LEAKY_SLOPE)


def _step(net: np.ndarray) -> np.ndarray:
    # 1 where net >= 0: the course notes' perceptron (`if at_f >= 0.0: return 1`); with
    # net > 0 their OR exercise would end at b = 0.0 instead of the printed -0.1.
    return (net >= _ZERO).astype(net.dtype)


def _zero_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return np.zeros_like(net)


def _linear(net: np.ndarray) -> np.ndarray:
    return net


def _one_df(net: np.ndarray, out: np.ndarray) -> np.ndarray:
    return np.ones_like(net)


def _softmax(net: np.ndarray) -> np.ndarray:
    # np.maximum.reduce and np.add.reduce: what .max and .sum compute, minus their wrappers.
    shifted = np.exp(net - np.maximum.reduce(net, axis=-1, keepdims=True))
    return shifted / np.add.reduce(shifted, axis=-1, keepdims=True)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("linear", _linear, _one_df, "out = net"),
        Activation(
            "sigmoid", _sigmoid, _sigmoid_df, "out = 1 / (1 + e^-net)", output_range=(0.0, 1.0)
        ),
        Activation("tanh", np.tanh, _tanh_df, "out = tanh(net)", output_range=(-1.0, 1.0)),
        Activation("relu", _relu, _relu_df, "out = max(0, net)"),
        Activation(
            "leaky_relu",
            _leaky_relu,
            _leaky_relu_df,
            f"out = net if net > 0 else {LEAKY_SLOPE}·net",
        ),
        Activation("step", _step, _zero_df, "out = 1 if net >= 0 else 0", output_range=(0.0, 1.0)),
        Activation(
            "softmax",
            _softmax,
            None,
            "out_i = e^net_i / Σ_j e^net_j",
            output_only=True,
            output_range=(0.0, 1.0),
        ),
    )
}
ACTIVATION_NAMES: tuple[str, ...] = tuple(ACTIVATIONS)


def get_activation(name: str) -> Activation:
    """The activation called ``name``; a ``KeyError`` message lists the known ones."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise KeyError(
            Message(
                "unknown activation {name!r} (known: {known})",
                name=name,
                known=", ".join(ACTIVATIONS),
            )
        ) from None
