"""Korean and English: every text the window shows goes through Qt's translation, and the
Korean translation has every one of them."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "playground" / "ui"
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

# Qt calls whose text argument the learner reads: method name → positions of text arguments.
TEXT_METHODS = {
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setPlaceholderText": (0,),
    "setLabelText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addAction": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addRow": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "showMessage": (0,),
    "show_message": (0,),
    "show_error": (0, 1),
    "setLabel": (1,),  # pyqtgraph: setLabel(axis, text)
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getSaveFileName": (1,),
    "getOpenFileName": (1,),
}
TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolBar",
    "QDockWidget",
    "QMenu",
    "QToolButton",
}


def _has_words(node: ast.AST) -> bool:
    """A literal (or an f-string's literal parts) with words in it: two letters in a row."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    elif isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_words(element) for element in node.elts)
    else:
        return False
    return any(a.isalpha() and b.isalpha() for a, b in zip(text, text[1:], strict=False))


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def unwrapped_texts(root: Path = UI) -> list[str]:
    """``file:line: text`` for each literal text given straight to Qt, not through tr(),
    and each tr() of an f-string (translated after filling in: never found)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call)
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if name in ("tr", "translate"):
                if any(isinstance(a, ast.JoinedStr) for a in call.args):
                    found.append(f"{where}: tr() of an f-string")
                continue
            if name in TEXT_CONSTRUCTORS:
                positions: tuple[int, ...] = (0,)
            elif name in TEXT_METHODS:
                positions = TEXT_METHODS[name]
            else:
                continue
            for position in positions:
                if position < len(call.args) and _has_words(call.args[position]):
                    found.append(f"{where}: {ast.unparse(call.args[position])[:60]}")
    return found


def test_every_text_the_window_shows_is_translatable():
    assert unwrapped_texts() == []


def test_the_check_finds_an_unwrapped_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Hello there')\n"
        "label.setText(self.tr('Hello there'))\n"
        "label.setText(f'{value:.3g}')\n"
        "label.setText(self.tr(f'Hello {name}'))\n"
        "QLabel('Loss', parent)\n"
        "box.addItems(['one', 'two'])\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = unwrapped_texts(tmp_path)
    finally:
        ROOT = saved
    assert sorted(int(line.split(":")[1]) for line in found) == [1, 4, 5, 6]


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed",
)
def test_the_korean_translation_has_every_text_finished():
    """lupdate run over today's sources into a copy of the .ts: nothing new, nothing
    unfinished (a new text must be translated before it lands)."""
    assert update_translations.main(["--check"]) == 0


def test_the_compiled_translation_is_there():
    qm = ROOT / "resources" / "translations" / "playground_ko.qm"
    assert qm.is_file() and qm.stat().st_size > 1000
