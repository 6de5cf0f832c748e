"""File › Export as Script… writes the script playground-cli export writes, and it runs."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QSpinBox

from playground.export import script_for
from playground.ui.export_script import ExportScriptDialog, open_export_script


def test_export_writes_a_numpy_script_that_trains_the_windows_network(
    qtbot, window, tmp_path, monkeypatch
):
    target = tmp_path / "classic_numpy.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = open_export_script(window)
    assert isinstance(dialog, ExportScriptDialog) and dialog.isVisible()
    dialog.findChild(QComboBox, "export_target").setCurrentIndex(0)  # NumPy
    epochs = dialog.findChild(QSpinBox, "export_epochs")
    epochs.setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save
    assert not dialog.isVisible()
    assert target.read_text(encoding="utf-8") == script_for(
        window.doc.file, target="numpy", epochs=3
    )
    done = subprocess.run(
        [sys.executable, str(target)], capture_output=True, text=True, timeout=120, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result) == {"loss", "weights", "biases"}
    window.doc.run.trainer.train(3)
    trained = [layer.weights.tolist() for layer in window.doc.network.layers]
    assert result["weights"] == trained  # the same arithmetic: the same bits


def test_cancel_in_the_file_dialog_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = open_export_script(window)
    dialog.save()
    assert dialog.isVisible() and not list(tmp_path.iterdir())
    dialog.reject()
