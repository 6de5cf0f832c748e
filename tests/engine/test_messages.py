"""The engine's, the loader's and the document's messages are translatable Messages.

Each error below is raised with a ``Message`` whose template ``tools/update_translations.py``
collects (so the window can look it up in context ``Message``) and whose values, filled into
the template, give exactly the English text the learner reads today.
"""

from __future__ import annotations

import copy
import pickle
import sys
from pathlib import Path

import pytest

from playground.engine import EngineError, ParameterError, make_optimizer
from playground.engine.dataset_files import load_csv
from playground.engine.datasets import DatasetError
from playground.engine.messages import Message, message_of
from playground.io import NetworkFileError, loads
from playground.io.validation import MAX_DEPTH, parse_json

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import update_translations  # noqa: E402

TEMPLATES = set(update_translations.message_templates())


def assert_translatable(text: object) -> None:
    """``text`` is a Message whose template is collected and whose values (each itself
    translatable when it is a Message) fill the template into the very same English."""
    assert isinstance(text, Message), repr(text)
    assert text.template in TEMPLATES, text.template
    if text.values:
        assert text.template.format(**text.values) == str(text)
    else:
        assert text.template == str(text)
    for value in text.values.values():
        if isinstance(value, Message):
            assert_translatable(value)


def test_an_unknown_optimizer() -> None:
    with pytest.raises(EngineError) as info:
        make_optimizer("adamw")
    message = info.value.args[0]
    assert_translatable(message)
    assert message.template == "unknown optimizer {name!r} (known: {known})"
    assert message.values["name"] == "adamw"
    assert str(message).startswith("unknown optimizer 'adamw' (known: sgd, ")


def test_a_hyper_parameter_out_of_range_nests_its_parts() -> None:
    with pytest.raises(ParameterError) as info:
        make_optimizer("sgd", learning_rate=0)
    message = info.value.args[0]
    assert str(message) == "optimizer sgd: the learning rate must be greater than 0, got 0"
    assert_translatable(message)
    problem = message.values["problem"]
    assert problem.values["name"].template == "the learning rate"
    assert problem.values["rule"].template == "greater than {value}"


def test_a_file_that_is_not_json_names_its_line_and_column() -> None:
    with pytest.raises(NetworkFileError) as info:
        loads('{"format": 1,\n  oops}')
    message = info.value.args[0]
    assert str(message) == str(info.value)
    assert str(info.value).startswith("line 2, column 3: not valid JSON (")
    assert_translatable(message)
    assert message.template == "{place}: {problem}"
    assert message.values["place"].template == "line {line}, column {column}"


def test_a_bad_csv_cell(tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    path.write_text("x,y\n1,2\n3,abc\n", encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_csv(path)
    error = info.value
    assert str(error) == "cells.csv, row 3, column 2: 'abc' is not a number"
    assert_translatable(error.args[0])


def test_a_limit_exceeded() -> None:
    text = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(NetworkFileError) as info:
        parse_json(text)
    assert str(info.value) == (
        f"line 1, column {MAX_DEPTH + 1}: nested more than {MAX_DEPTH} deep "
        f"(the playground reads at most {MAX_DEPTH} levels of [ ] and {{ }})"
    )
    assert_translatable(info.value.args[0])
    assert_translatable(info.value.problem)


def test_an_edit_refused() -> None:
    from playground.document.edits import EditRefused, parse_number

    refused = parse_number(" 1,2,3 ")
    assert isinstance(refused, EditRefused)
    assert str(refused) == "'1,2,3' is not a number"
    assert_translatable(refused.message)


def test_an_error_passed_on_keeps_its_message() -> None:
    with pytest.raises(EngineError) as info:
        make_optimizer("adamw")
    assert message_of(info.value) is info.value.args[0]
    assert message_of(KeyError("loss")) == "'loss'"  # as str() says it
    assert message_of(OSError(2, "No such file", "x")) == str(OSError(2, "No such file", "x"))


def test_copies_and_pickles_keep_the_template_and_values() -> None:
    place = Message("line {line}, column {column}", line=3, column=5)
    message = Message("{place}: {problem}", place=place, problem=Message("missing"))
    for twin in (
        copy.copy(message),
        copy.deepcopy(message),
        pickle.loads(pickle.dumps(message)),
        pickle.loads(pickle.dumps(EngineError(message))).args[0],
    ):
        assert isinstance(twin, Message)
        assert twin == "line 3, column 5: missing"
        assert twin.template == "{place}: {problem}"
        assert twin.values["place"].template == "line {line}, column {column}"
        assert twin.values["place"].values == {"line": 3, "column": 5}
        assert twin.values["problem"].template == "missing"


def test_a_template_with_braces_and_no_values_is_its_text() -> None:
    assert Message("expected an object {…}") == "expected an object {…}"
    assert Message("expected an object {{…}}, got {got}", got="3") == (
        "expected an object {…}, got 3"
    )
