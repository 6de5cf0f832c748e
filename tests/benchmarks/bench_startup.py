"""Start-up time: launch → window mapped → first diagram paint, beside a bare PySide6 window.

Run: ``.venv/bin/python tests/benchmarks/bench_startup.py [--runs 5]``

Each launch is timed from just before the process is spawned, on ``CLOCK_MONOTONIC``
(``time.monotonic``), which every process on the machine shares: the app prints its marks
on that clock when ``PLAYGROUND_STARTUP_MARKS`` is set (see ``playground/__main__.py``).
Marks:

- ``mapped``: the main window's first Expose event (the X server shows it);
- ``diagram-painted``: one event-loop turn after the diagram's first paint (it is flushed);
- ``complete``: one turn after the docks and plots, built after that paint, are in.

The bare window imports PySide6 and pyqtgraph, shows a 1280×800 QMainWindow and marks the
same way; runs alternate between the two so that both see the same machine load. Launches
are warm: one of each first, unmeasured, and bytecode cached in a private
``PYTHONPYCACHEPREFIX`` (the environment may forbid writing ``__pycache__``), with fresh
settings in a private ``XDG_CONFIG_HOME``. Without ``DISPLAY`` it starts its own Xvfb and
openbox on a free display number. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 90.0

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import pyqtgraph  # noqa: F401  (the app's plots need it)

def mark(name):
    print(f"startup-mark {name} {time.monotonic():.6f} -1", file=sys.stderr, flush=True)

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
label = QLabel("bare")
window.setCentralWidget(label)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            mark("mapped")
        elif event.type() == QEvent.Type.Paint and watched is label:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (mark("diagram-painted"), app.exit(0)))
        return False

watch = Watch()
window.winId()
window.windowHandle().installEventFilter(watch)
label.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""

# The window as it started before the deferral (docks and plots before the first show), for
# comparison with --baseline.
BASELINE = r"""
import sys
from playground.__main__ import StartupMarks
marks = StartupMarks.from_environment()
marks.mark("main")
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from playground.ui.files import DEFAULT_EXAMPLE
from playground.ui.main_window import MainWindow
import playground.ui.plots.dock
marks.mark("imported")
app = QApplication(sys.argv)
marks.mark("qapplication")
window = MainWindow(settings=QSettings())
window.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
marks.mark("window-built")
marks.watch(window)
window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
window.show()
sys.exit(app.exec())
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--baseline", action="store_true", help="time the window built before its first show"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp, display() as env_display:
        env = child_environment(Path(tmp), env_display)
        app_cmd = [sys.executable, "-m", "playground"]
        if args.baseline:
            app_cmd = [sys.executable, "-c", BASELINE]
        bare_cmd = [sys.executable, "-c", BARE]
        launch(app_cmd, env), launch(bare_cmd, env)  # warm: bytecode, disk cache, fonts
        app_runs, bare_runs = [], []
        for _ in range(args.runs):
            app_runs.append(launch(app_cmd, env))
            bare_runs.append(launch(bare_cmd, env))
        report(app_runs, bare_runs)


def child_environment(tmp: Path, display_name: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        DISPLAY=display_name,
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        PLAYGROUND_STARTUP_MARKS="exit",
    )
    return env


def launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each mark of one launch."""
    start = time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    try:
        _, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    marks = {}
    for line in err.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "startup-mark":
            marks[parts[1]] = float(parts[2]) - start
    if "diagram-painted" not in marks:
        sys.exit(f"no diagram paint in {command[:3]}; stderr:\n{err}")
    return marks


def report(app_runs: list[dict], bare_runs: list[dict]) -> None:
    names = [
        "main",
        "platform-checked",
        "imported",
        "qapplication",
        "window-built",
        "mapped",
        "diagram-painted",
        "complete",
    ]
    print(f"{len(app_runs)} warm launches each, seconds from spawn (median, min–max)")
    for who, runs in (("playground", app_runs), ("bare PySide6+pyqtgraph", bare_runs)):
        print(who)
        for name in names:
            values = [run[name] for run in runs if name in run]
            if values:
                print(
                    f"  {name:17} {statistics.median(values):6.3f}"
                    f"  ({min(values):.3f}–{max(values):.3f})"
                )
    for name in ("mapped", "diagram-painted"):
        app = statistics.median(run[name] for run in app_runs)
        bare = statistics.median(run[name] for run in bare_runs)
        print(f"ratio playground / bare, {name}: {app / bare:.2f}")


class display:
    """The DISPLAY to use: the caller's, else a private Xvfb with openbox on a free number."""

    def __enter__(self) -> str:
        self.processes: list[subprocess.Popen] = []
        if os.environ.get("DISPLAY"):
            return os.environ["DISPLAY"]
        number = next(n for n in range(97, 200) if not _display_taken(n))
        name = f":{number}"
        self.processes.append(
            subprocess.Popen(
                ["Xvfb", name, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if shutil.which("openbox"):
            self.processes.append(
                subprocess.Popen(
                    ["openbox"],
                    env={**os.environ, "DISPLAY": name},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            time.sleep(0.5)
        print(f"started Xvfb{' and openbox' if len(self.processes) > 1 else ''} on {name}")
        return name

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            process.terminate()
            process.wait(timeout=10)


def _display_taken(number: int) -> bool:
    return Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists()


if __name__ == "__main__":
    main()
