"""Optimizers: the update phase. Each follows Keras 3's update formula and defaults exactly.

An optimizer changes a network's weights and biases in place from the gradients held in a
trace. Layers whose ``train_bias`` is false keep their biases; masked edges have zero
gradient, and every rule here maps a zero gradient with zero state to a zero change.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

import numpy as np

from playground.engine.errors import EngineError, ParameterError
from playground.engine.messages import Message
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
            raise EngineError(Message("update needs the gradients of a backward pass"))
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
            raise EngineError(Message("update needs the targets of a backward pass"))
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
            Message(
                "the perceptron optimizer trains a single layer of step nodes (this network is "
                "{layer_sizes} with {activations})",
                layer_sizes=network.layer_sizes,
                activations=", ".join(layer.activation for layer in network.layers),
            )
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


# --- the hyper-parameters' valid values -----------------------------------------------------


@dataclass(frozen=True)
class Range:
    """The numbers a hyper-parameter accepts: from ``low`` to ``high``; an open end is left
    out (``low_open``: greater than ``low``), a closed one included (at least ``low``)."""

    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: float) -> bool:
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def rule(self) -> str:
        """The range in words: ``greater than 0 and less than 1``."""
        low = high = None
        if self.low > -math.inf:
            low = (
                Message("greater than {value}", value=_shown(self.low))
                if self.low_open
                else Message("at least {value}", value=_shown(self.low))
            )
        if self.high < math.inf:
            high = (
                Message("less than {value}", value=_shown(self.high))
                if self.high_open
                else Message("at most {value}", value=_shown(self.high))
            )
        if low is not None and high is not None:
            return Message("{low} and {high}", low=low, high=high)
        return low or high or Message("any number")


PARAMETER_RANGES: dict[str, Range] = {
    "learning_rate": Range(low=0.0, low_open=True),
    "momentum": Range(low=0.0, high=1.0, high_open=True),
    "beta_1": Range(low=0.0, high=1.0, low_open=True, high_open=True),
    "beta_2": Range(low=0.0, high=1.0, low_open=True, high_open=True),
    "epsilon": Range(low=0.0, low_open=True),
    "rho": Range(low=0.0, high=1.0, high_open=True),
}
"""Every number-valued hyper-parameter of every optimizer above, and the values it accepts:
the same meaning (and so the same range) wherever two optimizers share a name."""

SPOKEN_NAMES: dict[str, str] = {"learning_rate": Message("the learning rate")}
"""How a message names a hyper-parameter; the others go by their key."""

# Message templates, one per kind of problem, so a window can translate them.
# Each is a Message without values (its text is its template); ``Message(OUT_OF_RANGE, …)``
# fills one in.
OUT_OF_RANGE = Message("{name} must be {rule}, got {value}")
NOT_A_NUMBER = Message("{name} must be a finite number, got {value}")
NOT_TRUE_OR_FALSE = Message("{name} must be true or false, got {value}")
UNKNOWN_PARAMETER = Message("optimizer {optimizer}: unknown parameter {key!r} (known: {known})")
TRUE_OR_FALSE = Message("true or false")


def optimizer_parameters(name: str) -> dict[str, float]:
    """The hyper-parameters ``name`` accepts, with Keras' defaults."""
    cls = _optimizer_class(name)
    return {f.name: f.default for f in fields(cls) if f.init}


def parameter_rule(name: str, key: str) -> str:
    """The values hyper-parameter ``key`` of optimizer ``name`` accepts, in words (for a
    tooltip): ``greater than 0 and less than 1``, or ``true or false``."""
    known = optimizer_parameters(name)
    if key not in known:
        raise EngineError(_unknown(name, key, known))
    return TRUE_OR_FALSE if isinstance(known[key], bool) else PARAMETER_RANGES[key].rule()


def parameter_problem(name: str, key: str, value: object) -> str | None:
    """Why ``value`` cannot be hyper-parameter ``key`` of optimizer ``name``, in words for
    a learner (``the learning rate must be greater than 0, got 0``), or None when it can.
    An unknown optimizer ``name`` raises EngineError."""
    known = optimizer_parameters(name)
    if key not in known:
        return _unknown(name, key, known)
    spoken = SPOKEN_NAMES.get(key, key)
    if isinstance(known[key], bool):
        if isinstance(value, bool):
            return None
        return Message(NOT_TRUE_OR_FALSE, name=spoken, value=_shown(value))
    number = _finite(value)
    if number is None:
        return Message(NOT_A_NUMBER, name=spoken, value=_shown(value))
    allowed = PARAMETER_RANGES[key]
    if allowed.contains(number):
        return None
    return Message(OUT_OF_RANGE, name=spoken, rule=allowed.rule(), value=_shown(value))


def make_optimizer(name: str, **params: float) -> Optimizer:
    """An optimizer by name. An unknown name raises EngineError; an unknown parameter or a
    value outside its :data:`PARAMETER_RANGES` raises :class:`ParameterError`, whose message
    is ``optimizer NAME: `` and then :func:`parameter_problem`'s words."""
    cls = _optimizer_class(name)
    known = optimizer_parameters(name)
    for key, value in params.items():
        problem = parameter_problem(name, key, value)
        if problem is not None:
            # an unknown parameter's message names the optimizer already
            message = (
                Message("optimizer {name}: {problem}", name=name, problem=problem)
                if key in known
                else problem
            )
            raise ParameterError(message, optimizer=name, key=key, value=value)
    return cls(**{k: (v if isinstance(v, bool) else float(v)) for k, v in params.items()})


def _optimizer_class(name: str) -> type[Optimizer]:
    try:
        return OPTIMIZERS[name]
    except (KeyError, TypeError):
        raise EngineError(
            Message(
                "unknown optimizer {name!r} (known: {known})",
                name=name,
                known=", ".join(OPTIMIZERS),
            )
        ) from None


def _unknown(name: str, key: str, known: dict[str, float]) -> str:
    return Message(UNKNOWN_PARAMETER, optimizer=name, key=key, known=", ".join(known))


def _finite(value: object) -> float | None:
    """``value`` as a float when it is a finite real number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer past float's range
        return None
    return number if math.isfinite(number) else None


def _shown(value: object, limit: int = 40) -> str:
    """A value as a message shows it: whole floats without ``.0`` (so 0 and 0.0 read the
    same, typed or from a file), booleans and None as a file writes them, long values
    clipped."""
    if value is None or isinstance(value, bool):
        text = {None: "null", True: "true", False: "false"}[value]
    elif isinstance(value, numbers.Integral):
        text = str(int(value))
    elif isinstance(value, numbers.Real):
        number = float(value)
        whole = number.is_integer() and abs(number) < 1e15
        text = str(int(number)) if whole else repr(number)
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
