"""Figures the course notes draw, in their own windows: the error surface and the activation
gallery (matplotlib), and the computational graph of one parameter.

Nothing here is imported when the window starts: ``menu.install`` adds the View menu's
actions, and each action imports its figure (and matplotlib) the first time it opens.
"""
