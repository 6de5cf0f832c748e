"""``playground-cli grade REFERENCE STUDENT``: where a student's network file differs from a
reference, for a teacher.

    playground-cli grade REFERENCE STUDENT [--tolerance T] [--epochs N] [--json]

Compared, in this order: the structure (how many layers, each layer's ``units``, its
connections ``mask`` and ``train_bias``), each layer's ``activation``, the ``loss``
function, the ``optimizer`` (its name, then each hyper-parameter, defaults filled in), the
``training`` settings (batch size, shuffle, seed), every weight and bias, the loss E of the
weights as they are on the file's own training samples, and, when asked, the loss E both
networks reach after N epochs of training, each with its own file's optimizer and data.
``--epochs`` defaults to the reference lesson's ``epochs`` when the reference is a lesson,
else no training is compared (``--epochs 0``: none either). Weights and biases of a layer
whose shape differs are not compared: its ``units`` line says why.

Two numbers match when ``|student − reference| ≤ T · max(|reference|, |student|, 1e-6)``:
relative (T defaults to 1e-6; 0 asks for the very same number), and below 1e-6 in size a
difference of T · 1e-6 is taken as rounding. Two non-finite values match when they are the
same (both NaN: both diverged).

Text output: one line per difference, ``layers[2].weights[0][0] (h1 → o1): reference 0.4,
student 0.5``, then one verdict line. ``--json`` prints one object instead:

    match        true when no difference was found
    tolerance    T
    epochs       the epochs both were trained for the training comparison, or null
    differences  one object per difference, in the order above:
      path       the place as the file writes it: ``layers[2].weights[0][0]``,
                 ``layers[1].bias[0]``, ``layers[1].units``, ``layers[1].mask[0][1]``,
                 ``layers[2].activation``, ``layers`` (how many), ``loss``,
                 ``optimizer.learning_rate``, ``training.batch_size``; and ``E`` (the loss
                 of the weights as they are) or ``E after N epochs``
      names      the diagram's names of it (the reference's): ``h1 → o1`` for a weight or a
                 connection, ``o1`` for a bias, the layer's nodes ``h1 … h2`` for a layer,
                 "" for the file as a whole
      reference  the reference's value: a number, a name, true/false, or null when the
                 reference has no such thing; a non-finite number as "nan", "inf", "-inf"
      student    the student's value, the same way
      kind       "structure", "activation", "loss" (the loss function), "optimizer",
                 "training" (the training settings), "weight", "bias", "E" (the loss of
                 the weights as they are) or "trained" (the loss after N epochs)

Exit status: 0 they match, 1 they differ, 2 bad input (one ``error:`` line). No Qt.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from playground import io
from playground.engine import Network, optimizer_parameters
from playground.io import PlaygroundFile

EXIT_MATCH, EXIT_DIFFERENT = 0, 1
DEFAULT_TOLERANCE = 1e-6
SMALL = 1e-6  # below this size a difference of tolerance · SMALL is rounding
MAX_EPOCHS = 10_000_000
TRAIN_CHUNK = 10_000  # epochs per call: only one chunk's records are held
TRAINING_KEYS = ("batch_size", "shuffle", "seed")

Value = float | int | str | bool | None


@dataclass(frozen=True)
class Difference:
    """One place where the student's file differs from the reference (see the module's
    docstring for each field)."""

    path: str
    names: str
    reference: Value
    student: Value
    kind: str

    def line(self) -> str:
        where = f"{self.path} ({self.names})" if self.names else self.path
        return f"{where}: reference {_shown(self.reference)}, student {_shown(self.student)}"

    def to_json(self) -> dict:
        return {key: _json_value(value) for key, value in asdict(self).items()}


def add_commands(commands) -> None:
    """Add ``grade`` to the command line's subcommands."""
    grade = commands.add_parser(
        "grade",
        help="compare a student's network file with a reference (exit 1 if they differ)",
        description="Where a student's network file differs from a reference.\n"
        "Exit status 0 when they match, 1 when not, 2 on bad input.",
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    grade.add_argument("reference", metavar="REFERENCE", type=Path)
    grade.add_argument("student", metavar="STUDENT", type=Path)
    grade.add_argument(
        "--tolerance",
        metavar="T",
        type=_tolerance,
        default=DEFAULT_TOLERANCE,
        help=f"relative tolerance for numbers (default {DEFAULT_TOLERANCE:g}; 0: exact)",
    )
    grade.add_argument(
        "--epochs",
        metavar="N",
        type=_epochs,
        help="also train both N epochs and compare the loss reached (default: the reference "
        "lesson's epochs, else none; 0: none)",
    )
    grade.add_argument("--json", action="store_true", help="print JSON (described below)")
    grade.set_defaults(command=run_grade)


def _tolerance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"expected a number from 0, got {text!r}")
    return value


