"""The View menu's figure actions: Activation gallery…, Error surface… and Computational
graph….

``install(window)`` adds them to the main window's View menu; each imports its figure module
(and with it matplotlib) only when triggered, so starting the window never loads matplotlib.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

# objectName: (text, tooltip, module, opener)
_FIGURES = {
    "action_activation_gallery": (
        QT_TRANSLATE_NOOP("figures", "&Activation gallery…"),
        QT_TRANSLATE_NOOP(
            "figures",
            "Every activation of the engine and its derivative, and the notes' comparison plots",
        ),
        "playground.ui.figures.activation_gallery",
        "open_activation_gallery",
    ),
    "action_error_surface": (
        QT_TRANSLATE_NOOP("figures", "Error &surface…"),
        QT_TRANSLATE_NOOP(
            "figures",
            "The loss over two parameters in 3-D and as contours, with the path training took",
        ),
        "playground.ui.figures.error_surface",
        "open_error_surface",
    ),
    "action_computational_graph": (
        QT_TRANSLATE_NOOP("figures", "&Computational graph…"),
        QT_TRANSLATE_NOOP(
            "figures",
            "The selected weight or bias on the notes' computational graph: forward values "
            "above every edge, gradients below",
        ),
        "playground.ui.figures.computational_graph",
        "open_computational_graph",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("figures", text)


def install(window) -> list[QAction]:
    """Add the figure actions to ``window.view_menu``, each once (a second call adds
    nothing), and return them."""
    found = {name: window.findChild(QAction, name) for name in _FIGURES}
    if not any(found.values()):
        window.view_menu.addSeparator()
    for name, (text, tip, module, opener) in _FIGURES.items():
        if found[name] is not None:
            continue
        action = QAction(_tr(text), window)
        action.setObjectName(name)
        action.setToolTip(_tr(tip))
        action.setStatusTip(_tr(tip))
        action.triggered.connect(lambda _=False, m=module, o=opener: _open(window, m, o))
        window.view_menu.addAction(action)
        found[name] = action
    return list(found.values())


def installed(window) -> list[QAction]:
    """The figure actions ``install`` put in ``window``'s menu."""
    return [a for name in _FIGURES if (a := window.findChild(QAction, name)) is not None]


def _open(window, module: str, opener: str):
    return getattr(import_module(module), opener)(window)
