"""The one-folder bundle: ``tools/build_bundle.sh`` builds it, and it starts with no Python.

Slow (about a minute of PyInstaller, more on a busy machine), so it runs only with
``BUNDLE=1`` (``.ci/run`` installs PyInstaller then). The bundled program is started offscreen
from an empty folder with an empty ``PATH``, on its default file (the XOR example), with
``PLAYGROUND_STARTUP_MARKS=exit``: it prints its start-up milestones and closes its window
itself once start-up is complete.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_QT_MODULES = ["QtCore", "QtGui", "QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtWidgets"]
QT_BACKENDS = ["matplotlib.backends.backend_qt", "matplotlib.backends.backend_qtagg"]
UNWANTED_QT = ("Qml", "Quick", "WebEngine", "3D", "Multimedia", "Pdf", "Network", "Charts")
STARTUP_MARKS = [
    "main",
    "platform-checked",
    "imported",
    "qapplication",
    "window-built",
    "mapped",
    "diagram-painted",
    "complete",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("BUNDLE") != "1", reason="builds the PyInstaller bundle: BUNDLE=1"
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/playground/, built by tools/build_bundle.sh into a temporary folder."""
    found = subprocess.run([sys.executable, "-c", "import PyInstaller"], capture_output=True)
    assert found.returncode == 0, "BUNDLE=1 needs PyInstaller: pip install pyinstaller"
    out = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "DIST_DIR": str(out / "dist"),
        "WORK_DIR": str(out / "build"),
    }
    result = subprocess.run(
        [str(ROOT / "tools" / "build_bundle.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "bundle: " in result.stdout  # its size and build time
    return out / "dist" / "playground"


def test_the_bundle_starts_on_the_xor_example_and_exits_cleanly(bundle, tmp_path):
    home = tmp_path / "home"
    (tmp_path / "empty-bin").mkdir()
    home.mkdir()
    env = {
        "PATH": str(tmp_path / "empty-bin"),  # no python, nothing else either
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),  # never the user's settings
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PLAYGROUND_STARTUP_MARKS": "exit",
    }
    result = subprocess.run(
        [str(bundle / "playground")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Traceback" not in result.stderr, result.stderr
    marks = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("startup-")]
    assert sorted(marks) == sorted(STARTUP_MARKS), result.stderr
    assert marks[0] == "main" and marks[-1] == "complete"
    bundled_xor = bundle / "_internal" / "playground" / "_resources" / "examples" / "xor.json"
    assert bundled_xor.read_bytes() == (ROOT / "resources" / "examples" / "xor.json").read_bytes()


def test_the_bundle_carries_every_lesson_and_example(bundle):
    bundled = bundle / "_internal" / "playground" / "_resources"
    for folder in ("lessons", "examples"):
        names = sorted(path.name for path in (ROOT / "resources" / folder).glob("*.json"))
        assert names and sorted(p.name for p in (bundled / folder).glob("*.json")) == names
    assert (bundled / "datasets" / "digits.npz").is_file()
    assert (bundled / "icons" / "nn-playground.svg").is_file()


def test_the_bundle_carries_only_the_qt_the_app_uses(bundle):
    pyside = bundle / "_internal" / "PySide6"
    bindings = sorted({path.name.split(".")[0] for path in pyside.glob("Qt*.*")})
    assert bindings == APP_QT_MODULES
    libraries = [path.name for path in (pyside / "Qt" / "lib").iterdir()]
    assert [name for name in libraries if any(word in name for word in UNWANTED_QT)] == []
    assert not (pyside / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so").exists()


def test_the_bundle_carries_matplotlib_with_its_qt_backend_alone(bundle):
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller.utils.cliutils.archive_viewer",
            "--recursive",
            "--brief",
            str(bundle / "playground"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert listing.returncode == 0, listing.stderr[-2000:]
    modules = {line.strip() for line in listing.stdout.splitlines()}
    assert "matplotlib.backends.backend_qtagg" in modules
    assert "playground.ui.figures.error_surface" in modules  # imported on first use
    backends = sorted(m for m in modules if m.startswith("matplotlib.backends.backend_"))
    assert backends == ["matplotlib.backends.backend_agg", *QT_BACKENDS]
    assert not {"tkinter", "PyQt5", "PyQt6", "PySide2"} & modules
