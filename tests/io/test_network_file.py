"""The v1 network file: exact round trips, atomic saves, a precise message for every bad file."""

import copy
import json
import os
import struct
from pathlib import Path

import numpy as np
import pytest

from playground.engine import (
    Layer,
    Network,
    ParameterError,
    initial_weights,
    make_optimizer,
    parameter_problem,
)
from playground.engine.datasets import BUILTIN_NAMES, load_builtin
from playground.io import (
    DataSource,
    NetworkFileError,
    PlaygroundFile,
    TrainingSettings,
    build_trainer,
    dumps,
    load,
    loads,
    save,
    to_dict,
)
from playground.paths import resource_path
from tests.engine.optimizer_cases import BAD_PARAMETERS, GOOD_BOUNDARIES

CLASSIC = resource_path("examples", "classic-2-2-2.json")
XOR = resource_path("examples", "xor.json")
PERCEPTRON = resource_path("examples", "perceptron-and.json")
AWKWARD = [0.1 + 0.2, 1e-300, 5e-324, -0.0, 1 / 3, 2.0**-1074, 1.7976931348623157e308, -2.5e-8]


def classic_doc() -> dict:
    return json.loads(CLASSIC.read_text(encoding="utf-8"))


def as_text(doc: dict) -> str:
    return json.dumps(doc)


def bits(array: np.ndarray) -> list[int]:
    return np.ascontiguousarray(array, dtype=np.float64).view(np.uint64).ravel().tolist()


def refused(text: str, **kwargs) -> str:
    with pytest.raises(NetworkFileError) as info:
        loads(text, **kwargs)
    return str(info.value)


# --- the bundled examples ---------------------------------------------------------------


def test_classic_example_is_the_course_network():
    pf = load(CLASSIC)
    assert pf.name == "Classic 2-2-2"
    assert pf.network.layer_sizes == [2, 2, 2]
    assert pf.network.loss == "half_sse"
    assert pf.network.input_labels == ["i1", "i2"]
    assert [layer.labels for layer in pf.network.layers] == [["h1", "h2"], ["o1", "o2"]]
    assert pf.network.layers[0].weights.tolist() == [[0.15, 0.25], [0.20, 0.30]]
    assert pf.network.layers[1].weights.tolist() == [[0.40, 0.50], [0.45, 0.55]]
    assert [layer.bias.tolist() for layer in pf.network.layers] == [[0.35, 0.35], [0.6, 0.6]]
    assert not any(layer.train_bias for layer in pf.network.layers)
    assert pf.optimizer == {"name": "sgd", "learning_rate": 0.5}
    assert pf.training == TrainingSettings(batch_size=None, shuffle=False, seed=0)
    assert pf.layout["nodes"]["2:1"] == [480, 160]
    trainer = pf.make_trainer()
    trainer.forward()
    trace = trainer.backward()
    assert trace.loss == pytest.approx(0.298371109, abs=5e-10)
    assert trace.layers[1].grad_weights[0, 0] == pytest.approx(0.082167041, abs=5e-10)


def test_saving_an_unchanged_example_writes_the_same_text():
    for path in (CLASSIC, XOR):
        assert dumps(load(path)) == path.read_text(encoding="utf-8")


def test_xor_example_converges_with_its_own_settings():
    pf = load(XOR)
    assert pf.name == "XOR"
    assert pf.data.kind == "builtin" and pf.data.name == "xor"
    trainer = pf.make_trainer()
    trainer.train(5000)
    final = trainer.evaluate()
    assert trainer.training_accuracy() == 1.0
    assert final.loss < 0.005


def test_xor_example_weights_are_its_init_draws():
    pf = load(XOR)
    for index, layer in enumerate(pf.network.layers):
        weights, bias = pf.initial_parameters(index)
        assert bits(weights) == bits(layer.weights)
        assert bits(bias) == bits(layer.bias)


# --- exact round trips ------------------------------------------------------------------


def awkward_file(rng: np.random.Generator) -> PlaygroundFile:
    randoms = rng.standard_normal(40) * 10.0 ** rng.integers(-300, 300, 40)
    values = np.concatenate([AWKWARD, randoms])
    hidden = Layer(
        activation="tanh",
        weights=values[:6].reshape(2, 3),
        bias=values[6:9],
        labels=["a", "b", "c"],
    )
    output = Layer(
        activation="sigmoid",
        weights=values[9:15].reshape(3, 2),
        bias=values[15:17],
        mask=[[1, 0], [1, 1], [0, 1]],
        train_bias=False,
    )
    network = Network(input_units=2, layers=[hidden, output], loss="half_sse")
    inputs = rng.random((5, 2)) * values[17:27].reshape(5, 2) / 1e300
    targets = np.array([[0.0, 1.0], [1.0, 0.0], [0.1 + 0.2, 5e-324], [-0.0, 1.0], [0.5, 0.25]])
    return PlaygroundFile(
        name="awkward ×",
        network=network,
        data=DataSource.inline(inputs, targets),
        optimizer={"name": "adam", "learning_rate": 0.1 + 0.2, "beta_1": 0.9},
        training=TrainingSettings(batch_size=2, shuffle=True, seed=7),
        layout={"nodes": {"0:0": [1.5, -0.0]}, "zoom": 0.1 + 0.2, "extra": [None, True, "é"]},
    )


