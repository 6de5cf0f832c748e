"""Weight initialisers, seeded through an explicit ``np.random.Generator`` (never the global RNG).

Each returns a weight matrix of shape (n_in, n_out) drawn as Keras draws it; biases start at 0,
as in Keras' Dense layers.
"""

import inspect
from collections.abc import Callable

import numpy as np

from playground.engine.errors import EngineError
from playground.engine.messages import Message

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
        raise EngineError(
            Message(
                "uniform initialiser needs low < high, got {low} and {high}", low=low, high=high
            )
        )
    return rng.uniform(low, high, size=(n_in, n_out))


def normal(
    n_in: int, n_out: int, rng: np.random.Generator, *, mean: float = 0.0, stddev: float = 0.05
) -> np.ndarray:
    """N(mean, stddev²); Keras' RandomNormal defaults (the notes' MNIST draws N(0, 0.1²))."""
    if not stddev >= 0:
        raise EngineError(
            Message("normal initialiser needs stddev ≥ 0, got {stddev}", stddev=stddev)
        )
    return rng.normal(mean, stddev, size=(n_in, n_out))


def numpy_legacy(
    n_in: int,
    n_out: int,
    rng: np.random.Generator,
    *,
    seed: int = 0,
    draw: str = "random",
    scale: float = 1.0,
    offset: float = 0.0,
    skip: int = 0,
) -> np.ndarray:
    """What the notes' NumPy code draws: ``np.random.seed(seed)``, then ``scale ·
    np.random.random(shape) + offset`` (``draw`` "random") or ``scale · np.random.randn(shape)
    + offset`` ("randn"), row by row; ``skip`` numbers drawn before this layer's (an earlier
    layer's, in the notes' order). ``rng`` is not used: the legacy generator is the point."""
    if draw not in LEGACY_DRAWS:
        raise EngineError(
            Message(
                "numpy_legacy draws {draws}, not {draw!r}",
                draws=" or ".join(LEGACY_DRAWS),
                draw=draw,
            )
        )
    if not 0 <= skip <= MAX_LEGACY_SKIP:
        raise EngineError(
            Message(
                "numpy_legacy skip must be from 0 to {limit}, got {skip}",
                limit=MAX_LEGACY_SKIP,
                skip=skip,
            )
        )
    legacy = np.random.RandomState(int(seed))
    numbers = getattr(legacy, LEGACY_DRAWS[draw])(int(skip) + n_in * n_out)[int(skip) :]
    return scale * numbers.reshape(n_in, n_out) + offset


LEGACY_DRAWS = {"random": "random_sample", "randn": "standard_normal"}
MAX_LEGACY_SKIP = 100_000_000


def zeros(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    """All weights 0 (every hidden node then learns the same thing: a lesson in itself)."""
    return np.zeros((n_in, n_out))


INITIALIZERS: dict[str, Initializer] = {
    "glorot_uniform": glorot_uniform,
    "he_uniform": he_uniform,
    "uniform": uniform,
    "normal": normal,
    "numpy_legacy": numpy_legacy,
    "zeros": zeros,
}
INITIALIZER_NAMES: tuple[str, ...] = tuple(INITIALIZERS)


def initializer_parameters(name: str) -> dict[str, object]:
    """The parameters initialiser ``name`` takes, with their defaults (the file's ``init``
    object may give them; ``seed`` is every initialiser's and is not listed)."""
    init = _initializer(name)
    return {
        key: p.default
        for key, p in inspect.signature(init).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and key != "seed"
    }


def initial_weights(
    name: str, *, n_in: int, n_out: int, rng: np.random.Generator, **params: float
) -> np.ndarray:
    """Draw a (n_in, n_out) weight matrix with the initialiser called ``name``."""
    init = _initializer(name)
    known = initializer_parameters(name)
    if "seed" in inspect.signature(init).parameters:
        known = {**known, "seed": 0}
    unknown = [key for key in params if key not in known]
    if unknown:
        takes = (
            Message("takes {known}", known=", ".join(known))
            if known
            else Message("takes no parameters")
        )
        raise EngineError(
            Message(
                "initialiser {name} {takes}, got {unknown}",
                name=name,
                takes=takes,
                unknown=", ".join(unknown),
            )
        )
    return init(n_in, n_out, rng, **params)


def _initializer(name: str) -> Initializer:
    try:
        return INITIALIZERS[name]
    except KeyError:
        known = ", ".join(INITIALIZERS)
        raise EngineError(
            Message("unknown initialiser {name!r} (known: {known})", name=name, known=known)
        ) from None
