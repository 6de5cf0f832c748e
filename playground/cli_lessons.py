"""``playground-cli lessons`` and ``playground-cli lesson check ID``: the bundled lessons.

playground-cli lessons [--json]        every lesson: id, title, file
playground-cli lesson check ID         train it as the notes do; exit 1 if a number
                                       differs from the notes' by more than its tolerance
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from playground import io
from playground.engine.datasets import DataNotFound
from playground.io import validation
from playground.io.network_file import read_text
from playground.lessons import check, find_lesson, list_lessons

EXIT_OK, EXIT_FAILED = 0, 1


def add_commands(commands) -> None:
    """Add ``lessons`` and ``lesson`` to the command line's subcommands."""
    lessons = commands.add_parser("lessons", help="list the bundled lessons")
    lessons.add_argument("--json", action="store_true", help='print [{"id", "title", "file"}]')
    lessons.set_defaults(command=run_lessons)
    lesson = commands.add_parser("lesson", help="check a bundled lesson against the notes")
    actions = lesson.add_subparsers(title="actions", metavar="ACTION", required=True)
    check_parser = actions.add_parser(
        "check", help="train it for its epochs; exit 1 unless every number is the notes'"
    )
    check_parser.add_argument("id", metavar="ID")
    check_parser.set_defaults(command=run_lesson_check)


def run_lessons(args: argparse.Namespace) -> int:
    entries = list_lessons()
    if args.json:
        listed = [{"id": e.id, "title": e.title, "file": str(e.file)} for e in entries]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    else:
        width = max((len(e.id) for e in entries), default=0)
        for entry in entries:
            print(f"{entry.id:<{width}}  {entry.title}")
    return EXIT_OK


def run_lesson_check(args: argparse.Namespace) -> int:
    path = find_lesson(args.id)
    args.file = path  # an error in the file is reported with its name
    missing = _missing_data(path)
    if missing is not None:
        print(f"{args.id}: skipped: its data ({missing}) is not on this machine")
        return EXIT_OK
    results = check(io.load(path))
    for result in results:  # one line per number, nothing else: tools read them
        print(result.line())
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def _missing_data(path: Path) -> str | None:
    """The data a lesson needs that this machine lacks, or None: a data file, or a built-in
    found on the learner's machine (``mnist``) that is not on this one, with the places
    looked in. Decided by the engine's ``DataNotFound``, never by a message's words."""
    pf = io.from_dict(validation.parse_json(read_text(path)), base_dir=path.parent)
    for source in (pf.data, pf.test_data):
        if source is None:
            continue
        for file in source.files(pf.base_dir):
            if not file.is_file():
                return str(file)
        try:
            source.check_found()
        except DataNotFound as missing:
            return f"{missing.dataset}; looked in {', '.join(missing.places)}"
    return None