def test_save_then_load_gives_back_every_bit(tmp_path):
    rng = np.random.default_rng(42)
    for attempt in range(5):
        original = awkward_file(rng)
        path = tmp_path / f"awkward{attempt}.json"
        save(original, path)
        again = load(path)
        for a, b in zip(original.network.layers, again.network.layers, strict=True):
            assert bits(a.weights) == bits(b.weights)
            assert bits(a.bias) == bits(b.bias)
            assert np.array_equal(a.mask, b.mask)
            assert (a.train_bias, a.labels, a.activation) == (b.train_bias, b.labels, b.activation)
        assert bits(original.data.inputs) == bits(again.data.inputs)
        assert bits(original.data.targets) == bits(again.data.targets)
        with np.errstate(all="ignore"):
            before = original.network.forward(original.data.inputs)
            after = again.network.forward(again.data.inputs)
        for x, y in zip(before.layers, after.layers, strict=True):
            assert np.array_equal(x.out, y.out, equal_nan=True)
            assert bits(x.net) == bits(y.net)
        assert again.optimizer == original.optimizer
        assert again.training == original.training
        assert again.layout == original.layout
        assert again.name == original.name


def test_awkward_floats_survive_as_the_same_bits():
    pf = awkward_file(np.random.default_rng(0))
    pf.network.layers[0].weights[0] = [-0.0, 5e-324, 1e-300]
    again = loads(dumps(pf))
    weights = again.network.layers[0].weights
    assert struct.pack("<d", weights[0, 0]) == struct.pack("<d", -0.0)
    assert weights[0, 1] == 5e-324 and weights[0, 2] == 1e-300
    assert again.optimizer["learning_rate"] == 0.1 + 0.2


def test_to_dict_uses_the_contract_key_names():
    doc = to_dict(load(CLASSIC))
    assert list(doc) == [
        "format",
        "version",
        "name",
        "layers",
        "loss",
        "optimizer",
        "training",
        "data",
        "layout",
    ]
    assert doc["format"] == "nn-playground/network" and doc["version"] == 1
    assert doc["layers"][0] == {"units": 2, "labels": ["i1", "i2"]}
    assert set(doc["layers"][1]) == {
        "units",
        "activation",
        "labels",
        "weights",
        "bias",
        "train_bias",
    }
    assert doc["training"] == {"batch_size": None, "shuffle": False, "seed": 0}
    assert doc["data"] == {"inputs": [[0.05, 0.1]], "targets": [[0.01, 0.99]]}


def test_layout_round_trips_untouched():
    doc = classic_doc()
    doc["layout"] = {"nodes": {"0:0": [1, 2]}, "anything": {"deep": [[1, "x"], {"y": None}]}}
    pf = loads(as_text(doc))
    assert to_dict(pf)["layout"] == doc["layout"]
    to_dict(pf)["layout"]["anything"]["deep"].append(3)  # the caller's copy, not the file's
    assert pf.layout == doc["layout"]


def test_mask_is_written_only_when_edges_are_missing():
    doc = classic_doc()
    doc["layers"][2]["mask"] = [[1, 1], [1, 1]]
    assert "mask" not in to_dict(loads(as_text(doc)))["layers"][2]
    doc["layers"][2]["mask"] = [[1, 0], [1, 1]]
    doc["layers"][2]["weights"][0][1] = 0
    pf = loads(as_text(doc))
    assert to_dict(pf)["layers"][2]["mask"] == [[1, 0], [1, 1]]
    assert pf.network.parameter_count() == 4 + 3


# --- init layers ------------------------------------------------------------------------


def init_doc(seed: int = 3, **extra) -> dict:
    doc = classic_doc()
    for layer in doc["layers"][1:]:
        del layer["weights"], layer["bias"]
        layer["init"] = {"name": "glorot_uniform", "seed": seed, **extra}
    return doc


def test_init_layers_are_drawn_from_their_seed():
    pf = loads(as_text(init_doc(seed=11)))
    expected = initial_weights("glorot_uniform", n_in=2, n_out=2, rng=np.random.default_rng(11))
    for layer in pf.network.layers:
        assert bits(layer.weights) == bits(expected)
        assert layer.bias.tolist() == [0.0, 0.0]
    assert bits(loads(as_text(init_doc(seed=11))).network.layers[0].weights) == bits(expected)
    assert not np.array_equal(loads(as_text(init_doc(seed=12))).network.layers[0].weights, expected)


