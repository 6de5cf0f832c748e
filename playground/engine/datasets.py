"""Datasets: the built-in examples of the course notes and loaders for a learner's own files.

A :class:`Dataset` is what a network trains on: ``inputs`` (n, n_in) and ``targets``
(n, n_out), both float64, and optionally a held-out test set. Built-ins are deterministic:
the same parameters always give identical arrays. They ship (``digits``), are generated,
or, for ``mnist`` and ``fashion_mnist``, are found where the learner already has them
(:mod:`playground.engine.found_data`; never downloaded). The CSV, NPZ and idx readers live
in :mod:`playground.engine.dataset_files`; :func:`load_csv`, :func:`load_npz` and
:func:`load_file` here are their public names.
"""

from __future__ import annotations

import numbers
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from os import PathLike

import numpy as np

from playground.engine.errors import EngineError
from playground.engine.messages import Message
from playground.paths import resource_path

TASKS = ("classification", "regression")


class DatasetError(EngineError):
    """Data the playground cannot use; the message says what is wrong and where."""


class DataNotFound(DatasetError):
    """A built-in found on the learner's machine (``mnist``, ``fashion_mnist``) is not on
    this one. ``dataset`` is its name and ``places`` where it was looked for; the message
    says both, in one line, and what to do."""

    def __init__(self, message: str, *, dataset: str, places: tuple[str, ...]) -> None:
        super().__init__(message)
        self.dataset = dataset
        self.places = places


@dataclass(frozen=True, eq=False)
class Dataset:
    """Training samples, one per row, and optionally a held-out test set.

    Build one with :func:`make_dataset`, which checks shapes and values.
    """

    name: str
    inputs: np.ndarray
    targets: np.ndarray
    test_inputs: np.ndarray | None = None
    test_targets: np.ndarray | None = None
    task: str = "classification"
    input_labels: tuple[str, ...] | None = None
    target_labels: tuple[str, ...] | None = None

    @property
    def n_inputs(self) -> int:
        """Number of input features (columns of ``inputs``)."""
        return self.inputs.shape[1]

    @property
    def n_outputs(self) -> int:
        """Number of target values per sample (columns of ``targets``)."""
        return self.targets.shape[1]

    @property
    def n_samples(self) -> int:
        """Number of training samples (rows of ``inputs``)."""
        return self.inputs.shape[0]

    def __repr__(self) -> str:
        n_test = 0 if self.test_inputs is None else self.test_inputs.shape[0]
        return (
            f"Dataset({self.name!r}, {self.task}, {self.n_samples} train + {n_test} test, "
            f"{self.n_inputs} in -> {self.n_outputs} out)"
        )


def _as_matrix(values: object, *, what: str, name: str) -> np.ndarray:
    """``values`` as a C-contiguous float64 2-D array of finite numbers, else DatasetError."""
    try:
        raw = np.asarray(values)
    except (TypeError, ValueError) as exc:
        raise DatasetError(
            Message("{name}: {what} is not a rectangular table of numbers", name=name, what=what)
        ) from exc
    if raw.dtype.kind not in "biuf":
        raise DatasetError(
            Message(
                "{name}: {what} must hold numbers, not {dtype} values",
                name=name,
                what=what,
                dtype=raw.dtype,
            )
        )
    if raw.ndim != 2:
        raise DatasetError(
            Message(
                "{name}: {what} must be 2-D (samples × columns), not {shape}",
                name=name,
                what=what,
                shape=raw.shape,
            )
        )
    if 0 in raw.shape:
        raise DatasetError(
            Message(
                "{name}: {what} is empty (shape {shape})", name=name, what=what, shape=raw.shape
            )
        )
    matrix = np.array(raw, dtype=np.float64, order="C")
    bad = np.argwhere(~np.isfinite(matrix))
    if bad.size:
        row, col = bad[0]
        raise DatasetError(
            Message(
                "{name}: {what} holds {value} at row {row}, column {column}; every value must be "
                "a finite number",
                name=name,
                what=what,
                value=matrix[row, col],
                row=row + 1,
                column=col + 1,
            )
        )
    return matrix


