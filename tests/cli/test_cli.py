"""playground-cli: its JSON keys, numbers, exit statuses and one-line errors."""

import json
import subprocess
import sys

import pytest

from playground.cli import main
from playground.io import load, loads
from playground.paths import resource_path
from tests.engine.optimizer_cases import BAD_PARAMETERS

CLASSIC = str(resource_path("examples", "classic-2-2-2.json"))
XOR = str(resource_path("examples", "xor.json"))
LAYER_KEYS = ["net", "out", "delta", "grad_weights", "grad_bias"]
TRAIN_KEYS = [
    "epochs", "steps", "loss", "accuracy", "elapsed_seconds", "outputs", "network", "history",
]  # fmt: skip


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_error_line(err: str) -> None:
    assert err.startswith("error: ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err


def write_json(path, doc) -> str:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def classic_doc() -> dict:
    return json.loads(resource_path("examples", "classic-2-2-2.json").read_text(encoding="utf-8"))


# --- trace --------------------------------------------------------------------------------


def test_trace_json_gives_the_published_numbers(capsys):
    status, out, err = run(capsys, "trace", CLASSIC, "--json")
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert list(result) == ["loss", "outputs", "layers"]
    assert [list(layer) for layer in result["layers"]] == [LAYER_KEYS, LAYER_KEYS]
    assert result["loss"] == pytest.approx(0.298371109, abs=5e-10)
    assert result["layers"][1]["grad_weights"][0][0] == pytest.approx(0.082167041, abs=5e-10)
    assert result["layers"][0]["out"][0][0] == pytest.approx(0.593269992, abs=5e-10)
    assert result["outputs"] == result["layers"][1]["out"]
    assert len(result["layers"][1]["grad_bias"]) == 2


def test_trace_leaves_the_weights_alone_and_takes_one_sample(capsys):
    status, out, _ = run(capsys, "trace", XOR, "--json")
    every = json.loads(out)
    assert status == 0 and len(every["outputs"]) == 4
    status, out, _ = run(capsys, "trace", XOR, "--sample", "2", "--json")
    one = json.loads(out)
    assert status == 0
    assert one["outputs"] == [every["outputs"][2]]
    assert one["layers"][0]["delta"] == [every["layers"][0]["delta"][2]]
    assert run(capsys, "trace", XOR, "--json")[1] == json.dumps(every) + "\n"


def test_trace_text_shows_the_loss_and_each_layer(capsys):
    status, out, _ = run(capsys, "trace", CLASSIC)
    assert status == 0
    assert "loss E = 0.2983711088" in out
    assert "0.08216704056" in out
    assert "layers[2]" in out and "grad_weights" in out


@pytest.mark.parametrize("sample", ["4", "-1", "x", "1.5"])
def test_a_bad_sample_is_one_error_line(capsys, sample):
    status, out, err = run(capsys, "trace", XOR, "--sample", sample)
    assert (status, out) == (2, "")
    assert_one_error_line(err)


def test_an_out_of_range_sample_says_the_range(capsys):
    _, _, err = run(capsys, "trace", XOR, "--sample", "4")
    assert err == "error: --sample 4 is out of range: the training data has 4 samples (0 to 3)\n"


def unlabelled_doc(*sizes: int) -> dict:
    """A tanh network of ``sizes`` with no node labels, on inline data."""
    layers = [{"units": sizes[0]}] + [
        {"units": n_out, "activation": "tanh", "init": {"name": "glorot_uniform", "seed": 1}}
        for n_out in sizes[1:]
    ]
    return {
        "format": "nn-playground/network",
        "version": 1,
        "layers": layers,
        "loss": "mse",
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
        "data": {"inputs": [[0.0] * sizes[0]], "targets": [[0.5] * sizes[-1]]},
    }


def test_text_output_names_nodes_as_the_window_does(capsys, tmp_path):
    path = write_json(tmp_path / "deep.json", unlabelled_doc(2, 2, 3, 1))
    _, out, _ = run(capsys, "trace", path)
    rows = [line.split() for line in out.splitlines()]
    headers = [row for row in rows if row and row[0].startswith("layers[")]
    assert headers == [
        ["layers[1]", "tanh", "h1.1", "h1.2"],
        ["layers[2]", "tanh", "h2.1", "h2.2", "h2.3"],
        ["layers[3]", "tanh", "y1"],
    ]
    first_sources = [row[1] for row in rows if row and row[0] == "grad_weights"]
    assert first_sources == ["x1", "h1.1", "h2.1"]  # each layer's first incoming edges
    _, out, _ = run(capsys, "trace", write_json(tmp_path / "one.json", unlabelled_doc(2, 3, 2)))
    headers = [line.split() for line in out.splitlines() if line.startswith("layers[")]
    assert headers == [["layers[1]", "tanh", "h1", "h2", "h3"], ["layers[2]", "tanh", "y1", "y2"]]
    _, out, _ = run(capsys, "train", path, "--epochs", "1")
    assert out.splitlines()[4].split() == ["sample", "y1"]
    _, out, _ = run(capsys, "info", path)
    assert "input  2 (x1, x2)" in out


# --- train --------------------------------------------------------------------------------


def test_train_one_epoch_json(capsys):
    status, out, err = run(capsys, "train", CLASSIC, "--epochs", "1", "--json")
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert list(result) == TRAIN_KEYS
    assert (result["epochs"], result["steps"]) == (1, 1)
    assert result["loss"] == pytest.approx(0.291027774, abs=5e-10)
    assert result["accuracy"] is None  # 0.01/0.99 targets: regression
    took = result["elapsed_seconds"]  # reported, never judged: CI machines are loaded
    assert isinstance(took, float) and took >= 0
    trained = loads(json.dumps(result["network"]))
    assert trained.network.layers[1].weights[0, 0] == pytest.approx(0.35891648, abs=5e-9)
    assert result["outputs"] == trained.network.predict([[0.05, 0.10]]).tolist()
    # Keras' History: the epoch's loss measured before its update (E of the notes' start)
    history = result["history"]
    assert history["epoch"] == [1] and set(history) == {"epoch", "loss", "mae"}
    assert history["loss"] == [pytest.approx(0.298371109, abs=5e-10)]


def test_train_history_is_bounded_and_ends_at_the_last_epoch(capsys):
    status, out, _ = run(capsys, "train", XOR, "--epochs", "5000", "--json")
    history = json.loads(out)["history"]
    assert status == 0 and set(history) == {"epoch", "loss", "accuracy"}
    assert 500 <= len(history["epoch"]) <= 1001 and history["epoch"][-1] == 5000
    assert len(history["loss"]) == len(history["accuracy"]) == len(history["epoch"])
    assert history["epoch"] == sorted(history["epoch"])


def test_train_xor_example_converges(capsys):
    status, out, _ = run(capsys, "train", XOR, "--epochs", "5000", "--json")
    result = json.loads(out)
    assert status == 0
    assert result["accuracy"] == 1.0
    assert result["loss"] < 0.05
    assert result["epochs"] == 5000 and result["steps"] == 5000


def test_train_out_writes_the_trained_network_and_leaves_the_input(capsys, tmp_path):
    source = tmp_path / "xor.json"
    source.write_bytes(resource_path("examples", "xor.json").read_bytes())
    before = source.read_bytes()
    status, out, _ = run(
        capsys, "train", str(source), "--epochs", "20", "--out", str(tmp_path / "t.json"), "--json"
    )
    assert status == 0
    assert source.read_bytes() == before
    trained = load(tmp_path / "t.json")
    printed = json.loads(out)["network"]
    assert trained.network.layers[0].weights.tolist() == printed["layers"][1]["weights"]
    assert printed["layers"][1]["weights"] != json.loads(before)["layers"][1]["weights"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json", "xor.json"]


def test_train_refuses_to_overwrite_its_input(capsys, tmp_path):
    source = tmp_path / "xor.json"
    source.write_bytes(resource_path("examples", "xor.json").read_bytes())
    before = source.read_bytes()
    status, _, err = run(capsys, "train", str(source), "--epochs", "1", "--out", str(source))
    assert status == 2
    assert_one_error_line(err)
    assert source.read_bytes() == before


def test_train_text_output(capsys):
    status, out, _ = run(capsys, "train", CLASSIC, "--epochs", "1")
    assert status == 0
    assert "trained 1 epochs (1 steps)" in out
    assert "0.2910277737" in out


def test_divergence_is_exit_1_with_one_line(capsys, tmp_path):
    doc = {
        "format": "nn-playground/network",
        "version": 1,
        "layers": [
            {"units": 1},
            {"units": 1, "activation": "linear", "weights": [[1]], "bias": [0]},
        ],
        "loss": "mse",
        "optimizer": {"name": "sgd", "learning_rate": 100},
        "data": {"inputs": [[1], [2], [3]], "targets": [[2], [4], [6]]},
    }
    path = write_json(tmp_path / "wild.json", doc)
    status, out, err = run(
        capsys, "train", path, "--epochs", "1000", "--out", str(tmp_path / "o.json")
    )
    assert (status, out) == (1, "")
    assert_one_error_line(err)
    assert err.startswith("error: training diverged at epoch ")
    assert err.endswith(": the loss is not finite (the learning rate is likely too high)\n")
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize("epochs", ["x", "0", "-3", "2.5", ""])
def test_bad_epochs_are_one_error_line(capsys, epochs):
    status, out, err = run(capsys, "train", CLASSIC, "--epochs", epochs)
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "--epochs" in err


def test_missing_epochs_is_a_usage_error(capsys):
    status, _, err = run(capsys, "train", CLASSIC)
    assert status == 2
    assert err == "error: the following arguments are required: --epochs\n"


# --- check and info -----------------------------------------------------------------------


def test_check_passes_on_the_classic_example(capsys):
    status, out, _ = run(capsys, "check", CLASSIC)
    assert status == 0
    assert "largest relative error" in out and "passed" in out


def test_check_fails_with_exit_1_when_gradients_disagree(capsys, tmp_path):
    doc = {  # a step node exactly at its jump: backprop says 0, finite differences do not
        "format": "nn-playground/network",
        "version": 1,
        "layers": [{"units": 1}, {"units": 1, "activation": "step", "weights": [[0]], "bias": [0]}],
        "loss": "half_sse",
        "optimizer": {"name": "sgd"},
        "data": {"inputs": [[1]], "targets": [[0]]},
    }
    status, out, _ = run(capsys, "check", write_json(tmp_path / "step.json", doc))
    assert status == 1
    assert "FAILED" in out


def test_info_describes_the_file(capsys):
    status, out, _ = run(capsys, "info", XOR)
    assert status == 0
    assert out.splitlines()[0].split() == ["name", "XOR"]
    assert "2 sigmoid, 6 parameters" in out and "1 sigmoid, 3 parameters" in out
    assert "9 trainable" in out and "mse" in out and "learning_rate 1" in out
    assert "builtin xor: 4 samples, 2 inputs -> 1 target, classification" in out


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["trace"], ["train", "--epochs", "1"], ["check"], ["info"]])
def test_a_corrupt_file_is_exit_2_with_one_line(capsys, tmp_path, command):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "nn-playground/network", "version": 1,', encoding="utf-8")
    status, out, err = run(capsys, command[0], str(path), *command[1:])
    assert (status, out) == (2, "")
    assert err == (
        f"error: {path}: line 1, column 50: "
        "not valid JSON (expecting property name enclosed in double quotes)\n"
    )


