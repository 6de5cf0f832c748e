"""Output activation and loss as one edit: softmax with cross-entropy, from either side."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from playground.document import NetworkDocument, edits
from playground.engine import Layer, Network
from playground.io import DataSource, PlaygroundFile
from playground.ui.diagram import DiagramView, context_menu
from playground.ui.docks import ControlsDock
from playground.ui.selection import SelectionModel
from tests.ui.driving import action

XOR_ONE_HOT = np.array([[1, 0], [0, 1], [0, 1], [1, 0]], dtype=float)


def two_output_xor(targets=XOR_ONE_HOT) -> NetworkDocument:
    rng = np.random.default_rng(1)
    network = Network(
        input_units=2,
        loss="mse",
        layers=[
            Layer(activation="tanh", weights=rng.normal(size=(2, 3)), bias=np.zeros(3)),
            Layer(activation="sigmoid", weights=rng.normal(size=(3, 2)), bias=np.zeros(2)),
        ],
    )
    inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    return NetworkDocument(PlaygroundFile(network=network, data=DataSource.inline(inputs, targets)))


@pytest.fixture
def answers(monkeypatch):
    """Answer each question with the next of ``answers.queue``; remember the texts."""

    class Answers:
        queue: list = []
        asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        Answers.asked.append(text)
        return Answers.queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return Answers


def test_choosing_softmax_on_the_output_offers_cross_entropy_as_one_edit(qtbot, answers):
    doc = two_output_xor()
    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    answers.queue = [QMessageBox.StandardButton.Yes]
    menu = context_menu.node_menu(view, (2, 0))
    action(menu, "activation.softmax").trigger()
    assert "cross_entropy" in answers.asked[0]
    assert doc.network.layers[-1].activation == "softmax"
    assert doc.network.loss == "cross_entropy"
    assert doc.undo_stack.count() == 1  # one edit
    doc.forward()
    doc.backward()
    np.testing.assert_allclose(doc.trace.outputs.sum(axis=1), 1.0)  # softmax rows
    doc.undo_stack.undo()  # one undo takes both back
    assert (doc.network.layers[-1].activation, doc.network.loss) == ("sigmoid", "mse")


def test_choosing_cross_entropy_in_the_controls_offers_softmax_and_no_keeps_both(qtbot, answers):
    doc = two_output_xor()
    dock = ControlsDock(doc)
    qtbot.addWidget(dock)
    combo = dock.findChild(QComboBox, "loss_combo")
    answers.queue = [QMessageBox.StandardButton.No]
    combo.setCurrentText("cross_entropy")
    assert doc.network.loss == "mse" and combo.currentText() == "mse"  # refused, shown
    answers.queue = [QMessageBox.StandardButton.Yes]
    combo.setCurrentText("cross_entropy")
    assert (doc.network.layers[-1].activation, doc.network.loss) == ("softmax", "cross_entropy")
    assert doc.undo_stack.count() == 1
    answers.queue = [QMessageBox.StandardButton.Yes]
    combo.setCurrentText("mse")  # and back: a softmax output cannot train with mse
    assert (doc.network.layers[-1].activation, doc.network.loss) == ("sigmoid", "mse")


def test_softmax_is_not_offered_for_targets_that_are_not_one_hot(qtbot, answers):
    doc = two_output_xor(np.array([[0.2, 0.1], [0, 1], [0, 1], [1, 0]]))
    assert edits.output_pair(doc, activation="softmax") is None
    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    action(context_menu.node_menu(view, (2, 0)), "activation.softmax").trigger()
    assert answers.asked == [] and doc.network.layers[-1].activation == "sigmoid"