def _epochs(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 30 else None
    if value is None or value > MAX_EPOCHS:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of epochs from 0 to {MAX_EPOCHS:,}, got {text!r}"
        )
    return value


# -- the command ------------------------------------------------------------------------------


def run_grade(args: argparse.Namespace) -> int:
    from playground.cli import printable  # cli imports this module: import it when run

    reference, student = _load(args, args.reference), _load(args, args.student)
    epochs = args.epochs
    if epochs is None:
        lesson = reference.file.lesson
        epochs = lesson.epochs if lesson is not None and lesson.epochs > 0 else 0
    differences = compare(reference.file, student.file, tolerance=args.tolerance)
    differences += _losses(reference, student, tolerance=args.tolerance, epochs=epochs)
    match = not differences
    if args.json:
        result = {
            "match": match,
            "tolerance": args.tolerance,
            "epochs": epochs or None,
            "differences": [d.to_json() for d in differences],
        }
        print(json.dumps(result, ensure_ascii=False, allow_nan=False))
    else:
        lines = [d.line() for d in differences] + [_verdict(args, differences, epochs)]
        print("\n".join(printable(line) for line in lines))
    return EXIT_MATCH if match else EXIT_DIFFERENT


@dataclass
class _Loaded:
    file: PlaygroundFile
    trainer: object  # the file's Trainer: it trains the file's network in place


def _load(args: argparse.Namespace, path: Path) -> _Loaded:
    args.file = path  # the command line names this file in an error
    pf = io.load(path)
    return _Loaded(pf, pf.make_trainer())


def _verdict(args: argparse.Namespace, differences: list[Difference], epochs: int) -> str:
    trained = f", and after {epochs:,} epochs of training" if epochs else ""
    if not differences:
        return (
            f"match: {args.student} is {args.reference} within a relative "
            f"{args.tolerance:g}{trained}"
        )
    count = len(differences)
    return f"{count} difference{'' if count == 1 else 's'}: {args.student} is not {args.reference}"


# -- comparing --------------------------------------------------------------------------------


def compare(reference: PlaygroundFile, student: PlaygroundFile, *, tolerance: float) -> list:
    """Every difference of the two files' networks and settings, as :class:`Difference`."""
    found: list[Difference] = []
    _networks(reference.network, student.network, tolerance, found)
    _optimizers(reference.optimizer, student.optimizer, tolerance, found)
    for key in TRAINING_KEYS:
        r, s = getattr(reference.training, key), getattr(student.training, key)
        if r != s:
            found.append(Difference(f"training.{key}", "", r, s, "training"))
    _parameters(reference.network, student.network, tolerance, found)
    return found


def _networks(ref: Network, stu: Network, tolerance: float, found: list) -> None:
    r_sizes, s_sizes = ref.layer_sizes, stu.layer_sizes
    if len(r_sizes) != len(s_sizes):
        found.append(Difference("layers", "", len(r_sizes), len(s_sizes), "structure"))
    for k in range(min(len(r_sizes), len(s_sizes))):
        if r_sizes[k] != s_sizes[k]:
            names = _layer_names(ref, k)
            found.append(
                Difference(f"layers[{k}].units", names, r_sizes[k], s_sizes[k], "structure")
            )
    for k, (a, b) in enumerate(zip(ref.layers, stu.layers), 1):  # noqa: B905 (may differ)
        names = _layer_names(ref, k)
        if a.activation != b.activation:
            found.append(Difference(f"layers[{k}].activation", names, a.activation, b.activation,
                                    "activation"))  # fmt: skip
        if a.train_bias != b.train_bias:
            found.append(Difference(f"layers[{k}].train_bias", names, a.train_bias, b.train_bias,
                                    "structure"))  # fmt: skip
        if a.mask.shape == b.mask.shape:
            for i, j in np.argwhere(a.mask != b.mask):
                name, r, s = _edge_name(ref, k, i, j), int(a.mask[i, j]), int(b.mask[i, j])
                found.append(Difference(f"layers[{k}].mask[{i}][{j}]", name, r, s, "structure"))
    if ref.loss != stu.loss:
        found.append(Difference("loss", "", ref.loss, stu.loss, "loss"))


