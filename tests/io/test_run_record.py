"""The optional run section: saved where training stood, reopened to go on exactly."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground import io
from playground.document import NetworkDocument, edits
from playground.paths import resource_path


def trained_xor(qapp, *, optimizer="adam", batch_size=None, shuffle=False) -> NetworkDocument:
    doc = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    doc.undo_stack.push(edits.choose_optimizer(doc, optimizer))
    doc.undo_stack.push(edits.set_training(doc, batch_size=batch_size, shuffle=shuffle, seed=4))
    for _ in range(37):
        doc.run_epoch()
    if batch_size:  # stop in the middle of an epoch: its order and sums must come back
        doc.step()
    return doc


def reopen(doc: NetworkDocument, tmp_path) -> NetworkDocument:
    path = tmp_path / "trained.json"
    io.save(doc.file_for_saving(), path)
    return NetworkDocument(io.load(path), path=path)


def weights(doc):
    return [a.copy() for layer in doc.network.layers for a in (layer.weights, layer.bias)]


@pytest.mark.parametrize(
    ("optimizer", "batch_size", "shuffle"), [("adam", None, False), ("rmsprop", 1, True)]
)
def test_reopening_goes_on_exactly_where_training_stood(
    qapp, tmp_path, optimizer, batch_size, shuffle
):
    doc = trained_xor(qapp, optimizer=optimizer, batch_size=batch_size, shuffle=shuffle)
    again = reopen(doc, tmp_path)
    assert (again.trainer.epoch, again.trainer.steps) == (doc.trainer.epoch, doc.trainer.steps)
    for curve, kept in zip(doc.run.curves, again.run.curves, strict=True):
        np.testing.assert_array_equal(curve.data()[0], kept.data()[0])
        np.testing.assert_array_equal(curve.data()[1], kept.data()[1])
    for _ in range(5):  # both go on: the same numbers, bit for bit
        doc.run_epoch()
        again.run_epoch()
    for a, b in zip(weights(doc), weights(again), strict=True):
        np.testing.assert_array_equal(a, b)
    assert again.run.loss_curve.last == doc.run.loss_curve.last


def test_a_file_with_a_run_is_version_2_and_without_one_version_1(qapp, tmp_path):
    doc = trained_xor(qapp)
    path = tmp_path / "a.json"
    io.save(doc.file_for_saving(), path)
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["run"]["epoch"] == 37
    doc.save_run = False
    io.save(doc.file_for_saving(), path)
    saved = json.loads(path.read_text())
    assert saved["version"] == 1 and "run" not in saved
    untrained = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    assert untrained.file_for_saving().run is None  # nothing trained: nothing to save


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (lambda r: r["batch"].update(order=[0, 0, 1, 2]), "run.batch.order: must name each"),
        (lambda r: r["batch"].update(random_state="{}"), "run.batch.random_state: not a"),
        (lambda r: r["optimizer"]["slots"][0].update(values=[[1.0]]), "values: expected 2"),
        (lambda r: r["optimizer"]["slots"][0].update(key=["m", "w", 9]), "expected at most 1"),
        (lambda r: r.update(epoch=-1), "run.epoch: expected a whole number"),
        (lambda r: r["curves"].update(loss=[[1, 2, 3]]), "run.curves.loss[0]: expected 2"),
    ],
)
def test_a_damaged_run_is_refused_with_its_place(qapp, tmp_path, damage, says):
    doc = trained_xor(qapp, batch_size=1, shuffle=True)
    path = tmp_path / "a.json"
    io.save(doc.file_for_saving(), path)
    saved = json.loads(path.read_text())
    damage(saved["run"])
    path.write_text(json.dumps(saved))
    with pytest.raises(io.NetworkFileError) as refused:
        io.load(path)
    assert says in str(refused.value)


def test_a_run_saved_for_other_data_is_refused_when_opened(qapp, tmp_path):
    doc = trained_xor(qapp, batch_size=1, shuffle=True)
    path = tmp_path / "a.json"
    io.save(doc.file_for_saving(), path)
    saved = json.loads(path.read_text())
    saved["data"] = {"inputs": [[0, 0], [1, 1]], "targets": [[0], [1]]}
    path.write_text(json.dumps(saved))
    with pytest.raises(io.NetworkFileError, match="saved for 4 training samples, the data has 2"):
        NetworkDocument(io.load(path))