def test_a_file_error_names_the_file_and_the_place(capsys, tmp_path):
    doc = classic_doc()
    doc["layers"][1]["weights"] = [[1, 2, 3], [4, 5, 6]]
    path = write_json(tmp_path / "shape.json", doc)
    status, _, err = run(capsys, "info", path)
    assert status == 2
    assert err == f"error: {path}: layers[1].weights: expected 2×2 numbers, got 2×3\n"


@pytest.mark.parametrize(
    ("name", "key", "value", "words"), BAD_PARAMETERS, ids=[c[-1] for c in BAD_PARAMETERS]
)
def test_a_bad_optimizer_parameter_is_exit_2_with_the_loaders_line(
    capsys, tmp_path, name, key, value, words
):
    # these used to load and then fail in training (ZeroDivisionError, math domain error)
    base = "perceptron-and.json" if name == "perceptron" else "classic-2-2-2.json"
    doc = json.loads(resource_path("examples", base).read_text(encoding="utf-8"))
    doc["optimizer"] = {"name": name, key: value}
    path = write_json(tmp_path / "bad.json", doc)
    for command in (["train", path, "--epochs", "3"], ["info", path]):
        status, out, err = run(capsys, *command)
        assert (status, out) == (2, "")
        assert err == f"error: {path}: optimizer.{key}: {words}\n"


