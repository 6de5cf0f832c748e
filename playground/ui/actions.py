"""Every QAction of the window, built in one place with objectName, shortcut and tooltip."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

# name: (text, shortcut, tooltip)
_ACTIONS: dict[str, tuple[str, QKeySequence.StandardKey | str | None, str]] = {
    "new": ("&New", QKeySequence.StandardKey.New, "Start a new network (2-2-1 on XOR)"),
    "open": ("&Open…", QKeySequence.StandardKey.Open, "Open a network file"),
    "save": ("&Save", QKeySequence.StandardKey.Save, "Save the network"),
    "save_as": ("Save &As…", QKeySequence.StandardKey.SaveAs, "Save the network under a new name"),
    "quit": ("&Quit", QKeySequence.StandardKey.Quit, "Close the playground"),
    "forward": ("&Forward", "F", "Forward pass: compute net and out of every node (F)"),
    "backward": ("&Backward", "B", "Backward pass: compute every delta and gradient (B)"),
    "update": ("&Update", "U", "Update: the optimizer changes the weights (U)"),
    "step": ("&Step", "S", "Forward, backward and update in one go (S)"),
    "run_epoch": ("Run &epoch", "E", "Train one whole epoch over the training data (E)"),
    "check_gradients": (
        "&Check gradients…",
        None,
        "Compare backprop's ∂E/∂ of every weight and bias with finite differences",
    ),
    "reset": ("&Reset", "R", "Back to the initial weights, epoch 0 (R)"),
    "play": ("&Play", "Space", "Train continuously; press again to pause (Space)"),
    "toggle_labels": ("Show &weights on edges", "W", "Show or hide the numbers on the edges"),
    "toggle_notes_names": (
        "Show the &notes' names",
        "N",
        "Name weights and biases as the course notes do: w1 … w8, b1, b2 (N)",
    ),
    "zoom_in": ("Zoom &in", "Ctrl++", "Larger: the numbers show from about 70 % on"),
    "zoom_out": ("Zoom &out", "Ctrl+-", "Smaller"),
    "zoom_fit": ("Zoom to &fit", "Ctrl+0", "Fit the whole network in the window"),
    "add_layer": ("Add &hidden layer", None, "Insert a hidden layer before the output layer"),
    "randomise": ("Randomise &weights", None, "Draw new weights with the chosen initialiser"),
    "about": ("&About", None, "About Neural Network Playground"),
}


class Actions(QObject):
    """The window's actions as attributes (``actions.forward``); each has an objectName."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        for name, (text, shortcut, tip) in _ACTIONS.items():
            action = QAction(text, parent)
            action.setObjectName(f"action_{name}")
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            setattr(self, name, action)
        self.play.setCheckable(True)
        self.toggle_labels.setCheckable(True)
        self.toggle_labels.setChecked(True)
        self.toggle_notes_names.setCheckable(True)  # off: the diagram's default

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in _ACTIONS]