def _labels(
    labels: Sequence[str] | None, *, count: int, what: str, name: str
) -> tuple[str, ...] | None:
    """``labels`` as a tuple of ``count`` strings, or None."""
    if labels is None:
        return None
    result = tuple(str(label) for label in labels)
    if len(result) != count:
        raise DatasetError(
            Message(
                "{name}: {labels} {what} labels for {columns} {what} columns",
                name=name,
                labels=len(result),
                what=what,
                columns=count,
            )
        )
    return result


def _check_counts(x: np.ndarray, y: np.ndarray, *, what: str, name: str) -> None:
    """Raise unless ``x`` and ``y`` have as many rows."""
    if x.shape[0] != y.shape[0]:
        raise DatasetError(
            Message(
                "{name}: {inputs} {what} input rows but {targets} {what} target rows",
                name=name,
                inputs=x.shape[0],
                what=what,
                targets=y.shape[0],
            )
        )


def infer_task(targets: np.ndarray) -> str:
    """``"classification"`` if every target is 0 or 1, else ``"regression"``."""
    return "classification" if np.isin(targets, (0.0, 1.0)).all() else "regression"


def make_dataset(
    name: str,
    inputs: object,
    targets: object,
    *,
    test_inputs: object | None = None,
    test_targets: object | None = None,
    task: str | None = None,
    input_labels: Sequence[str] | None = None,
    target_labels: Sequence[str] | None = None,
) -> Dataset:
    """A checked :class:`Dataset`: 2-D, finite, matching sample and column counts.

    The arrays are copied. ``task`` None means classification if all targets are 0/1,
    else regression.
    """
    x = _as_matrix(inputs, what=Message("inputs"), name=name)
    y = _as_matrix(targets, what=Message("targets"), name=name)
    _check_counts(x, y, what=Message("training"), name=name)
    test_x = test_y = None
    if (test_inputs is None) != (test_targets is None):
        raise DatasetError(
            Message("{name}: a test set needs both test inputs and test targets", name=name)
        )
    if test_inputs is not None:
        test_x = _as_matrix(test_inputs, what=Message("test inputs"), name=name)
        test_y = _as_matrix(test_targets, what=Message("test targets"), name=name)
        _check_counts(test_x, test_y, what=Message("test"), name=name)
        if (test_x.shape[1], test_y.shape[1]) != (x.shape[1], y.shape[1]):
            raise DatasetError(
                Message(
                    "{name}: test samples have {test_inputs} inputs and {test_targets} targets, "
                    "training samples {inputs} and {targets}",
                    name=name,
                    test_inputs=test_x.shape[1],
                    test_targets=test_y.shape[1],
                    inputs=x.shape[1],
                    targets=y.shape[1],
                )
            )
    task = infer_task(y) if task is None else task
    if task not in TASKS:
        raise DatasetError(
            Message(
                "{name}: task must be one of {tasks}, not {task!r}",
                name=name,
                tasks=", ".join(TASKS),
                task=task,
            )
        )
    input_labels = _labels(input_labels, count=x.shape[1], what=Message("input"), name=name)
    target_labels = _labels(target_labels, count=y.shape[1], what=Message("target"), name=name)
    return Dataset(name, x, y, test_x, test_y, task, input_labels, target_labels)


