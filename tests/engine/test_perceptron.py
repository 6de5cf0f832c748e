"""Rosenblatt's perceptron: the course notes' AND and OR exercises, to the printed digit."""

import numpy as np
import pytest

from playground.engine import EngineError, Layer, Network, Trainer, make_optimizer

TRUTH_TABLE_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)


def _perceptron(targets):
    network = Network(
        input_units=2,
        loss="half_sse",
        layers=[Layer(activation="step", weights=[[0.0], [0.0]], bias=[0.0])],
    )
    return Trainer(
        network,
        make_optimizer("perceptron", learning_rate=0.1),
        inputs=TRUTH_TABLE_INPUTS,
        targets=np.array(targets, float).reshape(-1, 1),
    )


def test_and_gate_after_five_epochs_matches_notes():
    trainer = _perceptron([0, 0, 0, 1])
    trainer.train(5)
    layer = trainer.network.layers[0]
    assert layer.weights[:, 0].tolist() == [0.2, 0.1]
    assert layer.bias[0] == -0.20000000000000004  # printed by the notes, float bits and all


def test_or_gate_after_five_epochs_matches_notes():
    trainer = _perceptron([0, 1, 1, 1])
    trainer.train(5)
    layer = trainer.network.layers[0]
    assert layer.weights[:, 0].tolist() == [0.1, 0.1]
    assert layer.bias[0] == -0.1


def test_perceptron_updates_one_sample_at_a_time():
    trainer = _perceptron([0, 0, 0, 1])
    trainer.run_epoch()
    assert trainer.steps == 4
    # first sample (0,0): step(0) = 1 but target 0, so b becomes −0.1 and w stays 0
    trainer2 = _perceptron([0, 0, 0, 1])
    trainer2.step()
    assert trainer2.network.layers[0].bias[0] == pytest.approx(-0.1)
    assert trainer2.network.layers[0].weights[:, 0].tolist() == [0.0, 0.0]


def test_perceptron_refuses_a_hidden_layer():
    network = Network(
        input_units=2,
        loss="half_sse",
        layers=[
            Layer(activation="sigmoid", weights=np.zeros((2, 2)), bias=[0, 0]),
            Layer(activation="step", weights=np.zeros((2, 1)), bias=[0]),
        ],
    )
    with pytest.raises(EngineError, match="single layer of step nodes"):
        Trainer(
            network,
            make_optimizer("perceptron"),
            inputs=TRUTH_TABLE_INPUTS,
            targets=np.zeros((4, 1)),
        )
