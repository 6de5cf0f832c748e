"""The error surface: E over a grid of two parameters in one batched pass, checked against
the engine's own forward and backward at each point and against E written by hand."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine import EngineError, Layer, Network
from playground.engine import surface as surface_module
from playground.engine.chain_rule import Param
from playground.engine.surface import (
    all_params,
    default_pair,
    grid,
    loss_surface,
    losses_at,
)
from tests.engine.networks import CLASSIC_INPUTS, CLASSIC_TARGETS, classic_network


def engine_loss(network: Network, params, values, inputs, targets) -> float:
    """E with ``params`` set to ``values``, by the engine's own forward and backward."""
    copy = network.copy()
    for param, value in zip(params, values, strict=True):
        layer = copy.layers[param.column - 1]
        if param.is_bias:
            layer.bias[param.target] = value
        else:
            layer.weights[param.source, param.target] = value
    return copy.backward(copy.forward(inputs), targets).loss


def one_neuron() -> Network:
    """The error-surface lesson's neuron: y = w·x + b, E = ½(y − t)², w = 3, b = 1."""
    return Network(
        input_units=1,
        loss="half_sse",
        layers=[Layer(activation="linear", weights=[[3.0]], bias=[1.0])],
    )


def deep_network(reduction: str) -> tuple[Network, np.ndarray, np.ndarray]:
    """3-4-3-2: tanh and relu hidden layers, a masked edge, softmax and cross-entropy, on
    five samples."""
    rng = np.random.default_rng(7)
    mask = np.ones((4, 3))
    mask[1, 2] = 0.0
    network = Network(
        input_units=3,
        loss="cross_entropy",
        reduction=reduction,
        layers=[
            Layer(activation="tanh", weights=rng.normal(size=(3, 4)), bias=rng.normal(size=4)),
            Layer(
                activation="relu",
                weights=rng.normal(size=(4, 3)),
                bias=rng.normal(size=3) + 0.5,
                mask=mask,
            ),
            Layer(activation="softmax", weights=rng.normal(size=(3, 2)), bias=rng.normal(size=2)),
        ],
    )
    inputs = rng.normal(size=(5, 3))
    targets = np.eye(2)[[0, 1, 1, 0, 1]]
    return network, inputs, targets


def test_the_one_neuron_surface_is_the_notes_half_of_2w_plus_b_minus_10_squared():
    xs, ys = grid(3.0, 2.0, 41), grid(1.0, 2.0, 31)
    s = loss_surface(
        one_neuron(),
        "layers[1].weights[0][0]",
        "layers[1].bias[0]",
        xs=xs,
        ys=ys,
        inputs=[[2.0]],
        targets=[[10.0]],
    )
    w, b = np.meshgrid(xs, ys)
    assert s.losses.shape == (31, 41)
    np.testing.assert_allclose(s.losses, 0.5 * (2 * w + b - 10) ** 2, rtol=1e-12, atol=1e-24)
    assert s.losses[15, 20] == 4.5  # w = 3, b = 1: the lesson's first loss
    assert xs[0] == 1.0 and xs[-1] == 5.0 and ys[0] == -1.0 and ys[-1] == 3.0


