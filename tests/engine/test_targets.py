"""Targets the loss can learn: one rule, the same for the engine, the file and the window."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground import io
from playground.engine import EngineError, Layer, Network, Trainer, make_optimizer
from playground.engine.losses import targets_problem
from playground.paths import resource_path


@pytest.mark.parametrize(
    ("loss", "activation", "targets", "says"),
    [
        ("cross_entropy", "softmax", [[0.2, 0.8]], "one-hot targets"),
        ("cross_entropy", "softmax", [[1, 1]], "one-hot targets"),
        ("cross_entropy", "softmax", [[1]], "two or more nodes"),
        ("binary_cross_entropy", "sigmoid", [[1.5]], "targets from 0 to 1"),
        ("cross_entropy", "softmax", [[0, 1], [1, 0]], None),
        ("binary_cross_entropy", "sigmoid", [[0.25]], None),
        ("mse", "sigmoid", [[7.0]], None),
    ],
)
def test_targets_problem(loss, activation, targets, says):
    problem = targets_problem(loss, activation, np.array(targets, dtype=float))
    assert (problem is None) if says is None else (says in problem)


def test_the_trainer_and_the_loader_refuse_targets_the_loss_cannot_learn(tmp_path):
    network = Network(
        input_units=1,
        loss="cross_entropy",
        layers=[Layer(activation="softmax", weights=[[0.1, 0.2]], bias=[0.0, 0.0])],
    )
    with pytest.raises(EngineError, match="one-hot targets"):
        Trainer(network, make_optimizer("sgd"), inputs=[[1.0]], targets=[[0.3, 0.7]])
    doc = json.loads(resource_path("examples", "digits.json").read_text())
    doc["data"] = {"inputs": [[0.0] * 64], "targets": [[0.5] * 2 + [0.0] * 8]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(io.NetworkFileError, match="one-hot targets"):
        io.load(path)
