"""When a panel of the plots dock redraws: once per turn of the event loop, only while shown.

While playing, the Player's ``plot_due(1)`` (the boundary's turn of the alternating frames)
paces the redraws, and a costly panel skips turns so that it takes at most ``BUDGET_SHARE``
of the time (a confusion matrix over MNIST's 10,000 test images costs about 16 ms: it
redraws about 6 times a second instead of 15); paused, a document change asks for one.
Any burst of requests before the event loop turns costs one redraw, and a hidden panel (a
background tab, a closed dock) redraws when it shows again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from playground.document.changes import Change
from playground.document.network_document import NetworkDocument
from playground.document.player import Player

SHAPE_OR_DATA = Change.STRUCTURE | Change.SETTINGS | Change.LABELS | Change.RUN
NUMBERS = Change.PARAMETERS | Change.VALUES | Change.SAMPLE
BUDGET_SHARE = 0.1  # while playing, a panel's redraws take at most this share of the time


class RedrawPacer(QObject):
    """Calls ``redraw(setup)`` for ``widget`` when it is due; ``setup`` is True when the data
    or the network's shape changed since the last call."""

    def __init__(
        self,
        widget: QWidget,
        *,
        doc: NetworkDocument,
        player: Player,
        redraw: Callable[[bool], None],
    ) -> None:
        super().__init__(widget)
        self.widget, self.doc, self.player, self._redraw = widget, doc, player, redraw
        self.redraws = 0  # how many redraws ran (tests count them)
        self._setup = True
        self._pending = True
        self._last_started = -float("inf")
        self.last_cost = 0.0  # seconds the last redraw took
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.redraw_now)
        player.plot_due.connect(self._plot_due)
        doc.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _plot_due(self, turn: int) -> None:
        if turn == 1 and not (self.player.playing and self._too_soon()):
            self.schedule()

    def _too_soon(self) -> bool:
        """Whether redrawing now would take more than ``BUDGET_SHARE`` of the time."""
        return time.perf_counter() - self._last_started < self.last_cost / BUDGET_SHARE

    def _changed(self, change: Change) -> None:
        if change & SHAPE_OR_DATA:
            self._setup = True
            self.schedule()
        elif change & NUMBERS and not self.player.playing:
            self.schedule()  # while playing, plot_due paces the redraws

    def schedule(self, *, setup: bool = False) -> None:
        """Redraw once the event loop turns; any number of calls before that cost one."""
        self._setup = self._setup or setup
        if not self._timer.isActive():
            self._timer.start()

    def pending(self) -> bool:
        """Whether a redraw is due at the next turn of the event loop."""
        return self._timer.isActive()

    def redraw_now(self) -> None:
        """Redraw at once (skipped while hidden: done when the widget shows again)."""
        if not self.widget.isVisible():
            self._pending = True
            return
        self._pending = False
        setup, self._setup = self._setup, False
        self.redraws += 1
        self._last_started = time.perf_counter()
        self._redraw(setup)
        self.last_cost = time.perf_counter() - self._last_started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self._pending:
            self.schedule()
        return False
