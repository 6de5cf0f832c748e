"""File → Open data…: a learner's own .npz, .csv or idx file as an undoable new run; and the
MNIST lessons, which open only where their data is, else say why in one line."""

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from playground import io
from playground.document import NetworkDocument
from playground.document.edits import EditRefused
from playground.engine import found_data
from playground.ui.open_data import DATA_FILTER, data_source_for, open_data
from tests.engine.idx_samples import IMAGES, LABELS, write_idx, write_idx_set

INLINE = {"inputs": np.eye(4).tolist(), "targets": np.eye(4).tolist()}


def four_pixel_doc(inputs: int = 4) -> NetworkDocument:
    """A 4-pixel, 4-class softmax network trained on inline samples."""
    doc = {
        "format": "nn-playground/network",
        "version": 1,
        "layers": [
            {"units": inputs},
            {"units": 4, "activation": "softmax", "init": {"name": "glorot_uniform"}},
        ],
        "loss": "cross_entropy",
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
        "data": INLINE if inputs == 4 else {"inputs": [[0] * inputs], "targets": [[1, 0, 0, 0]]},
    }
    return NetworkDocument(io.loads(json.dumps(doc)))


@pytest.fixture
def idx_folder(tmp_path):
    """A training pair of four 2×2 images (classes 0..3) and a test pair of two."""
    for part, rows in (("train", slice(None)), ("t10k", slice(0, 2))):
        write_idx(tmp_path / f"{part}-images-idx3-ubyte.gz", IMAGES[rows])
        write_idx(tmp_path / f"{part}-labels-idx1-ubyte.gz", LABELS[rows])
    return tmp_path


def test_an_idx_pair_becomes_the_data_and_undo_brings_the_old_back(qapp, idx_folder):
    doc = four_pixel_doc()
    command = open_data(None, doc, path=idx_folder / "train-images-idx3-ubyte.gz")
    assert not isinstance(command, EditRefused), command
    doc.undo_stack.push(command)
    source = doc.file.data
    assert source.kind == "file" and source.path.endswith("train-images-idx3-ubyte.gz")
    assert source.params["labels"].endswith("train-labels-idx1-ubyte.gz")
    assert source.params["test_labels"].endswith("t10k-labels-idx1-ubyte.gz")
    assert np.array_equal(doc.dataset.inputs, IMAGES.reshape(4, 4) / 255.0)
    assert doc.dataset.test_inputs.shape == (2, 4) and doc.trainer.epoch == 0
    doc.undo_stack.undo()
    assert doc.file.data.kind == "inline" and np.array_equal(doc.dataset.inputs, np.eye(4))
    doc.undo_stack.redo()
    assert doc.file.data.kind == "file" and doc.dataset.inputs[3, 3] == 0.2


def test_choosing_the_labels_file_finds_its_images(qapp, idx_folder):
    (idx_folder / "t10k-labels-idx1-ubyte.gz").unlink()  # no test pair then
    source = data_source_for(idx_folder / "train-labels-idx1-ubyte.gz")
    assert source.path.endswith("train-images-idx3-ubyte.gz")
    assert set(source.params) == {"labels"}


def test_the_dialog_offers_every_kind_and_cancel_is_nothing(qapp, idx_folder, monkeypatch):
    doc = four_pixel_doc()
    asked = []

    def answer(parent, caption, folder, filters):
        asked.append(filters)
        return str(idx_folder / "train-images-idx3-ubyte.gz"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    command = open_data(None, doc)
    assert asked == [DATA_FILTER] and not isinstance(command, EditRefused)
    for pattern in ("*.npz", "*.csv", "*-ubyte)", "*-ubyte.gz"):
        assert pattern in DATA_FILTER
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    assert open_data(None, doc) is None


def test_refusals_leave_the_document_alone(qapp, idx_folder):
    doc = four_pixel_doc()
    lonely = write_idx(idx_folder / "other-images-idx3-ubyte.gz", IMAGES)
    refused = open_data(None, doc, path=lonely)
    assert isinstance(refused, EditRefused) and "needs both images and labels" in str(refused)
    narrow = four_pixel_doc(inputs=3)
    refused = open_data(None, narrow, path=idx_folder / "train-images-idx3-ubyte.gz")
    assert isinstance(refused, EditRefused) and "the input layer has 3 nodes" in str(refused)
    (idx_folder / "notes.txt").write_text("hello", encoding="utf-8")
    assert isinstance(open_data(None, doc, path=idx_folder / "notes.txt"), EditRefused)
    assert doc.file.data.kind == "inline" and doc.undo_stack.count() == 0


def test_a_csv_file_gets_as_many_target_columns_as_outputs_and_its_test_twin(qapp, tmp_path):
    rows = np.hstack([np.eye(4), np.eye(4)])
    np.savetxt(tmp_path / "train.csv", rows, delimiter=",", fmt="%g")
    np.savetxt(tmp_path / "test.csv", rows[:2], delimiter=",", fmt="%g")
    doc = four_pixel_doc()
    doc.undo_stack.push(open_data(None, doc, path=tmp_path / "train.csv"))
    assert doc.file.data.params["target_columns"] == 4
    assert doc.file.data.params["test_path"].endswith("test.csv")
    assert doc.dataset.test_inputs.shape == (2, 4)


def test_an_npz_archive(qapp, tmp_path):
    np.savez(tmp_path / "mine.npz", x_train=IMAGES, y_train=LABELS)
    doc = four_pixel_doc()
    doc.undo_stack.push(open_data(None, doc, path=tmp_path / "mine.npz"))
    assert doc.file.data.path.endswith("mine.npz") and doc.dataset.n_samples == 4


# --- the MNIST lessons in the window -------------------------------------------------------


def lesson_action(window, lesson_id):
    action = window.lessons_menu.findChild(type(window.actions.forward), f"lesson.{lesson_id}")
    assert action is not None, f"no Lessons menu entry for {lesson_id}"
    return action


def test_without_its_data_the_mnist_lesson_says_why_and_the_window_stays(qtbot, window, nowhere):
    before = window.doc
    lesson_action(window, "mnist-784-50-10").trigger()
    assert window.doc is before
    box = window.files.last_error
    assert box is not None and box.isVisible()
    text = box.text()
    assert "mnist is not on this machine" in text and str(nowhere) in text
    assert "Traceback" not in text and text.count("\n") == 2  # the file's name, a blank, one line
    box.close()


def test_with_its_data_the_fashion_lesson_opens(qtbot, window, nowhere, tmp_path, monkeypatch):
    write_idx_set(tmp_path / "mine" / "fashion-mnist", n_train=40, n_test=10)
    monkeypatch.setenv(found_data.ENV_VAR, str(tmp_path / "mine"))
    lesson_action(window, "fashion-mnist").trigger()
    doc = window.doc
    assert doc.file.lesson.id == "fashion-mnist" and doc.path is None
    assert (doc.dataset.n_samples, doc.dataset.n_inputs) == (40, 784)
    assert doc.dataset.target_labels[-1] == "Ankle boot"


def test_file_open_data_in_the_window_pushes_the_edit(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "xor.csv"
    path.write_text("x1,x2,y\n0,0,1\n0,1,0\n1,0,0\n1,1,1\n")  # XNOR
    from playground.paths import resource_path

    window.files.open_example(resource_path("examples", "xor.json"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_data_action.trigger()
    doc = window.doc
    assert doc.dataset.targets[:, 0].tolist() == [1.0, 0.0, 0.0, 1.0]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.dataset.targets[:, 0].tolist() == [0.0, 1.0, 1.0, 0.0]
