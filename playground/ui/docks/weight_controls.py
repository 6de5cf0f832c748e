"""The weights group of the controls dock: draw new weights from an initialiser, or go back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from playground.document import NetworkDocument, edits
from playground.engine import INITIALIZER_NAMES
from playground.engine.initializers import INITIALIZERS
from playground.io.network_file import MAX_SEED  # the file format's own limit
from playground.ui.docks.section import Section, choice_combo, first_line

DEFAULT_INITIALIZER = "glorot_uniform"
# The initialisers' tooltips are the first lines of their docstrings
# (playground.engine.initializers); listed here so that lupdate offers them for translation.
INITIALIZER_TIPS = (
    QT_TRANSLATE_NOOP(
        "WeightControls", "Keras' default: U(−limit, limit) with limit = √(6 / (n_in + n_out))."
    ),
    QT_TRANSLATE_NOOP(
        "WeightControls", "U(−limit, limit) with limit = √(6 / n_in), suited to ReLU layers."
    ),
    QT_TRANSLATE_NOOP("WeightControls", "U(low, high); Keras' RandomUniform defaults."),
    QT_TRANSLATE_NOOP(
        "WeightControls",
        "N(mean, stddev²); Keras' RandomNormal defaults (the notes' MNIST draws N(0, 0.1²)).",
    ),
    QT_TRANSLATE_NOOP(
        "WeightControls",
        "What the notes' NumPy code draws: ``np.random.seed(seed)``, then ``scale ·",
    ),
    QT_TRANSLATE_NOOP(
        "WeightControls",
        "All weights 0 (every hidden node then learns the same thing: a lesson in itself).",
    ),
)


class WeightControls(Section):
    """Initialiser and seed (used when the button is pressed), Randomise and Reset buttons."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Weights"), doc, name="weights", parent=parent)
        self.initializer = choice_combo(
            "initializer_combo",
            self.tr("How 'Randomise weights' draws each weight."),
            {
                name: self.tr(first_line(INITIALIZERS[name].__doc__, name))
                for name in INITIALIZER_NAMES
            },
            self,
        )
        self.initializer.setCurrentText(DEFAULT_INITIALIZER)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("init_seed_spin")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setToolTip(
            self.tr(
                "The random seed for 'Randomise weights': the same seed draws "
                "the same weights every time."
            )
        )
        self.randomise_button = QPushButton(self.tr("Randomise weights"), self)
        self.randomise_button.setObjectName("randomise_button")
        self.randomise_button.setToolTip(
            self.tr(
                "Draw every weight afresh with this initialiser and seed; "
                "biases become 0. Undo brings the old weights back."
            )
        )
        self.randomise_button.clicked.connect(self.randomise)
        self.reset_button = QPushButton(self.tr("Reset to initial"), self)
        self.reset_button.setObjectName("reset_weights_button")
        self.reset_button.setToolTip(
            self.tr("Go back to the weights and biases the network was opened with.")
        )
        self.reset_button.clicked.connect(self.reset_to_initial)
        buttons = QHBoxLayout()
        buttons.addWidget(self.randomise_button)
        buttons.addWidget(self.reset_button)
        self.form.addRow(self.tr("initialiser"), self.initializer)
        self.form.addRow(self.tr("seed"), self.seed)
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
