"""Dock widgets around the diagram: the inspector (numbers of the selection) and the controls."""

from playground.ui.docks.controls import ControlsDock
from playground.ui.docks.inspector import InspectorDock

__all__ = ["ControlsDock", "InspectorDock"]
