"""Optimizers: the update phase. Each follows Keras 3's update formula and defaults exactly.

An optimizer changes a network's weights and biases in place from the gradients held in a
trace. Layers whose ``train_bias`` is false keep their biases; masked edges have zero
gradient, and every rule here maps a zero gradient with zero state to a zero change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

import numpy as np

from playground.engine.errors import EngineError
from playground.engine.network import Layer, Network, Trace

Parameter = tuple[tuple, np.ndarray, np.ndarray]
"""(key, parameter, gradient): one array an optimizer changes, and ∂E/∂ of it."""


@dataclass
class Optimizer:
    """Base of all optimizers: a name, hyper-parameters as fields, and per-parameter state."""

    name = "optimizer"
    learning_rate: float = 0.01
    iterations: int = field(default=0, init=False, repr=False)
    _state: dict = field(default_factory=dict, init=False, repr=False)

    def config(self) -> dict[str, float]:
        """The hyper-parameters, as written in the network file's ``optimizer`` object."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.init}
        return {"name": self.name, **values}

    @property
    def stateless(self) -> bool:
        """True when the rule keeps no state and treats every number on its own: then one
        ``apply`` to all parameters laid end to end is the same arithmetic as one apiece."""
        return False

    def reset(self) -> None:
        """Forget all per-parameter state (moments, velocities) and the iteration count."""
        self.iterations = 0
        self._state.clear()

    def update(self, network: Network, trace: Trace) -> None:
        """The update phase: apply one step to every trainable parameter of ``network``."""
        if not trace.has_gradients:
            raise EngineError("update needs the gradients of a backward pass")
        grads = [(lt.grad_weights, lt.grad_bias) for lt in trace.layers]
        self.apply(trainable_parameters(network.layers, grads))

    def apply(self, parameters: Sequence[Parameter]) -> None:
        """One step for each (key, parameter, gradient): the parameter changes in place, and
        ``key`` names its state (moments, velocity), the same key every step."""
        for key, param, grad in parameters:
            self._apply(key, param, grad)
        self.iterations += 1

    def _apply(self, key: tuple, param: np.ndarray, grad: np.ndarray) -> None:
        raise NotImplementedError

    def _slot(self, key: tuple, like: np.ndarray) -> np.ndarray:
        slot = self._state.get(key)
        if slot is None or slot.shape != like.shape:
            slot = self._state[key] = np.zeros_like(like)
        return slot


@dataclass
class SGD(Optimizer):
    """Gradient descent, w ← w − lr·∂E/∂w; with momentum v ← m·v − lr·∂E/∂w, w ← w + v."""

    name = "sgd"
    learning_rate: float = 0.01
    momentum: float = 0.0
    nesterov: bool = False

    @property
    def stateless(self) -> bool:
        return self.momentum == 0.0

    def _apply(self, key: tuple, param: np.ndarray, grad: np.ndarray) -> None:
        if self.momentum == 0.0:
            param -= grad * self.learning_rate
            return
        velocity = self._slot(key, param)
        velocity *= self.momentum
        velocity -= grad * self.learning_rate
        if self.nesterov:
            param += velocity * self.momentum - grad * self.learning_rate
        else:
            param += velocity


@dataclass
class Adam(Optimizer):
    """Adam as Keras computes it: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ), w ← w − alpha·m/(√v + ε)."""

    name = "adam"
    learning_rate: float = 0.001
    beta_1: float = 0.9
    beta_2: float = 0.999
    epsilon: float = 1e-7

    def _apply(self, key: tuple, param: np.ndarray, grad: np.ndarray) -> None:
        step = self.iterations + 1
        alpha = self.learning_rate * math.sqrt(1 - self.beta_2**step) / (1 - self.beta_1**step)
        m = self._slot(("m", *key), param)
        v = self._slot(("v", *key), param)
        m += (grad - m) * (1 - self.beta_1)
        v += (grad * grad - v) * (1 - self.beta_2)
        param -= (m * alpha) / (np.sqrt(v) + self.epsilon)