def test_init_weights_respect_the_mask_and_uniform_bounds():
    doc = init_doc()
    doc["layers"][1]["init"] = {"name": "uniform", "seed": 5, "low": 2, "high": 3}
    doc["layers"][1]["mask"] = [[1, 0], [0, 1]]
    pf = loads(as_text(doc))
    weights = pf.network.layers[0].weights
    assert weights[0, 1] == 0 and weights[1, 0] == 0
    assert 2 <= weights[0, 0] < 3 and 2 <= weights[1, 1] < 3
    assert pf.inits[0] == {"name": "uniform", "seed": 5, "low": 2, "high": 3}


def test_saving_an_init_layer_writes_weights_and_keeps_the_init(tmp_path):
    pf = loads(as_text(init_doc(seed=4)))
    drawn = [layer.weights.copy() for layer in pf.network.layers]
    trainer = pf.make_trainer()
    trainer.train(3)
    save(pf, tmp_path / "trained.json")
    written = json.loads((tmp_path / "trained.json").read_text(encoding="utf-8"))
    assert written["layers"][1]["init"] == {"name": "glorot_uniform", "seed": 4}
    assert written["layers"][1]["weights"] == pf.network.layers[0].weights.tolist()
    again = load(tmp_path / "trained.json")
    assert bits(again.network.layers[0].weights) == bits(pf.network.layers[0].weights)
    weights, bias = again.initial_parameters(0)  # "reset to initial weights"
    assert bits(weights) == bits(drawn[0]) and bias.tolist() == [0.0, 0.0]
    assert load(CLASSIC).initial_parameters(0) is None


# --- data sources -----------------------------------------------------------------------


def xor_doc(data: dict) -> dict:
    doc = json.loads(XOR.read_text(encoding="utf-8"))
    doc["data"] = data
    return doc


def test_builtin_data_loads_with_its_parameters():
    doc = xor_doc({"builtin": "circle", "samples": 60, "noise": 0.1, "seed": 2})
    pf = loads(as_text(doc))
    dataset = pf.dataset()
    expected = load_builtin("circle", samples=60, noise=0.1, seed=2)
    assert np.array_equal(dataset.inputs, expected.inputs)
    assert np.array_equal(dataset.test_targets, expected.test_targets)
    assert to_dict(pf)["data"] == {"builtin": "circle", "samples": 60, "noise": 0.1, "seed": 2}


def test_test_data_becomes_the_test_set():
    doc = xor_doc({"builtin": "xor"})
    doc["test_data"] = {"inputs": [[0.1, 0.9], [0.9, 0.9]], "targets": [[1], [0]]}
    dataset = loads(as_text(doc)).dataset()
    assert dataset.test_inputs.tolist() == [[0.1, 0.9], [0.9, 0.9]]
    assert dataset.n_samples == 4


