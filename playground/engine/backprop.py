"""The arithmetic of the forward and backward phases, for a network's layers.

``Network.forward``/``backward`` check their arguments, set NumPy's error state and run a
``Backprop`` made for the call; the trainer's epoch loop makes one per ``train`` call and runs
every step through it. There is no second copy of this arithmetic, so ``train`` gives bit for
bit the numbers of stepping one phase at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from playground.engine.activations import get_activation
from playground.engine.losses import Loss
from playground.engine.trace import LayerTrace, Trace

if TYPE_CHECKING:
    from playground.engine.network import Layer

# The matrix products are ``np.dot``: for 2-D float64 arrays NumPy makes the same BLAS call as
# for ``@`` (tests/engine/test_fast_path.py checks the bits on a grid of shapes), without the
# ufunc machinery that costs ``@`` half a microsecond a call on a small network's arrays.
_dot = np.dot


class Backprop:
    """Forward and backward passes through ``layers``, everything they need looked up once.

    The gradients go into one vector (``gradients``), so that a single multiplication turns
    every layer's sums over the batch into means. A ``Backprop`` reads the layers' weight
    arrays as they are when it runs; make a new one when layers are added or replaced.
    """

    def __init__(self, layers: Sequence[Layer], loss: Loss | None = None) -> None:
        self.layers = list(layers)
        self.loss = loss
        self._activations = [get_activation(layer.activation) for layer in self.layers]
        # (layer, out = f(net)) pairs, looked up once: a forward pass is a handful of calls
        # on a small network, and each lookup left out is a few per cent of it.
        self._forward = [
            (layer, a.f) for layer, a in zip(self.layers, self._activations, strict=True)
        ]
        self._masked = [
            (i, layer) for i, layer in enumerate(self.layers) if layer._mask is not None
        ]
        self._gradients: Gradients | None = None

    @property
    def gradients(self) -> Gradients:
        if self._gradients is None:
            self._gradients = Gradients(self.layers)
        return self._gradients

    def forward(self, inputs: np.ndarray) -> list[LayerTrace]:
        """Each layer's net = x·W + b and out = f(net), from the inputs up."""
        traces = []
        out = inputs
        for layer, f in self._forward:
            net = _dot(out, layer.weights)
            net += layer.bias
            out = f(net)
            traces.append(LayerTrace(net, out))
        return traces

    def backward(self, trace: Trace, targets: np.ndarray, *, scale: float | np.ndarray) -> None:
        """Fill ``trace`` with the sample losses, then from the output layer down with each
        layer's delta (∂E_s/∂net) and the gradients ∂E/∂w, ∂E/∂b of the batch loss.

        ``scale`` is 1 / batch size; the trace's gradients are views of ``gradients``.
        """
        lts, gradients = trace.layers, self.gradients
        trace.sample_losses = self.loss.value(lts[-1].net, lts[-1].out, targets)
        delta = self._output_delta(lts[-1], targets)
        for index in range(len(lts) - 1, -1, -1):
            lt = lts[index]
            lt.delta = delta
            lt.grad_weights, lt.grad_bias = gradients.layers[index]
            _sum_over_samples(trace.inputs if index == 0 else lts[index - 1].out, lt)
            if index:
                delta = self._delta_below(index, delta, lts[index - 1])
        gradients.vector *= scale  # sums over the batch → means, every layer in one operation
        for index, layer in self._masked:
            lts[index].grad_weights *= layer._mask
        trace.targets = targets

    def _output_delta(self, lt: LayerTrace, targets: np.ndarray) -> np.ndarray:
        """∂E_s/∂net of the output nodes: the paired loss's own formula, else ∂E_s/∂out·f′(net)."""
        if self.loss.output_delta is not None:
            return self.loss.output_delta(lt.out, targets)
        return self.loss.d_out(lt.out, targets) * self._activations[-1].df(lt.net, lt.out)

    def _delta_below(self, index: int, delta: np.ndarray, below: LayerTrace) -> np.ndarray:
        """∂E_s/∂net of layer ``index − 1``: deltas sent back along the weights, times f′(net)."""
        back = _dot(delta, self.layers[index].weights.T)
        return back * self._activations[index - 1].df(below.net, below.out)


def _sum_over_samples(inputs: np.ndarray, lt: LayerTrace) -> None:
    """Σ over the batch of ∂E_s/∂w = x·delta and ∂E_s/∂b = delta, into ``lt``'s gradients."""
    # Positional arguments (out; axis 0, no dtype, out): faster to parse than keywords.
    _dot(inputs.T, lt.delta, lt.grad_weights)
    np.add.reduce(lt.delta, 0, None, lt.grad_bias)


class Gradients:
    """∂E/∂w and ∂E/∂b of every layer laid end to end in one vector.

    ``layers[i]`` is layer i's (grad_weights, grad_bias), both views of ``vector``.
    """

    __slots__ = ("vector", "layers")

    def __init__(self, layers: Sequence[Layer]) -> None:
        shapes = [shape for layer in layers for shape in (layer.weights.shape, layer.bias.shape)]
        sizes = [int(np.prod(shape)) for shape in shapes]
        self.vector = np.empty(sum(sizes))
        parts = np.split(self.vector, np.cumsum(sizes)[:-1])
        views = [part.reshape(shape) for part, shape in zip(parts, shapes, strict=True)]
        self.layers = list(zip(views[0::2], views[1::2], strict=True))
