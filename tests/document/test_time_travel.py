"""Time travel: view step k exactly; going on from there branches, undoably."""

import numpy as np
import pytest

from playground import io
from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.document.time_travel import TimeTravel
from playground.paths import resource_path


@pytest.fixture
def trained(qtbot, qapp):
    doc = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    doc.epochs = 300
    player = Player(doc)
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    return doc, player, TimeTravel(doc, player)


def weights(doc):
    return [layer.weights.copy() for layer in doc.network.layers]


def test_viewing_step_k_shows_its_weights_exactly_and_now_comes_back(trained):
    doc, player, travel = trained
    now = weights(doc)
    k = len(travel.records) // 3
    record = travel.records[k]
    travel.view(k)
    assert doc.trainer.epoch == record.epoch
    again = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    again.trainer.train(record.epoch)
    for mine, theirs in zip(weights(doc), weights(again), strict=True):
        np.testing.assert_array_equal(mine, theirs)
    travel.back_to_present()
    for a, b in zip(now, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)
    assert doc.trainer.epoch == 300


def test_stepping_from_the_past_starts_a_branch_that_undo_brings_back(trained):
    doc, player, travel = trained
    count = len(travel.records)
    k = count // 2
    epoch = travel.records[k].epoch
    travel.view(k)
    doc.step()
    # records up to step k stay, and the step just taken is the new branch's first
    assert travel.viewing is None and len(travel.records) == k + 2
    assert travel.records[-1].epoch == epoch + 1
    assert doc.trainer.epoch == epoch + 1
    assert player.loss_curve.last[0] == epoch + 1  # the curve goes on from step k
    assert doc.undo_stack.undoText().startswith(f"Continue from epoch {epoch}")
    doc.undo_stack.undo()
    assert len(travel.records) == count and doc.trainer.epoch == 300


def test_an_edit_from_the_past_is_one_branch_then_the_edit(trained):
    doc, player, travel = trained
    travel.view(1)
    doc.undo_stack.push(edits.set_weight(doc, 2, 0, 0, "0.5"))
    assert doc.undo_stack.count() == 2  # the branch, then the edit
    assert doc.network.layers[1].weights[0, 0] == 0.5
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.trainer.epoch == 300 and travel.viewing is None