def test_relative_data_files_are_found_beside_the_network_file(tmp_path, monkeypatch):
    folder = tmp_path / "lesson"
    (folder / "data").mkdir(parents=True)
    np.savez(
        folder / "data" / "xor.npz",
        inputs=[[0, 0], [0, 1], [1, 0], [1, 1]],
        targets=[[0], [1], [1], [0]],
    )
    (folder / "data" / "test.csv").write_text("a,b,y\n0.2,0.8,1\n", encoding="utf-8")
    doc = xor_doc({"file": "data/xor.npz"})
    doc["test_data"] = {"file": "data/test.csv", "target_columns": 1}
    (folder / "net.json").write_text(as_text(doc), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    pf = load(Path("lesson") / "net.json")
    dataset = pf.dataset()
    assert dataset.targets.ravel().tolist() == [0, 1, 1, 0]
    assert dataset.test_inputs.tolist() == [[0.2, 0.8]]
    (tmp_path / "elsewhere").mkdir()
    save(pf, tmp_path / "elsewhere" / "copy.json")
    written = json.loads((tmp_path / "elsewhere" / "copy.json").read_text(encoding="utf-8"))
    assert written["data"] == {"file": "../lesson/data/xor.npz"}
    assert written["test_data"] == {"file": "../lesson/data/test.csv", "target_columns": 1}
    assert np.array_equal(
        load(tmp_path / "elsewhere" / "copy.json").dataset().inputs, dataset.inputs
    )
    assert pf.base_dir == (tmp_path / "elsewhere").absolute()
    assert np.array_equal(pf.dataset().inputs, dataset.inputs)


def test_a_missing_data_file_is_refused(tmp_path):
    message = refused(as_text(xor_doc({"file": "nope.npz"})), base_dir=tmp_path)
    assert message == f"data.file: no such file 'nope.npz' (looked for {tmp_path / 'nope.npz'})"


def test_dataset_errors_name_the_data_entry(tmp_path):
    (tmp_path / "bad.csv").write_text("a,b,y\n1,2,x\n", encoding="utf-8")
    message = refused(as_text(xor_doc({"file": "bad.csv"})), base_dir=tmp_path)
    assert message == "data: bad.csv, row 2, column 3: 'x' is not a number"
    message = refused(as_text(xor_doc({"builtin": "circle", "samples": 1})))
    assert message == "data: circle: samples must be a whole number from 2 to 100000, not 1"


# --- refusing bad files -----------------------------------------------------------------


def mutate(change):
    def make() -> str:
        doc = classic_doc()
        result = change(doc)
        return result if isinstance(result, str) else as_text(doc)

    return make


def _set(doc: dict, path: str, value) -> None:
    *parents, last = path.split("/")
    for key in parents:
        doc = doc[int(key)] if isinstance(doc, list) else doc[key]
    if isinstance(doc, list):
        doc[int(last)] = value
    else:
        doc[last] = value


def setting(path: str, value):
    return mutate(lambda doc: _set(doc, path, value))


def removing(path: str):
    def change(doc):
        *parents, last = path.split("/")
        for key in parents:
            doc = doc[int(key)] if isinstance(doc, list) else doc[key]
        del doc[last]

    return mutate(change)


def replacing(old: str, new: str):
    return mutate(lambda doc: as_text(doc).replace(old, new, 1))


ACTIVATIONS = "linear, sigmoid, tanh, relu, leaky_relu, step, softmax"
TOP = (
    "format, version, name, layers, loss, optimizer, training, data, test_data, layout, "
    "lesson, reduction, run"
)
BAD_FILES = [
    (
        lambda: '{"format": "nn-playground/network",\n "version": 1\n "layers": []}',
        "line 3, column 2: not valid JSON (expecting ',' delimiter)",
    ),
    (lambda: "", "line 1, column 1: not valid JSON (expecting value)"),
    (lambda: "[1, 2]", "not a Neural Network Playground network file (the JSON is a list of 2)"),
    (removing("format"), "format: missing: not a Neural Network Playground network file"),
    (
        setting("format", "keras"),
        "format: 'keras': not a Neural Network Playground network file "
        "(expected 'nn-playground/network')",
    ),
    (
        setting("version", 3),
        "version: made by a newer version of the playground (version 3); this one reads "
        "versions 1 to 2",
    ),
    (setting("version", "1"), "version: expected 1 or 2, got '1'"),
    (setting("version", True), "version: expected 1 or 2, got true"),
    (removing("version"), "version: missing"),
    (setting("lyers", []), f"lyers: unknown key (known: {TOP})"),
    (removing("loss"), "loss: missing"),
    (removing("data"), "data: missing"),
    (
        replacing("0.15", "NaN"),
        "layers[1].weights[0][0]: NaN is not allowed: every number must be finite",
    ),
    (
        replacing("0.25", "Infinity"),
        "layers[1].weights[0][1]: Infinity is not allowed: every number must be finite",
    ),
    (
        replacing("0.6", "-Infinity"),
        "layers[2].bias[0]: -Infinity is not allowed: every number must be finite",
    ),
    (
        replacing("0.45", "1e999"),
        "layers[2].weights[1][0]: 1e999 is too large: "
        "every number must be finite (within ±1.8e308)",
    ),
    (
        replacing("0.01", "-1e400"),
        "data.targets[0][0]: -1e400 is too large: every number must be finite (within ±1.8e308)",
    ),
    (setting("layers/1/weights/0/1", True), "layers[1].weights[0][1]: expected a number, got true"),
    (
        setting("layers/1/weights", [[1, 2, 3], [4, 5, 6]]),
        "layers[1].weights: expected 2×2 numbers, got 2×3",
    ),
    (
        setting("layers/1/weights", [[1, 2], [3]]),
        "layers[1].weights: expected 2×2 numbers, got 2 rows of different lengths (1, 2)",
    ),
    (
        setting("layers/1/weights", [1, 2]),
        "layers[1].weights: expected 2×2 numbers, got a list of 2 values, not of rows",
    ),
    (setting("layers/1/weights", "0.1"), "layers[1].weights: expected 2×2 numbers, got '0.1'"),
    (setting("layers/2/bias", [0.6, 0.6, 0.6]), "layers[2].bias: expected 2 numbers, got 3"),
    (setting("layers/2/bias/1", "0.6"), "layers[2].bias[1]: expected a number, got '0.6'"),
    (
        setting("layers/2/activation", "sigmod"),
        f"layers[2].activation: unknown 'sigmod' (known: {ACTIVATIONS})",
    ),
    (
        setting("layers/1/activation", "softmax"),
        "layers[1].activation: softmax is for the output layer only",
    ),
    (
        setting("layers/2/activation", "softmax"),
        "loss: a softmax output layer needs the cross_entropy loss, not half_sse",
    ),
    (
        setting("loss", "mae"),
        "loss: unknown 'mae' (known: half_sse, mse, cross_entropy, binary_cross_entropy)",
    ),
    (
        setting("loss", "cross_entropy"),
        "loss: cross_entropy needs a softmax output layer, not sigmoid (for one sigmoid output, "
        "binary_cross_entropy is the cross-entropy)",
    ),
    (removing("layers/1/activation"), "layers[1].activation: missing"),
    (removing("layers/1/weights"), "layers[1].weights: missing (give weights and bias, or init)"),
    (removing("layers/1/bias"), "layers[1].bias: missing (give weights and bias, or init)"),
    (setting("layers/1/units", 0), "layers[1].units: expected a whole number from 1, got 0"),
    (setting("layers/1/units", 2.0), "layers[1].units: expected a whole number from 1, got 2.0"),
    (setting("layers/0/units", 100_000), "layers[0].units: expected at most 10000, got 100000"),
    (
        setting("layers/0/activation", "relu"),
        "layers[0].activation: unknown key (known: units, labels, shape)",
    ),
    (
        setting("layers/1/trian_bias", True),
        "layers[1].trian_bias: unknown key "
        "(known: units, activation, labels, weights, bias, mask, train_bias, init)",
    ),
    (setting("layers/1/train_bias", 0), "layers[1].train_bias: expected true or false, got 0"),
    (setting("layers/1/labels", ["a"]), "layers[1].labels: expected 2 labels, got 1"),
    (setting("layers/0/labels", [1, 2]), "layers[0].labels[0]: expected text, got 1"),
    (
        setting("layers", [{"units": 2}]),
        "layers: expected a list of the input layer and at least one more, got a list of 1",
    ),
    (
        setting("layers/1/mask", [[1, 0.5], [1, 1]]),
        "layers[1].mask[0][1]: expected 0 or 1, got 0.5",
    ),
    (
        setting("layers/1/mask", [[1, True], [1, 1]]),
        "layers[1].mask[0][1]: expected a number, got true",
    ),
    (
        setting("layers/1/mask", [[1, 0], [1, 1]]),
        "layers[1].weights[0][1]: 0.25 on an edge the mask removes (mask 0); it must be 0",
    ),
    (
        setting("layers/1/init", {"name": "glorot"}),
        "layers[1].init.name: unknown 'glorot' (known: glorot_uniform, he_uniform, uniform, "
        "normal, numpy_legacy, zeros)",
    ),
    (
        setting("layers/1/init", {"name": "zeros", "low": 1}),
        "layers[1].init.low: the zeros initialiser takes no low (it takes only a seed)",
    ),
    (
        setting("layers/1/init", {"name": "uniform", "low": 1, "high": 0}),
        "layers[1].init: uniform initialiser needs low < high, got 1 and 0",
    ),
    (
        setting("layers/1/init", {"name": "glorot_uniform", "seed": -1}),
        "layers[1].init.seed: expected a whole number from 0, got -1",
    ),
    (
        setting("optimizer", {"name": "sgdd"}),
        "optimizer.name: unknown 'sgdd' (known: sgd, adam, rmsprop, perceptron)",
    ),
    (setting("optimizer", {"learning_rate": 0.5}), "optimizer.name: missing"),
    (setting("optimizer", "sgd"), "optimizer: expected an object {…}, got 'sgd'"),
    (
        setting("optimizer/lr", 0.5),
        "optimizer.lr: unknown key (known: name, learning_rate, momentum, nesterov)",
    ),
    (
        setting("optimizer/learning_rate", True),
        "optimizer.learning_rate: the learning rate must be a finite number, got true",
    ),
    (
        setting("optimizer/learning_rate", -0.5),
        "optimizer.learning_rate: the learning rate must be greater than 0, got -0.5",
    ),
    (
        setting("optimizer/momentum", 1),
        "optimizer.momentum: momentum must be at least 0 and less than 1, got 1",
    ),
    (setting("optimizer/nesterov", 1), "optimizer.nesterov: nesterov must be true or false, got 1"),
    (
        setting("optimizer/name", "perceptron"),
        "optimizer: the perceptron optimizer trains a single layer of step nodes "
        "(this network is [2, 2, 2] with sigmoid, sigmoid)",
    ),
    (
        setting("training/batch_size", 0),
        "training.batch_size: expected a whole number from 1, got 0",
    ),
    (setting("training/shuffle", "yes"), "training.shuffle: expected true or false, got 'yes'"),
    (
        setting("training/epochs", 3),
        "training.epochs: unknown key (known: batch_size, shuffle, seed)",
    ),
    (setting("name", 3), "name: expected text, got 3"),
    (setting("layout", []), "layout: expected an object {…}, got an empty list"),
    (
        setting("data/inputs", [[0.05, 0.1, 0.2]]),
        "data.inputs: rows of 3 values, the input layer has 2 units",
    ),
    (
        setting("data/targets", [[0.01]]),
        "data.targets: rows of 1 value, the output layer has 2 units",
    ),
    (setting("data/targets", [[0.01, 0.99], [0, 1]]), "data.targets: 2 rows for 1 row of inputs"),
    (
        setting("data/inputs", [[0.05, 0.1], [0.05]]),
        "data.inputs[1]: expected 2 numbers like the first row, got 1",
    ),
    (
        setting("data/inputs", []),
        "data.inputs: expected a list of rows, one per sample, got an empty list",
    ),
    (setting("data/inputs", [0.05, 0.1]), "data.inputs[0]: expected a row of numbers, got 0.05"),
    (setting("data/extra", 1), "data.extra: unknown key (known: inputs, targets)"),
    (
        setting("data", {"builtin": "xor"}),
        "data: builtin xor has 1 target value per sample, the output layer has 2 units",
    ),
    (
        setting("data", {"builtin": "xr"}),
        f"data.builtin: unknown 'xr' (known: {', '.join(BUILTIN_NAMES)})",
    ),
    (setting("data", {"builtin": "xor", "noise": 0.1}), "data.noise: unknown key (known: builtin)"),
    (
        setting("data", {"builtin": "xor", "inputs": []}),
        "data: give either inputs and targets, or builtin, or file (got inputs and builtin)",
    ),
    (
        setting("data", {}),
        "data: give either inputs and targets, or builtin, or file (got none of them)",
    ),
    (
        setting("data", {"file": "x.txt"}),
        "data.file: the playground reads .csv, .npz and idx files (…-idx3-ubyte, plain or .gz), "
        "not 'x.txt'",
    ),
    (
        setting("data", {"file": "x.npz", "target_columns": 1}),
        "data.target_columns: unknown key (known: file)",
    ),
    (
        setting("test_data", {"inputs": [[1, 2]], "targets": [[1]]}),
        "test_data.targets: rows of 1 value, the output layer has 2 units",
    ),
]


@pytest.mark.parametrize(("make", "message"), BAD_FILES, ids=[m for _, m in BAD_FILES])
def test_bad_files_are_refused_with_place_and_problem(make, message):
    assert refused(make()) == message


def test_the_error_keeps_place_and_problem_apart():
    with pytest.raises(NetworkFileError) as info:
        loads(setting("layers/1/weights", [[1, 2, 3], [4, 5, 6]])())
    assert info.value.place == "layers[1].weights"
    assert info.value.problem == "expected 2×2 numbers, got 2×3"
    assert isinstance(info.value, ValueError)


def test_unreadable_paths_are_refused(tmp_path):
    with pytest.raises(NetworkFileError, match="^cannot read it: no such file or directory$"):
        load(tmp_path / "missing.json")
    (tmp_path / "latin1.json").write_bytes(b'{"name": "caf\xe9"}')
    with pytest.raises(NetworkFileError, match="^not a network file: not UTF-8 text$"):
        load(tmp_path / "latin1.json")


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + CLASSIC.read_bytes())
    assert load(path).name == "Classic 2-2-2"


