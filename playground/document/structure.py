"""Structural edits as pure functions: each returns a new Network and leaves its argument alone.

Columns are numbered as the diagram draws them: column 0 is the input layer, column c ≥ 1
is ``network.layers[c - 1]``. New edges get small weights from a seeded generator.
"""

from __future__ import annotations

import numpy as np

from playground.engine import Layer, Network, default_node_label, initial_weights
from playground.engine.messages import Message

NEW_WEIGHT_LIMIT = 0.5


def _new_weights(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    return initial_weights(
        "uniform", n_in=n_in, n_out=n_out, rng=rng, low=-NEW_WEIGHT_LIMIT, high=NEW_WEIGHT_LIMIT
    )


def _rebuilt(
    network: Network, *, input_units: int, layers: list[Layer], input_labels: list[str] | None
) -> Network:
    same_inputs = input_units == network.input_units
    return Network(
        input_units=input_units,
        layers=layers,
        loss=network.loss,
        input_labels=input_labels,
        name=network.name,
        reduction=network.reduction,
        input_shape=network.input_shape if same_inputs else None,
    )


def _rewired(layer: Layer, n_in: int, rng: np.random.Generator) -> Layer:
    """``layer`` with new incoming edges from a layer of ``n_in`` nodes (biases kept)."""
    return Layer(
        activation=layer.activation,
        weights=_new_weights(n_in, layer.units, rng),
        bias=layer.bias,
        train_bias=layer.train_bias,
        labels=layer.labels,
    )


def with_hidden_layer(
    network: Network, column: int, *, units: int, activation: str, rng: np.random.Generator
) -> Network:
    """Insert a fully connected hidden layer of ``units`` nodes so that it becomes ``column``."""
    if not 1 <= column <= len(network.layers):
        raise ValueError(
            Message(
                "a hidden layer goes between the input and output layers, not at {column}",
                column=column,
            )
        )
    sizes = network.layer_sizes
    layers = [layer.copy() for layer in network.layers]
    new = Layer(
        activation=activation,
        weights=_new_weights(sizes[column - 1], units, rng),
        bias=np.zeros(units),
    )
    layers[column - 1] = _rewired(layers[column - 1], units, rng)
    layers.insert(column - 1, new)
    return _rebuilt(
        network, input_units=network.input_units, layers=layers, input_labels=network.input_labels
    )


def without_hidden_layer(network: Network, column: int, *, rng: np.random.Generator) -> Network:
    """Remove the hidden layer at ``column``; the next layer gets new edges from the one before."""
    if not 1 <= column < len(network.layers):
        raise ValueError(Message("only a hidden layer can be removed"))
    layers = [layer.copy() for layer in network.layers]
    del layers[column - 1]
    layers[column - 1] = _rewired(layers[column - 1], network.layer_sizes[column - 1], rng)
    return _rebuilt(
        network, input_units=network.input_units, layers=layers, input_labels=network.input_labels
    )


def with_node(network: Network, column: int, *, rng: np.random.Generator) -> Network:
    """Append one node to ``column``, connected to every node before and after it."""
    return _resize(network, column, keep=None, rng=rng)


def without_node(network: Network, column: int, index: int, *, rng: np.random.Generator) -> Network:
    """Remove node ``index`` of ``column`` and every edge that touches it."""
    if network.layer_sizes[column] <= 1:
        raise ValueError(Message("a layer needs at least one node"))
    return _resize(network, column, keep=index, rng=rng)


def _resize(
    network: Network, column: int, *, keep: int | None, rng: np.random.Generator
) -> Network:
    """Add a node to ``column`` (keep is None) or drop node ``keep`` from it."""
    n = network.layer_sizes[column]
    rows = np.arange(n) if keep is None else np.delete(np.arange(n), keep)

    def labels_of(labels):
        if labels is None:
            return None
        kept = [labels[i] for i in rows]
        added = default_node_label(column, n, len(network.layers))
        return kept + [added] if keep is None else kept

    layers = [layer.copy() for layer in network.layers]
    if column >= 1:
        layer = layers[column - 1]
        layers[column - 1] = Layer(
            activation=layer.activation,
            weights=_grow(layer.weights[:, rows], axis=1, add=keep is None, rng=rng),
            bias=np.append(layer.bias[rows], 0.0) if keep is None else layer.bias[rows],
            mask=_grow(layer.mask[:, rows], axis=1, add=keep is None, rng=None),
            train_bias=layer.train_bias,
            labels=labels_of(layer.labels),
        )
    if column < len(layers):
        layer = layers[column]
        layers[column] = Layer(
            activation=layer.activation,
            weights=_grow(layer.weights[rows, :], axis=0, add=keep is None, rng=rng),
            bias=layer.bias,
            mask=_grow(layer.mask[rows, :], axis=0, add=keep is None, rng=None),
            train_bias=layer.train_bias,
            labels=layer.labels,
        )
    input_units = network.input_units if column else len(rows) + (keep is None)
    input_labels = network.input_labels if column else labels_of(network.input_labels)
    return _rebuilt(network, input_units=input_units, layers=layers, input_labels=input_labels)


def _grow(matrix: np.ndarray, *, axis: int, add: bool, rng: np.random.Generator | None):
    """``matrix`` with one more column (axis 1) or row (axis 0) when ``add``: new weights, or 1s."""
    if not add:
        return matrix
    shape = (matrix.shape[0], 1) if axis == 1 else (1, matrix.shape[1])
    extra = np.ones(shape) if rng is None else _new_weights(*shape, rng)
    return np.concatenate([matrix, extra], axis=axis)
