"""``Trainer.train(keep_every=k)`` keeps, without leaving its loop, the very checkpoints that
training ``k`` epochs per call and calling ``checkpoint()`` between calls would give."""

import dataclasses

import numpy as np
import pytest

from playground.io import load
from playground.paths import resource_path

CASES = [
    ("xor.json", {}),  # whole batches, one working vector
    ("xor.json", {"optimizer": "adam"}),  # Adam's moments laid flat
    ("xor.json", {"batch_size": 1, "shuffle": True}),  # shuffled mini-batches
    ("classic-2-2-2.json", {}),  # biases not trained: the per-array path
    ("spiral.json", {"optimizer": "sgd", "momentum": 0.9}),
]


def trainer_for(example: str, change: dict):
    pf = load(resource_path("examples", example))
    trainer = pf.make_trainer()
    if "optimizer" in change:
        from playground.engine import make_optimizer

        extra = {"momentum": change["momentum"]} if "momentum" in change else {}
        trainer.set_optimizer(make_optimizer(change["optimizer"], learning_rate=0.05, **extra))
    if "batch_size" in change:
        trainer.configure(batch_size=change["batch_size"], shuffle=change["shuffle"], seed=3)
    return trainer


def same_state(a, b) -> None:
    for field in dataclasses.fields(a):
        left, right = getattr(a, field.name), getattr(b, field.name)
        if field.name == "optimizer_state":
            assert list(left) == list(right)
            for key in left:
                np.testing.assert_array_equal(left[key], right[key])
        elif isinstance(left, tuple) and left and isinstance(left[0], np.ndarray):
            for x, y in zip(left, right, strict=True):
                np.testing.assert_array_equal(x, y)
        elif isinstance(left, np.ndarray):
            np.testing.assert_array_equal(left, right)
        else:
            assert left == right, field.name


@pytest.mark.parametrize(("example", "change"), CASES)
def test_kept_checkpoints_are_those_of_stopping_there(example, change):
    kept_every, epochs = 4, 13
    one_call = trainer_for(example, change)
    history = one_call.train(epochs, keep_every=kept_every)
    by_calls, expected = trainer_for(example, change), []
    while by_calls.epoch < epochs:
        by_calls.train(min(kept_every - by_calls.epoch % kept_every, epochs - by_calls.epoch))
        if by_calls.epoch % kept_every == 0:
            expected.append(by_calls.checkpoint())
    assert [state.epoch for state in history.kept] == [4, 8, 12]
    for kept, wanted in zip(history.kept, expected, strict=True):
        same_state(kept, wanted)
    same_state(one_call.checkpoint(), by_calls.checkpoint())  # and training went on the same


def test_kept_checkpoints_are_copies():
    trainer = trainer_for("xor.json", {})
    history = trainer.train(8, keep_every=4)
    first = history.kept[0].weights[0].copy()
    trainer.train(5)
    np.testing.assert_array_equal(history.kept[0].weights[0], first)
    assert not np.array_equal(history.kept[1].weights[0], trainer.network.layers[0].weights)


def test_without_keep_every_nothing_is_kept():
    assert trainer_for("xor.json", {}).train(8).kept == []
