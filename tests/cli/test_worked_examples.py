"""The course notes' worked examples, from the bundled files through playground-cli."""

import json

import pytest

from playground.cli import main
from playground.paths import resource_path


def train(capsys, name: str, epochs: int) -> dict:
    status = main(
        ["train", str(resource_path("examples", name)), "--epochs", str(epochs), "--json"]
    )
    assert status == 0
    return json.loads(capsys.readouterr().out)


def test_perceptron_and_gate_ends_on_the_notes_printed_bits(capsys):
    result = train(capsys, "perceptron-and.json", 5)
    layer = result["network"]["layers"][1]
    assert layer["weights"] == [[0.2], [0.1]]
    assert layer["bias"] == [-0.20000000000000004]
    assert result["steps"] == 20  # Rosenblatt: one sample at a time
    assert result["accuracy"] == 1.0


def test_one_neuron_keras_example_converges_to_w_4_2_b_1_6(capsys):
    result = train(capsys, "one-neuron.json", 999)
    layer = result["network"]["layers"][1]
    shrink = 0.9**999  # the error shrinks by 0.9 each step (tests/engine/test_keras_examples)
    assert layer["weights"][0][0] == pytest.approx(3 + 1.2 * (1 - shrink), rel=1e-12)
    assert layer["bias"][0] == pytest.approx(1 + 0.6 * (1 - shrink), rel=1e-12)
    assert result["outputs"][0][0] == pytest.approx(10.0, rel=1e-12)


def test_classic_example_after_ten_thousand_updates(capsys):
    result = train(capsys, "classic-2-2-2.json", 10_000)
    assert result["loss"] == pytest.approx(3.51018778e-05, rel=1e-8)
