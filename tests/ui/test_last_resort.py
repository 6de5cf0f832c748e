"""The last-resort handler: an escaped exception is shown once, printed, and nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from playground.ui.last_resort import LastResort


def raised(error: Exception):
    try:
        raise error
    except Exception as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_an_escaped_exception_is_shown_once_and_printed(qtbot, capsys):
    window = QWidget()
    qtbot.addWidget(window)
    hook = LastResort(lambda: window)
    hook(*raised(ValueError("could not broadcast (2,2) into (2,3)")))
    box = window.findChild(QMessageBox, "last_resort_message")
    assert box is not None and box.isVisible()
    assert "could not broadcast (2,2) into (2,3)" in box.text()
    assert "still open" in box.text()
    assert "ValueError: could not broadcast" in capsys.readouterr().err
    for _ in range(50):  # a fault repeated by a timer: printed, not fifty dialogs
        hook(*raised(ZeroDivisionError("float division by zero")))
    assert hook.shown == 1
    box.done(0)
    hook(*raised(RuntimeError("later")))
    assert hook.shown == 2


def test_in_the_window_the_message_bar_says_it_and_the_document_stays(qtbot, window):
    doc = window.doc
    hook = LastResort(lambda: window)
    hook(*raised(RuntimeError("a slot went wrong")))
    bar = window.message_bar
    assert bar.isVisible() and "a slot went wrong" in bar.text() and "still open" in bar.text()
    assert window.doc is doc and hook.shown == 1
