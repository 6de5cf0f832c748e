"""Writing JSON for people and for exact numbers.

Objects are indented one key a line; a list of plain values stays on one line, so a weight
matrix reads as rows. Every float is written with Python's shortest round-trip ``repr``
(``0.30000000000000004``, ``5e-324``, ``-0.0``): reading the text back gives the same bits.
"""

from __future__ import annotations

import json
import math

from playground.engine.messages import Message
from playground.io.validation import NetworkFileError, join

INDENT = "  "


def format_json(value: object) -> str:
    """``value`` (dicts, lists, text, numbers, booleans, None) as JSON text ending in a newline.

    Raises :class:`NetworkFileError` naming the place of a non-finite number, a key that
    is not text, or a value JSON cannot hold.
    """
    parts: list[str] = []
    try:
        _write(value, "", 0, parts)
    except RecursionError:
        raise NetworkFileError("", Message("cannot be written: nested too deeply")) from None
    parts.append("\n")
    return "".join(parts)


def _write(value: object, place: str, level: int, out: list[str]) -> None:
    if isinstance(value, dict):
        _write_object(value, place, level, out)
    elif isinstance(value, list | tuple):
        _write_list(value, place, level, out)
    else:
        out.append(_scalar(value, place))


def _write_object(value: dict, place: str, level: int, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    pad = INDENT * (level + 1)
    out.append("{\n")
    for n, (key, item) in enumerate(value.items()):
        if not isinstance(key, str):
            raise NetworkFileError(
                join(place, str(key)), Message("cannot be written: keys must be text")
            )
        out.append(f"{pad}{json.dumps(key, ensure_ascii=False)}: ")
        _write(item, join(place, key), level + 1, out)
        out.append(",\n" if n < len(value) - 1 else "\n")
    out.append(INDENT * level + "}")


def _write_list(value: list | tuple, place: str, level: int, out: list[str]) -> None:
    if not any(isinstance(item, dict | list | tuple) for item in value):
        items = (_scalar(item, f"{place}[{i}]") for i, item in enumerate(value))
        out.append("[" + ", ".join(items) + "]")
        return
    pad = INDENT * (level + 1)
    out.append("[\n")
    for i, item in enumerate(value):
        out.append(pad)
        _write(item, f"{place}[{i}]", level + 1, out)
        out.append(",\n" if i < len(value) - 1 else "\n")
    out.append(INDENT * level + "]")


def _scalar(value: object, place: str) -> str:
    if value is None or isinstance(value, bool | str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NetworkFileError(
                place,
                Message(
                    "cannot be written: {value} is not a finite number (the file allows none)",
                    value=value,
                ),
            )
        return float.__repr__(value)
    raise NetworkFileError(
        place,
        Message("cannot be written: a {type} is not a JSON value", type=type(value).__name__),
    )