@pytest.mark.parametrize(
    "argv",
    [[], ["frob"], ["trace"], ["trace", "missing.json"], ["info", "."], ["check", CLASSIC, "--x"]],
)
def test_usage_and_reading_errors_are_exit_2_with_one_line(capsys, argv):
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert_one_error_line(err)


def test_dataset_errors_are_exit_2(capsys, tmp_path):
    (tmp_path / "d.csv").write_text("a,b,y\n1,2\n", encoding="utf-8")
    doc = json.loads(resource_path("examples", "xor.json").read_text(encoding="utf-8"))
    doc["data"] = {"file": "d.csv"}
    status, _, err = run(capsys, "trace", write_json(tmp_path / "n.json", doc))
    assert status == 2
    assert (
        err
        == f"error: {tmp_path / 'n.json'}: data: d.csv, row 2: 2 values, but the first row has 3\n"
    )


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "trace" in capsys.readouterr().out


# --- the real console script --------------------------------------------------------------


def cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "playground.cli", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_console_script_traces_the_classic_example():
    done = cli("trace", CLASSIC, "--json")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["loss"] == pytest.approx(0.298371109, abs=5e-10)


def test_console_script_errors_are_one_line_and_exit_2(tmp_path):
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    done = cli("info", str(tmp_path / "bad.json"))
    assert (done.returncode, done.stdout) == (2, "")
    assert_one_error_line(done.stderr)
    done = cli("train", CLASSIC, "--epochs", "x")
    assert (done.returncode, done.stdout) == (2, "")
    assert_one_error_line(done.stderr)


