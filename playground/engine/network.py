"""A layered feed-forward network, and its forward and backward phases.

Weights are stored per layer as a matrix of shape (n_in, n_out): row i holds the edges
leaving node i of the previous layer, exactly Keras' ``set_weights`` layout. A 0/1 mask
of the same shape says which edges exist; a masked weight is held at 0 and its gradient is
0, so no optimizer ever moves it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.engine.activations import get_activation
from playground.engine.backprop import Backprop
from playground.engine.errors import EngineError
from playground.engine.losses import compatibility_problem, get_loss
from playground.engine.messages import Message
from playground.engine.trace import LayerTrace, Trace

__all__ = [  # the traces live in trace.py
    "Layer",
    "LayerTrace",
    "Network",
    "Trace",
    "default_node_label",
]


def default_node_label(column: int, index: int, layer_count: int) -> str:
    """The name of node ``index`` (from 0) of diagram column ``column`` when it has no label,
    in a network of ``layer_count`` layers after the inputs: x1, x2.. for the inputs (column
    0), y1.. for the outputs (column ``layer_count``), h1.. for the hidden nodes when there is
    one hidden layer, and h{column}.{number} (h2.1) when there are several."""
    number = index + 1
    if column == 0:
        return f"x{number}"
    if column == layer_count:
        return f"y{number}"
    return f"h{number}" if layer_count == 2 else f"h{column}.{number}"


class Layer:
    """One non-input layer: ``units`` nodes, their activation, incoming weights and biases."""

    __slots__ = ("activation", "weights", "bias", "_mask", "train_bias", "labels")

    def __init__(
        self,
        *,
        activation: str,
        weights: np.ndarray,
        bias: np.ndarray,
        mask: np.ndarray | None = None,
        train_bias: bool = True,
        labels: Sequence[str] | None = None,
    ) -> None:
        get_activation(activation)
        self.activation = activation
        self.weights = np.array(weights, dtype=np.float64, order="C", ndmin=2)
        self.bias = np.array(bias, dtype=np.float64).reshape(-1)
        if self.bias.shape != (self.units,):
            raise EngineError(
                Message(
                    "bias has {size} values for {units} units",
                    size=self.bias.size,
                    units=self.units,
                )
            )
        self._mask: np.ndarray | None = None
        self.set_mask(mask)
        self.train_bias = bool(train_bias)
        self.labels = list(labels) if labels is not None else None

    @property
    def units(self) -> int:
        return self.weights.shape[1]

    @property
    def n_in(self) -> int:
        return self.weights.shape[0]

    @property
    def mask(self) -> np.ndarray:
        """The 0/1 connection matrix, (n_in, n_out); all ones for a fully connected layer."""
        if self._mask is None:
            return np.ones_like(self.weights)
        return self._mask

    @property
    def is_fully_connected(self) -> bool:
        return self._mask is None

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Set which edges exist; weights of removed edges become 0."""
        if mask is None:
            self._mask = None
            return
        mask = np.array(mask, dtype=np.float64, ndmin=2)
        if mask.shape != self.weights.shape:
            raise EngineError(
                Message(
                    "mask is {shape}, weights are {weights_shape}",
                    shape=_shape(mask),
                    weights_shape=_shape(self.weights),
                )
            )
        if not np.isin(mask, (0.0, 1.0)).all():
            raise EngineError(Message("mask entries must be 0 or 1"))
        self._mask = None if mask.all() else mask
        if self._mask is not None:
            self.weights *= self._mask

    def copy(self) -> Layer:
        return Layer(
            activation=self.activation,
            weights=self.weights.copy(),
            bias=self.bias.copy(),
            mask=None if self._mask is None else self._mask.copy(),
            train_bias=self.train_bias,
            labels=self.labels,
        )

    def __repr__(self) -> str:
        return f"Layer(units={self.units}, activation={self.activation!r}, n_in={self.n_in})"


