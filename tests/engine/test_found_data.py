"""mnist and fashion_mnist: found where learners keep them (never downloaded), or DataNotFound
naming the places looked in. HOME, KERAS_HOME, PLAYGROUND_DATA_DIR and Debian's folder all
point into tmp_path here, so the learner's own files never count."""

import numpy as np
import pytest

from playground.engine import found_data
from playground.engine.datasets import (
    BUILTIN_NAMES,
    DataNotFound,
    DatasetError,
    builtin_parameters,
    find_builtin_data,
    load_builtin,
)
from tests.engine.idx_samples import write_idx, write_idx_set, write_keras_npz


@pytest.fixture(autouse=True)
def _nowhere(nowhere):
    """Every test here starts with no MNIST anywhere (tests/conftest.py)."""
    return nowhere


def test_both_are_built_ins_with_samples_and_test_samples():
    assert BUILTIN_NAMES[-2:] == ("mnist", "fashion_mnist")
    for name in ("mnist", "fashion_mnist"):
        assert builtin_parameters(name) == {"samples": 60_000, "test_samples": 10_000}


@pytest.mark.parametrize("name", ["mnist", "fashion_mnist"])
def test_nothing_found_is_data_not_found_naming_the_places_in_one_line(name, nowhere):
    with pytest.raises(DataNotFound) as missing:
        load_builtin(name)
    error = missing.value
    assert isinstance(error, DatasetError) and error.dataset == name
    message = str(error)
    assert "\n" not in message and message.startswith(f"{name} is not on this machine")
    assert "never downloads" in message and "digits" in message
    assert str(nowhere / ".keras" / "datasets") in message  # the home of this call
    assert "$PLAYGROUND_DATA_DIR (not set)" in error.places
    assert all(place in message for place in error.places)
    if name == "fashion_mnist":
        assert any("usr-share-datasets" in place for place in error.places)
    with pytest.raises(DataNotFound):
        find_builtin_data(name)


def test_mnist_from_keras_cache(nowhere):
    arrays = write_keras_npz(nowhere / ".keras" / "datasets" / "mnist.npz", n_train=30, n_test=12)
    assert find_builtin_data("mnist") == [str(nowhere / ".keras" / "datasets" / "mnist.npz")]
    data = load_builtin("mnist")
    assert data.name == "mnist" and (data.n_samples, data.n_inputs, data.n_outputs) == (30, 784, 10)
    assert np.array_equal(data.inputs, arrays["x_train"].reshape(30, 784) / 255.0)
    assert np.array_equal(data.targets.argmax(axis=1), arrays["y_train"])
    assert data.test_inputs.shape == (12, 784) and data.target_labels == tuple("0123456789")
    quick = load_builtin("mnist", samples=5, test_samples=2)
    assert (quick.n_samples, len(quick.test_inputs)) == (5, 2)
    assert np.array_equal(quick.inputs, data.inputs[:5])


def test_keras_home_is_where_keras_keeps_it(tmp_path, monkeypatch):
    keras = tmp_path / "elsewhere"
    write_keras_npz(keras / "datasets" / "mnist.npz", n_train=3, n_test=2)
    monkeypatch.setenv("KERAS_HOME", str(keras))
    assert load_builtin("mnist").n_samples == 3


def test_ten_classes_even_when_few_labels_are_kept(nowhere):
    write_keras_npz(nowhere / ".keras" / "datasets" / "mnist.npz", n_train=12, n_test=4)
    data = load_builtin("mnist", samples=3, test_samples=1)
    assert data.n_outputs == 10 and data.targets.argmax(axis=1).tolist() == [0, 1, 2]


def test_fashion_mnist_from_keras_cache_with_its_class_names(nowhere):
    arrays = write_idx_set(nowhere / ".keras" / "datasets" / "fashion-mnist", n_train=20, n_test=10)
    data = load_builtin("fashion_mnist")
    assert data.target_labels[0] == "T-shirt/top" and data.target_labels[-1] == "Ankle boot"
    assert np.array_equal(data.inputs, arrays["train"][0].reshape(20, 784) / 255.0)
    assert np.array_equal(data.test_targets.argmax(axis=1), arrays["t10k"][1])


