"""The training group of the controls dock: batch size, shuffling, epochs and which biases learn."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QSpinBox, QVBoxLayout, QWidget

from playground.document import NetworkDocument, edits
from playground.io.network_file import MAX_BATCH_SIZE
from playground.ui.docks.section import Section, quiet

MAX_BATCH = MAX_BATCH_SIZE  # the file format's own limit
MAX_EPOCHS = 10_000_000


CONTEXT = "TrainingControls"  # the translations' context of the tips below
BATCH_TIP = QT_TRANSLATE_NOOP(
    "TrainingControls",
    "How many samples one forward pass takes and one update averages over. "
    "'whole batch': all of them at once; 1: one sample at a time.",
)
BATCH_TIP_PERCEPTRON = QT_TRANSLATE_NOOP(
    "TrainingControls", "Rosenblatt's perceptron rule learns from one sample at a time."
)


class TrainingControls(Section):
    """Batch size ("whole batch" or a number), shuffle, epochs, and train biases per layer."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Training"), doc, name="training", parent=parent)
        self.batch_size = QSpinBox(self)
        self.batch_size.setObjectName("batch_size_spin")
        self.batch_size.setRange(0, MAX_BATCH)
        self.batch_size.setSpecialValueText(self.tr("whole batch"))
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.setToolTip(QCoreApplication.translate(CONTEXT, BATCH_TIP))
        self.batch_size.valueChanged.connect(self._training_changed)
        self.shuffle = QCheckBox(self.tr("shuffle every epoch"), self)
        self.shuffle.setObjectName("shuffle_check")
        self.shuffle.setToolTip(
            self.tr(
                "Take the samples in a new random order in every epoch, "
                "instead of always in the order of the data set."
            )
        )
        self.shuffle.toggled.connect(self._training_changed)
        self.epochs = QSpinBox(self)
        self.epochs.setObjectName("epochs_spin")
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setKeyboardTracking(False)
        self.epochs.setToolTip(self.tr("How many times training goes through all the samples."))
        self.epochs.valueChanged.connect(self._epochs_changed)
        self.bias_host = QWidget(self)
        self.bias_layout = QVBoxLayout(self.bias_host)
        self.bias_layout.setContentsMargins(0, 0, 0, 0)
        self.bias_boxes: list[QCheckBox] = []
        self.form.addRow(self.tr("batch size"), self.batch_size)
        self.form.addRow("", self.shuffle)
        self.form.addRow(self.tr("epochs"), self.epochs)
        self.form.addRow(self.tr("train biases"), self.bias_host)
        self.add_message_row()
        self.sync()

    # -- document → widgets -------------------------------------------------------------

    def sync(self) -> None:
        training = self.doc.file.training
        one_at_a_time = self.doc.file.optimizer.get("name") == "perceptron"
        with quiet(self.batch_size, self.shuffle, self.epochs):
            # The perceptron rule learns from one sample at a time, whatever the file says.
            self.batch_size.setValue(1 if one_at_a_time else training.batch_size or 0)
            self.batch_size.setEnabled(not one_at_a_time)
            tip = BATCH_TIP_PERCEPTRON if one_at_a_time else BATCH_TIP
            self.batch_size.setToolTip(QCoreApplication.translate(CONTEXT, tip))
            self.shuffle.setChecked(training.shuffle)
            self.epochs.setValue(self.doc.epochs)
        layers = self.doc.network.layers
        if len(self.bias_boxes) != len(layers):
            self._make_bias_boxes(len(layers))
        for box, layer in zip(self.bias_boxes, layers, strict=True):
            with quiet(box):
                box.setChecked(layer.train_bias)

    def _make_bias_boxes(self, count: int) -> None:
        for box in self.bias_boxes:
            self.bias_layout.removeWidget(box)
            box.deleteLater()
        self.bias_boxes = []
        for column in range(1, count + 1):
            text = (
                self.tr("layer {column} (output)")
                if column == count
                else self.tr("layer {column} (hidden)")
            )
            box = QCheckBox(text.format(column=column), self.bias_host)
            box.setObjectName(f"train_bias_{column}")
            box.setToolTip(
                self.tr(
                    "On: the update step changes the biases of layer {column} too. "
                    "Off: they keep their values."
                ).format(column=column)
            )
            box.toggled.connect(lambda on, c=column: self._bias_toggled(c, on))
            self.bias_layout.addWidget(box)
            self.bias_boxes.append(box)

    # -- widgets → document -------------------------------------------------------------

    def _training_changed(self) -> None:
        size = self.batch_size.value() or None
        training = self.doc.file.training
        if (size, self.shuffle.isChecked()) != (training.batch_size, training.shuffle):
            self.apply(
                edits.set_training(
                    self.doc, batch_size=size, shuffle=self.shuffle.isChecked(), seed=training.seed
                )
            )

    def _epochs_changed(self, epochs: int) -> None:
        if epochs != self.doc.epochs:
            self.apply(edits.set_epochs(self.doc, epochs))

    def _bias_toggled(self, column: int, on: bool) -> None:
        self.apply(edits.set_train_bias(self.doc, column, on))
