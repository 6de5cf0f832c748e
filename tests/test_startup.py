"""Start-up shows the diagram first: pyqtgraph waits for the first paint, matplotlib and the
datasets for their use; the docks that follow keep the layout the user left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget

from playground.ui.files import DEFAULT_EXAMPLE
from playground.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

# Runs the real ``playground`` entry point until its window is complete, noting at every
# start-up mark which heavy modules are loaded, and every file opened in resources/datasets.
PROBE = r"""
import json, sys
opened = []

def audit(event, args):
    if event == "open" and "resources/datasets" in str(args[0]):
        opened.append(str(args[0]))

sys.addaudithook(audit)
import playground.__main__ as entry
loaded, original = {}, entry.StartupMarks.mark

def mark(self, name):
    loaded[name] = sorted(m for m in ("matplotlib", "pyqtgraph") if m in sys.modules)
    original(self, name)

entry.StartupMarks.mark = mark
code = entry.main(["playground"])
print(json.dumps({"code": code, "loaded": loaded, "opened": opened}))
"""


def run_probe(tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PLAYGROUND_STARTUP_MARKS": "exit",
        "XDG_CONFIG_HOME": str(tmp_path),  # never the user's settings
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=110,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_opening_the_window_imports_no_matplotlib_and_reads_no_dataset(tmp_path):
    probe = run_probe(tmp_path)
    assert probe["code"] == 0
    loaded = probe["loaded"]
    marks = ["main", "imported", "qapplication", "window-built", "diagram-painted", "complete"]
    assert [name for name in loaded if name in marks] == marks  # in this order
    assert loaded["diagram-painted"] == []  # the diagram is drawn before pyqtgraph loads
    assert loaded["complete"] == ["pyqtgraph"]  # plots in, and still no matplotlib
    assert probe["opened"] == []


def test_the_marks_are_lines_on_stderr_on_the_shared_clock(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PLAYGROUND_STARTUP_MARKS": "exit",
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    code = "import sys, time; print(time.monotonic()); from playground.__main__ import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=110
    )
    before = float(result.stdout.split()[0])
    lines = [line.split() for line in result.stderr.splitlines() if line.startswith("startup-")]
    assert [line[1] for line in lines][-1] == "complete"
    stamps = [float(line[2]) for line in lines]
    assert stamps == sorted(stamps) and stamps[0] >= before
    since_start = [float(line[3]) for line in lines]
    assert all(value >= 0 for value in since_start)  # /proc/self/stat is readable here


def test_deferred_docks_arrive_after_the_first_paint_in_the_saved_layout(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
    first.show()
    qtbot.waitExposed(first)
    first.plots.close()  # the user closed the plots dock
    first.close()

    window = MainWindow(settings=settings, defer_docks=True)
    qtbot.addWidget(window)
    window.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
    window.restore_layout()
    assert window.findChildren(QDockWidget) == []  # nothing but the diagram yet
    with qtbot.waitSignals([window.first_painted, window.docks_built], order="strict"):
        window.show()
    assert window.plots.isHidden() and not window.controls.isHidden()
    assert not window.windowIcon().isNull()  # resources/icons/nn-playground.svg
    assert window.diagram.doc is window.doc
    window.actions.forward.trigger()  # the docks follow the document as always
    assert window.inspector.doc is window.doc
