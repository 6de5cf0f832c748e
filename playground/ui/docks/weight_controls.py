"""The weights group of the controls dock: draw new weights from an initialiser, or go back."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from playground.document import NetworkDocument, edits
from playground.engine import INITIALIZER_NAMES
from playground.engine.initializers import INITIALIZERS
from playground.io.network_file import MAX_SEED  # the file format's own limit
from playground.ui.docks.section import Section, choice_combo, first_line

DEFAULT_INITIALIZER = "glorot_uniform"


class WeightControls(Section):
    """Initialiser and seed (used when the button is pressed), Randomise and Reset buttons."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__("Weights", doc, name="weights", parent=parent)
        self.initializer = choice_combo(
            "initializer_combo",
            "How 'Randomise weights' draws each weight.",
            {name: first_line(INITIALIZERS[name].__doc__, name) for name in INITIALIZER_NAMES},
            self,
        )
        self.initializer.setCurrentText(DEFAULT_INITIALIZER)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("init_seed_spin")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setToolTip(
            "The random seed for 'Randomise weights': the same seed draws "
            "the same weights every time."
        )
        self.randomise_button = QPushButton("Randomise weights", self)
        self.randomise_button.setObjectName("randomise_button")
        self.randomise_button.setToolTip(
            "Draw every weight afresh with this initialiser and seed; "
            "biases become 0. Undo brings the old weights back."
        )
        self.randomise_button.clicked.connect(self.randomise)
        self.reset_button = QPushButton("Reset to initial", self)
        self.reset_button.setObjectName("reset_weights_button")
        self.reset_button.setToolTip(
            "Go back to the weights and biases the network was opened with."
        )
        self.reset_button.clicked.connect(self.reset_to_initial)
        buttons = QHBoxLayout()
        buttons.addWidget(self.randomise_button)
        buttons.addWidget(self.reset_button)
        self.form.addRow("initialiser", self.initializer)
        self.form.addRow("seed", self.seed)
        self.form.addRow(buttons)
        self.add_message_row()

    def sync(self) -> None:
        """Nothing to show: initialiser and seed are choices for the button, not settings."""

    def randomise(self) -> None:
        """Push 'Randomise weights' with the chosen initialiser and seed (or say why not)."""
        self.apply(
            edits.randomise_weights(self.doc, self.initializer.currentText(), self.seed.value())
        )

    def reset_to_initial(self) -> None:
        """Push 'Reset to initial weights' (or say why not)."""
        self.apply(edits.reset_to_initial(self.doc))
