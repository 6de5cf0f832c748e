"""The confusion matrix of a classification network at its current weights, kept live: the
test samples' (or the training samples'), from one batched forward pass per redraw.

Also the shared pieces of the class views: which samples to judge (``SplitChooser``) and
the classes' names (``class_labels``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.ui.plots.classes import Verdicts, verdicts
from playground.ui.plots.confusion_matrix import ConfusionMatrixView
from playground.ui.plots.pacer import RedrawPacer

TEST, TRAINING = "test", "training"


def split_rows(dataset, split: str) -> tuple[np.ndarray, np.ndarray]:
    """(inputs, targets) of the test samples, or of the training samples."""
    if split == TEST and dataset.test_inputs is not None:
        return dataset.test_inputs, dataset.test_targets
    return dataset.inputs, dataset.targets


def class_labels(doc: NetworkDocument) -> list[str]:
    """The classes' names: the data's, else the output nodes' (0 and 1 for one output)."""
    units = doc.network.output_units
    if units == 1:
        return ["0", "1"]
    names = doc.dataset.target_labels
    if names and len(names) == units:
        return list(names)
    return list(doc.labels_of(len(doc.network.layers)))


class SplitChooser(QComboBox):
    """Which samples a class view judges: the test samples (when there are any; the
    default) or the training samples."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Which samples to judge: held-out test samples or training ones"))

    def refresh(self, dataset) -> None:
        """The entries the data allows, keeping the choice when it still exists."""
        kept = self.split()
        has_test = dataset.test_inputs is not None
        self.blockSignals(True)
        self.clear()
        if has_test:
            self.addItem(self.tr("test samples"), TEST)
        self.addItem(self.tr("training samples"), TRAINING)
        index = self.findData(kept) if kept else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def split(self) -> str | None:
        return self.currentData()


class ConfusionPanel(QWidget):
    """The confusion matrix of ``doc``'s network on the chosen samples, redrawn live."""

    def __init__(self, doc: NetworkDocument, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusion_panel")
        self.doc = doc
        self.verdicts: Verdicts | None = None
        self.matrix_view = ConfusionMatrixView()
        self.chooser = SplitChooser("confusion_split")
        self.summary = QLabel()
        self.summary.setObjectName("confusion_summary")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self.chooser)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.matrix_view, 1)
        self.pacer = RedrawPacer(self, doc=doc, player=player, redraw=self.redraw)
        self.chooser.refresh(doc.dataset)
        self.chooser.currentIndexChanged.connect(lambda _: self.pacer.schedule())

    def redraw(self, setup: bool) -> None:
        """One forward pass over the chosen samples and the matrix drawn from it."""
        if setup:
            self.chooser.refresh(self.doc.dataset)
        inputs, targets = split_rows(self.doc.dataset, self.chooser.split() or TRAINING)
        self.verdicts = verdicts(self.doc.network, inputs, targets)
        matrix = self.verdicts.matrix
        right, total = int(np.trace(matrix)), int(matrix.sum())
        which = self.chooser.currentText()
        self.matrix_view.set_matrix(
            matrix,
            class_labels(self.doc),
            self.tr("Confusion matrix of the {which}").format(which=which),
        )
        self.summary.setText(
            self.tr("{right} of {total} right ({share:.1%})").format(
                right=right, total=total, share=right / total if total else 0.0
            )
        )