def optimizer_doc(name: str, key: str, value) -> dict:
    """A valid file (the perceptron one for Rosenblatt's rule) with ``{"name": name, key:
    value}`` as its optimizer."""
    base = PERCEPTRON if name == "perceptron" else CLASSIC
    doc = json.loads(base.read_text(encoding="utf-8"))
    doc["optimizer"] = {"name": name, key: value}
    return doc


@pytest.mark.parametrize(
    ("name", "key", "value", "words"), BAD_PARAMETERS, ids=[c[-1] for c in BAD_PARAMETERS]
)
def test_bad_optimizer_parameters_are_refused_in_the_engines_words(name, key, value, words):
    assert refused(as_text(optimizer_doc(name, key, value))) == f"optimizer.{key}: {words}"
    assert parameter_problem(name, key, value) == words  # what the window's controls say


@pytest.mark.parametrize(("name", "key", "value"), GOOD_BOUNDARIES)
def test_optimizer_parameters_at_the_edge_of_their_range_load(name, key, value):
    pf = loads(as_text(optimizer_doc(name, key, value)))
    assert pf.optimizer == {"name": name, key: value}
    assert pf.make_trainer().optimizer.config()[key] == value


# --- building a trainer from a file's parts -----------------------------------------------


def test_build_trainer_trains_the_network_as_make_trainer_does():
    pf, twin = load(XOR), load(XOR)
    settings = TrainingSettings(batch_size=3, shuffle=True, seed=5)
    optimizer = {"name": "adam", "learning_rate": 0.05, "beta_1": 0.8}
    trainer = build_trainer(pf.network, optimizer, settings, pf.dataset())
    assert trainer.network is pf.network and trainer.batch_size == 3 and trainer.shuffle
    assert trainer.optimizer.config() == {
        "name": "adam",
        "learning_rate": 0.05,
        "beta_1": 0.8,
        "beta_2": 0.999,
        "epsilon": 1e-7,
    }
    twin.optimizer, twin.training = optimizer, settings
    trainer.train(7)
    twin.make_trainer().train(7)
    for a, b in zip(pf.network.layers, twin.network.layers, strict=True):
        assert bits(a.weights) == bits(b.weights) and bits(a.bias) == bits(b.bias)


