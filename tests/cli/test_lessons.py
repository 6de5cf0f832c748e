"""``playground-cli lessons`` and ``lesson check``: every bundled lesson reproduces the
numbers its notes print (the suite runs the check for each one)."""

from __future__ import annotations

import json

import pytest

from playground.cli import main
from playground.lessons import LESSONS_DIR, lesson_files
from tests.cli.test_cli import assert_one_error_line, run

LESSON_IDS = [path.stem for path in lesson_files()]

# The lessons other tools open by id (issue 9's table): each must be shipped.
REQUIRED = {
    "keras-one-neuron",
    "keras-two-inputs",
    "error-surface-one-neuron",
    "keras-2-2-2-relu-sigmoid",
    "keras-2-2-2-relu-linear",
    "keras-2-2-2-relu-softmax",
    "classic-2-2-2",
    "perceptron-and",
    "perceptron-or",
    "perceptron-xor",
    "xor-gates",
    "xor-2-2-1",
    "xor-3-6-1-bias-column",
    "regression-2x",
    "regression-2x-plus-1",
    "seven-segment",
    "digits",
    "mnist-784-50-10",
    "fashion-mnist",
    "circle",
    "spiral",
}


def test_every_required_lesson_is_shipped():
    assert REQUIRED <= set(LESSON_IDS), sorted(REQUIRED - set(LESSON_IDS))


def test_lessons_json_lists_id_title_and_file(capsys):
    status, out, err = run(capsys, "lessons", "--json")
    assert status == 0 and err == ""
    listed = json.loads(out)
    assert [entry["id"] for entry in listed] == LESSON_IDS
    for entry in listed:
        assert set(entry) == {"id", "title", "file"} and entry["title"]
        assert entry["file"] == str(LESSONS_DIR / f"{entry['id']}.json")


def test_lessons_text_has_one_line_per_lesson(capsys):
    status, out, _ = run(capsys, "lessons")
    assert status == 0 and len(out.splitlines()) == len(LESSON_IDS)


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_each_lesson_reproduces_the_notes(capsys, lesson_id):
    status, out, err = run(capsys, "lesson", "check", lesson_id)
    assert status == 0, out + err
    lines = out.splitlines()
    if lines[0].startswith(f"{lesson_id}: skipped: "):  # its data is not on this machine
        assert len(lines) == 1
        return
    assert all(line.startswith("ok   ") for line in lines)  # one line per number
    assert len(lines) == len(json.loads((LESSONS_DIR / f"{lesson_id}.json").read_text())[
        "lesson"]["published"])  # fmt: skip


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_each_lesson_file_is_an_ordinary_network_file(capsys, lesson_id):
    from playground.cli_lessons import _missing_data

    if _missing_data(LESSONS_DIR / f"{lesson_id}.json") is not None:
        pytest.skip("its data set is not on this machine (lesson check says so, exit 0)")
    path = str(LESSONS_DIR / f"{lesson_id}.json")
    status, out, err = run(capsys, "info", path)
    assert status == 0, err
    assert main(["trace", path, "--json"]) == 0


def test_an_unknown_lesson_is_one_error_line(capsys):
    status, out, err = run(capsys, "lesson", "check", "no-such-lesson")
    assert status == 2 and out == ""
    assert_one_error_line(err)
    assert "no lesson 'no-such-lesson' (known: " in err
