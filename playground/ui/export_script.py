"""File › Export as Script…: the network as it stands, as a NumPy, Keras or PyTorch script.

The script (``playground.export.script_for``, as ``playground-cli export`` writes it) rebuilds
the network with its current weights, masks, biases, data, loss and optimizer, trains for
the chosen number of epochs and prints the loss, weights and biases as JSON on its last line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.export import TARGETS, ExportError, default_epochs, script_for
from playground.io.atomic import write_atomically
from playground.ui.translate import error_text

TARGET_TEXTS = {
    "numpy": QT_TRANSLATE_NOOP("ExportScriptDialog", "NumPy: the playground's numbers to the bit"),
    "keras": QT_TRANSLATE_NOOP("ExportScriptDialog", "Keras (as the notes write it)"),
    "pytorch": QT_TRANSLATE_NOOP("ExportScriptDialog", "PyTorch"),
}
MAX_EPOCHS = 10**7


class ExportScriptDialog(QDialog):
    """Which library and how many epochs; Save asks where, then writes the script."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("export_script_dialog")
        self.window_ = window
        self.setWindowTitle(self.tr("Export as Script"))
        self.target = QComboBox(self)
        self.target.setObjectName("export_target")
        for target in TARGETS:
            self.target.addItem(
                QCoreApplication.translate("ExportScriptDialog", TARGET_TEXTS[target]), target
            )
        self.epochs = QSpinBox(self)
        self.epochs.setObjectName("export_epochs")
        self.epochs.setRange(0, MAX_EPOCHS)
        self.epochs.setValue(default_epochs(window.doc.file))
        self.problem = QLabel(self)
        self.problem.setObjectName("export_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Library"), self.target)
        form.addRow(self.tr("Epochs to train"), self.epochs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A script that rebuilds this network with its current weights and data, "
                    "trains it and prints the loss, weights and biases as JSON."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        target = self.target.currentData()
        doc = self.window_.doc
        stem = (doc.path.stem if doc.path else doc.title).replace(" ", "_") or "network"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as Script"), f"{stem}_{target}.py", self.tr("Python (*.py)")
        )
        if not path:
            return
        try:
            source = script_for(doc.file, target=target, epochs=self.epochs.value())
            write_atomically(Path(path), source)
        except (ExportError, ValueError, OSError) as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        doc.notice.emit(self.tr("Script written: {path}").format(path=path))
        self.accept()


def open_export_script(window) -> ExportScriptDialog:
    """Open the dialog (window-modal, no nested event loop) and return it."""
    window.player.pause()
    dialog = ExportScriptDialog(window)
    dialog.open()
    return dialog
