"""The time-travel slider under the diagram: drag back to any recorded epoch of the run.

It reads the document's current run (its records and which one is viewed) and asks the
document to show a record; it keeps no state of its own. The records are the current
run's only, so the slider can never restore weights of another network shape.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.document.player import Player

SLIDER_TIP = (
    "Drag back to see the network as it was at an earlier epoch; "
    "stepping, playing or editing from there starts a new branch"
)
EMPTY_TIP = (
    "No earlier epochs recorded in this run yet: train, and each epoch is kept here. "
    "Changing the network's shape, loss, activation or data starts a new run."
)


class TimeTravelBar(QWidget):
    """A slider over the run's recorded epochs, what it shows, and a way back to now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_travel_bar")
        self.doc: NetworkDocument | None = None
        self.player: Player | None = None
        self.refreshes = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel("history"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("time_travel_slider")
        self.slider.valueChanged.connect(self._moved)
        layout.addWidget(self.slider, 1)
        self.label = QLabel()
        self.label.setObjectName("time_travel_label")
        self.label.setMinimumWidth(240)
        layout.addWidget(self.label)
        self.now = QPushButton("Back to now")
        self.now.setObjectName("time_travel_now")
        self.now.clicked.connect(lambda: self.doc.back_to_present())
        layout.addWidget(self.now)

    def set_document(self, doc: NetworkDocument, player: Player) -> None:
        self.doc, self.player = doc, player
        doc.changed.connect(self._changed)
        player.state_changed.connect(self.refresh)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change & (Change.RECORDS | Change.RUN):
            self.refresh()

    def refresh(self) -> None:
        self.refreshes += 1
        run = self.doc.run
        records = run.records
        last = max(len(records) - 1, 0)
        self.slider.blockSignals(True)
        self.slider.setRange(0, last)
        self.slider.setValue(last if run.viewing is None else run.viewing)
        self.slider.blockSignals(False)
        usable = len(records) > 1
        self.slider.setEnabled(usable and not self.player.playing)
        self.slider.setToolTip(SLIDER_TIP if usable else EMPTY_TIP)
        self.now.setEnabled(run.viewing is not None)
        if run.viewing is None:
            kept = len(records)
            self.label.setText(f"now · {kept} {'record' if kept == 1 else 'records'} kept")
        else:
            record = records[run.viewing]
            loss = "" if record.loss is None else f" · loss {record.loss:.4g}"
            self.label.setText(f"epoch {record.epoch} of {records[-1].epoch}{loss}")

    def _moved(self, index: int) -> None:
        self.doc.view_record(index)
