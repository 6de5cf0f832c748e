"""Weight initialisers, seeded through an explicit ``np.random.Generator`` (never the global RNG).

Each returns a weight matrix of shape (n_in, n_out) drawn as Keras draws it; biases start at 0,
as in Keras' Dense layers.
"""

from collections.abc import Callable

import numpy as np

from playground.engine.errors import EngineError

Initializer = Callable[..., np.ndarray]


def glorot_uniform(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    """Keras' default: U(−limit, limit) with limit = √(6 / (n_in + n_out))."""
    limit = np.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out))


def he_uniform(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    """U(−limit, limit) with limit = √(6 / n_in), suited to ReLU layers."""
    limit = np.sqrt(6.0 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out))


def uniform(
    n_in: int, n_out: int, rng: np.random.Generator, *, low: float = -0.05, high: float = 0.05
) -> np.ndarray:
    """U(low, high); Keras' RandomUniform defaults."""
    if not low < high:
        raise EngineError(f"uniform initialiser needs low < high, got {low} and {high}")
    return rng.uniform(low, high, size=(n_in, n_out))


def zeros(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    """All weights 0 (every hidden node then learns the same thing: a lesson in itself)."""
    return np.zeros((n_in, n_out))


INITIALIZERS: dict[str, Initializer] = {
    "glorot_uniform": glorot_uniform,
    "he_uniform": he_uniform,
    "uniform": uniform,
    "zeros": zeros,
}
INITIALIZER_NAMES: tuple[str, ...] = tuple(INITIALIZERS)


def initial_weights(
    name: str, *, n_in: int, n_out: int, rng: np.random.Generator, **params: float
) -> np.ndarray:
    """Draw a (n_in, n_out) weight matrix with the initialiser called ``name``."""
    try:
        init = INITIALIZERS[name]
    except KeyError:
        known = ", ".join(INITIALIZERS)
        raise EngineError(f"unknown initialiser {name!r} (known: {known})") from None
    if params and name != "uniform":
        raise EngineError(f"initialiser {name} takes no parameters, got {', '.join(params)}")
    return init(n_in, n_out, rng, **params)
