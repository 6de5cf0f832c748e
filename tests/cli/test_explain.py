"""playground-cli explain: the chain rule for one parameter, its JSON keys, text and errors."""

import json

import pytest

from playground.cli import main
from tests.cli.test_cli import CLASSIC, XOR, assert_one_error_line, classic_doc, cli, write_json

KEYS = ["param", "sample", "symbolic", "paths", "gradient", "engine_gradient", "update"]
W5, W1 = "layers[2].weights[0][0]", "layers[1].weights[0][0]"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def explain_json(capsys, *argv: str) -> dict:
    status, out, err = run(capsys, "explain", *argv, "--json")
    assert (status, err) == (0, "")
    return json.loads(out)


def test_w5_json_gives_the_published_numbers(capsys):
    result = explain_json(capsys, CLASSIC, "--param", W5)
    assert list(result) == KEYS
    assert (result["param"], result["sample"]) == (W5, 0)
    assert result["symbolic"] == "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5"
    (path,) = result["paths"]
    assert list(path) == ["terms", "product"]
    assert [list(term) for term in path["terms"]] == [["name", "value"]] * 3
    values = [term["value"] for term in path["terms"]]
    assert values == pytest.approx([0.741365, 0.186816, 0.593270], abs=5e-7)
    assert path["product"] == result["gradient"] == result["engine_gradient"]
    assert result["gradient"] == pytest.approx(0.082167041, abs=5e-10)
    assert list(result["update"]) == ["learning_rate", "before", "after"]
    assert result["update"]["learning_rate"] == 0.5 and result["update"]["before"] == 0.4
    assert result["update"]["after"] == pytest.approx(0.35891648, abs=5e-9)


def test_w1_json_sums_two_paths_to_the_engines_gradient(capsys):
    result = explain_json(capsys, CLASSIC, "--param", W1)
    assert len(result["paths"]) == 2
    assert [len(path["terms"]) for path in result["paths"]] == [5, 5]
    total = result["paths"][0]["product"] + result["paths"][1]["product"]
    assert result["gradient"] == total
    assert result["gradient"] == pytest.approx(result["engine_gradient"], rel=1e-15)
    assert result["gradient"] == pytest.approx(0.000438568, abs=5e-10)
    assert result["update"]["after"] == pytest.approx(0.149780716, abs=5e-10)


def test_a_bias_and_a_later_sample(capsys):
    result = explain_json(capsys, XOR, "--param", "layers[2].bias[0]", "--sample", "3")
    assert result["sample"] == 3
    assert result["paths"][0]["terms"][-1] == {"name": "∂net_y/∂b_y", "value": 1.0}
    assert result["gradient"] == pytest.approx(result["engine_gradient"], rel=1e-15)
    status, out, _ = run(capsys, "trace", XOR, "--sample", "3", "--json")
    assert result["engine_gradient"] == json.loads(out)["layers"][1]["grad_bias"][0]
    assert result["update"]["after"] == result["update"]["before"] - result["gradient"]


def test_text_reads_like_the_notes(capsys):
    status, out, err = run(capsys, "explain", CLASSIC, "--param", W5)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Classic 2-2-2: ∂E/∂w5 of edge h1 → o1 (layers[2].weights[0][0]), "
        "training sample 0 alone (weights unchanged)"
    )
    assert (
        "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.741365 · 0.186816 · 0.593270 "
        "= 0.0821670"
    ) in lines
    assert "w5⁺ = w5 − η·∂E/∂w5 = 0.4 − 0.5 · 0.0821670 = 0.358916" in lines
    assert lines[-1] == "the engine's backward pass: ∂E/∂w5 = 0.08216704056"


def test_a_masked_edge_explains_why_it_is_zero(capsys, tmp_path):
    doc = classic_doc()
    doc["layers"][2]["mask"] = [[1, 0], [1, 1]]
    doc["layers"][2]["weights"][0][1] = 0.0
    path = write_json(tmp_path / "masked.json", doc)
    result = explain_json(capsys, path, "--param", "layers[2].weights[0][1]")
    assert (result["paths"], result["gradient"], result["engine_gradient"]) == ([], 0.0, 0.0)
    assert result["update"] == {"learning_rate": 0.5, "before": 0.0, "after": 0.0}
    assert len(explain_json(capsys, path, "--param", W1)["paths"]) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--param", "w5"], "error: argument --param: expected layers[L].weights[i][j] or"),
        (["--param", "layers[0].bias[0]"], "error: --param layers[0].bias[0]: layers[0] is the"),
        (["--param", "layers[3].bias[0]"], "error: --param layers[3].bias[0]: layers[3] is out"),
        (["--param", "layers[1].weights[2][0]"], "weights[2] is out of range: layers[1] has 2"),
        (["--param", "layers[2].bias[2]"], "bias[2] is out of range: layers[2] has 2 nodes"),
        (["--param", W5, "--sample", "1"], "error: --sample 1 is out of range: the training"),
        (["--param", W5, "--sample", "-1"], "error: argument --sample: expected a sample number"),
        (["--param", W5, "--sample", "x"], "error: argument --sample"),
        ([], "error: the following arguments are required: --param"),
    ],
)
def test_bad_input_is_exit_2_with_one_error_line(capsys, argv, message):
    status, out, err = run(capsys, "explain", CLASSIC, *argv)
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert message in err


def test_a_missing_file_is_exit_2(capsys, tmp_path):
    status, out, err = run(capsys, "explain", str(tmp_path / "none.json"), "--param", W5)
    assert (status, out) == (2, "")
    assert_one_error_line(err)


def test_console_script_explains_w5():
    done = cli("explain", CLASSIC, "--param", W5, "--json")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["gradient"] == pytest.approx(0.082167041, abs=5e-10)
    done = cli("explain", CLASSIC, "--param", "layers[9].bias[0]")
    assert (done.returncode, done.stdout) == (2, "")
    assert_one_error_line(done.stderr)