def _optimizers(ref: dict, stu: dict, tolerance: float, found: list) -> None:
    r_name, s_name = ref.get("name"), stu.get("name")
    if r_name != s_name:
        found.append(Difference("optimizer.name", "", r_name, s_name, "optimizer"))
        return
    for key, default in optimizer_parameters(r_name).items():
        r, s = ref.get(key, default), stu.get(key, default)
        same = r == s if isinstance(r, bool) or isinstance(s, bool) else close(r, s, tolerance)
        if not same:
            found.append(Difference(f"optimizer.{key}", "", r, s, "optimizer"))


def _parameters(ref: Network, stu: Network, tolerance: float, found: list) -> None:
    """Weights of the connections both have, and biases, of layers of the same shape."""
    for k, (a, b) in enumerate(zip(ref.layers, stu.layers), 1):  # noqa: B905 (may differ)
        if a.weights.shape != b.weights.shape:
            continue
        both = (a.mask != 0) & (b.mask != 0)
        for i, j in np.argwhere(both):
            r, s = float(a.weights[i, j]), float(b.weights[i, j])
            if not close(r, s, tolerance):
                found.append(Difference(f"layers[{k}].weights[{i}][{j}]",
                                        _edge_name(ref, k, i, j), r, s, "weight"))  # fmt: skip
        for j in range(a.units):
            r, s = float(a.bias[j]), float(b.bias[j])
            if not close(r, s, tolerance):
                found.append(Difference(f"layers[{k}].bias[{j}]", ref.node_label(k, j), r, s,
                                        "bias"))  # fmt: skip


def _losses(reference: _Loaded, student: _Loaded, *, tolerance: float, epochs: int) -> list:
    """E of the weights as they are; then, when ``epochs``, E after training both."""
    found = []
    r, s = _loss_now(reference.trainer), _loss_now(student.trainer)
    if not close(r, s, tolerance):
        found.append(Difference("E", "", r, s, "E"))
    if epochs:
        r, s = _loss_after(reference.trainer, epochs), _loss_after(student.trainer, epochs)
        if not close(r, s, tolerance):
            found.append(Difference(f"E after {epochs} epochs", "", r, s, "trained"))
    return found


def _loss_now(trainer) -> float:
    with np.errstate(all="ignore"):
        return float(trainer.evaluate().loss)


def _loss_after(trainer, epochs: int) -> float:
    """The loss E on all training samples after ``epochs`` epochs (NaN once diverged)."""
    left = epochs
    with np.errstate(all="ignore"):
        while left > 0:
            history = trainer.train(min(left, TRAIN_CHUNK))
            left -= len(history.epochs)
            if history.stopped_because or not history.epochs:
                return math.nan
        return float(trainer.evaluate().loss)


def close(reference: float, student: float, tolerance: float) -> bool:
    """Whether two numbers match within the relative ``tolerance`` (see the module's doc)."""
    if not (math.isfinite(reference) and math.isfinite(student)):
        return repr(float(reference)) == repr(float(student))
    scale = max(abs(reference), abs(student), SMALL)
    return abs(student - reference) <= tolerance * scale


# -- names and values -------------------------------------------------------------------------


def _edge_name(network: Network, column: int, source: int, target: int) -> str:
    return f"{network.node_label(column - 1, source)} → {network.node_label(column, target)}"


def _layer_names(network: Network, column: int) -> str:
    """The diagram's names of a layer's nodes: ``h1``, or ``h1 … h4``; "" when the network
    has no such layer."""
    if column >= len(network.layer_sizes):
        return ""
    labels = network.node_labels(column)
    return labels[0] if len(labels) == 1 else f"{labels[0]} … {labels[-1]}"


def _shown(value: Value) -> str:
    if value is None:
        return "none"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _json_value(value: Value) -> Value:
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)  # "nan", "inf", "-inf": JSON has no such numbers
    return value
