"""The time-travel slider under the diagram: drag back to any recorded epoch of the run.

It reads the document's current run (its records and which one is viewed) and asks the
document to show a record; it keeps no state of its own. The records are the current
run's only, so the slider can never restore weights of another network shape.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.document.player import Player
from playground.ui.steady_label import SteadyLabel

SLIDER_TIP = QT_TRANSLATE_NOOP(
    "TimeTravelBar",
    "Drag back to see the network as it was at an earlier epoch; "
    "stepping, playing or editing from there starts a new branch",
)
EMPTY_TIP = QT_TRANSLATE_NOOP(
    "TimeTravelBar",
    "No earlier epochs recorded in this run yet: train, and each epoch is kept here. "
    "Changing the network's shape, loss, activation or data starts a new run.",
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
        self.title = QLabel()
        layout.addWidget(self.title)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("time_travel_slider")
        self.slider.valueChanged.connect(self._moved)
        layout.addWidget(self.slider, 1)
        self.label = SteadyLabel()  # "now · 301 records kept" changes with every frame
        self.label.setObjectName("time_travel_label")
        self.label.setMinimumWidth(240)
        layout.addWidget(self.label)
        self.now = QPushButton()
        self.now.setObjectName("time_travel_now")
        self.now.clicked.connect(lambda: self.doc.back_to_present())
        layout.addWidget(self.now)
        self._set_texts()

    def _set_texts(self) -> None:
        """The texts that never change with the run, in the window's language."""
        self.title.setText(self.tr("history"))
        self.now.setText(self.tr("Back to now"))

    def changeEvent(self, event: QEvent) -> None:
        """A new language: this bar outlives the window's rebuilt docks, so it says itself."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            if self.doc is not None:
                self.refresh()
        super().changeEvent(event)

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
        tip = SLIDER_TIP if usable else EMPTY_TIP
        self.slider.setToolTip(QCoreApplication.translate("TimeTravelBar", tip))
        self.now.setEnabled(run.viewing is not None)
        if run.viewing is None:
            kept = len(records)
            text = (
                self.tr("now · 1 record kept")
                if kept == 1
                else self.tr("now · {count} records kept").format(count=kept)
            )
        elif (record := records[run.viewing]).loss is None:
            text = self.tr("epoch {epoch} of {last}").format(
                epoch=record.epoch, last=records[-1].epoch
            )
        else:
            text = self.tr("epoch {epoch} of {last} · loss {loss:.4g}").format(
                epoch=record.epoch, last=records[-1].epoch, loss=record.loss
            )
        self.label.setText(text)

    def _moved(self, index: int) -> None:
        self.doc.view_record(index)