@pytest.mark.parametrize("reduction", ["mean", "sum"])
@pytest.mark.parametrize(
    "pair",
    [
        ("layers[1].weights[0][0]", "layers[2].bias[1]"),  # a hidden weight, an output bias
        ("layers[2].weights[0][0]", "layers[2].weights[1][0]"),  # two weights of one node
        ("layers[1].bias[1]", "layers[1].weights[1][1]"),  # both in the hidden layer
    ],
)
def test_random_points_of_the_classic_network_match_the_engine(reduction, pair):
    network = classic_network()
    network.reduction = reduction
    inputs = np.vstack([CLASSIC_INPUTS, [[0.3, -0.7]], [[1.0, 0.5]]])
    targets = np.vstack([CLASSIC_TARGETS, [[0.2, 0.4]], [[0.9, 0.1]]])
    params = [Param.parse(p) for p in pair]
    s = loss_surface(
        network, *params, xs=grid(0.2, 3, 60), ys=grid(-0.1, 3, 60), inputs=inputs, targets=targets
    )
    rng = np.random.default_rng(11)
    for i, j in rng.integers(0, 60, size=(8, 2)):
        expected = engine_loss(network, params, (s.xs[i], s.ys[j]), inputs, targets)
        assert s.losses[j, i] == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_random_values_in_a_deep_masked_softmax_network_match_the_engine(reduction):
    network, inputs, targets = deep_network(reduction)
    before = [layer.weights.copy() for layer in network.layers]
    rng = np.random.default_rng(3)
    for pair in (
        (Param.edge(1, 2, 3), Param.node(3, 0)),
        (Param.edge(2, 3, 1), Param.edge(3, 2, 1)),
        (Param.node(1, 0), Param.node(2, 2)),
    ):
        values = rng.normal(scale=2.0, size=(9, 2))
        losses = losses_at(network, pair, values, inputs=inputs, targets=targets)
        for value, loss in zip(values, losses, strict=True):
            assert loss == pytest.approx(
                engine_loss(network, pair, value, inputs, targets), rel=1e-12
            )
    for layer, weights in zip(network.layers, before, strict=True):
        np.testing.assert_array_equal(layer.weights, weights)  # the network is not touched


def test_a_grid_bigger_than_a_chunk_gives_the_same_numbers(monkeypatch):
    network, inputs, targets = deep_network("mean")
    pair = (Param.edge(1, 0, 0), Param.node(2, 1))
    whole = loss_surface(network, *pair, xs=grid(0, 1, 13), ys=grid(0, 1, 7), inputs=inputs,
                         targets=targets)  # fmt: skip
    monkeypatch.setattr(surface_module, "CHUNK_NUMBERS", 5 * 4 * 3)  # three points a chunk
    chunked = loss_surface(network, *pair, xs=grid(0, 1, 13), ys=grid(0, 1, 7), inputs=inputs,
                           targets=targets)  # fmt: skip
    np.testing.assert_array_equal(whole.losses, chunked.losses)


def test_parameters_that_cannot_span_a_surface_are_refused_in_words():
    network, inputs, targets = deep_network("mean")
    cases = {
        (Param.node(1, 0), Param.node(1, 0)): "different parameters",
        (Param.edge(2, 1, 2), Param.node(2, 2)): "absent edge",
        (Param.edge(4, 0, 0), Param.node(1, 0)): "out of range",
        (Param.node(0, 0), Param.node(1, 0)): "input layer",
    }
    for pair, words in cases.items():
        with pytest.raises(EngineError, match=words):
            losses_at(network, pair, [[0.0, 0.0]], inputs=inputs, targets=targets)
    with pytest.raises(EngineError, match="at least 2 points"):
        grid(0.0, 1.0, 1)


def test_the_default_pair_is_a_weight_and_the_bias_of_its_node():
    assert default_pair(one_neuron()) == (Param.edge(1, 0, 0), Param.node(1, 0))
    network, _, _ = deep_network("mean")
    assert default_pair(network, Param.edge(2, 0, 1)) == (Param.edge(2, 0, 1), Param.node(2, 1))
    # a bias: the first existing edge into its node (edge 1 → 2 of layers[2] is absent)
    assert default_pair(network, Param.node(2, 2)) == (Param.edge(2, 0, 2), Param.node(2, 2))
    assert default_pair(network, Param.node(9, 0)) == (Param.edge(3, 0, 0), Param.node(3, 0))


def test_every_parameter_an_axis_may_show_is_listed_once_absent_edges_left_out():
    network, _, _ = deep_network("mean")
    params = all_params(network)
    assert len(params) == len(set(params)) == network.parameter_count()
    assert Param.edge(2, 1, 2) not in params and Param.node(3, 1) in params
