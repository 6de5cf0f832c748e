"""The loss and optimizer group of the controls dock: what is minimised, and how."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from playground.document import NetworkDocument, edits
from playground.engine import (
    LOSS_NAMES,
    LOSSES,
    OPTIMIZER_NAMES,
    REDUCTIONS,
    optimizer_parameters,
    parameter_rule,
)
from playground.engine.optimizers import OPTIMIZERS
from playground.ui.docks.section import (
    Section,
    choice_combo,
    first_line,
    float_text,
    message_label,
    quiet,
)
from playground.ui.pairing import with_pair
from playground.ui.translate import message_text

CONTEXT = "OptimizerControls"  # the translations' context of this module's tables and texts
REDUCTION_TEXTS = {  # as listed in REDUCTIONS
    QT_TRANSLATE_NOOP("OptimizerControls", "mean (Keras)"): QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "E is the mean of the samples' losses; each gradient too (Keras' default).",
    ),
    QT_TRANSLATE_NOOP("OptimizerControls", "sum (the notes' NumPy)"): QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "E is the sum of the samples' losses, and the gradients add up over the samples, "
        "as the notes' NumPy loops compute them (np.dot over the whole batch).",
    ),
}

PARAMETER_TEXTS = {  # label, tooltip
    "learning_rate": (
        QT_TRANSLATE_NOOP("OptimizerControls", "learning rate η"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls",
            "How big a step each update takes: w ← w − η·∂E/∂w. Too big overshoots; "
            "too small crawls.",
        ),
    ),
    "momentum": (
        QT_TRANSLATE_NOOP("OptimizerControls", "momentum"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls",
            "How much of the previous step is carried into the next one "
            "(0: none, just the gradient).",
        ),
    ),
    "nesterov": (
        QT_TRANSLATE_NOOP("OptimizerControls", "Nesterov"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls", "Take the gradient step from where the momentum is heading."
        ),
    ),
    "beta_1": (
        QT_TRANSLATE_NOOP("OptimizerControls", "β₁ (beta_1)"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls", "How slowly Adam's running mean of the gradients forgets."
        ),
    ),
    "beta_2": (
        QT_TRANSLATE_NOOP("OptimizerControls", "β₂ (beta_2)"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls",
            "How slowly Adam's running mean of the squared gradients forgets.",
        ),
    ),
    "epsilon": (
        QT_TRANSLATE_NOOP("OptimizerControls", "ε (epsilon)"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls", "A tiny number added so that a step never divides by zero."
        ),
    ),
    "rho": (
        QT_TRANSLATE_NOOP("OptimizerControls", "ρ (rho)"),
        QT_TRANSLATE_NOOP(
            "OptimizerControls",
            "How slowly RMSprop's running mean of the squared gradients forgets.",
        ),
    ),
}
# The losses' tooltips are their formulas (playground.engine.losses); listed here so that
# lupdate offers them for translation.
LOSS_TIPS = (
    QT_TRANSLATE_NOOP("OptimizerControls", "E = Σ_outputs ½(t − y)²"),
    QT_TRANSLATE_NOOP("OptimizerControls", "E = mean_outputs (t − y)²"),
    QT_TRANSLATE_NOOP("OptimizerControls", "E = −Σ_outputs t·log y (softmax output)"),
    QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "E = −mean_outputs [t·log y + (1 − t)·log(1 − y)] (sigmoid output)",
    ),
)
# The optimizers' tooltips are the first lines of their docstrings (playground.engine.optimizers);
# listed here so that lupdate offers them for translation.
OPTIMIZER_TIPS = (
    QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "Gradient descent, w ← w − lr·∂E/∂w; with momentum v ← m·v − lr·∂E/∂w, w ← w + v.",
    ),
    QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "Adam as Keras computes it: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ), w ← w − alpha·m/(√v + ε).",
    ),
    QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "RMSprop as Keras computes it: v ← ρ·v + (1−ρ)·g², w ← w − lr·g/√(v + ε).",
    ),
    QT_TRANSLATE_NOOP(
        "OptimizerControls",
        "Rosenblatt's rule for one step-activation layer: w ← w + lr·(t − y)·x, "
        "b ← b + lr·(t − y).",
    ),
)


class OptimizerControls(Section):
    """Loss combo, optimizer combo, and one field per optimizer parameter."""

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Loss and optimizer"), doc, name="optimizer", parent=parent)
        self.loss_combo = choice_combo(
            "loss_combo",
            self.tr("The loss E that training makes smaller; the backward pass differentiates it."),
            {name: _translated(LOSSES[name].formula) for name in LOSS_NAMES},
            self,
        )
        self.loss_combo.currentTextChanged.connect(self._loss_chosen)
        self.reduction_combo = choice_combo(
            "reduction_combo",
            self.tr(
                "How the loss E of a batch gathers its samples' losses, and so how the "
                "gradients add up over them."
            ),
            {_translated(text): _translated(tip) for text, tip in REDUCTION_TEXTS.items()},
            self,
        )
        self.reduction_combo.currentIndexChanged.connect(self._reduction_chosen)
        self.loss_message = message_label("loss_message", self)
        self.optimizer_combo = choice_combo(
            "optimizer_combo",
            self.tr(
                "How the update step uses ∂E/∂w to change each weight. "
                "A new choice starts with its usual parameters."
            ),
            {
                name: _translated(first_line(OPTIMIZERS[name].__doc__, name))
                for name in OPTIMIZER_NAMES
            },
            self,
        )
        self.optimizer_combo.currentTextChanged.connect(self._optimizer_chosen)
        self.form.addRow(self.tr("loss"), self.loss_combo)
        self.form.addRow(self.tr("over the batch"), self.reduction_combo)
        self.form.addRow(self.loss_message)
        self.form.addRow(self.tr("optimizer"), self.optimizer_combo)
        self.params_host = QWidget(self)
        self.params = QFormLayout(self.params_host)
        self.params.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.params_host)
        self.add_message_row()
        self.fields: dict[str, QWidget] = {}
        self.field_messages: dict[str, QLabel] = {}
        self._shown_name: str | None = None
        self.sync()

    # -- document → widgets -------------------------------------------------------------

    def sync(self) -> None:
        config = self.doc.file.optimizer
        name = str(config["name"])
        with quiet(self.loss_combo, self.optimizer_combo, self.reduction_combo):
            self.loss_combo.setCurrentText(self.doc.network.loss)
            self.reduction_combo.setCurrentIndex(REDUCTIONS.index(self.doc.network.reduction))
            self.optimizer_combo.setCurrentText(name)
        self._show_parameters(name)
        values = {**optimizer_parameters(name), **config}
        for key, widget in self.fields.items():
            with quiet(widget):
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(values[key]))
                elif not (widget.hasFocus() and widget.isModified()):
                    widget.setText(float_text(values[key]))
                    widget.setCursorPosition(0)

    def _show_parameters(self, name: str) -> None:
        if name == self._shown_name:
            return
        self._shown_name = name
        while self.params.rowCount():
            self.params.removeRow(0)
        self.fields, self.field_messages = {}, {}
        for key, default in optimizer_parameters(name).items():
            label, tip = PARAMETER_TEXTS.get(key, (key.replace("_", " "), ""))
            if isinstance(default, bool):
                widget = QCheckBox(self.params_host)
                widget.toggled.connect(lambda on, k=key: self._changed(k, on))
            else:
                widget = QLineEdit(self.params_host)
                widget.editingFinished.connect(lambda k=key: self._typed(k))
            widget.setObjectName(f"optimizer_{key}")
            rule = message_text(parameter_rule(name, key))
            widget.setToolTip(
                self.tr("{tip} Allowed: {rule}.").format(tip=_translated(tip), rule=rule)
            )
            self.params.addRow(_translated(label), widget)
            self.fields[key] = widget
            self.field_messages[key] = message_label(f"optimizer_{key}_message", self.params_host)
            self.params.addRow(self.field_messages[key])

    # -- widgets → document -------------------------------------------------------------

    def _loss_chosen(self, name: str) -> None:
        if name != self.doc.network.loss:
            outcome = with_pair(self, self.doc, edits.set_loss(self.doc, name), loss=name)
            self.apply(outcome, self.loss_message)

    def _reduction_chosen(self, index: int) -> None:
        reduction = REDUCTIONS[index]
        if reduction != self.doc.network.reduction:
            self.apply(edits.set_reduction(self.doc, reduction), self.loss_message)

    def _optimizer_chosen(self, name: str) -> None:
        self.apply(edits.choose_optimizer(self.doc, name))

    def _typed(self, key: str) -> None:
        field = self.fields[key]
        text = field.text()
        field.setModified(False)  # so that sync may show the document's value again
        name = str(self.doc.file.optimizer["name"])
        current = {**optimizer_parameters(name), **self.doc.file.optimizer}[key]
        if edits.parse_number(text) == current:
            self.sync()
            return
        self.apply(edits.set_optimizer_parameter(self.doc, key, text), self.field_messages[key])

    def _changed(self, key: str, value: bool) -> None:
        self.apply(edits.set_optimizer_parameter(self.doc, key, value), self.field_messages[key])


def _translated(text: str) -> str:
    """One of this module's texts in the window's language (unknown ones as they are)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
