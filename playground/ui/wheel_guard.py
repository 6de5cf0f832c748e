"""Scrolling a dock must scroll it, not change the number under the pointer.

A spin box or combo box under the mouse wheel takes the wheel for itself, so scrolling down
the controls once changed ``epochs`` from 1000 to 991 and marked the file modified. Guarded
boxes take the wheel only once they have the focus (a click or Tab gives it); until then
the wheel passes to the scroll area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is None:
            event.ignore()  # unaccepted, a real wheel event goes on to the parent
        else:  # handed on explicitly: Qt passes on only the wheel events of real devices
            QApplication.sendEvent(area.viewport(), event)
            event.accept()
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_GUARD = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box and combo box in ``root`` (again after adding some: a box is
    guarded once however often this runs)."""
    for box in root.findChildren(QWidget):
        if isinstance(box, _GUARDED) and not box.property("wheel_guarded"):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            box.installEventFilter(_GUARD)
            box.setProperty("wheel_guarded", True)
