"""Reading parsed JSON one value at a time, with messages that name the place and the problem.

Each reader takes a JSON value and its place in the file (``layers[1].weights``) and returns
the value as the playground uses it, or raises :class:`NetworkFileError`, whose message is
``"layers[1].weights: expected 2×2 numbers, got 2×3"``. Nothing here knows the network file's
layout; :mod:`playground.io.network_file` does.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence

import numpy as np

from playground.engine.messages import Message


class NetworkFileError(ValueError):
    """A network file the playground cannot read or write.

    ``place`` is where in the file (``layers[1].weights``, ``line 3, column 5``, or "" for the
    file as a whole) and ``problem`` what is wrong there; the message is ``place: problem``.
    """

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = problem
        super().__init__(
            Message("{place}: {problem}", place=place, problem=problem) if place else problem
        )


class _BadNumber:
    """A number token no float holds (NaN, Infinity, 1e999), kept so its place can be named."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token

    def problem(self) -> str:
        if self.token in ("NaN", "Infinity", "-Infinity"):
            return Message("{token} is not allowed: every number must be finite", token=self.token)
        return Message(
            "{token} is too large: every number must be finite (within ±1.8e308)",
            token=_clip(self.token),
        )


def _parse_float(token: str) -> float | _BadNumber:
    value = float(token)
    return value if math.isfinite(value) else _BadNumber(token)


def _parse_int(token: str) -> int | _BadNumber:
    # Python refuses integers past 4,300 digits with a ValueError; any past 309 overflows a
    # float anyway, so a long one is reported at its place like 1e999.
    return int(token) if len(token) <= 400 else _BadNumber(token)


MAX_DEPTH = 64  # nested [ ] and { }; the playground's own files nest 6 deep
_STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_TOKEN = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[\[\]{}]')
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


class _Duplicated(dict):
    """An object in which a key appears twice, kept so its place can be named."""

    duplicate = ""


def _object(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            break
        seen.add(key)
    result = _Duplicated(result)
    result.duplicate = key
    return result


def parse_json(text: str | bytes) -> object:
    """The JSON value in ``text``; NaN, Infinity, overflowing numbers, keys that appear twice
    and nesting deeper than MAX_DEPTH are refused by place."""
    _refuse_deep_nesting(text)
    try:
        value = json.loads(
            text,
            parse_constant=_BadNumber,
            parse_float=_parse_float,
            parse_int=_parse_int,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as exc:
        reason = exc.msg[:1].lower() + exc.msg[1:]
        raise NetworkFileError(
            Message("line {line}, column {column}", line=exc.lineno, column=exc.colno),
            Message("not valid JSON ({reason})", reason=reason),
        ) from None
    except RecursionError:
        raise NetworkFileError(
            "", Message("nested more than {depth} deep", depth=MAX_DEPTH)
        ) from None
    except ValueError as exc:  # undecodable bytes
        raise NetworkFileError("", Message("not valid JSON text ({exc})", exc=str(exc))) from None
    refuse_bad_numbers(value)
    return value


def _refuse_deep_nesting(text: str | bytes) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH before parsing it: later readers recurse.

    The brackets outside strings are counted with NumPy; only a refused text is walked
    again, token by token, to name the line and column of the bracket too many."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii")
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
    if not steps.size or int(np.cumsum(steps).max()) <= MAX_DEPTH:
        return
    depth = 0
    for token in _TOKEN.finditer(text):
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(token.group(), 0)
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, token.start()) + 1
            column = token.start() - (text.rfind("\n", 0, token.start()) + 1) + 1
            raise NetworkFileError(
                Message("line {line}, column {column}", line=line, column=column),
                Message(
                    "nested more than {depth} deep (the playground reads at most {depth} levels "
                    "of [ ] and {{ }})",
                    depth=MAX_DEPTH,
                ),
            )


def refuse_bad_numbers(value: object, place: str = "") -> None:
    """Raise at the first NaN, Infinity, overflowing number or repeated key in ``value``."""
    stack = [(value, place)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _BadNumber):
            raise NetworkFileError(where, item.problem())
        if isinstance(item, _Duplicated):
            raise NetworkFileError(
                where, Message("the key {quoted} appears twice", quoted=quoted(item.duplicate))
            )
        if isinstance(item, dict):
            children = [(v, join(where, k)) for k, v in item.items() if _needs_visit(v)]
        elif isinstance(item, list):
            children = [(v, f"{where}[{i}]") for i, v in enumerate(item) if _needs_visit(v)]
        else:
            continue
        stack.extend(reversed(children))


