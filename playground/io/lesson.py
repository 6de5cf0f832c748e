"""The ``lesson`` section of a network file: a worked example of the course notes.

A lesson is a network file with a ``lesson`` object: its id, title and text in English and
Korean, how many epochs the notes train, the numbers the notes publish (each with where it
is in the file's terms, its value and tolerance) and the notes' own code. It is read and
checked like every other section, and written back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playground.io import validation as v
from playground.io.validation import NetworkFileError, describe

LANGUAGES = ("en", "ko")
LESSON_KEYS = ("id", "title", "text", "epochs", "published", "code")
PUBLISHED_KEYS = ("label", "where", "value", "tolerance", "after", "note")
CODE_KEYS = ("title", "language", "source")
MAX_LESSON_EPOCHS = 1_000_000
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# What ``where`` may name (``layers`` count as in the file: layers[0] is the input layer).
WHERE_PATTERNS = {
    "weight": re.compile(r"layers\[(\d+)\]\.weights\[(\d+)\]\[(\d+)\]"),
    "bias": re.compile(r"layers\[(\d+)\]\.bias\[(\d+)\]"),
    "output": re.compile(r"outputs\[(\d+)\]\[(\d+)\]"),
    "test_output": re.compile(r"test_outputs\[(\d+)\]\[(\d+)\]"),
    "epoch_loss": re.compile(r"epoch_loss\[(\d+)\]"),
    "epoch_errors": re.compile(r"epoch_errors\[(\d+)\]"),
    "loss": re.compile(r"loss"),
    "accuracy": re.compile(r"accuracy"),
    "test_accuracy": re.compile(r"test_accuracy"),
}


@dataclass(frozen=True)
class Where:
    """A number in a trained network file: ``kind`` (a key of WHERE_PATTERNS) and its
    indices as written (file layers: 0 is the input layer; epochs from 1)."""

    kind: str
    indices: tuple[int, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Published:
    """A number the course notes print, and where the app computes the same number."""

    label: str
    where: Where
    value: float
    tolerance: float
    after: int | None = None  # epochs of training before measuring; None: the lesson's
    note: str = ""


@dataclass(frozen=True)
class Code:
    """The notes' own code for the example (shown, never run)."""

    title: str
    language: str
    source: str


@dataclass(frozen=True)
class Lesson:
    """A worked example: texts by language code, the notes' epochs, numbers and code."""

    id: str
    title: dict[str, str]
    text: dict[str, str]
    epochs: int
    published: tuple[Published, ...] = ()
    code: tuple[Code, ...] = field(default_factory=tuple)

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]

    def text_in(self, language: str) -> str:
        return self.text.get(language) or self.text["en"]

    @property
    def longest_run(self) -> int:
        """The most epochs any of its numbers needs."""
        return max([self.epochs, *(p.after for p in self.published if p.after is not None)])


def parse_where(value: object, place: str) -> Where:
    text = v.text(value, place)
    for kind, pattern in WHERE_PATTERNS.items():
        match = pattern.fullmatch(text)
        if match:
            return Where(kind, tuple(int(g) for g in match.groups()), text)
    raise NetworkFileError(
        place,
        f"{describe(text)} names no number (known: layers[L].weights[i][j], "
        "layers[L].bias[j], outputs[s][k], test_outputs[s][k], loss, epoch_loss[e], "
        "epoch_errors[e], "
        "accuracy, test_accuracy)",
    )


