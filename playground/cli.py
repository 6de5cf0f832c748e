"""playground-cli: trace, train, check and describe a network file, without the window.

    playground-cli trace FILE [--sample I] [--json]    one forward and backward pass
    playground-cli train FILE --epochs N [--out FILE2] [--json]
    playground-cli check FILE                          gradient check (exit 1 if it fails)
    playground-cli info FILE                           what the file holds
    playground-cli explain FILE --param P [--sample I] [--json]   ∂E/∂P by the chain rule
    playground-cli lessons [--json]                    the bundled lessons
    playground-cli lesson check ID                     the notes' numbers (exit 1 if not)
    playground-cli export FILE --to numpy|keras|pytorch [--epochs N] [--out SCRIPT]   a script
    playground-cli grade REF STUDENT [--tolerance T] [--epochs N] [--json]   exit 1 if they differ

Exit status: 0 done, 1 the check failed or training diverged, 2 bad input (a missing or
malformed file, a bad option); every error is one ``error: ...`` line on stderr. This
module uses the engine and the file format only: it never loads Qt or a plotting library.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

from playground.cli_export import add_commands as add_export_commands
from playground.cli_files import check_regular_out
from playground.cli_grade import add_commands as add_grade_commands
from playground.cli_lessons import add_commands as add_lesson_commands
from playground.engine import EngineError, Trace, accuracy, check_gradients
from playground.engine.chain_rule import Explanation, Param, explain
from playground.engine.datasets import Dataset
from playground.engine.history import DecimatedSeries
from playground.io import NetworkFileError, PlaygroundFile, load, save, to_dict
from playground.io.validation import parse_json, plural, table

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
GRADIENT_TOLERANCE = 1e-6
MAX_EPOCHS = 10**9  # train --epochs at most this many
SHOWN_SAMPLES = 10  # text output lists at most this many samples; --json gives them all


class CommandError(Exception):
    """Bad input found by a command: reported as one ``error:`` line, exit status 2."""


class _UsageError(Exception):
    """What argparse would print before exiting."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and status 2, not usage + message
        raise _UsageError(message)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except SystemExit as exc:  # --help and --version exit through argparse
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        return args.command(args)
    except CommandError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except NetworkFileError as exc:
        return _fail(f"{args.file}: {exc}", EXIT_BAD_INPUT)
    except (EngineError, ValueError) as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except BrokenPipeError:  # the reader left (``| head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback
        return _fail(f"unexpected {type(exc).__name__}: {exc} (please report this)", EXIT_BAD_INPUT)


def _fail(message: str, status: int) -> int:
    message = " ".join(re.split(r"[ \t\n]+", message.strip(" \t\n")))
    print("error: " + printable(message), file=sys.stderr)
    return status


_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def printable(text: str) -> str:
    """``text`` safe for a terminal: every control character (ESC, CR, LF, BEL, NUL, ...),
    line separator and bidirectional override written as a ``\\xNN`` or ``\\uNNNN``
    escape, so a name or label in a file can neither move the cursor nor recolour the
    screen. Every line of text output and every error line passes through here."""
    if text.isprintable():
        return text
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char == " " or not (
        unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI_CONTROLS
    ):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _print_lines(lines: list[str]) -> None:
    """Text output, one line per item, each made :func:`printable`."""
    print("\n".join(printable(line) for line in lines))