def _needs_visit(value: object) -> bool:
    return isinstance(value, dict | list | _BadNumber)


def join(place: str, key: str) -> str:
    """The place of ``key`` inside the object at ``place`` (a key that is no plain name, an
    escape sequence say, is quoted and escaped: a message never carries it raw)."""
    if not key.isprintable() or not key:
        return f"{place}[{key!r}]"
    return f"{place}.{key}" if place else key


_COUNTED = {
    "row": (Message("{count} row"), Message("{count} rows")),
    "value": (Message("{count} value"), Message("{count} values")),
    "unit": (Message("{count} unit"), Message("{count} units")),
    "node": (Message("{count} node"), Message("{count} nodes")),
    "input": (Message("{count} input"), Message("{count} inputs")),
    "target": (Message("{count} target"), Message("{count} targets")),
    "input value": (Message("{count} input value"), Message("{count} input values")),
    "target value": (Message("{count} target value"), Message("{count} target values")),
    "training row": (Message("{count} training row"), Message("{count} training rows")),
}
"""The counted words messages use, singular and plural, so that a window can translate them."""


def plural(count: int, word: str) -> str:
    """``1 row``, ``2 rows``."""
    forms = _COUNTED.get(word)
    if forms is None:
        return f"{count} {word}" + ("" if count == 1 else "s")
    return Message(forms[0] if count == 1 else forms[1], count=count)


def _clip(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 4] + "…"


def quoted(key: str) -> str:
    """A key or text as a message shows it: in double quotes, clipped, control characters
    escaped as JSON escapes them (never printed raw)."""
    return json.dumps(_clip(key, 40), ensure_ascii=False)


def describe(value: object) -> str:
    """A JSON value as a message shows it: true, null, 'text', 3.5, a list of 2, an object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return _clip(repr(value), 40)
    if isinstance(value, list):
        return Message("a list of {count}", count=len(value)) if value else Message("an empty list")
    if isinstance(value, dict):
        return Message("an object")
    return Message("a {type}", type=type(value).__name__)


def obj(value: object, place: str, *, known: Sequence[str], required: Sequence[str] = ()) -> dict:
    """``value`` as an object whose keys are all ``known`` and include every ``required``."""
    if not isinstance(value, dict):
        raise NetworkFileError(
            place, Message("expected an object {{…}}, got {got}", got=describe(value))
        )
    for key in value:
        if key not in known:
            raise NetworkFileError(
                join(place, key),
                Message("unknown key (known: {known})", known=", ".join(known)),
            )
    for key in required:
        if key not in value:
            raise NetworkFileError(join(place, key), Message("missing"))
    return value


def number(value: object, place: str) -> float:
    """A finite JSON number (not a boolean) as a float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise NetworkFileError(place, Message("expected a number, got {got}", got=describe(value)))
    try:
        result = float(value)
    except OverflowError:
        raise NetworkFileError(place, Message("{got} is too large", got=describe(value))) from None
    if not math.isfinite(result):
        raise NetworkFileError(place, Message("{got} is not a finite number", got=describe(value)))
    return result


