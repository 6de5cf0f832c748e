"""Time travel: view epoch k exactly; going on from there branches, undoably."""

import numpy as np
import pytest

from playground import io
from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.paths import resource_path


def xor() -> NetworkDocument:
    return NetworkDocument(io.load(resource_path("examples", "xor.json")))


@pytest.fixture
def trained(qtbot, qapp):
    doc = xor()
    doc.epochs = 300
    player = Player(doc)
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    return doc, player


def weights(doc):
    return [layer.weights.copy() for layer in doc.network.layers]


def test_viewing_epoch_k_shows_its_weights_exactly_and_now_comes_back(trained):
    doc, player = trained
    now = weights(doc)
    run = doc.run
    k = len(run.records) // 3
    record = run.records[k]
    doc.view_record(k)
    assert doc.trainer.epoch == record.epoch and run.viewing == k
    again = xor()
    again.trainer.train(record.epoch)
    for mine, theirs in zip(weights(doc), weights(again), strict=True):
        np.testing.assert_array_equal(mine, theirs)
    doc.back_to_present()
    for a, b in zip(now, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)
    assert doc.trainer.epoch == 300 and run.viewing is None


def test_stepping_from_the_past_starts_a_branch_that_undo_brings_back(trained):
    doc, player = trained
    run = doc.run
    count = len(run.records)
    k = count // 2
    epoch = run.records[k].epoch
    doc.view_record(k)
    doc.undo_stack.push(edits.continue_from_viewed(doc))  # what the window does first
    doc.step()
    # records up to epoch k stay, and the step just taken is the new branch's first
    assert run.viewing is None and len(run.records) == k + 2
    assert run.records[-1].epoch == epoch + 1
    assert doc.trainer.epoch == epoch + 1
    assert run.loss_curve.last[0] == epoch + 1  # the curve goes on from epoch k
    assert doc.undo_stack.undoText().startswith(f"Continue from epoch {epoch}")
    doc.undo_stack.undo()  # back to viewing epoch k, the later records all there
    assert len(run.records) == count and run.viewing == k and doc.trainer.epoch == epoch
    doc.back_to_present()
    assert doc.trainer.epoch == 300 and run.loss_curve.last[0] == 300
    doc.undo_stack.redo()  # the branch again, with the step taken on it
    assert doc.trainer.epoch == epoch + 1 and len(run.records) == k + 2


def test_stepping_from_the_past_without_the_window_still_branches(trained):
    doc, player = trained
    doc.view_record(1)
    doc.step()
    assert doc.run.viewing is None and doc.run.records[-1].epoch == doc.trainer.epoch


def test_an_edit_from_the_past_branches_and_undo_returns_to_the_viewed_past(trained):
    doc, player = trained
    run = doc.run
    count = len(run.records)
    doc.view_record(1)
    viewed = run.records[1].epoch
    doc.undo_stack.push(edits.set_weight(doc, 2, 0, 0, "0.5"))
    assert doc.undo_stack.count() == 1  # one edit: its undo brings the future back too
    assert doc.network.layers[1].weights[0, 0] == 0.5
    assert len(run.records) == 2 and run.viewing is None and doc.trainer.epoch == viewed
    doc.undo_stack.undo()
    assert run.viewing == 1 and len(run.records) == count
    doc.back_to_present()
    assert doc.trainer.epoch == 300 and run.viewing is None


def test_records_belong_to_their_run_so_a_structure_edit_leaves_nothing_to_restore(trained):
    doc, player = trained
    old_run = doc.run
    assert len(old_run.records) > 1
    doc.undo_stack.push(edits.add_node(doc, 1))
    assert doc.run is not old_run and len(doc.run.records) == 1  # epoch 0 of the new run
    doc.view_record(0)  # the only record: the present
    assert doc.network.layer_sizes == [2, 3, 1]
    doc.undo_stack.undo()
    assert doc.run is old_run and doc.trainer.epoch == 300
    doc.view_record(1)
    assert doc.network.layer_sizes == [2, 2, 1]
