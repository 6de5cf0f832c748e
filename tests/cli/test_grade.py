"""``playground-cli grade REFERENCE STUDENT``: a teacher's comparison of two network files.

The student files are the classic 2-2-2 example changed by hand in one known place, so
every expected line is known before the command runs.
"""

from __future__ import annotations

import json

import pytest

from playground import io
from playground.cli_grade import close
from playground.paths import resource_path
from tests.cli.test_cli import assert_one_error_line, classic_doc, run, write_json

CLASSIC_LESSON = str(resource_path("lessons", "classic-2-2-2.json"))
DIFFERENCE_KEYS = {"path", "names", "reference", "student", "kind"}


@pytest.fixture
def reference(tmp_path) -> str:
    return write_json(tmp_path / "reference.json", classic_doc())


def student(tmp_path, change) -> str:
    doc = classic_doc()
    change(doc)
    return write_json(tmp_path / "student.json", doc)


def loss_of(path: str) -> float:
    trainer = io.load(path).make_trainer()
    return float(trainer.evaluate().loss)


def test_a_file_matches_itself_and_a_copy(capsys, reference, tmp_path):
    copy = student(tmp_path, lambda doc: doc.update(name="Anna's copy"))  # a name is no matter
    status, out, err = run(capsys, "grade", reference, copy)
    assert status == 0 and err == ""
    assert out.splitlines() == [f"match: {copy} is {reference} within a relative 1e-06"]


def test_one_weight_off_is_one_line_naming_it_in_the_file_and_the_diagram(
    capsys, reference, tmp_path
):
    def w5(doc):
        doc["layers"][2]["weights"][0][0] = 0.5

    off = student(tmp_path, w5)
    status, out, err = run(capsys, "grade", reference, off)
    assert status == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == "layers[2].weights[0][0] (h1 → o1): reference 0.4, student 0.5"
    # the loss of the weights as they are differs too, by what w5 = 0.5 gives
    assert lines[1] == f"E: reference {0.2983711087600027:.10g}, student {loss_of(off):.10g}"
    assert lines[2] == f"2 differences: {off} is not {reference}"


def test_the_tolerance_is_relative(capsys, reference, tmp_path):
    def nudge(doc):
        doc["layers"][2]["weights"][0][0] = 0.4 * (1 + 5e-7)

    near = student(tmp_path, nudge)
    assert run(capsys, "grade", reference, near, "--tolerance", "1e-6")[0] == 0
    status, out, _ = run(capsys, "grade", reference, near, "--tolerance", "1e-7")
    assert status == 1 and out.startswith("layers[2].weights[0][0] (h1 → o1): reference 0.4,")
    assert run(capsys, "grade", reference, reference, "--tolerance", "0")[0] == 0
    assert close(0.0, 1e-13, 1e-6) and not close(0.0, 1e-11, 1e-6)  # near zero: rounding


def test_a_different_structure_names_the_layer_and_skips_its_weights(capsys, reference, tmp_path):
    def three_hidden(doc):
        hidden, output = doc["layers"][1], doc["layers"][2]
        hidden.update(units=3, labels=["h1", "h2", "h3"], bias=[0.35] * 3)
        hidden["weights"] = [[0.15, 0.25, 0.1], [0.2, 0.3, 0.1]]
        output["weights"].append([0.1, 0.1])

    wide = student(tmp_path, three_hidden)
    status, out, _ = run(capsys, "grade", reference, wide, "--json")
    assert status == 1
    differences = json.loads(out)["differences"]
    assert differences[0] == {
        "path": "layers[1].units",
        "names": "h1 … h2",
        "reference": 2,
        "student": 3,
        "kind": "structure",
    }
    assert [d["path"] for d in differences] == ["layers[1].units", "E"]