class Network:
    """A feed-forward network: an input layer of ``input_units`` nodes, then ``layers``."""

    def __init__(
        self,
        *,
        input_units: int,
        layers: Sequence[Layer],
        loss: str,
        input_labels: Sequence[str] | None = None,
        name: str = "",
        reduction: str = "mean",
        input_shape: Sequence[int] | None = None,
    ) -> None:
        self.input_units = int(input_units)
        # (rows, columns) or (length,) when the inputs are the pixels of an image, row-major
        self.input_shape = tuple(int(n) for n in input_shape) if input_shape else None
        self.layers = list(layers)
        self.loss = loss
        self.reduction = reduction
        self.input_labels = list(input_labels) if input_labels is not None else None
        self.name = name
        self.validate()

    def validate(self) -> None:
        """Raise ``EngineError`` naming the first thing that makes this network unusable."""
        if self.input_units < 1:
            raise EngineError(Message("the input layer needs at least one node"))
        if self.input_shape is not None and int(np.prod(self.input_shape)) != self.input_units:
            shape = "×".join(str(n) for n in self.input_shape)
            raise EngineError(
                Message(
                    "an input image of {shape} is not {input_units} inputs",
                    shape=shape,
                    input_units=self.input_units,
                )
            )
        if not self.layers:
            raise EngineError(Message("a network needs at least one layer after the inputs"))
        n_in = self.input_units
        for i, layer in enumerate(self.layers, start=1):
            if layer.n_in != n_in:
                raise EngineError(
                    Message(
                        "layers[{i}] takes {n_in} inputs, previous layer has {previous}",
                        i=i,
                        n_in=layer.n_in,
                        previous=n_in,
                    )
                )
            if get_activation(layer.activation).output_only and i != len(self.layers):
                raise EngineError(
                    Message(
                        "layers[{i}]: {activation} is for the output layer only",
                        i=i,
                        activation=layer.activation,
                    )
                )
            n_in = layer.units
        get_loss(self.loss)
        if self.reduction not in REDUCTIONS:
            known = ", ".join(REDUCTIONS)
            raise EngineError(
                Message(
                    "unknown loss reduction {reduction!r} (known: {known})",
                    reduction=self.reduction,
                    known=known,
                )
            )
        problem = compatibility_problem(self.loss, self.layers[-1].activation)
        if problem:
            raise EngineError(problem)

    @property
    def layer_sizes(self) -> list[int]:
        return [self.input_units] + [layer.units for layer in self.layers]

    @property
    def output_units(self) -> int:
        return self.layers[-1].units

    def node_label(self, column: int, index: int) -> str:
        """The name of node ``index`` of diagram column ``column`` (0: the inputs, k:
        ``layers[k - 1]``): its layer's label when the layer has labels, else
        :func:`default_node_label`."""
        labels = self.input_labels if column == 0 else self.layers[column - 1].labels
        if labels:
            return labels[index]
        return default_node_label(column, index, len(self.layers))

    def node_labels(self, column: int) -> list[str]:
        """The names of every node of diagram column ``column``, in order."""
        return [self.node_label(column, i) for i in range(self.layer_sizes[column])]

    def parameter_count(self) -> int:
        """Trainable numbers: existing edges, plus biases of layers that train them."""
        return sum(
            int(layer.mask.sum()) + (layer.units if layer.train_bias else 0)
            for layer in self.layers
        )

    def copy(self) -> Network:
        return Network(
            input_units=self.input_units,
            layers=[layer.copy() for layer in self.layers],
            loss=self.loss,
            input_labels=self.input_labels,
            name=self.name,
            reduction=self.reduction,
            input_shape=self.input_shape,
        )

    def forward(self, inputs: np.ndarray) -> Trace:
        """The forward phase: net and out of every node for every sample (rows of ``inputs``)."""
        x = _as_batch(inputs, self.input_units, Message("inputs"))
        with np.errstate(over="ignore"):
            return Trace(x, Backprop(self.layers).forward(x), reduction=self.reduction)

    def predict(self, inputs: np.ndarray) -> np.ndarray:
        return self.forward(inputs).outputs

    def backward(self, trace: Trace, targets: np.ndarray) -> Trace:
        """The backward phase: fill ``trace`` with each node's delta and each parameter's gradient.

        Every gradient is computed from the weights the forward pass used, before any change.
        """
        t = _as_batch(targets, self.output_units, Message("targets"))
        if t.shape[0] != trace.inputs.shape[0]:
            raise EngineError(
                Message(
                    "{targets} targets for {samples} samples",
                    targets=t.shape[0],
                    samples=trace.inputs.shape[0],
                )
            )
        with np.errstate(over="ignore", invalid="ignore"):
            scale = batch_scale(self.reduction, t.shape[0])
            Backprop(self.layers, get_loss(self.loss)).backward(trace, t, scale=scale)
        return trace

    def __repr__(self) -> str:
        sizes = "-".join(str(n) for n in self.layer_sizes)
        acts = ", ".join(layer.activation for layer in self.layers)
        return f"Network({sizes}, activations=[{acts}], loss={self.loss!r})"


REDUCTIONS = ("mean", "sum")
"""How the batch loss gathers its samples' losses: the mean (Keras) or the sum (the notes'
NumPy loops, whose gradients then add up over the samples)."""


def batch_scale(reduction: str, rows: int) -> float:
    """What the summed gradients of ``rows`` samples are multiplied by: 1/rows for a mean."""
    return 1.0 if reduction == "sum" else 1.0 / rows


def _shape(array: np.ndarray) -> str:
    return "×".join(str(n) for n in array.shape)


def _as_batch(values: np.ndarray, width: int, what: str) -> np.ndarray:
    """``values`` as a float64 (samples, width) array; one sample may be given as a vector."""
    array = np.asarray(values, dtype=np.float64)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    if array.ndim != 2 or array.shape[1] != width:
        raise EngineError(
            Message(
                "{what}: expected rows of {width} values, got shape {shape}",
                what=what,
                width=width,
                shape=_shape(array),
            )
        )
    return array