def read_lesson(value: object, *, layer_sizes: list[int]) -> Lesson:
    """The ``lesson`` object, checked; ``layer_sizes`` (the file's, inputs first) bound the
    layers, weights and biases its numbers may name."""
    spec = v.obj(value, "lesson", known=LESSON_KEYS, required=("id", "title", "text"))
    lesson_id = v.text(spec["id"], "lesson.id")
    if not ID_PATTERN.fullmatch(lesson_id):
        raise NetworkFileError(
            "lesson.id", f"{describe(lesson_id)}: use lowercase letters, digits and '-'"
        )
    published = spec.get("published", [])
    if not isinstance(published, list):
        raise NetworkFileError(
            "lesson.published", f"expected a list […], got {describe(published)}"
        )
    code = spec.get("code", [])
    if not isinstance(code, list):
        raise NetworkFileError("lesson.code", f"expected a list […], got {describe(code)}")
    return Lesson(
        id=lesson_id,
        title=_texts(spec["title"], "lesson.title"),
        text=_texts(spec["text"], "lesson.text"),
        epochs=v.whole(spec.get("epochs", 0), "lesson.epochs", high=MAX_LESSON_EPOCHS),
        published=tuple(
            _published(item, f"lesson.published[{i}]", layer_sizes)
            for i, item in enumerate(published)
        ),
        code=tuple(_code(item, f"lesson.code[{i}]") for i, item in enumerate(code)),
    )


def _texts(value: object, place: str) -> dict[str, str]:
    spec = v.obj(value, place, known=LANGUAGES, required=("en",))
    return {language: v.text(spec[language], f"{place}.{language}") for language in spec}


def _published(value: object, place: str, layer_sizes: list[int]) -> Published:
    spec = v.obj(value, place, known=PUBLISHED_KEYS, required=("label", "where", "value"))
    where = parse_where(spec["where"], f"{place}.where")
    _check_in_range(where, f"{place}.where", layer_sizes)
    tolerance = v.number(spec.get("tolerance", 0.0), f"{place}.tolerance")
    if tolerance < 0:
        raise NetworkFileError(f"{place}.tolerance", f"must not be negative, got {tolerance}")
    after = spec.get("after")
    return Published(
        label=v.text(spec["label"], f"{place}.label"),
        where=where,
        value=v.number(spec["value"], f"{place}.value"),
        tolerance=tolerance,
        after=None if after is None else v.whole(after, f"{place}.after", high=MAX_LESSON_EPOCHS),
        note=v.text(spec.get("note", ""), f"{place}.note"),
    )


def _check_in_range(where: Where, place: str, layer_sizes: list[int]) -> None:
    """Refuse a layer, weight or bias index the network does not have."""
    if where.kind not in ("weight", "bias"):
        if where.kind in ("epoch_loss", "epoch_errors") and where.indices[0] < 1:
            raise NetworkFileError(place, "epochs count from 1")
        if where.kind in ("output", "test_output") and where.indices[1] >= layer_sizes[-1]:
            raise NetworkFileError(place, f"the output layer has {layer_sizes[-1]} units")
        return
    layer = where.indices[0]
    if not 1 <= layer < len(layer_sizes):
        raise NetworkFileError(place, f"layers[{layer}]: no such layer with weights")
    limits = (layer_sizes[layer - 1], layer_sizes[layer])
    if where.kind == "bias":
        limits = limits[1:]
    for index, limit in zip(where.indices[1:], limits, strict=True):
        if index >= limit:
            raise NetworkFileError(place, f"index {index} is out of range (0..{limit - 1})")


def _code(value: object, place: str) -> Code:
    spec = v.obj(value, place, known=CODE_KEYS, required=("source",))
    return Code(
        title=v.text(spec.get("title", ""), f"{place}.title"),
        language=v.text(spec.get("language", "python"), f"{place}.language"),
        source=v.text(spec["source"], f"{place}.source"),
    )


def lesson_to_json(lesson: Lesson) -> dict:
    """The ``lesson`` object as written in the file."""
    published = []
    for p in lesson.published:
        item = {"label": p.label, "where": p.where.text, "value": p.value}
        item["tolerance"] = p.tolerance
        if p.after is not None:
            item["after"] = p.after
        if p.note:
            item["note"] = p.note
        published.append(item)
    return {
        "id": lesson.id,
        "title": dict(lesson.title),
        "text": dict(lesson.text),
        "epochs": lesson.epochs,
        "published": published,
        "code": [
            {"title": c.title, "language": c.language, "source": c.source} for c in lesson.code
        ],
    }
