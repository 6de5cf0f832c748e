"""The Qt window: diagram, docks, plots and dialogs, observing the NetworkDocument."""
