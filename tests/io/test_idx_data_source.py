"""idx files and the found built-ins (mnist, fashion_mnist) in a network file's ``data``."""

import json

import numpy as np
import pytest

from playground.engine import found_data
from playground.engine.datasets import DataNotFound
from playground.io import DataSource, NetworkFileError, load, loads, save
from tests.engine.idx_samples import IMAGES, LABELS, write_idx, write_idx_set, write_keras_npz

PAIR = {"file": "data/train-images-idx3-ubyte.gz", "labels": "data/train-labels-idx1-ubyte.gz"}


def network_doc(data: dict, *, inputs: int = 4, outputs: int = 4) -> dict:
    """A one-layer softmax network of ``inputs`` pixels and ``outputs`` classes."""
    return {
        "format": "nn-playground/network",
        "version": 1,
        "layers": [
            {"units": inputs},
            {"units": outputs, "activation": "softmax", "init": {"name": "glorot_uniform"}},
        ],
        "loss": "cross_entropy",
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
        "data": data,
    }


@pytest.fixture
def folder(tmp_path):
    """``lesson/data/`` holding a 2×2 idx pair (four images, classes 0..3) and a test pair."""
    data = tmp_path / "lesson" / "data"
    data.mkdir(parents=True)
    for part, rows in (("train", slice(None)), ("t10k", slice(0, 2))):
        write_idx(data / f"{part}-images-idx3-ubyte.gz", IMAGES[rows])
        write_idx(data / f"{part}-labels-idx1-ubyte.gz", LABELS[rows])
    return tmp_path / "lesson"


def write(path, doc: dict):
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_idx_pair_beside_the_network_file_loads_and_trains(folder):
    doc = network_doc(
        {
            **PAIR,
            "test_path": "data/t10k-images-idx3-ubyte.gz",
            "test_labels": "data/t10k-labels-idx1-ubyte.gz",
        }
    )
    pf = load(write(folder / "net.json", doc))
    dataset = pf.dataset()
    assert np.array_equal(dataset.inputs, IMAGES.reshape(4, 4) / 255.0)
    assert dataset.test_inputs.shape == (2, 4)
    trainer = pf.make_trainer()
    assert trainer.train(3).epochs[-1].epoch == 3


def test_saving_elsewhere_rewrites_every_path_it_names(folder, tmp_path):
    doc = network_doc({**PAIR, "samples": 3})
    pf = load(write(folder / "net.json", doc))
    (tmp_path / "elsewhere").mkdir()
    save(pf, tmp_path / "elsewhere" / "copy.json")
    written = json.loads((tmp_path / "elsewhere" / "copy.json").read_text(encoding="utf-8"))
    assert written["data"] == {
        "file": "../lesson/data/train-images-idx3-ubyte.gz",
        "labels": "../lesson/data/train-labels-idx1-ubyte.gz",
        "samples": 3,
    }
    assert load(tmp_path / "elsewhere" / "copy.json").dataset().n_samples == 3


def test_a_data_source_lists_its_files(folder):
    source = DataSource.file(
        "data/train-images-idx3-ubyte.gz", labels="data/train-labels-idx1-ubyte.gz"
    )
    assert source.files(folder) == [
        folder / "data" / "train-images-idx3-ubyte.gz",
        folder / "data" / "train-labels-idx1-ubyte.gz",
    ]
    assert DataSource.builtin("xor").files(folder) == []
    DataSource.builtin("digits").check_found()  # shipped: nothing to find


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"file": "a-idx3-ubyte.gz"}, "data.labels: missing"),
        (
            {**PAIR, "target_columns": 1},
            r"data.target_columns: unknown key \(known: file, labels, ",
        ),
        ({**PAIR, "test_path": "t.gz"}, "data: a test set needs both test_path and test_labels"),
        ({**PAIR, "samples": 0}, "data.samples: expected a whole number from 1, got 0"),
        ({**PAIR, "labels": 3}, "data.labels: expected text, got 3"),
        ({"file": "x.npz", "labels": "y"}, r"data.labels: unknown key \(known: file\)"),
        (
            {**PAIR, "labels": "data/nope-labels-idx1-ubyte.gz"},
            "data.labels: no such file 'data/nope-labels-idx1-ubyte.gz' \\(looked for .*",
        ),
    ],
)
def test_a_bad_idx_entry_is_refused_with_its_place(folder, data, message):
    with pytest.raises(NetworkFileError, match=message):
        loads(json.dumps(network_doc(data)), base_dir=folder)


def test_samples_that_do_not_fit_the_network_are_refused(folder):
    with pytest.raises(NetworkFileError, match="4 input values per sample, the input layer has 3"):
        loads(json.dumps(network_doc(PAIR, inputs=3)), base_dir=folder)


def test_mnist_in_a_network_file_is_found_or_refused_in_one_line(nowhere):
    doc = network_doc({"builtin": "mnist", "samples": 20}, inputs=784, outputs=10)
    with pytest.raises(NetworkFileError) as refused:
        loads(json.dumps(doc))
    message = str(refused.value)
    assert message.startswith("data: mnist is not on this machine") and "\n" not in message
    with pytest.raises(DataNotFound):
        DataSource.builtin("mnist").check_found()
    write_keras_npz(nowhere / ".keras" / "datasets" / "mnist.npz", n_train=30, n_test=12)
    pf = loads(json.dumps(doc))
    assert pf.dataset().n_samples == 20 and len(pf.dataset().test_inputs) == 12
    assert json.loads(json.dumps(doc))["data"] == {"builtin": "mnist", "samples": 20}


def test_fashion_mnist_from_an_override_folder(tmp_path, monkeypatch, nowhere):
    write_idx_set(tmp_path / "mine" / "fashion-mnist", n_train=8, n_test=3)
    monkeypatch.setenv(found_data.ENV_VAR, str(tmp_path / "mine"))
    doc = network_doc({"builtin": "fashion_mnist", "test_samples": 2}, inputs=784, outputs=10)
    dataset = loads(json.dumps(doc)).dataset()
    assert (dataset.n_samples, len(dataset.test_inputs)) == (8, 2)
