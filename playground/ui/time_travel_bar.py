"""The time-travel slider under the diagram: drag back to any recorded step of training."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from playground.document.time_travel import TimeTravel


class TimeTravelBar(QWidget):
    """A slider over the recorded steps, what it shows, and a way back to now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_travel_bar")
        self.travel: TimeTravel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel("history"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("time_travel_slider")
        self.slider.setToolTip(
            "Drag back to see the network as it was at an earlier epoch; "
            "stepping, playing or editing from there starts a new branch"
        )
        self.slider.valueChanged.connect(self._moved)
        layout.addWidget(self.slider, 1)
        self.label = QLabel()
        self.label.setObjectName("time_travel_label")
        self.label.setMinimumWidth(240)
        layout.addWidget(self.label)
        self.now = QPushButton("Back to now")
        self.now.setObjectName("time_travel_now")
        self.now.clicked.connect(lambda: self.travel.back_to_present())
        layout.addWidget(self.now)

    def set_time_travel(self, travel: TimeTravel) -> None:
        self.travel = travel
        travel.changed.connect(self.refresh)
        travel.player.progressed.connect(self.refresh)
        travel.player.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        travel = self.travel
        records = travel.records
        last = max(len(records) - 1, 0)
        self.slider.blockSignals(True)
        self.slider.setRange(0, last)
        self.slider.setValue(last if travel.viewing is None else travel.viewing)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(records) > 1 and not travel.player.playing)
        self.now.setEnabled(travel.viewing is not None)
        if travel.viewing is None:
            kept = len(records)
            self.label.setText(f"now · {kept} {'record' if kept == 1 else 'records'} kept")
        else:
            record = records[travel.viewing]
            loss = "" if record.loss is None else f" · loss {record.loss:.4g}"
            self.label.setText(f"epoch {record.epoch} of {records[-1].epoch}{loss}")

    def _moved(self, index: int) -> None:
        self.travel.view(index)