def test_build_trainer_raises_the_engines_errors():
    pf = load(XOR)
    with pytest.raises(ParameterError) as info:
        build_trainer(pf.network, {"name": "sgd", "momentum": 1}, TrainingSettings(), pf.dataset())
    assert (info.value.optimizer, info.value.key, info.value.value) == ("sgd", "momentum", 1)
    pf.optimizer = {"name": "sgd", "learning_rate": 0}  # made in code, never loaded
    with pytest.raises(NetworkFileError) as wrapped:
        pf.make_trainer()
    assert wrapped.value.place == "optimizer"
    assert wrapped.value.problem == "optimizer sgd: the learning rate must be greater than 0, got 0"


# --- nothing but NetworkFileError, whatever the input -----------------------------------

REPLACEMENTS = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    1e308,
    10**400,
    "x",
    "",
    [],
    {},
    [[]],
    [1, 2],
    [[1, 2, 3]],
    [[0, 1], [1, 0]],
    {"name": "zeros"},
    {"a": 1},
]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _variants(doc):
    for path in list(_paths(doc)):
        if not path:
            continue
        *parents, last = path
        for replacement in [*REPLACEMENTS, "DELETE"]:
            variant = copy.deepcopy(doc)
            holder = variant
            for key in parents:
                holder = holder[key]
            if replacement == "DELETE":
                del holder[last]
            else:
                holder[last] = copy.deepcopy(replacement)
            yield variant


