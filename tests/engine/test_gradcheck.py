"""Every activation's and loss's derivative against central finite differences."""

import numpy as np
import pytest

from playground.engine import ACTIVATION_NAMES, Layer, Network, check_gradients, initial_weights


def _network(hidden: str, output: str, loss: str, seed: int = 0) -> Network:
    rng = np.random.default_rng(seed)
    sizes = [3, 4, 2]
    layers = [
        Layer(
            activation=act,
            weights=initial_weights("glorot_uniform", n_in=a, n_out=b, rng=rng),
            bias=rng.uniform(-0.5, 0.5, b),
        )
        for act, a, b in zip((hidden, output), sizes[:-1], sizes[1:], strict=True)
    ]
    return Network(input_units=3, loss=loss, layers=layers)


DATA = np.random.default_rng(7).uniform(-1, 1, (5, 3))
TARGETS = np.random.default_rng(8).uniform(0, 1, (5, 2))
ONE_HOT = np.eye(2)[[0, 1, 1, 0, 1]]


@pytest.mark.parametrize("hidden", [a for a in ACTIVATION_NAMES if a != "softmax"])
@pytest.mark.parametrize("loss", ["half_sse", "mse"])
def test_hidden_activation_gradients(hidden, loss):
    result = check_gradients(_network(hidden, "sigmoid", loss), DATA, TARGETS)
    assert result.passed(1e-6), result


@pytest.mark.parametrize("output", ["linear", "tanh", "relu", "leaky_relu"])
def test_output_activation_gradients(output):
    result = check_gradients(_network("tanh", output, "half_sse"), DATA, TARGETS)
    assert result.passed(1e-6), result


def test_softmax_cross_entropy_gradients():
    result = check_gradients(_network("relu", "softmax", "cross_entropy"), DATA, ONE_HOT)
    assert result.passed(1e-6), result


def test_sigmoid_binary_cross_entropy_gradients():
    result = check_gradients(_network("tanh", "sigmoid", "binary_cross_entropy"), DATA, ONE_HOT)
    assert result.passed(1e-6), result


def test_check_finds_a_wrong_gradient(monkeypatch):
    from playground.engine import activations

    broken = activations.Activation(
        "sigmoid", activations._sigmoid, lambda net, out: out * (1.0 - out) * 1.01, "broken"
    )
    monkeypatch.setitem(activations.ACTIVATIONS, "sigmoid", broken)
    result = check_gradients(_network("sigmoid", "linear", "mse"), DATA, TARGETS)
    assert not result.passed(1e-6)
    assert result.where.startswith("layers[1]")
