"""The stepping bar: which phase the learner is in, and which sample the passes use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.document.values import row_text
from playground.engine import Phase

_STAGES = [  # texts translated at use (context "PhaseIndicator")
    (Phase.FORWARD, QT_TRANSLATE_NOOP("PhaseIndicator", "forward done")),
    (Phase.BACKWARD, QT_TRANSLATE_NOOP("PhaseIndicator", "backward done")),
    (Phase.UPDATED, QT_TRANSLATE_NOOP("PhaseIndicator", "updated")),
]
_READY = QT_TRANSLATE_NOOP("PhaseIndicator", "ready")


def enabled_phases(phase: Phase) -> dict[str, bool]:
    """Which of forward/backward/update is valid next; step and run epoch always are."""
    return {
        "forward": phase in (Phase.READY, Phase.UPDATED),
        "backward": phase is Phase.FORWARD,
        "update": phase is Phase.BACKWARD,
    }


class PhaseIndicator(QWidget):
    """forward done → backward done → updated, with the stage reached so far highlighted."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phase_indicator")
        self.doc = doc
        self._shown: Phase | None = None  # the phase the labels are styled for
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.stages: list[QLabel] = []
        for i, (_, text) in enumerate(_STAGES):
            if i:
                layout.addWidget(QLabel("→"))
            label = QLabel(QCoreApplication.translate("PhaseIndicator", text))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stages.append(label)
            layout.addWidget(label)
        doc.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if Change.PHASE in change:
            self.refresh()

    def current_text(self) -> str:
        """The stage reached, in the window's language ("ready" before a pass)."""
        reached = [text for (phase, text) in _STAGES if phase is self.doc.phase]
        return QCoreApplication.translate("PhaseIndicator", reached[0] if reached else _READY)

    def refresh(self) -> None:
        if self.doc.phase is self._shown:
            return  # restyling is slow, and training reports the same phase 30 times a second
        self._shown = self.doc.phase
        order = [phase for phase, _ in _STAGES]
        done = order.index(self.doc.phase) if self.doc.phase in order else -1
        for i, label in enumerate(self.stages):
            if i == done:
                style = "background:#0072B2;color:white;border-radius:4px;padding:2px 6px;"
            elif i < done:
                style = "color:#0072B2;padding:2px 6px;"
            else:
                style = "color:palette(mid);padding:2px 6px;"
            label.setStyleSheet(style)
        self.setToolTip(self.tr("Phase: {phase}").format(phase=self.current_text()))


class SampleSelector(QComboBox):
    """The whole batch (values shown as the batch mean) or one training sample."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_selector")
        self.setToolTip(
            self.tr(
                "Run the passes on one training sample, or on the whole batch "
                "(the diagram then shows the mean over the samples)"
            )
        )
        self.doc = doc
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
        doc.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change & (Change.SETTINGS | Change.RUN):
            self.refresh()
        elif Change.SAMPLE in change:
            self._show_current()

    def refresh(self) -> None:
        self.blockSignals(True)
        self.clear()
        data = self.doc.dataset
        self.addItem(_next_batch_text(self.doc.trainer.effective_batch_size, data.n_samples))
        for i in range(min(data.n_samples, 200)):  # document.values.sample_text, translated
            self.addItem(
                self.tr("sample {number}: {inputs} → {targets}").format(
                    number=i + 1, inputs=row_text(data.inputs[i]), targets=row_text(data.targets[i])
                )
            )
        self.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(0 if self.doc.sample is None else self.doc.sample + 1)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.doc.set_sample(None if index <= 0 else index - 1)


def _next_batch_text(batch: int, samples: int) -> str:
    """What a forward pass takes when no single sample is chosen."""
    if samples == 1:
        return QCoreApplication.translate("SampleSelector", "the one sample")
    if batch >= samples:
        return QCoreApplication.translate(
            "SampleSelector", "all {count} samples (one batch)"
        ).format(count=samples)
    if batch == 1:
        return QCoreApplication.translate("SampleSelector", "the next sample in turn")
    return QCoreApplication.translate("SampleSelector", "the next batch of {count}").format(
        count=batch
    )