def _rich_doc() -> dict:
    doc = init_doc()
    doc["layers"][1]["mask"] = [[1, 0], [1, 1]]
    doc["layers"][2].update(weights=[[0.4, 0.5], [0.45, 0.55]], bias=[0.6, 0.6])
    doc["data"] = {"builtin": "seven_segment"}
    doc["layers"][0]["units"] = 7
    doc["layers"][0]["labels"] = list("abcdefg")
    doc["layers"][1]["mask"] = [[1, 0]] * 7
    doc["layers"][2]["units"] = 10
    doc["layers"][2].update(weights=[[0.1] * 10] * 2, bias=[0.0] * 10, labels=list("0123456789"))
    doc["test_data"] = {"inputs": [[1, 0, 0, 0, 0, 0, 0]], "targets": [[1] + [0] * 9]}
    doc["optimizer"] = {"name": "adam", "learning_rate": 0.01, "beta_1": 0.9}
    return doc


# How many variants the fuzz tests' loader refuses and loads, at least. Measured once by
# counting the outcomes of these very loops, when the optimizer parameter ranges
# (playground.engine.optimizers.PARAMETER_RANGES) were added: classic 1062 refused and 458
# loaded of 1520 variants, rich 2247 and 622 of 2869, damaged text 496 refused of 525 (the
# loader before the ranges: 1061/459 and 2243/626). The bounds sit about 5% below, so a new
# check passes, while a loader that stops refusing a kind of damage (or starts refusing good
# files) fails.
AT_LEAST = {"classic": (1000, 430), "rich": (2130, 590)}  # (refused, loaded)
DAMAGED_REFUSED_AT_LEAST = 470


@pytest.mark.parametrize("base", [classic_doc, _rich_doc], ids=["classic", "rich"])
def test_mutated_files_raise_only_network_file_errors(base):
    doc = base()
    loads(as_text(doc))  # the base itself is valid
    outcomes = {"loaded": 0, "refused": 0}
    for variant in _variants(doc):
        try:
            loads(as_text(variant))
        except NetworkFileError as exc:
            assert str(exc) and "\n" not in str(exc)
            outcomes["refused"] += 1
        else:
            outcomes["loaded"] += 1
    refused_at_least, loaded_at_least = AT_LEAST["classic" if base is classic_doc else "rich"]
    assert outcomes["refused"] >= refused_at_least, outcomes
    assert outcomes["loaded"] >= loaded_at_least, outcomes


