"""Time travel: look at any recorded step; going on from there starts a new branch.

Viewing a step restores the trainer to that step's exact checkpoint, so the diagram, the
inspector and the plots show it. The moment the learner steps, plays or edits from a past
step, the steps after it are discarded by a ``ContinueFromCommand`` on the undo stack:
undoing it brings the discarded future and the present back.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.engine.training import TrainerState


class TimeTravel(QObject):
    """Which recorded step the document shows: ``viewing`` is an index, or None for now."""

    changed = Signal()

    def __init__(self, doc: NetworkDocument, player: Player, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.player = doc, player
        self.viewing: int | None = None
        self.present: TrainerState | None = None
        self._continuing = False
        doc.about_to_edit.connect(self.continue_here)

    @property
    def records(self):
        return self.player.history.records

    def view(self, index: int) -> None:
        """Show recorded step ``index`` (the last index is the present)."""
        if index >= len(self.records) - 1:
            self.back_to_present()
            return
        self.player.pause()
        if self.present is None:
            self.present = self.doc.trainer.checkpoint()
        self.viewing = index
        self.doc.restore_trainer(self.records[index].state)
        self.changed.emit()

    def back_to_present(self) -> None:
        if self.present is not None:
            self.doc.restore_trainer(self.present)
        self.viewing, self.present = None, None
        self.changed.emit()

    def continue_here(self) -> None:
        """Called before a step, Play or an edit: from a past step, start a new branch."""
        if self.viewing is None or self._continuing:
            return
        self._continuing = True  # pushing announces an edit too: do not branch twice
        try:
            self.doc.undo_stack.push(ContinueFromCommand(self))
        finally:
            self._continuing = False

    def _branch(self, index: int, present: TrainerState) -> list:
        """Drop the records after ``index``; return them to be given back on undo."""
        future = self.records[index + 1 :]
        step = self.records[index].step
        self.player.history.truncate_after(step)
        for curve in self.player.curves:
            curve.truncate_after(step)
        self.doc.restore_trainer(self.records[index].state)
        self.viewing, self.present = None, None
        self.changed.emit()
        return future


class ContinueFromCommand(QUndoCommand):
    """Go on from the viewed step: the steps recorded after it are discarded."""

    def __init__(self, travel: TimeTravel):
        record = travel.records[travel.viewing]
        later = len(travel.records) - travel.viewing - 1
        super().__init__(f"Continue from epoch {record.epoch} (discard {later} later records)")
        self.travel, self.index, self.present = travel, travel.viewing, travel.present
        self.step = record.step
        self.curves = [copy.deepcopy(curve) for curve in travel.player.curves]
        self.future: list = []

    def redo(self) -> None:
        self.future = self.travel._branch(self.index, self.present)

    def undo(self) -> None:
        player = self.travel.player
        player.history.truncate_after(self.step)  # what the new branch recorded goes
        player.history.records.extend(self.future)
        player.loss_curve, player.accuracy_curve, player.test_loss_curve = (
            copy.deepcopy(curve) for curve in self.curves
        )
        self.travel.doc.restore_trainer(self.present)
        self.travel.viewing, self.travel.present = None, None
        self.travel.changed.emit()
