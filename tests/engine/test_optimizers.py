"""Each optimizer against Keras' update formulas, worked out by hand for one parameter."""

import math

import numpy as np
import pytest

from playground.engine import EngineError, Layer, Network, Trace, make_optimizer
from playground.engine.network import LayerTrace


def _one_weight(value: float) -> Network:
    return Network(
        input_units=1,
        loss="mse",
        layers=[Layer(activation="linear", weights=[[value]], bias=[0.0], train_bias=False)],
    )


def _apply(optimizer, network, grad: float):
    trace = Trace(
        np.zeros((1, 1)),
        [
            LayerTrace(
                np.zeros((1, 1)),
                np.zeros((1, 1)),
                np.zeros((1, 1)),
                np.array([[grad]]),
                np.array([0.0]),
            )
        ],
    )
    optimizer.update(network, trace)
    return network.layers[0].weights[0, 0]


def test_rmsprop_matches_keras_docstring_example():
    # Keras' RMSprop docs: var = 10, loss = var²/2 (gradient = var), lr = 0.1 -> 9.683772
    network = _one_weight(10.0)
    assert _apply(make_optimizer("rmsprop", learning_rate=0.1), network, 10.0) == pytest.approx(
        9.683772, abs=5e-7
    )


def test_adam_first_two_steps_follow_keras_formula():
    network, adam = _one_weight(1.0), make_optimizer("adam", learning_rate=0.01)
    m = v = 0.0
    w = 1.0
    for step, g in enumerate((2.0, -1.0), start=1):
        m += (g - m) * (1 - 0.9)
        v += (g * g - v) * (1 - 0.999)
        alpha = 0.01 * math.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        w -= (m * alpha) / (math.sqrt(v) + 1e-7)
        assert _apply(adam, network, g) == pytest.approx(w, rel=1e-15)


def test_sgd_momentum_two_steps():
    network, sgd = _one_weight(1.0), make_optimizer("sgd", learning_rate=0.1, momentum=0.9)
    assert _apply(sgd, network, 1.0) == pytest.approx(0.9)  # v = −0.1
    assert _apply(sgd, network, 1.0) == pytest.approx(0.9 - 0.19)  # v = 0.9·(−0.1) − 0.1


def test_plain_sgd_step():
    network = _one_weight(1.0)
    assert _apply(make_optimizer("sgd", learning_rate=0.5), network, 0.25) == 0.875


def test_keras_defaults():
    assert make_optimizer("adam").config() == {
        "name": "adam",
        "learning_rate": 0.001,
        "beta_1": 0.9,
        "beta_2": 0.999,
        "epsilon": 1e-7,
    }
    assert make_optimizer("sgd").config()["learning_rate"] == 0.01
    assert make_optimizer("rmsprop").config()["rho"] == 0.9


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("sgdd", {}, "unknown optimizer 'sgdd'"),
        ("sgd", {"lr": 0.1}, "unknown parameter 'lr'"),
        ("sgd", {"learning_rate": float("nan")}, "finite number"),
        ("adam", {"learning_rate": -1.0}, "must not be negative"),
    ],
)
def test_bad_optimizer_settings_are_refused(name, params, message):
    with pytest.raises(EngineError, match=message):
        make_optimizer(name, **params)
