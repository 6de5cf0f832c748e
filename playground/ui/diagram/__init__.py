"""The network diagram: ``DiagramView`` (the widget) showing a ``DiagramScene``.

A main window embeds it as::

    selection = SelectionModel(window)
    view = DiagramView(doc, selection, window)
    window.setCentralWidget(view)
    labels_action.toggled.connect(view.set_labels_visible)
    view.labels_visible_changed.connect(labels_action.setChecked)
"""

from playground.ui.diagram.scene import DiagramScene
from playground.ui.diagram.view import DiagramView

__all__ = ["DiagramScene", "DiagramView"]