def test_damaged_text_raises_only_network_file_errors():
    text = as_text(_rich_doc())
    rng = np.random.default_rng(1)
    damaged = [text[:cut] for cut in range(0, len(text), 5)]
    for _ in range(300):
        position = int(rng.integers(len(text)))
        junk = str(rng.choice(["NaN", "1e999", "-", "]", "{", '"', ",", "true", "0", "[[", "\\"]))
        damaged.append(text[:position] + junk + text[position + 1 :])
    damaged += ["[" * 100_000, '{"a":' * 50_000, b"\xff\xfe\x00".decode("latin-1"), "1" * 5000]
    refused = 0
    for variant in damaged:
        try:
            loads(variant)
        except NetworkFileError as exc:
            assert str(exc) and "\n" not in str(exc)
            refused += 1
    assert refused >= DAMAGED_REFUSED_AT_LEAST, f"{refused} of {len(damaged)} refused"


# --- saving -----------------------------------------------------------------------------


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "net.json"
    pf = load(CLASSIC)
    save(pf, target)
    assert os.listdir(tmp_path) == ["net.json"]
    assert target.read_text(encoding="utf-8") == CLASSIC.read_text(encoding="utf-8")
    pf.name = "renamed"
    save(pf, target)
    assert os.listdir(tmp_path) == ["net.json"]
    assert load(target).name == "renamed"


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda pf: pf.layout.update(item=object()),
            "layout.item: cannot be written: a object is not a JSON value",
        ),
        (lambda pf: pf.layout.update({3: "x"}), "layout.3: cannot be written: keys must be text"),
        (
            lambda pf: pf.network.layers[0].weights.__setitem__((0, 0), np.nan),
            "layers[1].weights[0][0]: cannot be written: "
            "nan is not a finite number (the file allows none)",
        ),
        (
            lambda pf: pf.optimizer.update(learning_rate=0.0),
            "optimizer.learning_rate: the learning rate must be greater than 0, got 0",
        ),
    ],
)
def test_a_failed_save_leaves_the_target_untouched(tmp_path, spoil, message):
    target = tmp_path / "net.json"
    target.write_text("the old contents", encoding="utf-8")
    pf = load(CLASSIC)
    spoil(pf)
    with pytest.raises(NetworkFileError) as info:
        save(pf, target)
    assert str(info.value) == message
    assert target.read_text(encoding="utf-8") == "the old contents"
    assert os.listdir(tmp_path) == ["net.json"]


def test_a_failed_rename_leaves_the_target_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "net.json"
    target.write_text("the old contents", encoding="utf-8")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        save(load(CLASSIC), target)
    assert target.read_text(encoding="utf-8") == "the old contents"
    assert os.listdir(tmp_path) == ["net.json"]


def test_saving_keeps_an_existing_files_permissions(tmp_path):
    target = tmp_path / "net.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    save(load(CLASSIC), target)
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_new_document_can_be_built_saved_and_trained(tmp_path):
    network = Network(
        input_units=2,
        loss="mse",
        layers=[Layer(activation="sigmoid", weights=[[0.5], [-0.5]], bias=[0.1])],
    )
    pf = PlaygroundFile(network=network, data=DataSource.builtin("and"))
    save(pf, tmp_path / "and.json")
    again = load(tmp_path / "and.json")
    assert again.optimizer == {"name": "sgd"}
    trainer = again.make_trainer()
    assert type(trainer.optimizer) is type(make_optimizer("sgd"))
    assert trainer.n_samples == 4


def test_a_numpy_legacy_init_loads_and_draws_the_notes_numbers(tmp_path):
    doc = json.loads(resource_path("examples", "xor.json").read_text())
    doc["layers"][1] = {
        "units": 2, "activation": "sigmoid",
        "init": {"name": "numpy_legacy", "seed": 5, "draw": "random", "scale": 2, "offset": -1},
    }  # fmt: skip
    path = tmp_path / "legacy.json"
    path.write_text(json.dumps(doc))
    np.random.seed(5)
    expected = 2 * np.random.random((2, 2)) - 1
    np.testing.assert_array_equal(load(path).network.layers[0].weights, expected)


def test_the_sum_reduction_is_read_and_written_and_the_mean_left_implicit(tmp_path):
    doc = json.loads(resource_path("examples", "xor.json").read_text())
    assert "reduction" not in doc
    doc["reduction"] = "sum"
    path = tmp_path / "sum.json"
    path.write_text(json.dumps(doc))
    pf = load(path)
    assert pf.network.reduction == "sum"
    assert json.loads(dumps(pf))["reduction"] == "sum"
    pf.network.reduction = "mean"
    assert "reduction" not in json.loads(dumps(pf))
    doc["reduction"] = "median"
    path.write_text(json.dumps(doc))
    with pytest.raises(NetworkFileError, match="reduction: unknown 'median'"):
        load(path)