def test_fashion_mnist_from_debians_package(tmp_path):
    folder = tmp_path / "usr-share-datasets" / "fashion-mnist"
    write_idx_set(folder, n_train=6, n_test=4)
    assert find_builtin_data("fashion_mnist")[0] == str(folder / "train-images-idx3-ubyte.gz")
    assert load_builtin("fashion_mnist").n_samples == 6


def test_the_environment_variable_comes_first(tmp_path, monkeypatch, nowhere):
    write_keras_npz(nowhere / ".keras" / "datasets" / "mnist.npz", n_train=30, n_test=12)
    mine = tmp_path / "mine"
    write_idx_set(mine / "mnist", n_train=7, n_test=3, gz=False)  # gunzipped files are found
    monkeypatch.setenv(found_data.ENV_VAR, str(mine))
    assert load_builtin("mnist").n_samples == 7
    write_keras_npz(mine / "mnist.npz", n_train=9, n_test=3)
    assert load_builtin("mnist").n_samples == 9  # an .npz there before a folder there
    write_idx_set(tmp_path / "usr-share-datasets" / "fashion-mnist", n_train=6, n_test=4)
    write_idx_set(mine / "fashion-mnist", n_train=5, n_test=4)
    assert load_builtin("fashion_mnist").n_samples == 5


def test_an_override_without_the_data_is_named_and_the_search_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv(found_data.ENV_VAR, str(tmp_path / "empty"))
    with pytest.raises(DataNotFound) as missing:
        load_builtin("mnist")
    assert missing.value.places[:2] == (
        str(tmp_path / "empty" / "mnist.npz"),
        str(tmp_path / "empty" / "mnist") + "/",
    )
    assert "(not set)" not in str(missing.value)


def test_an_incomplete_set_is_not_found_and_names_with_dots_are(nowhere):
    folder = nowhere / ".keras" / "datasets" / "fashion-mnist"
    write_idx_set(folder, n_train=4, n_test=2)
    (folder / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DataNotFound):
        load_builtin("fashion_mnist")
    write_idx(folder / "t10k-labels.idx1-ubyte", np.array([0, 1], dtype=np.uint8))
    assert len(load_builtin("fashion_mnist").test_inputs) == 2


def test_found_but_unreadable_is_a_dataset_error_not_data_not_found(nowhere):
    path = nowhere / ".keras" / "datasets" / "mnist.npz"
    path.parent.mkdir(parents=True)
    np.savez(path, inputs=np.zeros((2, 3)), targets=np.zeros((2, 1)))
    with pytest.raises(DatasetError, match="expected Keras' x_train") as refused:
        load_builtin("mnist")
    assert not isinstance(refused.value, DataNotFound)
    np.savez(path, x_train=np.zeros((2, 28, 28), np.uint8), y_train=np.array([3, 12]),
             x_test=np.zeros((1, 28, 28), np.uint8), y_test=np.array([1]))  # fmt: skip
    with pytest.raises(
        DatasetError, match="class labels must be whole numbers 0 to 9; found 1 to 12"
    ):
        load_builtin("mnist")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"samples": 0}, "samples must be a whole number from 2 to 100000, not 0"),
        ({"test_samples": 0}, "test_samples must be a whole number from 1 to 100000, not 0"),
        ({"noise": 0.1}, "mnist has no parameter 'noise'; its parameters: samples, test_samples"),
    ],
)
def test_parameters_are_checked_before_looking(params, message):
    with pytest.raises(DatasetError, match=message) as refused:
        load_builtin("mnist", **params)
    assert not isinstance(refused.value, DataNotFound)


def test_a_shipped_or_generated_built_in_needs_nothing_found():
    assert find_builtin_data("digits") == [] and find_builtin_data("xor") == []
    with pytest.raises(DatasetError, match="no built-in dataset 'mnst'"):
        find_builtin_data("mnst")