def test_the_cli_never_loads_qt_or_plotting():
    code = (
        "import sys, playground.cli, playground.io, playground.engine; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'matplotlib'))]; "
        "assert not bad, bad"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_predict_gives_the_networks_outputs_for_typed_inputs(capsys):
    one_neuron = str(resource_path("examples", "one-neuron.json"))
    status, out, _ = run(capsys, "predict", one_neuron, "--inputs", "[[3.5], [5]]", "--json")
    assert status == 0
    assert json.loads(out) == {"inputs": [[3.5], [5.0]], "outputs": [[11.5], [16.0]]}  # 3x + 1
    status, out, _ = run(capsys, "predict", one_neuron, "--inputs", "[[3.5]]")
    assert status == 0 and out.split() == ["x", "y", "3.5", "11.5"]


@pytest.mark.parametrize(
    ("inputs", "says"),
    [
        ("abc", "--inputs: line 1, column 1: not valid JSON"),
        ("[[1, 2]]", "--inputs: rows of 2 values, the input layer has 1 unit"),
        ("[[1], [NaN]]", "--inputs"),
        ("[]", "--inputs: expected a list of rows"),
    ],
)
def test_predict_refuses_bad_inputs_in_one_line(capsys, inputs, says):
    one_neuron = str(resource_path("examples", "one-neuron.json"))
    status, out, err = run(capsys, "predict", one_neuron, "--inputs", inputs)
    assert status == 2 and out == ""
    assert_one_error_line(err)
    assert says in err