def test_layers_activations_connections_and_the_loss_function(capsys, reference, tmp_path):
    def changed(doc):
        doc["layers"][2]["activation"] = "linear"
        doc["layers"][2]["mask"] = [[1, 1], [0, 1]]
        doc["layers"][2]["weights"][1][0] = 0
        doc["loss"] = "mse"
        doc["optimizer"]["learning_rate"] = 0.25

    other = student(tmp_path, changed)
    status, out, _ = run(capsys, "grade", reference, other, "--json")
    assert status == 1
    got = {d["path"]: (d["names"], d["reference"], d["student"], d["kind"])
           for d in json.loads(out)["differences"]}  # fmt: skip
    assert got["layers[2].activation"] == ("o1 … o2", "sigmoid", "linear", "activation")
    assert got["layers[2].mask[1][0]"] == ("h2 → o1", 1, 0, "structure")
    assert got["loss"] == ("", "half_sse", "mse", "loss")
    assert got["optimizer.learning_rate"] == ("", 0.5, 0.25, "optimizer")
    assert "layers[2].weights[1][0]" not in got  # the connection's line says it all

    deeper = classic_doc()
    deeper["layers"].insert(2, {"units": 2, "activation": "sigmoid", "init": {"name": "zeros"}})
    path = write_json(tmp_path / "deeper.json", deeper)
    status, out, _ = run(capsys, "grade", reference, path)
    assert status == 1 and out.startswith("layers: reference 3, student 4\n")


def test_json_holds_match_tolerance_epochs_and_each_difference(capsys, reference, tmp_path):
    status, out, err = run(capsys, "grade", reference, reference, "--json")
    assert status == 0 and err == ""
    assert json.loads(out) == {"match": True, "tolerance": 1e-6, "epochs": None, "differences": []}

    off = student(tmp_path, lambda doc: doc["layers"][1]["bias"].__setitem__(1, 0.4))
    status, out, _ = run(capsys, "grade", reference, off, "--json", "--epochs", "3")
    result = json.loads(out)
    assert status == 1 and result["match"] is False and result["epochs"] == 3
    assert all(set(d) == DIFFERENCE_KEYS for d in result["differences"])
    first = result["differences"][0]
    assert first == {
        "path": "layers[1].bias[1]",
        "names": "h2",
        "reference": 0.35,
        "student": 0.4,
        "kind": "bias",
    }
    assert [d["kind"] for d in result["differences"]] == ["bias", "E", "trained"]
    assert result["differences"][2]["path"] == "E after 3 epochs"


def test_a_lesson_reference_trains_both_for_its_epochs(capsys, tmp_path):
    doc = json.loads(resource_path("lessons", "classic-2-2-2.json").read_text(encoding="utf-8"))
    doc.pop("lesson")
    doc["layers"][2]["weights"][0][0] = 0.4 * (1 + 1e-4)  # off, but within 1e-3
    mine = write_json(tmp_path / "mine.json", doc)
    status, out, _ = run(capsys, "grade", CLASSIC_LESSON, mine, "--tolerance", "1e-3", "--json")
    result = json.loads(out)
    assert status == 0 and result["epochs"] == 10_000  # the lesson's epochs
    status, out, _ = run(capsys, "grade", CLASSIC_LESSON, mine, "--epochs", "0", "--json")
    assert json.loads(out)["epochs"] is None


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["REF", "missing.json"], "missing.json: cannot read it"),
        (["REF", "REF", "--tolerance", "-1"], "argument --tolerance: expected a number from 0"),
        (["REF", "REF", "--tolerance", "nan"], "argument --tolerance"),
        (["REF", "REF", "--epochs", "1.5"], "argument --epochs: expected a whole number"),
        (["REF"], "the following arguments are required: STUDENT"),
    ],
)
def test_bad_input_is_one_error_line_and_status_2(capsys, reference, argv, says):
    status, out, err = run(capsys, "grade", *[reference if a == "REF" else a for a in argv])
    assert status == 2 and out == ""
    assert_one_error_line(err)
    assert says in err


def test_a_malformed_student_file_is_named(capsys, reference, tmp_path):
    bad = student(tmp_path, lambda doc: doc["layers"][1].update(activation="sigmoidal"))
    status, _, err = run(capsys, "grade", reference, bad)
    assert status == 2 and err.startswith(f"error: {bad}: layers[1].activation")
    assert_one_error_line(err)
