"""Files the loader accepts never take the window down, and a save that cannot be made says
why and keeps the network open and unsaved."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from playground.paths import resource_path
from tests.ui.driving import press

LAYOUTS = [
    {"nodes": {"x": [0, 0]}},
    {"nodes": {"0:0": "abc"}},
    {"nodes": {"0:0": None}},
    {"nodes": {"0:0": [1e300, 0]}},
    {"nodes": {"0:0": [True, 0]}},
    {"nodes": {"99:0": [0, 0], "0:99": [1, 1], "0:-1": [1, 1]}},
    {"nodes": [1, 2]},
    {"ui": "x"},
    {"ui": {"epochs": "abc"}},
    {"ui": {"epochs": 1e300, "target_loss": "low"}},
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_layout_the_window_cannot_use_is_ignored_not_fatal(qtbot, window, tmp_path, layout):
    doc = json.loads(resource_path("examples", "xor.json").read_text())
    doc["layout"] = layout
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc))
    assert window.files.open(path)
    opened = window.doc
    assert opened.path == path and opened.epochs == 1000
    press(qtbot, window, Qt.Key.Key_F)  # and it works
    assert opened.trace is not None


def save_as(window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions.save_as.trigger()


def test_a_save_that_cannot_be_made_says_why_and_keeps_the_network(
    qtbot, window, tmp_path, monkeypatch
):
    doc = window.doc
    doc.network.layers[0].weights[0, 0] = np.inf  # as a diverged run could leave it
    doc.trained_since_save = True
    path = tmp_path / "inf.json"
    save_as(window, monkeypatch, path)
    box = window.files.last_error
    assert box.isVisible() and "Nothing was written" in box.text()
    assert not path.exists() and doc.is_modified and window.doc is doc
    box.close()


def test_a_name_that_cannot_be_written_is_refused_in_a_message(
    qtbot, window, tmp_path, monkeypatch
):
    window.doc.file.name = "bad \ud800 name"  # a lone surrogate: not UTF-8
    path = tmp_path / "name.json"
    save_as(window, monkeypatch, path)
    assert window.files.last_error.isVisible() and not path.exists()
    assert window.doc.is_modified or window.doc.undo_stack.isClean()


def test_error_messages_are_plain_text(qtbot, window, tmp_path):
    path = tmp_path / "<b>bold<b>.json"
    path.write_text("{ not json")
    assert not window.files.open(path)
    box = window.files.last_error
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>bold<b>.json" in box.text()
