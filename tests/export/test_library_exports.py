"""The Keras and PyTorch exports: where the library is installed, run in a subprocess, they
print ``train --json``'s numbers to 1e-6; everywhere, the source compiles, carries the
file's weights, biases and masks to the bit, and builds the layers the file describes."""

from __future__ import annotations

import ast
import json
import math

import numpy as np
import pytest

from playground.export import script_for
from playground.io import load
from playground.lessons import lesson_files
from playground.paths import resource_path
from tests.export.helpers import BIG_DATA, script_result, start_script, train_result

LIBRARIES = {"keras": "keras", "pytorch": "torch"}
SMALL = [  # every bundled file whose data is small enough to train in a moment
    path
    for path in [*lesson_files(), *sorted(resource_path("examples").glob("*.json"))]
    if json.loads(path.read_text(encoding="utf-8"))["data"].get("builtin") not in BIG_DATA
]
IDS = [f"{p.parent.name}/{p.stem}" for p in SMALL]
RUN_EPOCHS = 100


def _constants(source: str) -> dict:
    """The script's WEIGHTS, BIASES and MASKS, evaluated from its source alone (no import
    of Keras or PyTorch needed)."""
    values = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("WEIGHTS", "BIASES", "MASKS"):
                expression = ast.Expression(node.value)
                values[name] = eval(compile(expression, name, "eval"), {"np": np})
    return values


@pytest.mark.parametrize("target", LIBRARIES)
@pytest.mark.parametrize("path", SMALL, ids=IDS)
def test_the_script_compiles_and_carries_the_files_parameters(path, target):
    pf = load(path)
    source = script_for(pf, target=target, epochs=5)
    compile(source, f"{path.stem}_{target}.py", "exec")
    constants = _constants(source)
    layers = pf.network.layers
    for name, attribute in (("WEIGHTS", "weights"), ("BIASES", "bias")):
        for got, layer in zip(constants[name], layers, strict=True):
            expected = getattr(layer, attribute)
            assert got.dtype == np.float64 and got.shape == expected.shape
            assert got.tobytes() == expected.tobytes()  # the same bits, -0.0 included
    for got, layer in zip(constants["MASKS"], layers, strict=True):
        assert (got is None) == layer.is_fully_connected
        if got is not None:
            assert (got == layer.mask).all()


def test_the_keras_script_is_the_notes_idiom():
    pf = load(resource_path("lessons", "keras-2-2-2-relu-softmax.json"))
    source = script_for(pf, target="keras")
    for words in (
        'keras.config.set_floatx("float64")',
        "keras.Sequential(",
        "keras.Input(shape=(2,)),",
        "layer.set_weights([weights, bias])",
        "model.compile(",
        "shuffle=False",
        "batch_size=BATCH_SIZE",
        "keras.losses.CategoricalCrossentropy(from_logits=True",
        "keras.optimizers.SGD(",
    ):
        assert words in source
    assert source.count("keras.layers.Dense(") == len(pf.network.layers)


def test_the_pytorch_script_holds_the_weights_transposed():
    pf = load(resource_path("lessons", "xor-3-6-1-bias-column.json"))
    source = script_for(pf, target="pytorch")
    for words in (
        "torch.set_default_dtype(torch.float64)",
        "nn.Linear(3, 6),",
        "nn.Linear(6, 1),",
        "linear.weight.copy_(torch.from_numpy(WEIGHTS[index].T))",
        "linear.weight.register_hook(",  # the missing edges' gradients
        "linear.bias.requires_grad_(TRAIN_BIAS[index])",
        "torch.optim.SGD(",
    ):
        assert words in source


@pytest.mark.parametrize("target", LIBRARIES)
def test_what_the_library_lacks_is_said_in_the_script(target):
    perceptron = script_for(load(resource_path("lessons", "perceptron-or.json")), target=target)
    assert "no perceptron rule" in " ".join(perceptron.split())  # the words may wrap
    adam = script_for(load(resource_path("lessons", "spiral.json")), target=target)
    if target == "pytorch":
        assert "class KerasAdam(torch.optim.Optimizer)" in adam
    else:
        assert "keras.optimizers.Adam(" in adam


RUN = [  # every loss, optimizer, reduction; masks, held biases, shuffling, the perceptron
    resource_path("lessons", f"{stem}.json")
    for stem in (
        "classic-2-2-2",
        "keras-2-2-2-relu-softmax",
        "circle",
        "xor-2-2-1",
        "xor-3-6-1-bias-column",
        "perceptron-or",
        "regression-2x",
    )
]


@pytest.mark.parametrize("target", LIBRARIES)
@pytest.mark.parametrize("path", RUN, ids=[p.stem for p in RUN])
def test_the_script_reproduces_train_json_to_1e_6(capsys, tmp_path, path, target):
    pytest.importorskip(LIBRARIES[target], exc_type=ImportError)  # missing or unusable
    lesson = load(path).lesson
    epochs = min(RUN_EPOCHS, lesson.epochs if lesson else 1)
    process = start_script(script_for(load(path), target=target, epochs=epochs), tmp_path)
    expected = train_result(capsys, str(path), epochs)
    got = script_result(process)
    assert math.isclose(got["loss"], expected["loss"], rel_tol=1e-6, abs_tol=1e-6)
    for key in ("weights", "biases"):
        np.testing.assert_allclose(
            np.concatenate([np.ravel(a) for a in got[key]]),
            np.concatenate([np.ravel(a) for a in expected[key]]),
            rtol=1e-6,
            atol=1e-6,
        )
