"""The bundled lessons: find them, and check that the app reproduces the notes' numbers.

Shared by ``playground-cli lessons`` / ``lesson check`` and the window's lesson pane. No
Qt: a lesson is a network file (``playground.io``) trained by the engine.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground import io
from playground.engine import Network, accuracy
from playground.engine.datasets import Dataset
from playground.engine.messages import Message
from playground.engine.training import EpochRecord
from playground.io.lesson import Lesson, Published, Where
from playground.io.network_file import read_text
from playground.paths import resource_path

LESSONS_DIR = resource_path("lessons")


class LessonNotFound(ValueError):
    """No bundled lesson has that id (the command line reports it as bad input)."""


@dataclass(frozen=True)
class LessonEntry:
    """A bundled lesson as the Lessons menu and ``playground-cli lessons`` list it."""

    id: str
    title: str
    file: Path


def lesson_files(folder: Path = LESSONS_DIR) -> list[Path]:
    return sorted(folder.glob("*.json"))


def list_lessons(folder: Path = LESSONS_DIR, *, language: str = "en") -> list[LessonEntry]:
    """Every bundled lesson, in file-name order. Only each file's ``lesson`` id and title
    are read here (a menu is built at start-up); opening a lesson checks all of it."""
    entries = []
    for path in lesson_files(folder):
        try:
            lesson = json.loads(read_text(path))["lesson"]
            titles = lesson["title"]
            entries.append(LessonEntry(lesson["id"], titles.get(language) or titles["en"], path))
        except (ValueError, KeyError, TypeError, AttributeError):  # NetworkFileError too
            continue  # not a lesson: the suite's lesson checks say why
    return entries


def find_lesson(lesson_id: str, folder: Path = LESSONS_DIR) -> Path:
    path = folder / f"{lesson_id}.json"
    if not path.is_file():
        known = ", ".join(p.stem for p in lesson_files(folder))
        raise LessonNotFound(
            Message("no lesson {lesson_id!r} (known: {known})", lesson_id=lesson_id, known=known)
        )
    return path


# -- measuring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """What a number is measured on: a network, its data, and the epochs it trained."""

    network: Network
    dataset: Dataset
    epochs: list[EpochRecord]


def measure(where: Where, state: State) -> float | None:
    """The number ``where`` names in ``state``; None when it cannot be told (an epoch not
    trained or not recorded, accuracy of data that are not classes, no test data)."""
    network, data = state.network, state.dataset
    kind, at = where.kind, where.indices
    if kind == "weight":
        return float(network.layers[at[0] - 1].weights[at[1], at[2]])
    if kind == "bias":
        return float(network.layers[at[0] - 1].bias[at[1]])
    if kind in ("output", "test_output"):
        inputs = data.inputs if kind == "output" else data.test_inputs
        if inputs is None or at[0] >= inputs.shape[0]:
            return None
        return float(network.predict(inputs[at[0] : at[0] + 1])[0, at[1]])
    if kind in ("epoch_loss", "epoch_errors"):
        record = next((r for r in state.epochs if r.epoch == at[0]), None)
        if record is None:
            return None
        if kind == "epoch_loss":
            return float(record.loss)
        if record.accuracy is None:
            return None
        return float(round(data.n_samples * (1.0 - record.accuracy)))
    if kind == "loss":
        with np.errstate(all="ignore"):
            return float(network.backward(network.forward(data.inputs), data.targets).loss)
    if kind == "accuracy":
        return accuracy(network.predict(data.inputs), data.targets)
    if kind == "test_accuracy":
        if data.test_inputs is None:
            return None
        return accuracy(network.predict(data.test_inputs), data.test_targets)
    raise AssertionError(f"unknown kind {kind}")


def matches(published: Published, value: float | None) -> bool:
    """Whether the app's ``value`` equals the published one within its tolerance."""
    if value is None or not math.isfinite(value):
        return False
    return abs(value - published.value) <= published.tolerance


@dataclass(frozen=True)
class Checked:
    """One published number beside the app's."""

    published: Published
    epoch: int  # after how many epochs it was measured
    value: float | None

    @property
    def ok(self) -> bool:
        return matches(self.published, self.value)

    def line(self) -> str:
        p = self.published
        mark = "ok  " if self.ok else "FAIL"
        app = "–" if self.value is None else repr(self.value)
        return (
            f"{mark} {p.label} ({p.where.text}, epoch {self.epoch}): app {app}, "
            f"notes {p.value!r}, tolerance {p.tolerance:g}"
        )


def epoch_of(published: Published, lesson: Lesson) -> int:
    """After how many epochs ``published`` is measured."""
    if published.where.kind in ("epoch_loss", "epoch_errors"):
        return lesson.longest_run
    return lesson.epochs if published.after is None else published.after


def check(pf: io.PlaygroundFile) -> list[Checked]:
    """Train the lesson ``pf`` as the notes do and measure every published number at the
    epoch it belongs to (the file's network is trained in place)."""
    lesson = pf.lesson
    if lesson is None:
        return []
    trainer = pf.make_trainer()
    dataset = pf.dataset()
    wanted = sorted({epoch_of(p, lesson) for p in lesson.published})
    records: list[EpochRecord] = []
    results: dict[int, Checked] = {}
    for epoch in wanted:
        if epoch > trainer.epoch:
            records += trainer.train(epoch - trainer.epoch).epochs
        state = State(pf.network, dataset, records)
        for i, p in enumerate(lesson.published):
            if epoch_of(p, lesson) == epoch:
                results[i] = Checked(p, trainer.epoch, measure(p.where, state))
    return [results[i] for i in range(len(lesson.published))]