def whole(value: object, place: str, *, low: int = 0, high: int | None = None) -> int:
    """A whole number from ``low`` to ``high`` (no upper bound when None)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise NetworkFileError(
            place,
            Message(
                "expected a whole number from {low}, got {got}",
                low=low,
                got=describe(value),
            ),
        )
    if high is not None and value > high:
        raise NetworkFileError(
            place,
            Message("expected at most {high}, got {got}", high=high, got=describe(value)),
        )
    return value


def boolean(value: object, place: str) -> bool:
    if not isinstance(value, bool):
        raise NetworkFileError(
            place, Message("expected true or false, got {got}", got=describe(value))
        )
    return value


def text(value: object, place: str) -> str:
    if not isinstance(value, str):
        raise NetworkFileError(place, Message("expected text, got {got}", got=describe(value)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: no file could hold it
        raise NetworkFileError(
            place,
            Message(
                "holds U+{code:04X} at position {start}, half of a character (a lone surrogate): "
                "not text",
                code=ord(value[error.start]),
                start=error.start,
            ),
        ) from None
    return value


def plain_text(value: object, place: str) -> str:
    """Text without control characters (tab is allowed): a name or label shown as it is."""
    result = text(value, place)
    found = _CONTROL.search(result)
    if found:
        raise NetworkFileError(
            place,
            Message(
                "holds the control character U+{code:04X} at position {position}; names and "
                "labels may hold no control characters but tab",
                code=ord(found.group()),
                position=found.start(),
            ),
        )
    return result


def choice(value: object, place: str, known: Sequence[str]) -> str:
    """One of the ``known`` names: ``unknown 'sigmod' (known: linear, sigmoid, …)``."""
    name = text(value, place)
    if name not in known:
        raise NetworkFileError(
            place,
            Message("unknown {name!r} (known: {known})", name=name, known=", ".join(known)),
        )
    return name


def labels(value: object, place: str, count: int) -> list[str]:
    """A list of ``count`` strings naming the nodes of a layer."""
    if not isinstance(value, list):
        raise NetworkFileError(
            place,
            Message(
                "expected a list of {count} labels, got {got}",
                count=count,
                got=describe(value),
            ),
        )
    if len(value) != count:
        raise NetworkFileError(
            place, Message("expected {count} labels, got {got}", count=count, got=len(value))
        )
    return [plain_text(item, f"{place}[{i}]") for i, item in enumerate(value)]


def vector(value: object, place: str, size: int) -> np.ndarray:
    """A list of ``size`` numbers as a float64 vector."""
    if not isinstance(value, list):
        raise NetworkFileError(
            place,
            Message("expected {size} numbers, got {got}", size=size, got=describe(value)),
        )
    if len(value) != size:
        raise NetworkFileError(
            place, Message("expected {size} numbers, got {count}", size=size, count=len(value))
        )
    return np.array([number(x, f"{place}[{i}]") for i, x in enumerate(value)], dtype=np.float64)


def matrix(value: object, place: str, rows: int, cols: int) -> np.ndarray:
    """``rows`` lists of ``cols`` numbers as a float64 matrix."""
    shape = _shape_text(value)
    if shape != f"{rows}×{cols}":
        raise NetworkFileError(
            place,
            Message(
                "expected {rows}×{cols} numbers, got {shape}", rows=rows, cols=cols, shape=shape
            ),
        )
    return _numbers(value, place)


def table(value: object, place: str) -> np.ndarray:
    """One or more rows of numbers, all as long as the first: samples of a dataset."""
    if not isinstance(value, list) or not value:
        raise NetworkFileError(
            place,
            Message("expected a list of rows, one per sample, got {got}", got=describe(value)),
        )
    width = None
    for i, row in enumerate(value):
        if not isinstance(row, list) or not row:
            raise NetworkFileError(
                f"{place}[{i}]",
                Message("expected a row of numbers, got {got}", got=describe(row)),
            )
        width = len(row) if width is None else width
        if len(row) != width:
            raise NetworkFileError(
                f"{place}[{i}]",
                Message(
                    "expected {width} numbers like the first row, got {count}",
                    width=width,
                    count=len(row),
                ),
            )
    return _numbers(value, place)


def _numbers(rows: list, place: str) -> np.ndarray:
    values = [
        [number(x, f"{place}[{i}][{j}]") for j, x in enumerate(row)] for i, row in enumerate(rows)
    ]
    return np.array(values, dtype=np.float64).reshape(len(rows), -1)


def _shape_text(value: object) -> str:
    """How a message describes the shape of something meant to be a matrix: ``2×3``."""
    if not isinstance(value, list) or not value:
        return describe(value)
    if not all(isinstance(row, list) for row in value):
        return Message("a list of {count} values, not of rows", count=len(value))
    widths = sorted({len(row) for row in value})
    if len(widths) == 1:
        return f"{len(value)}×{widths[0]}"
    return Message(
        "{count} rows of different lengths ({widths})",
        count=len(value),
        widths=", ".join(map(str, widths)),
    )