@dataclass
class RMSprop(Optimizer):
    """RMSprop as Keras computes it: v ← ρ·v + (1−ρ)·g², w ← w − lr·g/√(v + ε)."""

    name = "rmsprop"
    learning_rate: float = 0.001
    rho: float = 0.9
    momentum: float = 0.0
    epsilon: float = 1e-7

    def _apply(self, key: tuple, param: np.ndarray, grad: np.ndarray) -> None:
        v = self._slot(("v", *key), param)
        v *= self.rho
        v += (1 - self.rho) * (grad * grad)
        increment = (self.learning_rate * grad) / np.sqrt(v + self.epsilon)
        if self.momentum > 0:
            velocity = self._slot(("momentum", *key), param)
            velocity *= self.momentum
            velocity += increment
            param -= velocity
        else:
            param -= increment


@dataclass
class Perceptron(Optimizer):
    """Rosenblatt's rule for one step-activation layer: w ← w + lr·(t − y)·x, b ← b + lr·(t − y).

    It ignores the backward pass's gradients (a step has derivative 0) and uses the error
    t − y itself, summed over the samples of the batch; the training loop feeds it one
    sample at a time, as the course notes' AND/OR exercise does.
    """

    name = "perceptron"
    learning_rate: float = 0.1

    def update(self, network: Network, trace: Trace) -> None:
        check_perceptron(network)
        if trace.targets is None:
            raise EngineError("update needs the targets of a backward pass")
        layer = network.layers[0]
        error = trace.targets - trace.outputs
        layer.weights += (trace.inputs.T @ (error * self.learning_rate)) * layer.mask
        if layer.train_bias:
            layer.bias += (error * self.learning_rate).sum(axis=0)
        self.iterations += 1


def check_perceptron(network: Network) -> None:
    """Raise unless ``network`` is what Rosenblatt's rule trains: one layer of step nodes."""
    if len(network.layers) != 1 or network.layers[0].activation != "step":
        raise EngineError(
            "the perceptron optimizer trains a single layer of step nodes "
            f"(this network is {network.layer_sizes} with "
            f"{', '.join(layer.activation for layer in network.layers)})"
        )


def trainable_parameters(
    layers: Sequence[Layer], grads: Sequence[tuple[np.ndarray, np.ndarray]]
) -> list[Parameter]:
    """(key, parameter, gradient) of each layer's weights and, where trained, its biases;
    ``grads[i]`` is layer i's (∂E/∂w, ∂E/∂b)."""
    parameters = []
    for index, (layer, (grad_weights, grad_bias)) in enumerate(zip(layers, grads, strict=True)):
        parameters.append((("w", index), layer.weights, grad_weights))
        if layer.train_bias:
            parameters.append((("b", index), layer.bias, grad_bias))
    return parameters


OPTIMIZERS: dict[str, type[Optimizer]] = {cls.name: cls for cls in (SGD, Adam, RMSprop, Perceptron)}
OPTIMIZER_NAMES: tuple[str, ...] = tuple(OPTIMIZERS)


def optimizer_parameters(name: str) -> dict[str, float]:
    """The hyper-parameters ``name`` accepts, with Keras' defaults."""
    cls = _optimizer_class(name)
    return {f.name: f.default for f in fields(cls) if f.init}


def make_optimizer(name: str, **params: float) -> Optimizer:
    """An optimizer by name; unknown names, unknown or non-finite parameters raise EngineError."""
    cls = _optimizer_class(name)
    known = optimizer_parameters(name)
    for key, value in params.items():
        if key not in known:
            raise EngineError(
                f"optimizer {name}: unknown parameter {key!r} (known: {', '.join(known)})"
            )
        if isinstance(known[key], bool):
            if not isinstance(value, bool):
                raise EngineError(f"optimizer {name}: {key} must be true or false")
        elif (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise EngineError(f"optimizer {name}: {key} must be a finite number, got {value!r}")
        elif value < 0:
            raise EngineError(f"optimizer {name}: {key} must not be negative, got {value!r}")
    return cls(**{k: (v if isinstance(v, bool) else float(v)) for k, v in params.items()})


def _optimizer_class(name: str) -> type[Optimizer]:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise EngineError(f"unknown optimizer {name!r} (known: {', '.join(OPTIMIZERS)})") from None
