"""The controls dock: data, loss, optimizer, training settings and weights, all undoable.

Every change a learner makes here is one command on ``doc.undo_stack`` and takes effect on
the next step. The widgets follow the document: after undo or redo each shows the
document's value again, and syncing never pushes a command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.ui.docks.data_controls import DataControls
from playground.ui.docks.optimizer_controls import OptimizerControls
from playground.ui.docks.section import Section
from playground.ui.docks.training_controls import TrainingControls
from playground.ui.docks.weight_controls import WeightControls
from playground.ui.wheel_guard import guard_wheel


class ControlsDock(QDockWidget):
    """Four groups of controls (data, loss and optimizer, training, weights) in a scroll area."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Controls"), parent)
        self.setObjectName("controls_dock")
        self.doc = doc
        self.data = DataControls(doc)
        self.optimizer = OptimizerControls(doc)
        self.training = TrainingControls(doc)
        self.weights = WeightControls(doc)
        body = QWidget()
        layout = QVBoxLayout(body)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("controls_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # Wide enough for every control: a horizontal scroll bar would hide the right edge.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(body.sizeHint().width() + scrollbar + 2)
        self.setWidget(scroll)
        guard_wheel(body)
        self.data.params_rebuilt.connect(lambda: guard_wheel(body))
        # Not on parameter changes: no control shows a weight, and training changes the
        # weights 30 times a second.
        self.refreshes = 0
        doc.changed.connect(self._changed)
        doc.undo_stack.indexChanged.connect(self.clear_messages)

    def _changed(self, change: Change) -> None:
        if change & (Change.SETTINGS | Change.STRUCTURE | Change.LABELS | Change.RUN):
            self.refreshes += 1
            self.sync()

    @property
    def sections(self) -> tuple[Section, ...]:
        return (self.data, self.optimizer, self.training, self.weights)

    def sync(self) -> None:
        """Show the document's values in every widget (after an edit, undo or redo)."""
        for section in self.sections:
            section.sync()

    def randomise(self) -> None:
        """Draw new weights with the initialiser and seed chosen in the weights group."""
        self.weights.randomise()

    def clear_messages(self) -> None:
        """Forget old refusals once the document has changed."""
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("_message"):
                label.clear()
                label.hide()
