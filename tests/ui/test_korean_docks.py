"""The controls dock and the data table in Korean: titles, labels, buttons and refusals come
from the Korean translation once it is installed (View › Language), and English comes back.

The Korean tests need the docks' Korean texts merged into ``resources/translations``
(``tools/update_translations.py --fill ko``); the docstring check needs nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

import playground.io
from playground.document import NetworkDocument
from playground.engine import INITIALIZER_NAMES, LOSS_NAMES, LOSSES, OPTIMIZER_NAMES
from playground.engine.initializers import INITIALIZERS
from playground.engine.optimizers import OPTIMIZERS
from playground.paths import resource_path
from playground.ui.docks import ControlsDock
from playground.ui.docks.data_table import DataTableDock
from playground.ui.docks.optimizer_controls import LOSS_TIPS, OPTIMIZER_TIPS
from playground.ui.docks.section import first_line
from playground.ui.docks.weight_controls import INITIALIZER_TIPS
from playground.ui.language import SWITCH
from tests.ui.driving import type_into


@pytest.fixture
def korean(qapp):
    """Korean installed for one test; English again afterwards, whatever happened."""
    try:
        assert SWITCH.set_language("ko"), "the Korean translation is not installed"
        yield
    finally:
        SWITCH.set_language("en")


@pytest.fixture
def classic() -> NetworkDocument:
    return NetworkDocument(playground.io.load(resource_path("examples", "classic-2-2-2.json")))


def label_of(form: QFormLayout, field: QWidget) -> str:
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def test_the_controls_dock_speaks_korean(qtbot, korean, classic):
    dock = ControlsDock(classic)
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "설정"
    titles = [section.title() for section in dock.sections]
    assert titles == ["데이터", "손실과 옵티마이저", "학습", "가중치"]
    assert label_of(dock.data.form, dock.data.combo) == "데이터셋"
    assert label_of(dock.optimizer.form, dock.optimizer.optimizer_combo) == "옵티마이저"
    assert label_of(dock.optimizer.params, dock.optimizer.fields["learning_rate"]) == "학습률 η"
    assert label_of(dock.training.form, dock.training.batch_size) == "배치 크기"
    assert dock.training.shuffle.text() == "에포크마다 섞기"
    assert [box.text() for box in dock.training.bias_boxes] == ["1층 (은닉)", "2층 (출력)"]
    assert dock.weights.randomise_button.text() == "가중치 무작위 초기화"
    assert label_of(dock.weights.form, dock.weights.initializer) == "초기화 방법"
    # Identifiers stay as the file format names them.
    assert dock.optimizer.optimizer_combo.currentText() == "sgd"


def test_a_refusal_is_explained_in_korean(qtbot, korean, classic):
    dock = ControlsDock(classic)
    qtbot.addWidget(dock)
    field = dock.findChild(QLineEdit, "optimizer_learning_rate")
    type_into(qtbot, field, "abc")
    message = dock.findChild(QLabel, "optimizer_learning_rate_message")
    assert message.text().startswith("변경하지 않았습니다: ")
    assert classic.undo_stack.count() == 0


def test_the_data_table_speaks_korean(qtbot, korean, classic):
    dock = DataTableDock(classic)
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "데이터"
    assert dock.caption.text() == "훈련 샘플 1개, 이 파일에 저장됨"
    assert dock.add_button.text() == "행 추가"
    header = dock.model.headerData(0, Qt.Orientation.Horizontal)
    assert header.endswith("\n입력")
    assert [action.text() for action in dock.table.actions()][2] == "행 추가"


def test_english_comes_back(qtbot, classic):
    SWITCH.set_language("ko")
    SWITCH.set_language("en")
    dock = ControlsDock(classic)
    qtbot.addWidget(dock)
    assert [section.title() for section in dock.sections] == [
        "Data",
        "Loss and optimizer",
        "Training",
        "Weights",
    ]


def test_every_engine_tooltip_is_offered_for_translation():
    """The losses' tooltips are their formulas, the optimizers' and initialisers' their
    docstrings' first lines; the docks list them for lupdate, so a changed one must be
    listed again."""
    for name in LOSS_NAMES:
        assert LOSSES[name].formula in LOSS_TIPS
    for name in OPTIMIZER_NAMES:
        assert first_line(OPTIMIZERS[name].__doc__, name) in OPTIMIZER_TIPS
    for name in INITIALIZER_NAMES:
        assert first_line(INITIALIZERS[name].__doc__, name) in INITIALIZER_TIPS
