"""Retake the README's screenshots from the real window (run under a real X server).

    xvfb-run -s '-screen 0 1920x1080x24' .venv/bin/python docs/screenshots/take.py

Each picture is the window at 1280×800 (one maximised on the 1920×1080 screen) after the
steps a learner would take; the Korean one needs a Hangul font (fonts-nanum).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def window_on(path: Path, *, lesson: bool = False, maximised: bool = False):
    from playground.ui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.files.open_example(path)
    window.resize(1280, 800)
    window.showMaximized() if maximised else window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(300)
    return window


def keys(window, *pressed) -> None:
    for key in pressed:
        QTest.keyClick(window, key)
    QTest.qWait(200)


def play_to(window, epochs: int) -> None:
    doc = window.doc
    doc.epochs = epochs
    window.player.play()
    while window.player.playing:
        QTest.qWait(50)
    QTest.qWait(400)


def save(window, name: str) -> None:
    QTest.qWait(300)
    window.grab().save(str(HERE / name))
    window.doc.trained_since_save = False
    window.doc.undo_stack.setClean()
    window.close()
    print("wrote", HERE / name)


def main() -> None:
    from playground.lessons import find_lesson
    from playground.paths import resource_path
    from playground.ui.selection import EdgeSelection

    app = QApplication.instance() or QApplication(sys.argv)
    window = window_on(find_lesson("classic-2-2-2"))
    keys(window, Qt.Key.Key_F, Qt.Key.Key_B)
    window.selection.select(EdgeSelection(1, 0, 0))  # w1: both paths of the chain rule
    window.math_panel.raise_()
    save(window, "lesson-classic.png")

    window = window_on(resource_path("examples", "classic-2-2-2.json"))
    keys(window, Qt.Key.Key_F, Qt.Key.Key_B, Qt.Key.Key_U)
    window.selection.select(EdgeSelection(2, 0, 0))  # w5
    save(window, "classic-step.png")

    window = window_on(resource_path("examples", "xor.json"))
    play_to(window, 3000)
    save(window, "xor-trained.png")

    window = window_on(resource_path("examples", "digits.json"))
    keys(window, Qt.Key.Key_F, Qt.Key.Key_B)  # one pass: the input image and the outputs
    save(window, "digits.png")

    window = window_on(find_lesson("spiral"))
    play_to(window, 400)
    save(window, "spiral.png")

    window = window_on(resource_path("examples", "digits.json"), maximised=True)
    keys(window, Qt.Key.Key_F, Qt.Key.Key_B)
    save(window, "digits-maximised.png")

    window = window_on(find_lesson("error-surface-one-neuron"))
    play_to(window, 200)
    trigger(window, "action_error_surface")
    QTest.qWait(1500)
    save_top(window, "error-surface.png")

    window = window_on(resource_path("examples", "xor.json"))
    trigger(window, "action_activation_gallery")
    QTest.qWait(1500)
    save_top(window, "activation-gallery.png")

    window = window_on(find_lesson("classic-2-2-2"))
    trigger(window, "language.ko")
    QTest.qWait(500)
    keys(window, Qt.Key.Key_F, Qt.Key.Key_B)
    window.selection.select(EdgeSelection(2, 0, 0))
    save(window, "korean.png")
    trigger(window, "language.en")
    app.quit()


def trigger(window, name: str) -> None:
    """Choose a menu entry by its objectName, as a click on it does."""
    from PySide6.QtGui import QAction

    window.findChild(QAction, name).trigger()
    QTest.qWait(300)


def save_top(window, name: str) -> None:
    """The window that opened last (a figure), at 1280×800 beside the main window."""
    top = QApplication.activeWindow() or QApplication.topLevelWidgets()[-1]
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    figure = shown[-1] if shown else top
    figure.resize(1280, 800)
    QTest.qWait(800)
    figure.grab().save(str(HERE / name))
    print("wrote", HERE / name)
    figure.close()
    window.doc.trained_since_save = False
    window.doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
