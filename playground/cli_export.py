"""``playground-cli export FILE --to numpy|keras|pytorch [--epochs N] [--out script.py]``:
the network as a self-contained Python script (see :mod:`playground.export`).

Without ``--out`` the script goes to stdout; with it, the script is written (in one step)
and one line says so. The script trains for ``--epochs`` epochs, by default the lesson's
(else 1), and prints as its last line ``{"loss": L, "weights": [...], "biases": [...]}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playground.cli_files import check_regular_out
from playground.export import TARGETS, script_for
from playground.io import load
from playground.io.atomic import write_atomically

EXIT_OK = 0


class ExportOutError(ValueError):
    """An ``--out`` that export refuses to write (reported as one ``error:`` line, exit 2)."""


def add_commands(commands) -> None:
    """Add ``export`` to the command line's subcommands."""
    parser = commands.add_parser(
        "export", help="write a Python script that rebuilds and trains the network"
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument(
        "--to", metavar="LIBRARY", choices=TARGETS, required=True, help=" | ".join(TARGETS)
    )
    parser.add_argument(
        "--epochs",
        metavar="N",
        type=_epochs,
        help="epochs the script trains (default: the lesson's, else 1)",
    )
    parser.add_argument(
        "--out", metavar="SCRIPT", type=Path, help="write the script here (default: stdout)"
    )
    parser.set_defaults(command=run_export)


def _epochs(text: str) -> int:
    from playground.cli import _epoch_count  # the train command's rule; cli imports this module

    return _epoch_count(text)


def run_export(args: argparse.Namespace) -> int:
    pf = load(args.file)  # main reports a NetworkFileError with the file's name
    if args.out is not None:
        _check_out(args.out, args.file)
    source = script_for(pf, target=args.to, epochs=args.epochs)
    if args.out is None:
        print(source, end="")
        return EXIT_OK
    try:
        write_atomically(args.out, source)
    except OSError as exc:
        raise ExportOutError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {args.out} ({args.to})")
    return EXIT_OK


def _check_out(out: Path, source: Path) -> None:
    """Refuse an ``--out`` that is the network file itself, or anything but a new or
    regular file (a link, a folder, a device, a pipe)."""
    try:
        if out.exists() and out.samefile(source):
            raise ExportOutError(f"--out {out} is the network file; export never replaces it")
    except OSError as exc:
        raise ExportOutError(f"--out {out}: {exc.strerror or exc}") from None
    check_regular_out(out, command="export")
