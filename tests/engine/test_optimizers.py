"""Each optimizer against Keras' update formulas, worked out by hand for one parameter, and
each hyper-parameter's range with the words that refuse a value outside it."""

import math

import numpy as np
import pytest

from playground.engine import (
    OPTIMIZER_NAMES,
    EngineError,
    Layer,
    Network,
    ParameterError,
    Trace,
    make_optimizer,
    optimizer_parameters,
    optimizers,
    parameter_problem,
    parameter_rule,
)
from playground.engine.network import LayerTrace
from playground.engine.optimizers import PARAMETER_RANGES, Range
from tests.engine.optimizer_cases import BAD_PARAMETERS, GOOD_BOUNDARIES


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
        ("adam", {"learning_rate": -1.0}, "must be greater than 0, got -1$"),
    ],
)
def test_bad_optimizer_settings_are_refused(name, params, message):
    with pytest.raises(EngineError, match=message):
        make_optimizer(name, **params)


# --- each hyper-parameter's range: one table, the same words everywhere -------------------


@pytest.mark.parametrize(
    ("name", "key", "value", "words"), BAD_PARAMETERS, ids=[c[-1] for c in BAD_PARAMETERS]
)
def test_bad_values_are_refused_with_the_words_of_parameter_problem(name, key, value, words):
    assert parameter_problem(name, key, value) == words
    with pytest.raises(ParameterError) as info:
        make_optimizer(name, **{key: value})
    assert str(info.value) == f"optimizer {name}: {words}"
    assert (info.value.optimizer, info.value.key, info.value.value) == (name, key, value)
    assert isinstance(info.value, EngineError)


@pytest.mark.parametrize(("name", "key", "value"), GOOD_BOUNDARIES)
def test_values_at_the_edge_of_a_range_are_accepted(name, key, value):
    assert parameter_problem(name, key, value) is None
    assert make_optimizer(name, **{key: value}).config()[key] == value


def test_every_number_parameter_has_a_range_its_default_lies_in():
    for name in OPTIMIZER_NAMES:
        for key, default in optimizer_parameters(name).items():
            assert parameter_problem(name, key, default) is None
            if not isinstance(default, bool):
                assert PARAMETER_RANGES[key].contains(default)


def test_the_rules_in_words_for_tooltips():
    assert parameter_rule("sgd", "learning_rate") == "greater than 0"
    assert parameter_rule("perceptron", "learning_rate") == "greater than 0"
    assert parameter_rule("sgd", "momentum") == "at least 0 and less than 1"
    assert parameter_rule("adam", "beta_1") == "greater than 0 and less than 1"
    assert parameter_rule("adam", "beta_2") == "greater than 0 and less than 1"
    assert parameter_rule("adam", "epsilon") == "greater than 0"
    assert parameter_rule("rmsprop", "rho") == "at least 0 and less than 1"
    assert parameter_rule("sgd", "nesterov") == "true or false"
    assert Range(low=-1.0, high=2.5).rule() == "at least -1 and at most 2.5"
    with pytest.raises(EngineError, match="unknown parameter 'rho'"):
        parameter_rule("adam", "rho")


def test_an_unknown_parameter_names_the_optimizer_and_the_known_ones():
    words = (
        "optimizer adam: unknown parameter 'foo' (known: learning_rate, beta_1, beta_2, epsilon)"
    )
    assert parameter_problem("adam", "foo", 1.0) == words
    with pytest.raises(ParameterError) as info:
        make_optimizer("adam", foo=1.0)
    assert str(info.value) == words and info.value.key == "foo"
    with pytest.raises(EngineError, match="unknown optimizer 'adamw'"):
        parameter_problem("adamw", "learning_rate", 0.1)


def test_messages_are_built_from_the_templates(monkeypatch):
    monkeypatch.setattr(optimizers, "OUT_OF_RANGE", "{name}: {rule} ({value})")
    monkeypatch.setattr(optimizers, "NOT_A_NUMBER", "{name}? {value}")
    assert parameter_problem("sgd", "momentum", 2) == "momentum: at least 0 and less than 1 (2)"
    assert parameter_problem("sgd", "momentum", "x") == "momentum? 'x'"


def test_numbers_read_the_same_typed_or_from_a_file():
    assert parameter_problem("sgd", "momentum", 1) == parameter_problem("sgd", "momentum", 1.0)
    assert parameter_problem("sgd", "momentum", np.float32(1.0)).endswith("got 1")
    assert parameter_problem("sgd", "learning_rate", np.int64(0)).endswith("got 0")
    assert parameter_problem("sgd", "learning_rate", float("nan")).endswith("got nan")
    huge = parameter_problem("sgd", "learning_rate", 10**400)  # past float's range
    assert huge.startswith("the learning rate must be a finite number, got 1000")
    assert len(huge) < 100
    assert make_optimizer("sgd", learning_rate=np.float32(0.5)).learning_rate == 0.5


def test_the_values_that_used_to_crash_training_are_refused_before_it():
    # Adam with beta_1 = 1 divided by 1 − β₁ᵗ = 0; beta_2 = 2 took √ of a negative number
    for params in ({"beta_1": 1.0}, {"beta_2": 2.0}, {"learning_rate": 0.0}):
        with pytest.raises(ParameterError):
            make_optimizer("adam", **params)
