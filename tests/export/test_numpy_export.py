"""The NumPy export: run in a subprocess, every bundled lesson and example prints the numbers
``playground-cli train FILE --epochs N --json`` prints, bit for bit (JSON floats are exact)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import numpy as np
import pytest

from playground.cli_lessons import _missing_data
from playground.engine.datasets import builtin_parameters
from playground.export import script_for
from playground.io import load
from playground.lessons import lesson_files
from playground.paths import resource_path
from tests.export.helpers import (
    BIG_DATA,
    cli,
    script_result,
    start_script,
    train_result,
    write_json,
)

FILES = [*lesson_files(), *sorted(resource_path("examples").glob("*.json"))]
MANY_SAMPLES = 3000  # MNIST-like lessons train on this many of their samples here
MAX_EPOCHS = 1000  # the lessons of up to 10,000 epochs train at most this many here


def _case(path: Path, folder: Path) -> tuple[str, int]:
    """The file to export and train, and for how many epochs: the lesson's (1 to
    ``MAX_EPOCHS``); 3 for a data set of thousands of samples, and an MNIST-like one on its
    first ``MANY_SAMPLES`` samples (the same network, settings and data files)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc["data"].get("builtin") not in BIG_DATA:
        return str(path), min(MAX_EPOCHS, max(1, doc.get("lesson", {}).get("epochs", 1)))
    if "samples" in builtin_parameters(doc["data"]["builtin"]):  # MNIST-like
        doc["data"].update(samples=MANY_SAMPLES, test_samples=100)
    return write_json(folder / path.name, doc), 3


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    """Every file's NumPy script, started at once (they run side by side while the tests
    train the engine): path → (file trained, epochs, process)."""
    runs = {}
    for path in FILES:
        if _missing_data(path) is not None:
            continue
        folder = tmp_path_factory.mktemp(path.stem)
        file, epochs = _case(path, folder)
        source = script_for(load(file), target="numpy", epochs=epochs)
        runs[path] = (file, epochs, start_script(source, folder))
    yield runs
    for _, _, process in runs.values():  # those a failed or deselected test left running
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_the_numpy_script_prints_train_json_numbers_bit_for_bit(capsys, started, path):
    if path not in started:
        pytest.skip("its data set is not on this machine")
    file, epochs, process = started[path]
    expected = train_result(capsys, file, epochs)
    assert script_result(process) == expected


def test_the_cli_writes_the_numpy_script_to_stdout(capsys, tmp_path):
    path = str(resource_path("lessons", "keras-2-2-2-relu-softmax.json"))
    status, source, err = cli(capsys, "export", path, "--to", "numpy", "--epochs", "50")
    assert (status, err) == (0, "")
    assert script_result(start_script(source, tmp_path)) == train_result(capsys, path, 50)


def _classic(tmp_path, stem: str, **changes) -> str:
    doc = json.loads(resource_path("examples", "classic-2-2-2.json").read_text(encoding="utf-8"))
    doc.update(changes)
    return write_json(tmp_path / f"{stem}.json", doc)


def _activations(doc_layers: list, hidden: str, output: str) -> list:
    layers = json.loads(json.dumps(doc_layers))
    layers[1]["activation"], layers[2]["activation"] = hidden, output
    return layers


def _xor_doc() -> dict:
    return json.loads(resource_path("examples", "xor.json").read_text(encoding="utf-8"))


