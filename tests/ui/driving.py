"""Driving the real widgets as a learner does: clicks, drags and typing, for the UI tests.

Drags send press/move/release mouse events to the viewport, because QTest cannot hold a
button down during a move.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.ui.diagram import DiagramView


def at(view: DiagramView, point: QPointF) -> QPoint:
    """A scene point in viewport coordinates."""
    return view.mapFromScene(point)


def node_point(view: DiagramView, ref) -> QPoint:
    return at(view, view.diagram.nodes[ref].scenePos())


def edge_point(view: DiagramView, key) -> QPoint:
    return at(view, view.diagram.edges[key].label.sceneBoundingRect().center())


def send_mouse(view: DiagramView, kind, point: QPoint, button, buttons, modifiers=None) -> None:
    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        button,
        buttons,
        modifiers or Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(view: DiagramView, start: QPoint, end: QPoint, *, steps: int = 6) -> None:
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        send_mouse(view, QMouseEvent.Type.MouseMove, point, none, left)
    send_mouse(view, QMouseEvent.Type.MouseButtonRelease, end, left, none)


def action(menu, name: str):
    found = menu.findChild(type(menu.actions()[0]), f"diagram.{name}")
    assert found is not None, f"no action diagram.{name}"
    return found


def type_into_editor(qtbot, view: DiagramView, text: str) -> None:
    field = view.editor.field
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)


def type_into(qtbot, field, text: str) -> None:
    """Type ``text`` over a line edit's or spin box's contents and press Return."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def show(qtbot, doc) -> DiagramView:
    """A diagram view of ``doc``, 1100×700, shown and exposed."""
    from playground.ui.selection import SelectionModel

    view = DiagramView(doc, SelectionModel())
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view