def build_parser() -> argparse.ArgumentParser:
    from playground import __version__

    parser = _Parser(prog="playground-cli", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    trace = commands.add_parser("trace", help="one forward and backward pass, weights unchanged")
    trace.add_argument("file", metavar="FILE", type=Path)
    trace.add_argument("--sample", metavar="I", type=_sample_index, help="one sample (0-based)")
    trace.add_argument("--json", action="store_true", help="print JSON")
    trace.set_defaults(command=run_trace)
    train = commands.add_parser("train", help="train with the file's optimizer and settings")
    train.add_argument("file", metavar="FILE", type=Path)
    train.add_argument(
        "--epochs",
        metavar="N",
        type=_epoch_count,
        required=True,
        help=f"epochs to train, 1 to {MAX_EPOCHS:,}; memory stays bounded however many "
        f"(trains {TRAIN_CHUNK:,} epochs at a time, keeps about {HISTORY_POINTS} history points)",
    )
    train.add_argument(
        "--out",
        metavar="FILE2",
        type=Path,
        help="write the trained network (a new or regular file; not FILE or its data)",
    )
    train.add_argument("--json", action="store_true", help="print JSON")
    train.set_defaults(command=run_train)
    check = commands.add_parser("check", help="compare backprop's gradients with finite ones")
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(command=run_check)
    info = commands.add_parser("info", help="describe the network, its training and its data")
    info.add_argument("file", metavar="FILE", type=Path)
    info.set_defaults(command=run_info)
    predict = commands.add_parser("predict", help="the network's outputs for given inputs")
    predict.add_argument("file", metavar="FILE", type=Path)
    predict.add_argument(
        "--inputs", metavar="ROWS", required=True, help="JSON rows, e.g. '[[3.5], [5]]'"
    )
    predict.add_argument("--json", action="store_true", help='print {"inputs", "outputs"}')
    predict.set_defaults(command=run_predict)
    add_explain(commands)
    add_lesson_commands(commands)
    add_export_commands(commands)
    add_grade_commands(commands)
    return parser


def _whole(text: str, *, low: int, what: str, high: int | None = None) -> int:
    """``text`` as a whole number from ``low`` (to ``high``): ASCII digits only, so neither
    ``١٠`` nor ``1_000`` nor `` 7 `` passes as a number."""
    digits = text.isascii() and text.isdigit() and len(text) <= 30
    value = int(text) if digits else None
    if value is None or value < low or (high is not None and value > high):
        bound = f"from {low}" if high is None else f"from {low} to {high:,}"
        raise argparse.ArgumentTypeError(f"expected {what} {bound}, got {text!r}")
    return value


def _epoch_count(text: str) -> int:
    return _whole(text, low=1, high=MAX_EPOCHS, what="a whole number of epochs")


def _sample_index(text: str) -> int:
    return _whole(text, low=0, what="a sample number")


# --- trace ---------------------------------------------------------------------------------


def run_trace(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    dataset = pf.dataset()
    rows = np.arange(dataset.n_samples)
    if args.sample is not None:
        if args.sample >= dataset.n_samples:
            raise CommandError(
                f"--sample {args.sample} is out of range: the training data has "
                f"{dataset.n_samples} samples (0 to {dataset.n_samples - 1})"
            )
        rows = rows[args.sample : args.sample + 1]
    with np.errstate(all="ignore"):
        trace = pf.network.backward(pf.network.forward(dataset.inputs[rows]), dataset.targets[rows])
    if args.json:
        _print_json(trace_to_json(trace))
    else:
        _print_lines(_trace_text(pf, trace, rows))
    return EXIT_OK


def trace_to_json(trace: Trace) -> dict:
    """A pass as ``--json`` prints it: one entry per non-input layer, rows are samples."""
    layers = [
        {
            "net": lt.net.tolist(),
            "out": lt.out.tolist(),
            "delta": lt.delta.tolist(),
            "grad_weights": lt.grad_weights.tolist(),
            "grad_bias": lt.grad_bias.tolist(),
        }
        for lt in trace.layers
    ]
    return {"loss": trace.loss, "outputs": trace.outputs.tolist(), "layers": layers}


def _trace_text(pf: PlaygroundFile, trace: Trace, rows: np.ndarray) -> list[str]:
    network = pf.network
    what = f"sample {rows[0]}" if len(rows) == 1 else f"all {len(rows)} training samples"
    lines = [f"{pf.name or 'network'}: forward and backward pass on {what} (weights unchanged)"]
    lines.append(f"loss E = {_num(trace.loss)}")
    previous = network.node_labels(0)
    for index, (layer, lt) in enumerate(zip(network.layers, trace.layers, strict=True), 1):
        names = network.node_labels(index)
        grid = [[f"layers[{index}]", layer.activation, *names]]
        for key in ("net", "out", "delta"):
            grid += _labelled(key, _sample_rows(rows, getattr(lt, key)))
        grid += _labelled("grad_weights", list(zip(previous, lt.grad_weights, strict=True)))
        grid += _labelled("grad_bias", [("", lt.grad_bias)])
        lines += ["", *_grid(grid, labels=2)]
        previous = names
    return lines


# --- train ---------------------------------------------------------------------------------


def run_train(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    if args.out is not None:
        _check_out(args.out, args.file, pf)
    trainer = pf.make_trainer()
    started = time.perf_counter()
    recorded = _train_recorded(trainer, args.epochs)
    elapsed = time.perf_counter() - started
    with np.errstate(all="ignore"):
        final = trainer.evaluate()
    last = recorded.last_loss
    if last is None or not math.isfinite(last) or not _finite(final):
        _fail(
            f"training diverged at epoch {trainer.epoch}: the loss is not finite "
            "(the learning rate is likely too high)",
            EXIT_FAILED,
        )
        return EXIT_FAILED
    result = {
        "epochs": trainer.epoch,
        "steps": trainer.steps,
        "loss": final.loss,
        "accuracy": accuracy(final.outputs, trainer.targets),
        "elapsed_seconds": elapsed,
        "outputs": final.outputs.tolist(),
        "network": to_dict(pf),
        "history": recorded.to_json(),
    }
    if args.out is not None:
        _save(pf, args.out)
    if args.json:
        _print_json(result)
    else:
        _print_lines(_train_text(pf, result, final, args.out))
    return EXIT_OK


HISTORY_POINTS = 1000  # train --json's history keeps at most about this many epochs
TRAIN_CHUNK = 10_000  # epochs per call: the records of one call are all that is held


class _Recorded:
    """Each epoch's loss and metrics as Keras' ``History`` holds them, thinned to at most
    about ``HISTORY_POINTS`` epochs (every k-th, and always the last), however long the run."""

    def __init__(self) -> None:
        self.series = {key: DecimatedSeries(HISTORY_POINTS) for key in ("loss", "accuracy", "mae")}
        self.last_loss: float | None = None

    def add(self, record) -> None:
        self.last_loss = record.loss
        for key in self.series:
            value = getattr(record, key)
            if value is not None:
                self.series[key].append(record.epoch, value)

    def to_json(self) -> dict:
        epochs, losses = self.series["loss"].data()
        history = {"epoch": [int(e) for e in epochs], "loss": losses.tolist()}
        for key in ("accuracy", "mae"):
            if len(self.series[key]) or self.series[key].last is not None:
                history[key] = self.series[key].data()[1].tolist()
        return history


def _train_recorded(trainer, epochs: int) -> _Recorded:
    """Train ``epochs`` epochs in chunks (a huge count holds no more than a chunk's records);
    stop early when the loss stops being finite."""
    recorded = _Recorded()
    left = epochs
    while left > 0:
        history = trainer.train(min(left, TRAIN_CHUNK))
        for record in history.epochs:
            recorded.add(record)
        left -= len(history.epochs)
        if history.stopped_because or not history.epochs:
            break
    return recorded


def _save(pf: PlaygroundFile, path: Path) -> None:
    try:
        save(pf, path)
    except NetworkFileError as exc:
        raise CommandError(f"{path}: {exc}") from None
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None


def _check_out(out: Path, source: Path, pf: PlaygroundFile) -> None:
    """Refuse an ``--out`` that is the input file, one of its data files, or something
    other than a new or regular file (a link, a folder, a device, a pipe)."""
    if _same_file(out, source):
        raise CommandError(f"--out {out} is the input file, which train never changes")
    check_regular_out(out, command="train")
    sources = [pf.data] if pf.test_data is None else [pf.data, pf.test_data]
    for data in sources:
        for path in data.files(pf.base_dir):
            if _same_file(out, path):
                raise CommandError(f"--out {out} is the network's data file {path}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.samefile(b)
    except OSError:
        return False


def _finite(trace: Trace) -> bool:
    return math.isfinite(trace.loss) and all(np.isfinite(lt.out).all() for lt in trace.layers)


def _train_text(pf: PlaygroundFile, result: dict, final: Trace, out: Path | None) -> list[str]:
    accuracy_text = "n/a (regression)" if result["accuracy"] is None else _num(result["accuracy"])
    lines = [
        f"{pf.name or 'network'}: trained {result['epochs']} epochs "
        f"({result['steps']} steps) in {result['elapsed_seconds']:.3g} s",
        *_pairs([("loss", _num(result["loss"])), ("accuracy", accuracy_text)]),
        "outputs on the training data after the last update:",
    ]
    names = pf.network.node_labels(len(pf.network.layers))
    samples = _sample_rows(np.arange(len(final.outputs)), final.outputs)
    lines += _grid([["sample", *names], *[row[1:] for row in _labelled("", samples)]], labels=1)
    if out is not None:
        lines.append(f"wrote {out}")
    return lines


# --- predict -------------------------------------------------------------------------------


def run_predict(args: argparse.Namespace) -> int:
    pf = load(args.file)
    inputs = _input_rows(args.inputs, pf.network.input_units)
    with np.errstate(all="ignore"):
        outputs = pf.network.predict(inputs)
    if args.json:
        _print_json({"inputs": inputs.tolist(), "outputs": outputs.tolist()})
        return EXIT_OK
    inputs_names = pf.network.node_labels(0)
    output_names = pf.network.node_labels(len(pf.network.layers))
    rows = [
        [*(_num(x) for x in i), *(_num(y) for y in o)] for i, o in zip(inputs, outputs, strict=True)
    ]
    _print_lines(_grid([[*inputs_names, *output_names], *rows], labels=0))
    return EXIT_OK


def _input_rows(text: str, width: int) -> np.ndarray:
    """``--inputs`` as a (rows, width) array of finite numbers, or a CommandError."""
    try:
        rows = table(parse_json(text), "--inputs")
    except NetworkFileError as exc:
        where = exc.place if exc.place.startswith("--inputs") else f"--inputs: {exc.place}"
        raise CommandError(f"{where}: {exc.problem}") from None
    if rows.shape[1] != width:
        raise CommandError(
            f"--inputs: rows of {plural(rows.shape[1], 'value')}, "
            f"the input layer has {plural(width, 'unit')}"
        )
    return rows


# --- check and info ------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    dataset = pf.dataset()
    with np.errstate(all="ignore"):
        result = check_gradients(pf.network, dataset.inputs, dataset.targets)
    if not result.checked:
        _print_lines(["no trainable parameters to check"])
        return EXIT_OK
    passed = result.passed(GRADIENT_TOLERANCE)
    verdict = "passed" if passed else "FAILED"
    _print_lines(
        _pairs(
            [
                ("largest relative error", f"{_num(result.max_relative_error)}"),
                ("at", result.where),
                ("parameters checked", str(result.checked)),
                ("samples", str(dataset.n_samples)),
                ("result", f"{verdict} (tolerance {GRADIENT_TOLERANCE:g})"),
            ]
        )
    )
    return EXIT_OK if passed else EXIT_FAILED


def run_info(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    dataset = pf.dataset()
    network = pf.network
    inputs = network.node_labels(0)
    layers = [f"input  {network.input_units} ({', '.join(inputs)})"]
    for index, layer in enumerate(network.layers, 1):
        count = int(layer.mask.sum()) + (layer.units if layer.train_bias else 0)
        notes = ("" if layer.train_bias else ", biases fixed") + (
            "" if layer.is_fully_connected else f", {int(layer.mask.sum())} edges"
        )
        layers.append(f"{index:<5}  {layer.units} {layer.activation}, {count} parameters{notes}")
    settings = pf.training
    batch = "full batch" if settings.batch_size is None else f"batches of {settings.batch_size}"
    shuffle = "shuffled" if settings.shuffle else "in order"
    optimizer = ", ".join(f"{k} {_value(x)}" for k, x in pf.optimizer.items() if k != "name")
    n_test = 0 if dataset.test_inputs is None else len(dataset.test_inputs)
    test_source = "none" if pf.test_data is None else pf.test_data.describe()
    pairs = [
        ("name", pf.name or "(none)"),
        ("layers", layers[0]),
        *[("", line) for line in layers[1:]],
        ("parameters", f"{network.parameter_count()} trainable"),
        ("loss", network.loss),
        ("optimizer", f"{pf.optimizer['name']}" + (f" ({optimizer})" if optimizer else "")),
        ("training", f"{batch}, {shuffle}, seed {settings.seed}"),
        ("data", f"{pf.data.describe()}: {_samples(dataset)}"),
        ("test data", f"{test_source}: {_plural(n_test, 'sample')}" if n_test else "none"),
    ]
    _print_lines(_pairs(pairs))
    return EXIT_OK


# --- explain -------------------------------------------------------------------------------


def add_explain(commands: argparse._SubParsersAction) -> None:
    """The ``explain`` subcommand: ∂E/∂ of one weight or bias by the chain rule, on one sample."""
    parser = commands.add_parser(
        "explain", help="∂E/∂ of one weight or bias as the chain rule, on one training sample"
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument(
        "--param",
        metavar="P",
        type=_param,
        required=True,
        help="layers[L].weights[i][j] or layers[L].bias[j]; L from 1 (layers[0] is the inputs)",
    )
    parser.add_argument(
        "--sample", metavar="I", type=_sample_index, default=0, help="the sample (0-based; 0)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(command=run_explain)


def _param(text: str) -> Param:
    try:
        return Param.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def run_explain(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    network, dataset = pf.network, pf.dataset()
    problem = args.param.problem(network)
    if problem:
        raise CommandError(f"--param {args.param}: {problem}")
    if args.sample >= dataset.n_samples:
        raise CommandError(
            f"--sample {args.sample} is out of range: the training data has "
            f"{dataset.n_samples} samples (0 to {dataset.n_samples - 1})"
        )
    rows = slice(args.sample, args.sample + 1)
    optimizer = pf.make_trainer().optimizer  # the file's optimizer, fresh
    with np.errstate(all="ignore"):
        trace = network.backward(network.forward(dataset.inputs[rows]), dataset.targets[rows])
        explanation = explain(network, trace, args.param, optimizer=optimizer)
    if args.json:
        _print_json(explanation_to_json(explanation, args.param.gradient(trace), args.sample))
    else:
        _print_lines(_explain_text(pf, explanation, args.param.gradient(trace), args.sample))
    return EXIT_OK


def explanation_to_json(explanation: Explanation, engine_gradient: float, sample: int) -> dict:
    """What ``explain --json`` prints: the explanation, the engine's own ∂E/∂ beside its
    sum of paths, and ``sample`` numbered as the training data numbers it."""
    result = explanation.to_json()
    return {
        "param": result["param"],
        "sample": sample,
        "symbolic": result["symbolic"],
        "paths": result["paths"],
        "gradient": result["gradient"],
        "engine_gradient": engine_gradient,
        "update": result["update"],
    }


def _explain_text(
    pf: PlaygroundFile, explanation: Explanation, engine_gradient: float, sample: int
) -> list[str]:
    e = explanation
    return [
        f"{pf.name or 'network'}: ∂E/∂{e.name} of {e.place} ({e.param}), "
        f"training sample {sample} alone (weights unchanged)",
        "",
        *e.to_text().split("\n"),
        "",
        f"the engine's backward pass: ∂E/∂{e.name} = {_num(engine_gradient)}",
    ]


# --- text and JSON -------------------------------------------------------------------------


def _num(value: float | None) -> str:
    """A number with up to 10 significant digits."""
    return "n/a" if value is None else f"{value:.10g}"


def _value(value: object) -> str:
    return _num(value) if isinstance(value, float) else json.dumps(value)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _samples(dataset: Dataset) -> str:
    return (
        f"{_plural(dataset.n_samples, 'sample')}, {_plural(dataset.n_inputs, 'input')} -> "
        f"{_plural(dataset.n_outputs, 'target')}, {dataset.task}"
    )


def _pairs(pairs: list[tuple[str, str]]) -> list[str]:
    width = max(len(key) for key, _ in pairs)
    return [f"{key:<{width}}  {value}" for key, value in pairs]


def _sample_rows(rows: np.ndarray, values: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """(sample number, values) for the first samples, and a note on how many are left out."""
    shown = [(str(row), line) for row, line in zip(rows, values, strict=True)][:SHOWN_SAMPLES]
    if len(rows) > SHOWN_SAMPLES:
        shown.append((f"(+{len(rows) - SHOWN_SAMPLES} more)", np.array([])))
    return shown


def _labelled(title: str, rows: list[tuple[str, np.ndarray]]) -> list[list[str]]:
    """Grid rows ``[title, row name, numbers...]``, the title on the first row only."""
    return [
        [title if n == 0 else "", name, *map(_num, values)] for n, (name, values) in enumerate(rows)
    ]


def _grid(rows: list[list[str]], *, labels: int) -> list[str]:
    """Text rows: ``labels`` left-aligned columns, then right-aligned columns of one width."""
    label_widths = [max(len(row[i]) for row in rows) for i in range(labels)]
    width = max((len(cell) for row in rows for cell in row[labels:]), default=0)
    return [
        (
            "  ".join(cell.ljust(w) for cell, w in zip(row[:labels], label_widths, strict=True))
            + "".join(f"  {cell:>{width}}" for cell in row[labels:])
        ).rstrip()
        for row in rows
    ]


def _jsonable(value: object) -> object:
    """``value`` with every non-finite float as null (JSON has no NaN)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def _print_json(value: object) -> None:
    print(json.dumps(_jsonable(value), ensure_ascii=False, allow_nan=False))


if __name__ == "__main__":
    sys.exit(main())