VARIANTS = {
    # every optimizer setting, mini-batches that leave a short last batch, shuffling, the sum
    "sgd-nesterov-batch3-shuffled": {
        "optimizer": {"name": "sgd", "learning_rate": 0.3, "momentum": 0.9, "nesterov": True},
        "training": {"batch_size": 3, "shuffle": True, "seed": 7},
    },
    "rmsprop-momentum-sum": {
        "optimizer": {"name": "rmsprop", "learning_rate": 0.01, "momentum": 0.5},
        "reduction": "sum",
        "training": {"batch_size": 1, "shuffle": False, "seed": 0},
    },
    "adam-tanh-leaky": {"optimizer": {"name": "adam", "learning_rate": 0.05}},
    "sgd-relu-linear-mse": {"loss": "mse"},
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_optimizer_activation_and_batching_gives_the_same_bits(capsys, tmp_path, variant):
    doc = _xor_doc()
    doc.update(VARIANTS[variant])
    if variant == "adam-tanh-leaky":
        doc["layers"] = _activations(doc["layers"], "tanh", "leaky_relu")
    if variant == "sgd-relu-linear-mse":
        doc["layers"] = _activations(doc["layers"], "relu", "linear")
    # a missing edge and a bias that does not train
    doc["layers"][1]["mask"] = [[1, 0], [1, 1]]
    doc["layers"][1]["weights"][0][1] = 0.0
    doc["layers"][2]["train_bias"] = False
    path = write_json(tmp_path / "net.json", doc)
    process = start_script(script_for(load(path), target="numpy", epochs=40), tmp_path)
    expected = train_result(capsys, path, 40)
    got = script_result(process)
    assert got == expected
    assert got["weights"][0][0][1] == 0.0  # the missing edge stayed 0
    assert got["biases"][1] == doc["layers"][2]["bias"]  # held


def test_the_script_imports_nothing_of_the_playground():
    source = script_for(load(resource_path("lessons", "xor-2-2-1.json")), target="numpy")
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module)
    assert modules == {"json", "math", "sys", "numpy"}


def test_the_default_epochs_are_the_lessons_else_one():
    def epochs_line(path):
        source = script_for(load(path), target="numpy")
        return next(line for line in source.splitlines() if line.startswith("EPOCHS = "))

    assert epochs_line(resource_path("lessons", "classic-2-2-2.json")) == "EPOCHS = 10000"
    assert epochs_line(resource_path("examples", "classic-2-2-2.json")) == "EPOCHS = 1"
    assert epochs_line(resource_path("lessons", "xor-gates.json")) == "EPOCHS = 1"  # lesson: 0


def test_a_name_that_would_end_the_docstring_stays_inside_it(tmp_path, capsys):
    path = _classic(tmp_path, "named", name='evil """ \\ name\timport os')
    source = script_for(load(path), target="numpy", epochs=1)
    tree = ast.parse(source)
    assert [type(node).__name__ for node in tree.body[:2]] == ["Expr", "Import"]
    assert 'evil """ \\ name import os' in ast.get_docstring(tree)
    assert script_result(start_script(source, tmp_path)) == train_result(capsys, path, 1)


def test_a_run_that_diverges_stops_where_train_stops_and_exits_1(capsys, tmp_path):
    doc = _xor_doc()
    doc["optimizer"] = {"name": "sgd", "learning_rate": 1e6}
    doc["layers"][2]["activation"], doc["loss"] = "linear", "mse"
    path = write_json(tmp_path / "diverges.json", doc)
    status, _, err = cli(capsys, "train", path, "--epochs", "50", "--json")
    assert status == 1 and "diverged at epoch 26:" in err
    process = start_script(script_for(load(path), target="numpy", epochs=50), tmp_path)
    out, script_err = process.communicate()
    assert process.returncode == 1
    assert "diverged at epoch 26:" in script_err
    assert json.loads(out.splitlines()[-1])["loss"] is None


def test_mnist_from_kerass_npz_is_read_where_the_playground_found_it(
    capsys, tmp_path, monkeypatch, nowhere
):
    rng = np.random.default_rng(4)
    datasets = tmp_path / "keras" / "datasets"
    datasets.mkdir(parents=True)
    np.savez(
        datasets / "mnist.npz",
        x_train=rng.integers(0, 256, (40, 28, 28), dtype=np.uint8),
        y_train=rng.integers(0, 10, 40, dtype=np.uint8),
        x_test=rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
        y_test=rng.integers(0, 10, 5, dtype=np.uint8),
    )
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    doc = json.loads(resource_path("lessons", "mnist-784-50-10.json").read_text("utf-8"))
    doc["data"].update(samples=30, test_samples=5)
    doc["training"]["batch_size"] = 8  # four batches an epoch, the last of 6
    path = write_json(tmp_path / "mnist.json", doc)
    source = script_for(load(path), target="numpy", epochs=2)
    assert str(datasets / "mnist.npz") in source and "INPUTS = np.array" not in source
    process = start_script(source, tmp_path)
    assert script_result(process) == train_result(capsys, path, 2)
