"""The input layer's ``shape``: an image's [rows, columns], checked, kept and written back."""

import json

import pytest

from playground.engine import EngineError, Layer, Network
from playground.io import NetworkFileError, dumps, load, loads
from playground.paths import resource_path

DIGITS = resource_path("examples", "digits.json")
IMAGE_FILES = [
    ("examples", "digits.json", (8, 8)),
    ("lessons", "digits.json", (8, 8)),
    ("lessons", "mnist-784-50-10.json", (28, 28)),
    ("lessons", "fashion-mnist.json", (28, 28)),
]


def digits_doc() -> dict:
    return json.loads(DIGITS.read_text(encoding="utf-8"))


def with_shape(shape: object) -> str:
    doc = digits_doc()
    doc["layers"][0]["shape"] = shape
    return json.dumps(doc)


def refused(text: str) -> NetworkFileError:
    with pytest.raises(NetworkFileError) as info:
        loads(text)
    return info.value


@pytest.mark.parametrize(("folder", "name", "shape"), IMAGE_FILES)
def test_the_bundled_image_files_give_their_input_shape(folder, name, shape):
    layers = json.loads(resource_path(folder, name).read_text(encoding="utf-8"))["layers"]
    assert layers[0]["shape"] == list(shape)
    assert layers[0]["units"] == shape[0] * shape[1]


def test_the_digits_example_reads_an_8_by_8_image_and_writes_it_back():
    pf = load(DIGITS)
    assert pf.network.input_shape == (8, 8)
    assert pf.network.copy().input_shape == (8, 8)
    saved = json.loads(dumps(pf))
    assert saved["layers"][0] == {"units": 64, "shape": [8, 8]}
    assert loads(dumps(pf)).network.input_shape == (8, 8)


def test_a_strip_of_one_dimension_round_trips():
    pf = loads(with_shape([64]))
    assert pf.network.input_shape == (64,)
    assert json.loads(dumps(pf))["layers"][0]["shape"] == [64]


def test_a_network_without_a_shape_writes_none():
    pf = load(resource_path("examples", "classic-2-2-2.json"))
    assert pf.network.input_shape is None
    assert "shape" not in json.loads(dumps(pf))["layers"][0]


@pytest.mark.parametrize(
    ("shape", "place", "words"),
    [
        ([8, 9], "layers[0].shape", "8×9 is 72 pixels, the input layer has 64 units"),
        ([4, 4, 4], "layers[0].shape", "expected [rows, columns] or [length], got a list of 3"),
        ([], "layers[0].shape", "expected [rows, columns] or [length], got an empty list"),
        ("8x8", "layers[0].shape", "expected [rows, columns] or [length], got '8x8'"),
        ([0, 64], "layers[0].shape[0]", "expected a whole number from 1, got 0"),
        ([8, 8.0], "layers[0].shape[1]", "expected a whole number from 1, got 8.0"),
        ([8, True], "layers[0].shape[1]", "expected a whole number from 1, got true"),
    ],
)
def test_a_wrong_shape_is_refused_with_its_place(shape, place, words):
    error = refused(with_shape(shape))
    assert error.place == place
    assert str(error) == f"{place}: {words}"


def test_a_misspelt_input_key_is_still_refused():
    doc = digits_doc()
    doc["layers"][0]["shap"] = [8, 8]
    error = refused(json.dumps(doc))
    assert error.place == "layers[0].shap"


def test_the_engine_refuses_a_shape_that_is_not_its_inputs():
    layer = Layer(activation="sigmoid", weights=[[0.1], [0.2], [0.3], [0.4]], bias=[0.0])
    network = Network(input_units=4, layers=[layer], loss="mse", input_shape=[2, 2])
    assert network.input_shape == (2, 2)
    with pytest.raises(EngineError, match="^an input image of 3×2 is not 4 inputs$"):
        Network(input_units=4, layers=[layer], loss="mse", input_shape=(3, 2))
