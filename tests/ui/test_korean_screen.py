"""With Korean installed, nothing the window shows is left in English.

A guard over the whole screen rather than a list of expected texts: the window opens the
classic 2-2-2 lesson and the xor example in Korean, steps Forward and Backward (F, B),
clicks an edge and a node, and on the lesson turns lab mode on and answers wrongly; each
time every visible widget's own words (labels, buttons, group boxes, dock titles, the menu
bar's menus and actions, tab texts, combo box entries, table headers and the diagram's text
badges) must be free of English words of three letters or more, apart from the short
``ALLOWED`` list of names that stay as the course notes and the file format write them.
The second test also reads the lesson and example titles of the menus and the status bar."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

from playground.engine import (
    ACTIVATION_NAMES,
    INITIALIZER_NAMES,
    LOSS_NAMES,
    OPTIMIZER_NAMES,
    Phase,
)
from playground.engine.datasets import BUILTIN_NAMES
from playground.paths import resource_path
from playground.ui.diagram.look import TextBadge
from playground.ui.language import SWITCH
from playground.ui.main_window import MainWindow
from tests.ui.driving import edge_point, node_point, press, type_into

# Names that stay as the notes and the file format write them. The engine's own tables give
# the identifiers (activations, losses, optimizers, initialisers, built-in data sets: the
# combo boxes list them as the file format names them); the rest are written out here.
IDENTIFIERS = {
    name.lower()
    for table in (ACTIVATION_NAMES, LOSS_NAMES, OPTIMIZER_NAMES, INITIALIZER_NAMES, BUILTIN_NAMES)
    for name in table
}
ALLOWED = IDENTIFIERS | {
    "net",  # math names of the notes: net_h1, out_o1, ∂E/∂net; MAE, the metric's name
    "out",
    "mae",
    "numpy",  # libraries, formats and data sets named as they name themselves
    "keras",
    "pytorch",
    "mnist",
    "csv",
    "json",
    "svg",
    "png",
    "xor",
    "and",  # gates as the notes name them: AND, NAND, XOR
    "nand",
    "seed",  # NumPy's argument, as the notes' code writes it: np.random.seed(5)
    "adam",
    "relu",
    "english",  # the language menu names each language in its own words
    "nesterov",  # a person's name (Nesterov momentum)
    "ctrl",  # keys
    "shift",
}
WORD = re.compile(r"[A-Za-z]{3,}")
FILE_NAME = re.compile(r"[\w.-]+\.(?:json|csv|npz|py|svg|png|gz)\b")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def english_words(text: str) -> list[str]:
    """The English words of ``text`` that are not allowed to stay English."""
    text = MARKUP.sub(" ", FILE_NAME.sub(" ", text.replace("&&", "&")))
    text = text.replace("&", "")  # a menu accelerator: "파일(&F)"
    names = re.findall(r"[A-Za-z_]{3,}", text)  # half_sse and cross_entropy whole
    return [w for name in names if name.lower() not in ALLOWED for w in WORD.findall(name)
            if w.lower() not in ALLOWED]  # fmt: skip


Text = tuple[str, str, object]  # where it is, the text, the widget or action showing it


def _menu_texts(menu: QMenu, where: str) -> Iterator[Text]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} › {action.text()}", action.text(), action
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}")


def screen_texts(window: MainWindow) -> Iterator[Text]:
    """Every user-visible text of ``window``: (where, text, what shows it)."""
    for action in window.menuBar().actions():
        yield f"menu {action.text()}", action.text(), action
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QDockWidget):
            texts = [widget.windowTitle()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts = [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            header = Qt.Orientation.Horizontal
            texts = [str(model.headerData(i, header) or "") for i in range(model.columnCount())]
        for text in texts:
            yield where, text, widget
    for item in window.diagram.scene().items():
        if isinstance(item, TextBadge) and item.isVisible():
            yield "diagram badge", item.text(), item


def known_gaps(window: MainWindow) -> list[object]:
    """What main_window.py (not translated here) still shows in English: the Lessons and
    Open Example menus' titles (taken from the files in English) and the status bar's loss
    (its ``_tr`` helper hides the texts from lupdate). ``test_the_known_gaps_are_closed``
    fails once they are Korean: then this list goes."""
    return [*window.lessons_menu.actions(), *window.examples_menu.actions(), window.loss_label]


def english_on_screen(window: MainWindow, *, gaps: bool = False) -> list[str]:
    """Each visible text with English words; only the known gaps' with ``gaps``."""
    gap = known_gaps(window)
    return [
        f"{where}: {text!r} has {words}"
        for where, text, owner in screen_texts(window)
        if any(owner is g for g in gap) == gaps and (words := english_words(text))
    ]


