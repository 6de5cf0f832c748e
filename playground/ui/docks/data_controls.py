"""The data group of the controls dock: which samples the network trains on."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from playground.document import NetworkDocument, edits
from playground.engine.datasets import BUILTIN_NAMES, LINEAR_VARIANTS, builtin_parameters
from playground.io import DataSource
from playground.ui.docks.section import Section, choice_combo, quiet

CONTEXT = "DataControls"  # the translations' context of this module's tables and texts
DATASET_TIPS = {
    "xor": QT_TRANSLATE_NOOP(
        "DataControls",
        "The XOR truth table: 4 samples, 2 inputs, 1 target. One layer cannot learn it.",
    ),
    "and": QT_TRANSLATE_NOOP("DataControls", "The AND truth table: 4 samples, 2 inputs, 1 target."),
    "or": QT_TRANSLATE_NOOP("DataControls", "The OR truth table: 4 samples, 2 inputs, 1 target."),
    "linear": QT_TRANSLATE_NOOP(
        "DataControls", "Points on a straight line: 1 input, 1 target (a regression task)."
    ),
    "circle": QT_TRANSLATE_NOOP(
        "DataControls", "A disc of one class inside a ring of the other: 2 inputs, 1 target."
    ),
    "spiral": QT_TRANSLATE_NOOP(
        "DataControls", "Two spirals wound into each other: 2 inputs, 1 target. Hard to learn."
    ),
    "gaussian": QT_TRANSLATE_NOOP(
        "DataControls",
        "Two clouds of points, one per class: 2 inputs, 1 target. Easy to learn.",
    ),
    "seven_segment": QT_TRANSLATE_NOOP(
        "DataControls", "The digits 0–9 on a seven-segment display: 7 inputs, 10 targets."
    ),
    "digits": QT_TRANSLATE_NOOP(
        "DataControls", "1,797 handwritten digits of 8×8 pixels: 64 inputs, 10 targets."
    ),
}
PARAMETER_TEXTS = {  # label, tooltip
    "samples": (
        QT_TRANSLATE_NOOP("DataControls", "samples"),
        QT_TRANSLATE_NOOP("DataControls", "How many points the data set has, half of each class."),
    ),
    "noise": (
        QT_TRANSLATE_NOOP("DataControls", "noise"),
        QT_TRANSLATE_NOOP(
            "DataControls",
            "0 is clean; more noise moves or mislabels points near the border "
            "(0.5 is TensorFlow Playground's 50 %).",
        ),
    ),
    "seed": (
        QT_TRANSLATE_NOOP("DataControls", "data seed"),
        QT_TRANSLATE_NOOP(
            "DataControls",
            "The random seed that draws the points: the same seed gives the same points "
            "every time.",
        ),
    ),
    "test_fraction": (
        QT_TRANSLATE_NOOP("DataControls", "test fraction"),
        QT_TRANSLATE_NOOP(
            "DataControls",
            "The share of the samples held back to test on; the network never trains on them.",
        ),
    ),
    "variant": (
        QT_TRANSLATE_NOOP("DataControls", "variant"),
        QT_TRANSLATE_NOOP("DataControls", "y = 2x + 1 (fit 3 points, predict 2) or y = 2x."),
    ),
}
OWN_DATA_TIP = QT_TRANSLATE_NOOP("DataControls", "The samples this network file came with.")
SPIN_LIMITS = {"samples": (2, 100_000), "noise": (0.0, 1.0), "test_fraction": (0.0, 0.9)}
INT_MAX = 2**31 - 1


class DataControls(Section):
    """Dataset combo and, for a built-in, one spin box or combo per parameter."""

    params_rebuilt = Signal()  # the parameter boxes were made anew (another data set)

    def __init__(self, doc: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Data"), doc, name="data", parent=parent)
        self.combo = choice_combo(
            "dataset_combo",
            self.tr(
                "The samples the network trains on. A new choice is used from the next "
                "forward pass."
            ),
            {name: _translated(DATASET_TIPS.get(name, name)) for name in BUILTIN_NAMES},
            self,
        )
        self.combo.currentIndexChanged.connect(self._dataset_chosen)
        self.form.addRow(self.tr("dataset"), self.combo)
        self.params_host = QWidget(self)
        self.params = QFormLayout(self.params_host)
        self.params.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.params_host)
        self.add_message_row()
        self.fields: dict[str, QWidget] = {}
        self._shown_name: str | None = None
        self.sync()

    # -- document → widgets -------------------------------------------------------------

    def sync(self) -> None:
        source = self.doc.file.data
        own = "" if source.kind == "builtin" else _describe(source)
        has_own = self.combo.count() > 0 and self.combo.itemData(0) == ""
        with quiet(self.combo):
            if own and not has_own:
                self.combo.insertItem(0, own, "")
                self.combo.setItemData(0, _translated(OWN_DATA_TIP), Qt.ItemDataRole.ToolTipRole)
            elif own:
                self.combo.setItemText(0, own)
            elif has_own:
                self.combo.removeItem(0)
            self.combo.setCurrentIndex(max(self.combo.findData(_name(source)), 0))
        self._show_parameters(_name(source))
        params = builtin_parameters(source.name) if _name(source) else {}
        values = {**params, **source.params}
        for key, widget in self.fields.items():
            with quiet(widget):
                _set_value(widget, values[key])

    def _show_parameters(self, name: str) -> None:
        if name == self._shown_name:
            return
        self._shown_name = name
        while self.params.rowCount():
            self.params.removeRow(0)
        self.fields = {}
        for key, default in (builtin_parameters(name) if name else {}).items():
            widget = self._field(key, default)
            label, tip = PARAMETER_TEXTS.get(key, (key.replace("_", " "), ""))
            widget.setToolTip(_translated(tip))
            self.params.addRow(_translated(label), widget)
            self.fields[key] = widget
        self.params_host.setVisible(bool(self.fields))
        self.params_rebuilt.emit()

    def _field(self, key: str, default: object) -> QWidget:
        if key == "variant":
            widget = QComboBox(self.params_host)
            widget.addItems(list(LINEAR_VARIANTS))
            widget.currentTextChanged.connect(lambda text, k=key: self._parameter_changed(k, text))
        elif isinstance(default, int):
            widget = QSpinBox(self.params_host)
            widget.setRange(*SPIN_LIMITS.get(key, (0, INT_MAX)))
            widget.setKeyboardTracking(False)
            widget.valueChanged.connect(lambda value, k=key: self._parameter_changed(k, value))
        else:
            widget = QDoubleSpinBox(self.params_host)
            widget.setRange(*SPIN_LIMITS.get(key, (0.0, 1.0)))
            widget.setDecimals(2)
            widget.setSingleStep(0.05)
            widget.setKeyboardTracking(False)
            widget.valueChanged.connect(lambda value, k=key: self._parameter_changed(k, value))
        widget.setObjectName(f"dataset_{key}")
        return widget

    # -- widgets → document -------------------------------------------------------------

    def _dataset_chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name and name != _name(self.doc.file.data):
            self.apply(edits.set_data(self.doc, DataSource.builtin(name)))

    def _parameter_changed(self, key: str, value: object) -> None:
        source = self.doc.file.data
        if source.kind == "builtin" and source.params.get(key) != value:
            params = {**source.params, key: value}
            self.apply(edits.set_data(self.doc, DataSource.builtin(source.name, **params)))


def _name(source: DataSource) -> str:
    return source.name if source.kind == "builtin" else ""


def _describe(source: DataSource) -> str:
    """The dataset combo's text for samples that are not a built-in's."""
    if source.kind == "file":
        return QCoreApplication.translate("DataControls", "file {name}").format(
            name=PurePath(source.path).name
        )
    return QCoreApplication.translate("DataControls", "samples in the file")


def _translated(text: str) -> str:
    """One of this module's texts in the window's language (unknown ones as they are)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _set_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentText(str(value))
    else:
        widget.setValue(min(value, widget.maximum()))
