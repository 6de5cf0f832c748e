"""Structural edits keep every untouched weight and shape the new ones right."""

import numpy as np
import pytest

from playground.document import structure
from tests.engine.networks import classic_network


def rng():
    return np.random.default_rng(0)


def test_add_hidden_layer_before_output():
    net = classic_network()
    grown = structure.with_hidden_layer(net, 2, units=3, activation="tanh", rng=rng())
    assert grown.layer_sizes == [2, 2, 3, 2]
    assert grown.layers[1].activation == "tanh"
    np.testing.assert_array_equal(grown.layers[0].weights, net.layers[0].weights)
    assert grown.layers[2].weights.shape == (3, 2)
    assert net.layer_sizes == [2, 2, 2]  # the argument is left alone


def test_remove_hidden_layer_reconnects_neighbours():
    net = classic_network()
    shrunk = structure.without_hidden_layer(net, 1, rng=rng())
    assert shrunk.layer_sizes == [2, 2]
    assert shrunk.layers[0].activation == "sigmoid"
    with pytest.raises(ValueError, match="only a hidden layer"):
        structure.without_hidden_layer(net, 2, rng=rng())


def test_remove_node_drops_its_row_and_column():
    net = classic_network()
    shrunk = structure.without_node(net, 1, 0, rng=rng())
    assert shrunk.layer_sizes == [2, 1, 2]
    np.testing.assert_array_equal(shrunk.layers[0].weights, [[0.25], [0.30]])
    np.testing.assert_array_equal(shrunk.layers[1].weights, [[0.45, 0.55]])  # h2 → o1, o2
    assert shrunk.layers[0].bias.tolist() == [0.35]


def test_add_node_keeps_old_weights_and_mask():
    net = classic_network()
    net.layers[0].set_mask([[1, 0], [1, 1]])
    grown = structure.with_node(net, 1, rng=rng())
    assert grown.layer_sizes == [2, 3, 2]
    np.testing.assert_array_equal(grown.layers[0].weights[:, :2], net.layers[0].weights)
    np.testing.assert_array_equal(grown.layers[0].mask, [[1, 0, 1], [1, 1, 1]])
    np.testing.assert_array_equal(grown.layers[1].weights[:2], net.layers[1].weights)


def test_input_node_edits_change_the_input_layer():
    net = classic_network()
    net.input_labels = ["i1", "i2"]
    grown = structure.with_node(net, 0, rng=rng())
    assert grown.input_units == 3 and grown.input_labels == ["i1", "i2", "x3"]
    shrunk = structure.without_node(net, 0, 1, rng=rng())
    assert shrunk.input_units == 1 and shrunk.input_labels == ["i1"]


def test_last_node_cannot_go():
    net = structure.without_node(classic_network(), 1, 0, rng=rng())
    with pytest.raises(ValueError, match="at least one node"):
        structure.without_node(net, 1, 0, rng=rng())


def test_a_structure_edit_keeps_the_loss_reduction_and_the_input_shape():
    import numpy as np

    from playground.document import structure
    from playground.engine import Layer, Network

    net = Network(
        input_units=4,
        loss="half_sse",
        reduction="sum",
        input_shape=(2, 2),
        layers=[Layer(activation="sigmoid", weights=np.zeros((4, 1)), bias=[0.0])],
    )
    grown = structure.with_hidden_layer(
        net, 1, units=3, activation="tanh", rng=np.random.default_rng(0)
    )
    assert grown.reduction == "sum" and grown.input_shape == (2, 2)
    assert structure.with_node(net, 0, rng=np.random.default_rng(0)).input_shape is None