def one_hot(labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Integer class labels (n,) as rows of the (n_classes × n_classes) identity matrix."""
    return np.eye(n_classes, dtype=np.float64)[np.asarray(labels, dtype=np.intp)]


def split(
    inputs: np.ndarray, targets: np.ndarray, *, test_fraction: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """A seeded shuffle, then the last ``round(n * test_fraction)`` rows become the test set.

    Returns (inputs, targets, test inputs, test targets); the test arrays are None when
    the fraction rounds to no sample. At least one training sample is always kept.
    """
    n = inputs.shape[0]
    order = rng.permutation(n)
    n_test = min(round(n * test_fraction), n - 1)
    train, test = order[: n - n_test], order[n - n_test :]
    if n_test == 0:
        return inputs[train], targets[train], None, None
    return inputs[train], targets[train], inputs[test], targets[test]


# --- the built-ins -----------------------------------------------------------------------

_TRUTH_TABLE = ((0, 0), (0, 1), (1, 0), (1, 1))  # the order the notes' perceptron uses
_GATES = {"xor": (0, 1, 1, 0), "and": (0, 0, 0, 1), "or": (0, 1, 1, 1)}

LINEAR_VARIANTS = {  # (x_train, y_train, x_test, y_test), exactly as in the course notes
    "2x+1": ((0, 1, 2), (1, 3, 5), (3, 4), (7, 9)),  # fit x[:3], predict x[3:]
    "2x": ((1, 2, 3, 4), (2, 4, 6, 8), (1.2, 2.3, 3.4, 4.5), (2.4, 4.6, 6.8, 9.0)),
}

# Segments (a top, b top right, c bottom right, d bottom, e bottom left, f top left,
# g middle) lit for the digits 0..9; 6 and 9 are drawn with their tails, 7 as a, b, c.
SEVEN_SEGMENT = (
    (1, 1, 1, 1, 1, 1, 0),
    (0, 1, 1, 0, 0, 0, 0),
    (1, 1, 0, 1, 1, 0, 1),
    (1, 1, 1, 1, 0, 0, 1),
    (0, 1, 1, 0, 0, 1, 1),
    (1, 0, 1, 1, 0, 1, 1),
    (1, 0, 1, 1, 1, 1, 1),
    (1, 1, 1, 0, 0, 0, 0),
    (1, 1, 1, 1, 1, 1, 1),
    (1, 1, 1, 1, 0, 1, 1),
)
_DIGITS = tuple(str(d) for d in range(10))
_PLANE = ("x1", "x2")

# The 2-D generators below work in TensorFlow Playground's units (data on [-5, 5], its
# noise slider 0..50 % as noise 0..0.5); we divide their points by this so that inputs
# lie in about [-1, 1].
_SCALE = 5.0


def _builtin(name: str, parts: Sequence, *, task: str, labels: Sequence) -> Dataset:
    """A built-in from (inputs, targets, test inputs, test targets) and (input, target) labels."""
    x, y, test_x, test_y = parts
    return make_dataset(
        name,
        x,
        y,
        test_inputs=test_x,
        test_targets=test_y,
        task=task,
        input_labels=labels[0],
        target_labels=labels[1],
    )


def _gate(name: str) -> Dataset:
    """A two-input logic gate's truth table, rows (0,0), (0,1), (1,0), (1,1)."""
    parts = (_TRUTH_TABLE, [[t] for t in _GATES[name]], None, None)
    return _builtin(name, parts, task="classification", labels=(_PLANE, ("y",)))


def _linear(*, variant: str) -> Dataset:
    """The notes' linear regression: y = 2x + 1 (fit 3 points, predict 2) or y = 2x."""
    parts = [np.array(values, float)[:, None] for values in LINEAR_VARIANTS[variant]]
    return _builtin("linear", parts, task="regression", labels=(("x",), ("y",)))


def _seven_segment() -> Dataset:
    """The digits 0..9 as seven segments a..g, with one-hot targets."""
    parts = (SEVEN_SEGMENT, np.eye(10), None, None)
    labels = (tuple("abcdefg"), _DIGITS)
    return _builtin("seven_segment", parts, task="classification", labels=labels)


def _circle(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A disc (label 1, radius ≤ 2.5) inside a ring (label 0, radius 3.5..5).

    As in TensorFlow Playground, noise does not move a point: its label is that of the
    point jittered by up to ±5·noise per axis, so noise mislabels points near the rim.
    """
    n_in = n // 2
    radius = np.concatenate([rng.uniform(0, 2.5, n_in), rng.uniform(3.5, 5.0, n - n_in)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])
    jittered = points + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    return points, np.hypot(jittered[:, 0], jittered[:, 1]) < 2.5


def _spiral(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals of 1.75 turns (label 1, and label 0 turned by π).

    Each point is jittered by up to ±noise per axis.
    """
    arms, labels = [], []
    for count, turn, label in ((n - n // 2, 0.0, True), (n // 2, np.pi, False)):
        step = np.arange(count) / count
        r, t = step * 5.0, 1.75 * 2 * np.pi * step + turn
        arms.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
        labels.append(np.full(count, label))
    points = np.concatenate(arms)
    return points + rng.uniform(-1.0, 1.0, points.shape) * noise, np.concatenate(labels)


def _gaussian(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two Gaussian blobs around (2, 2) (label 1) and (-2, -2) (label 0).

    Their variance grows with noise from 0.5 (noise 0) to 4 (noise 0.5), as in
    TensorFlow Playground.
    """
    n_pos = n - n // 2
    centres = np.where(np.arange(n)[:, None] < n_pos, 2.0, -2.0)
    spread = np.sqrt(0.5 + 7.0 * noise)
    return centres + rng.normal(0.0, spread, (n, 2)), np.arange(n) < n_pos


_PLANAR = {"circle": _circle, "spiral": _spiral, "gaussian": _gaussian}


def _planar(name: str, *, samples: int, noise: float, seed: int, test_fraction: float) -> Dataset:
    """A TensorFlow-Playground-style 2-D binary classification set, split train/test."""
    rng = np.random.default_rng(seed)
    points, labels = _PLANAR[name](samples, noise, rng)
    parts = split(points / _SCALE, labels[:, None], test_fraction=test_fraction, rng=rng)
    return _builtin(name, parts, task="classification", labels=(_PLANE, ("y",)))


def _digits(*, test_fraction: float, seed: int) -> Dataset:
    """The 1,797 8×8 UCI handwritten digits, pixels scaled to [0, 1], one-hot targets."""
    path = resource_path("datasets", "digits.npz")
    try:
        with np.load(path, allow_pickle=False) as data:
            images, labels = data["images"], data["labels"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise DatasetError(
            Message("digits: cannot read the bundled file {path}: {exc}", path=path, exc=str(exc))
        ) from exc
    rng = np.random.default_rng(seed)
    parts = split(images / 16.0, one_hot(labels, 10), test_fraction=test_fraction, rng=rng)
    return _builtin("digits", parts, task="classification", labels=(None, _DIGITS))


def _found(name: str, *, samples: int, test_samples: int) -> Dataset:
    """MNIST or Fashion-MNIST from where the learner has it (28×28 images, 10 classes)."""
    from playground.engine import found_data  # imported here: it imports this module

    return found_data.load_found(name, samples=samples, test_samples=test_samples)


FOUND_NAMES = ("mnist", "fashion_mnist")  # built-ins found on the machine, never shipped
_FOUND_DEFAULTS = {"samples": 60_000, "test_samples": 10_000}  # all of MNIST's
_PLANAR_DEFAULTS = {"samples": 200, "noise": 0.0, "seed": 0, "test_fraction": 0.2}
_BUILTINS: dict[str, tuple[Callable[..., Dataset], dict[str, object]]] = {
    **{gate: (partial(_gate, gate), {}) for gate in _GATES},
    "linear": (_linear, {"variant": "2x+1"}),
    **{name: (partial(_planar, name), _PLANAR_DEFAULTS) for name in _PLANAR},
    "seven_segment": (_seven_segment, {}),
    "digits": (_digits, {"test_fraction": 0.2, "seed": 0}),
    **{name: (partial(_found, name), _FOUND_DEFAULTS) for name in FOUND_NAMES},
}
BUILTIN_NAMES: tuple[str, ...] = tuple(_BUILTINS)

_CHOICES = {"variant": tuple(LINEAR_VARIANTS)}
_RANGES: dict[str, tuple[type, float, float]] = {  # type, lowest and highest value
    "samples": (int, 2, 100_000),
    "test_samples": (int, 1, 100_000),
    "noise": (float, 0.0, 1.0),
    "seed": (int, 0, 2**63 - 1),
    "test_fraction": (float, 0.0, 0.9),
}


def _checked(dataset: str, key: str, value: object) -> object:
    """``value`` for parameter ``key`` of ``dataset`` if allowed, else DatasetError."""
    if key in _CHOICES:
        if value in _CHOICES[key]:
            return value
        choices = ", ".join(_CHOICES[key])
        raise DatasetError(
            Message(
                "{dataset}: {key} must be one of {choices}, not {value!r}",
                dataset=dataset,
                key=key,
                choices=choices,
                value=value,
            )
        )
    kind, low, high = _RANGES[key]
    number = numbers.Integral if kind is int else numbers.Real
    if isinstance(value, number) and not isinstance(value, bool) and low <= value <= high:
        return kind(value)
    kind_name = Message("a whole number") if kind is int else Message("a number")
    raise DatasetError(
        Message(
            "{dataset}: {key} must be {kind_name} from {low} to {high}, not {value!r}",
            dataset=dataset,
            key=key,
            kind_name=kind_name,
            low=low,
            high=high,
            value=value,
        )
    )


def builtin_parameters(name: str) -> dict[str, object]:
    """The parameters built-in dataset ``name`` accepts, with their defaults."""
    return dict(_lookup(name)[1])


def find_builtin_data(name: str) -> list[str]:
    """The files built-in ``name`` is read from on this machine: none for the built-ins
    that ship or are generated. Raises :class:`DataNotFound` when a built-in found on the
    learner's machine is not on this one; nothing is read, so this is quick."""
    _lookup(name)
    if name not in FOUND_NAMES:
        return []
    from playground.engine import found_data

    return [str(path) for path in found_data.locate(name)[1]]


def _lookup(name: str) -> tuple[Callable[..., Dataset], dict[str, object]]:
    """The builder and default parameters of built-in ``name``."""
    if name not in _BUILTINS:
        known = ", ".join(BUILTIN_NAMES)
        raise DatasetError(
            Message(
                "There is no built-in dataset {name!r}; the built-ins are {known}",
                name=name,
                known=known,
            )
        )
    return _BUILTINS[name]


def load_builtin(name: str, **params: object) -> Dataset:
    """Built-in dataset ``name`` made with ``params`` (see :func:`builtin_parameters`).

    ``samples``: points in a 2-D set, half of each class. ``noise``: 0 (clean) to 0.5,
    TensorFlow Playground's 0..50 % slider (up to 1 is allowed). ``seed``: the random
    generator's seed. ``test_fraction``: share of the shuffled samples held out for
    testing. ``variant``: ``"2x+1"`` or ``"2x"`` for ``linear``. For ``mnist`` and
    ``fashion_mnist``, ``samples`` and ``test_samples`` are how many of the training and
    test images to use, the first ones (all of them: 60,000 and 10,000).
    """
    build, defaults = _lookup(name)
    unknown = sorted(set(params) - set(defaults))
    if unknown:
        accepted = ", ".join(defaults) or Message("none")
        raise DatasetError(
            Message(
                "{name} has no parameter {parameter!r}; its parameters: {accepted}",
                name=name,
                parameter=unknown[0],
                accepted=accepted,
            )
        )
    values = {key: _checked(name, key, value) for key, value in {**defaults, **params}.items()}
    return build(**values)


def load_csv(
    path: str | PathLike[str],
    *,
    target_columns: int = 1,
    test_path: str | PathLike[str] | None = None,
) -> Dataset:
    """A CSV file of numbers; the last ``target_columns`` columns are the targets."""
    from playground.engine import dataset_files  # imported here: it imports this module

    return dataset_files.load_csv(path, target_columns=target_columns, test_path=test_path)


def load_npz(path: str | PathLike[str]) -> Dataset:
    """An ``.npz`` file with keys inputs/targets or Keras' x_train/y_train (+ tests)."""
    from playground.engine import dataset_files

    return dataset_files.load_npz(path)


def load_file(path: str | PathLike[str], **params: object) -> Dataset:
    """A ``.csv`` (with :func:`load_csv`'s keyword parameters) or ``.npz`` file."""
    from playground.engine import dataset_files

    return dataset_files.load_file(path, **params)
