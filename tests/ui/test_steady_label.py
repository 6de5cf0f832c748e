"""A SteadyLabel's new numbers relayout nothing; a longer text makes room once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from playground.ui.steady_label import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def relayouts(qtbot, label_type, texts) -> int:
    host = QWidget()
    qtbot.addWidget(host)
    label = label_type()
    QHBoxLayout(host).addWidget(label)
    label.setText(texts[0])
    host.show()
    qtbot.waitExposed(host)
    counter = LayoutRequests()
    host.installEventFilter(counter)
    for text in texts[1:]:
        label.setText(text)
        qtbot.wait(1)  # let posted layout requests arrive
    return counter.count


def test_numbers_of_the_same_width_relayout_nothing(qtbot):
    numbers = [f"loss E = {0.5 / (k + 1):.6f}" for k in range(20)]
    assert relayouts(qtbot, QLabel, numbers) >= 10  # a plain label asks nearly every time
    assert relayouts(qtbot, SteadyLabel, numbers) <= 1  # at most once, to make room


def test_a_longer_text_makes_room_once_and_shorter_ones_keep_it(qtbot):
    label = SteadyLabel("epoch 9")
    qtbot.addWidget(label)
    small = label.width()
    label.setText("epoch 123,456 · step 1,234,567")
    grown = label.width()
    assert grown > small and label.minimumWidth() == label.maximumWidth() == grown
    label.setText("epoch 1")
    assert label.width() == grown  # never shrinks: no relayout for a shorter number
    assert label.text() == "epoch 1"
