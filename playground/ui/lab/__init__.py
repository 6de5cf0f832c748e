"""Lab mode's widgets: the answer box and question list in the lesson pane, the diagram's
click on a hidden value, and the Train → Lab Mode and File → Save Report… menu entries."""
