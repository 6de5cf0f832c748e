"""``playground`` and ``python -m playground``: open the window on a file, or on the XOR lesson.

``playground --install-desktop [--user | --prefix DIR]`` and ``--uninstall-desktop`` add or
remove the desktop entry, icon and file type (:mod:`playground.desktop_entry`, no Qt).

With ``PLAYGROUND_STARTUP_MARKS=1`` (or ``exit``: close the window once it is complete) start-up
prints one line per milestone on stderr, for ``tests/benchmarks/bench_startup.py``::

    startup-mark <name> <CLOCK_MONOTONIC seconds> <seconds since the process started>

The monotonic clock is the same in every process, so a launcher that reads it just before
it spawns the app measures from the real launch, precisely. The second figure stands alone:
the process's start time from ``/proc/self/stat`` (in clock ticks since boot, 10 ms) against
``CLOCK_BOOTTIME``, the clock it is counted in.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

MARKS_VARIABLE = "PLAYGROUND_STARTUP_MARKS"
DESKTOP_OPTIONS = ("--install-desktop", "--uninstall-desktop")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    marks = StartupMarks.from_environment()
    marks.mark("main")
    if any(option in argv[1:] for option in DESKTOP_OPTIONS):
        from playground import desktop_entry

        return desktop_entry.main(argv[1:])
    from playground import platform_check

    problem = platform_check.startup_problem()
    marks.mark("platform-checked")
    if problem is not None:
        print(problem, file=sys.stderr)
        if problem.fatal:
            return 1
    return _run_window(argv, marks)


def _run_window(argv: list[str], marks: StartupMarks) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from playground.ui.files import DEFAULT_EXAMPLE
    from playground.ui.language import SWITCH, system_language
    from playground.ui.last_resort import install as install_last_resort
    from playground.ui.main_window import APP_NAME, MainWindow
    from playground.ui.preferences import read, start_lesson

    marks.mark("imported")
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("nn-playground")
    app.setDesktopFileName("nn-playground")  # Wayland/X11 match the window to the entry
    marks.mark("qapplication")
    settings = QSettings()
    SWITCH.set_language(str(read(settings, "language")) or system_language())
    window = MainWindow(settings=settings, defer_docks=True)
    install_last_resort(lambda: window)
    paths = [arg for arg in argv[1:] if not arg.startswith("-")]
    if not paths or not window.files.open_path(Path(paths[0]), remember=True):
        lesson = start_lesson(window.settings)  # Preferences: start with the last lesson
        opened = lesson is not None and window.files.open_path(
            lesson, remember=False, as_untitled=True
        )
        if not opened:
            window.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
    window.restore_layout()
    marks.mark("window-built")
    marks.watch(window)
    window.show()
    return app.exec()


class StartupMarks:
    """Start-up milestones printed on stderr when ``PLAYGROUND_STARTUP_MARKS`` is set."""

    def __init__(self, *, enabled: bool, quit_when_complete: bool = False) -> None:
        self.enabled = enabled
        self.quit_when_complete = quit_when_complete

    @classmethod
    def from_environment(cls) -> StartupMarks:
        value = os.environ.get(MARKS_VARIABLE, "")
        return cls(enabled=value not in ("", "0"), quit_when_complete=value == "exit")

    def mark(self, name: str) -> None:
        if self.enabled:
            now = time.monotonic()
            print(f"startup-mark {name} {now:.6f} {since_process_start():.3f}", file=sys.stderr)

    def watch(self, window) -> None:
        """Mark the window's mapping, the diagram's first paint and the docks' arrival."""
        if not self.enabled:
            return
        from PySide6.QtCore import QTimer

        window.winId()  # makes the native window, so its QWindow can be watched before show
        window.windowHandle().installEventFilter(_expose_watcher(window, self))
        window.first_painted.connect(lambda: self.mark("diagram-painted"))

        def complete() -> None:
            self.mark("complete")
            if self.quit_when_complete:
                # as the user closes it: quitting the event loop this early, with pyqtgraph's
                # items just made, crashes PySide's clean-up at exit
                window.close()

        # one turn later: the docks have painted too
        window.docks_built.connect(lambda: QTimer.singleShot(0, complete))


def _expose_watcher(parent, marks: StartupMarks):
    """An event filter, owned by ``parent``, that marks the first Expose of a shown window."""
    from PySide6.QtCore import QEvent, QObject

    class ExposeWatcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Expose and watched.isExposed():
                watched.removeEventFilter(self)
                marks.mark("mapped")
            return False

    return ExposeWatcher(parent)


def since_process_start() -> float:
    """Seconds since this process started (10 ms steps), or -1 where /proc does not say."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return -1.0


if __name__ == "__main__":
    sys.exit(main())