@pytest.fixture
def korean_window(qtbot, window):
    """The main window (conftest: settings in tmp_path, the classic example open, shown)
    speaking Korean; English again afterwards, whatever happened."""
    try:
        assert SWITCH.set_language("ko"), "the Korean translation is not installed"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5_000)
        yield window
    finally:
        SWITCH.set_language("en")


def _step(qtbot, window: MainWindow) -> None:
    """Forward, then Backward, with the keys (F, B)."""
    press(qtbot, window, Qt.Key.Key_F)
    assert window.doc.phase is Phase.FORWARD
    press(qtbot, window, Qt.Key.Key_B)
    assert window.doc.phase is Phase.BACKWARD


def _click(qtbot, window: MainWindow, point) -> None:
    """A click on the diagram: the inspector and the chain-rule panel show what it hit."""
    qtbot.mouseClick(window.diagram.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current is not None


def _walk(qtbot, window: MainWindow) -> None:
    """No English before a pass, after Forward and Backward, with an edge and a node picked."""
    docks = (window.inspector, window.math_panel, window.plots)  # built anew for the document
    qtbot.waitUntil(lambda: all(dock.isVisible() for dock in docks), timeout=5_000)
    assert english_on_screen(window) == []
    _step(qtbot, window)
    assert english_on_screen(window) == []
    _click(qtbot, window, edge_point(window.diagram, (2, 0, 0)))  # h1 → o1
    assert english_on_screen(window) == []
    _click(qtbot, window, node_point(window.diagram, (1, 0)))  # h1
    assert english_on_screen(window) == []


def test_the_check_finds_english_and_allows_names():
    assert english_words("Train to epoch 100") == ["Train", "epoch"]
    assert english_words("학습률 η · sigmoid · half_sse · net_h1 = 0.3775") == []
    assert english_words("파일(&F) · classic-2-2-2.json · <b>출력</b>&nbsp;o1") == []


def test_the_classic_lesson_shows_no_english(qtbot, korean_window):
    window = korean_window
    action = next(
        a for a in window.lessons_menu.actions() if a.objectName() == "lesson.classic-2-2-2"
    )
    action.trigger()
    qtbot.waitUntil(lambda: window.doc.file.lesson is not None, timeout=5_000)
    assert window.lesson.title.text() == "고전적인 2-2-2: 단계별 역전파"  # the file's Korean
    _walk(qtbot, window)
    # Lab mode: its switch, score, questions, prompt and next step speak Korean too.
    window.findChild(QAction, "action_lab_mode").trigger()
    qtbot.waitUntil(lambda: window.lesson.lab.score.isVisible(), timeout=5_000)
    assert window.lesson.lab.score.text().startswith("점수: ")  # words.py: context LabPanel
    assert english_on_screen(window) == []
    lab = window.lesson.lab
    assert lab.field.isVisible(), "a question of the lesson waits for an answer"
    type_into(qtbot, lab.field, "12345")  # wrong: the hint names the slip
    assert lab.feedback.text().startswith("내 ")
    assert english_on_screen(window) == []


def test_the_xor_example_shows_no_english(qtbot, korean_window):
    window = korean_window
    path = resource_path("examples", "xor.json")
    assert window.files.open_path(path, remember=False, as_untitled=True)
    _walk(qtbot, window)


def test_the_menus_titles_and_status_bar_speak_korean_too(qtbot, korean_window):
    window = korean_window
    _step(qtbot, window)
    assert english_on_screen(window, gaps=True) == []
