"""The ``lesson`` section of a network file: a worked example of the course notes.

A lesson is a network file with a ``lesson`` object: its id, title and text in English and
Korean, how many epochs the notes train, the numbers the notes publish (each with where it
is in the file's terms, its value and tolerance), the notes' own code, and an optional
``quiz``: the values a learner computes by hand in lab mode, in the notes' order, and the
worksheet tasks the app checks on the learner's own network (docs/lab-mode.md). It is read
and checked like every other section, and written back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from playground.io import validation as v
from playground.io.validation import NetworkFileError, describe

if TYPE_CHECKING:
    from playground.engine import Network

LANGUAGES = ("en", "ko")
LESSON_KEYS = ("id", "title", "text", "epochs", "published", "code", "quiz")
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
    quiz: tuple[QuizAsk | QuizTask, ...] = ()

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


def read_lesson(value: object, *, layer_sizes: list[int], network: Network | None = None) -> Lesson:
    """The ``lesson`` object, checked; ``layer_sizes`` (the file's, inputs first) bound the
    layers, weights and biases its numbers may name, and ``network`` (when given) the node
    names and edges its quiz may ask about."""
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
        quiz=read_quiz(spec.get("quiz", []), network=network),
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
    written = {
        "id": lesson.id,
        "title": dict(lesson.title),
        "text": dict(lesson.text),
        "epochs": lesson.epochs,
        "published": published,
        "code": [
            {"title": c.title, "language": c.language, "source": c.source} for c in lesson.code
        ],
    }
    if lesson.quiz:
        written["quiz"] = [item.to_json() for item in lesson.quiz]
    return written


# -- the quiz: values asked in lab mode, and worksheet tasks ---------------------------------

MAX_QUIZ_ITEMS = 200
DEFAULT_QUIZ_TOLERANCE = 1e-3  # relative: |typed − true| ≤ tolerance · |true|
ASK_KEYS = ("ask", "node", "edge", "phase", "tolerance")
TASK_KEYS = ("task", "value", "within_epochs", "hidden_nodes", "text")


class Ask(Enum):
    """A value a learner computes by hand: a node's net, out or delta (∂E/∂net), the loss E,
    an edge's ∂E/∂w, or the edge's weight after the update (w⁺ = w − η·∂E/∂w)."""

    NET = "net"
    OUT = "out"
    DELTA = "delta"
    LOSS = "loss"
    GRAD = "grad"
    WEIGHT_AFTER_UPDATE = "weight_after_update"

    @property
    def on_node(self) -> bool:
        return self in (Ask.NET, Ask.OUT, Ask.DELTA)

    @property
    def on_edge(self) -> bool:
        return self in (Ask.GRAD, Ask.WEIGHT_AFTER_UPDATE)


class QuizPhase(Enum):
    """The pass after which a value is asked (and known)."""

    FORWARD = "forward"
    BACKWARD = "backward"
    UPDATE = "update"


PHASE_ORDER = (QuizPhase.FORWARD, QuizPhase.BACKWARD, QuizPhase.UPDATE)
EARLIEST_PHASE = {  # a value is known from this pass on
    Ask.NET: QuizPhase.FORWARD,
    Ask.OUT: QuizPhase.FORWARD,
    Ask.LOSS: QuizPhase.FORWARD,
    Ask.DELTA: QuizPhase.BACKWARD,
    Ask.GRAD: QuizPhase.BACKWARD,
    Ask.WEIGHT_AFTER_UPDATE: QuizPhase.UPDATE,
}


class TaskKind(Enum):
    """A worksheet condition on the learner's network, data and training record."""

    ACCURACY_AT_LEAST = "accuracy_at_least"  # accuracy ≥ value (within_epochs, hidden_nodes)
    LOSS_BELOW = "loss_below"  # loss E < value (within_epochs, hidden_nodes)
    DIVERGES = "diverges"  # Play stopped because the loss or a weight became NaN or ∞


TASK_NEEDS_VALUE = (TaskKind.ACCURACY_AT_LEAST, TaskKind.LOSS_BELOW)


@dataclass(frozen=True)
class QuizAsk:
    """One value asked: ``ask`` of ``node`` (a node's name) or ``edge`` (source, target
    names), or the loss; asked after ``phase``; right within the relative ``tolerance``."""

    ask: Ask
    node: str | None = None
    edge: tuple[str, str] | None = None
    phase: QuizPhase = QuizPhase.FORWARD
    tolerance: float = DEFAULT_QUIZ_TOLERANCE

    def to_json(self) -> dict:
        item: dict = {"ask": self.ask.value}
        if self.node is not None:
            item["node"] = self.node
        if self.edge is not None:
            item["edge"] = list(self.edge)
        item["phase"] = self.phase.value
        if self.tolerance != DEFAULT_QUIZ_TOLERANCE:
            item["tolerance"] = self.tolerance
        return item


@dataclass(frozen=True)
class QuizTask:
    """One worksheet task: a condition the app checks live on the learner's own run.
    ``text`` (by language) says it in words; without it the app words it itself."""

    kind: TaskKind
    value: float | None = None
    within_epochs: int | None = None
    hidden_nodes: int | None = None
    text: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        item: dict = {"task": self.kind.value}
        for key in ("value", "within_epochs", "hidden_nodes"):
            if getattr(self, key) is not None:
                item[key] = getattr(self, key)
        if self.text:
            item["text"] = dict(self.text)
        return item


def read_quiz(value: object, *, network: Network | None = None) -> tuple:
    """The ``quiz`` list, checked: each item an ask (``{"ask": "net", "node": "h1"}``) or a
    task (``{"task": "diverges"}``). With ``network``, node names and edges must be its."""
    if not isinstance(value, list):
        raise NetworkFileError("lesson.quiz", f"expected a list […], got {describe(value)}")
    if len(value) > MAX_QUIZ_ITEMS:
        raise NetworkFileError("lesson.quiz", f"at most {MAX_QUIZ_ITEMS} items, got {len(value)}")
    items = []
    for i, item in enumerate(value):
        place = f"lesson.quiz[{i}]"
        if isinstance(item, dict) and "task" in item:
            items.append(_task(item, place))
        else:
            items.append(_ask(item, place, network))
    return tuple(items)


def _ask(value: object, place: str, network: Network | None) -> QuizAsk:
    spec = v.obj(value, place, known=ASK_KEYS, required=("ask",))
    ask = Ask(v.choice(spec["ask"], f"{place}.ask", [a.value for a in Ask]))
    earliest = EARLIEST_PHASE[ask]
    phase = QuizPhase(
        v.choice(spec.get("phase", earliest.value), f"{place}.phase", [p.value for p in QuizPhase])
    )
    if PHASE_ORDER.index(phase) < PHASE_ORDER.index(earliest):
        raise NetworkFileError(
            f"{place}.phase", f"{ask.value} is known only after {earliest.value}, not {phase.value}"
        )
    node = edge = None
    if ask.on_node:
        node = v.text(spec.get("node"), f"{place}.node") if "node" in spec else None
        if node is None:
            raise NetworkFileError(f"{place}.node", f"missing: {ask.value} asks about a node")
        _check_node(node, f"{place}.node", network)
    elif ask.on_edge:
        edge = _edge(spec.get("edge"), f"{place}.edge", ask, network)
    for key, wanted in (("node", ask.on_node), ("edge", ask.on_edge)):
        if key in spec and not wanted:
            raise NetworkFileError(f"{place}.{key}", f"{ask.value} does not take a {key}")
    tolerance = v.number(spec.get("tolerance", DEFAULT_QUIZ_TOLERANCE), f"{place}.tolerance")
    if not 0 < tolerance <= 1:
        raise NetworkFileError(
            f"{place}.tolerance", f"a relative tolerance from 0 (excluded) to 1, got {tolerance}"
        )
    return QuizAsk(ask, node, edge, phase, tolerance)


def _edge(value: object, place: str, ask: Ask, network: Network | None) -> tuple[str, str]:
    if value is None:
        raise NetworkFileError(place, f"missing: {ask.value} asks about an edge [source, target]")
    if not isinstance(value, list) or len(value) != 2:
        raise NetworkFileError(place, f"expected [source, target] names, got {describe(value)}")
    source = v.text(value[0], f"{place}[0]")
    target = v.text(value[1], f"{place}[1]")
    if network is None:
        return source, target
    column, i = _find_node(source, f"{place}[0]", network, inputs=True)
    after, j = _find_node(target, f"{place}[1]", network, inputs=False)
    if after != column + 1 or not network.layers[after - 1].mask[i, j]:
        raise NetworkFileError(place, f"no edge {source} → {target} in the network")
    return source, target


def _check_node(name: str, place: str, network: Network | None) -> None:
    if network is not None:
        _find_node(name, place, network, inputs=False)


def _find_node(name: str, place: str, network: Network, *, inputs: bool) -> tuple[int, int]:
    """(column, index) of the one node called ``name`` (an input only when ``inputs``)."""
    first = 0 if inputs else 1
    found = [
        (column, index)
        for column in range(first, len(network.layers) + 1)
        for index, label in enumerate(network.node_labels(column))
        if label == name
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise NetworkFileError(place, f"{len(found)} nodes are called {describe(name)}")
    names = [
        label for column in range(first, len(network.layers) + 1)
        for label in network.node_labels(column)
    ]  # fmt: skip
    shown = ", ".join(names[:20]) + (", …" if len(names) > 20 else "")
    kind = "node" if inputs else "node with a net input"
    raise NetworkFileError(place, f"no {kind} called {describe(name)} (known: {shown})")


def _task(value: dict, place: str) -> QuizTask:
    spec = v.obj(value, place, known=TASK_KEYS, required=("task",))
    kind = TaskKind(v.choice(spec["task"], f"{place}.task", [t.value for t in TaskKind]))
    number = None
    if kind in TASK_NEEDS_VALUE:
        if "value" not in spec:
            raise NetworkFileError(f"{place}.value", f"missing: {kind.value} needs a value")
        number = v.number(spec["value"], f"{place}.value")
        if kind is TaskKind.ACCURACY_AT_LEAST and not 0 <= number <= 1:
            raise NetworkFileError(f"{place}.value", f"an accuracy from 0 to 1, got {number}")
        if kind is TaskKind.LOSS_BELOW and number <= 0:
            raise NetworkFileError(f"{place}.value", f"a loss above 0, got {number}")
    elif "value" in spec:
        raise NetworkFileError(f"{place}.value", f"{kind.value} takes no value")
    within = spec.get("within_epochs")
    hidden = spec.get("hidden_nodes")
    return QuizTask(
        kind=kind,
        value=number,
        within_epochs=None
        if within is None
        else v.whole(within, f"{place}.within_epochs", low=1, high=MAX_LESSON_EPOCHS),
        hidden_nodes=None if hidden is None else v.whole(hidden, f"{place}.hidden_nodes"),
        text=_texts(spec["text"], f"{place}.text") if "text" in spec else {},
    )
