"""Every QAction of the window, built in one place with objectName, shortcut and tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

# name: (text, shortcut, tooltip), in English; the window shows them translated (context
# "Actions") and again after each change of language (``Actions.retranslate``).
_ACTIONS: dict[str, tuple[str, QKeySequence.StandardKey | str | None, str]] = {
    "new": (
        QT_TRANSLATE_NOOP("Actions", "&New"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Start a new network (2-2-1 on XOR)"),
    ),
    "open": (
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a network file"),
    ),
    "save": (
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the network"),
    ),
    "save_as": (
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        QKeySequence.StandardKey.SaveAs,
        QT_TRANSLATE_NOOP("Actions", "Save the network under a new name"),
    ),
    "quit": (
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Close the playground"),
    ),
    "forward": (
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        "F",
        QT_TRANSLATE_NOOP("Actions", "Forward pass: compute net and out of every node (F)"),
    ),
    "backward": (
        QT_TRANSLATE_NOOP("Actions", "&Backward"),
        "B",
        QT_TRANSLATE_NOOP("Actions", "Backward pass: compute every delta and gradient (B)"),
    ),
    "update": (
        QT_TRANSLATE_NOOP("Actions", "&Update"),
        "U",
        QT_TRANSLATE_NOOP("Actions", "Update: the optimizer changes the weights (U)"),
    ),
    "step": (
        QT_TRANSLATE_NOOP("Actions", "&Step"),
        "S",
        QT_TRANSLATE_NOOP("Actions", "Forward, backward and update in one go (S)"),
    ),
    "run_epoch": (
        QT_TRANSLATE_NOOP("Actions", "Run &epoch"),
        "E",
        QT_TRANSLATE_NOOP("Actions", "Train one whole epoch over the training data (E)"),
    ),
    "check_gradients": (
        QT_TRANSLATE_NOOP("Actions", "&Check gradients…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Compare backprop's ∂E/∂ of every weight and bias with finite differences"
        ),
    ),
    "reset": (
        QT_TRANSLATE_NOOP("Actions", "&Reset"),
        "R",
        QT_TRANSLATE_NOOP("Actions", "Back to the initial weights, epoch 0 (R)"),
    ),
    "play": (
        QT_TRANSLATE_NOOP("Actions", "&Play"),
        "Space",
        QT_TRANSLATE_NOOP("Actions", "Train continuously; press again to pause (Space)"),
    ),
    "toggle_labels": (
        QT_TRANSLATE_NOOP("Actions", "Show &weights on edges"),
        "W",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the numbers on the edges"),
    ),
    "toggle_notes_names": (
        QT_TRANSLATE_NOOP("Actions", "Show the &notes' names"),
        "N",
        QT_TRANSLATE_NOOP(
            "Actions", "Name weights and biases as the course notes do: w1 … w8, b1, b2 (N)"
        ),
    ),
    "zoom_in": (
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        "Ctrl++",
        QT_TRANSLATE_NOOP("Actions", "Larger: the numbers show from about 70 % on"),
    ),
    "zoom_out": (
        QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
        "Ctrl+-",
        QT_TRANSLATE_NOOP("Actions", "Smaller"),
    ),
    "zoom_fit": (
        QT_TRANSLATE_NOOP("Actions", "Zoom to &fit"),
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Fit the whole network in the window"),
    ),
    "add_layer": (
        QT_TRANSLATE_NOOP("Actions", "Add &hidden layer"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Insert a hidden layer before the output layer"),
    ),
    "randomise": (
        QT_TRANSLATE_NOOP("Actions", "Randomise &weights"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Draw new weights with the chosen initialiser"),
    ),
    "about": (
        QT_TRANSLATE_NOOP("Actions", "&About"),
        None,
        QT_TRANSLATE_NOOP("Actions", "About Neural Network Playground"),
    ),
}


class Actions(QObject):
    """The window's actions as attributes (``actions.forward``); each has an objectName."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        for name, (_text, shortcut, _tip) in _ACTIONS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{name}")
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            setattr(self, name, action)
        self.retranslate()
        self.play.setCheckable(True)
        self.toggle_labels.setCheckable(True)
        self.toggle_labels.setChecked(True)
        self.toggle_notes_names.setCheckable(True)  # off: the diagram's default

    def retranslate(self) -> None:
        """Every action's text and tip in the current language."""
        for name, (text, _shortcut, tip) in _ACTIONS.items():
            action = getattr(self, name)
            tip = QCoreApplication.translate("Actions", tip)
            action.setText(QCoreApplication.translate("Actions", text))
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in _ACTIONS]
