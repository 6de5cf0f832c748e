"""The last resort: an exception that escapes a Qt slot is shown, and the window goes on.

PySide6 hands such an exception to ``sys.excepthook`` and carries on with the event loop,
so the open document is kept as it is. The hook prints the traceback on stderr (for a bug
report) and shows one non-blocking message; while that message is open, later exceptions
are only printed, so a fault repeated by a timer cannot bury the window in dialogs.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.ui.translate import error_text

CONTEXT = "LastResort"
MESSAGE = QT_TRANSLATE_NOOP(
    "LastResort",
    "Something went wrong inside the playground: {error}\n\n"
    "Your network is still open and unchanged by this; you can save it. "
    "Please report what you did just before (the details are printed in the terminal).",
)


def message(error: BaseException | None, kind: type) -> str:
    """``MESSAGE`` in the window's language, naming ``error`` (or its kind, when it says
    nothing)."""
    said = error_text(error) if error is not None else ""
    return QCoreApplication.translate(CONTEXT, MESSAGE).format(error=said or kind.__name__)


class LastResort:
    """Installed as ``sys.excepthook`` for the running app (never in tests)."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._box: QMessageBox | None = None
        self.shown = 0

    def __call__(self, kind, error, trace) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt | SystemExit) or self._box is not None:
            return
        window = self._parent()
        bar = getattr(window, "message_bar", None)
        if bar is not None:  # the window's own message bar: nothing to dismiss first
            try:
                bar.show_message(message(error, kind).replace("\n\n", " "))
                self.shown += 1
            except Exception:  # noqa: BLE001 (showing the message must never raise in its turn)
                traceback.print_exc()
            return
        try:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("LastResort", "Something went wrong"),
                message(error, kind),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("last_resort_message")
            box.finished.connect(self._closed)
            box.open()
            self._box = box
            self.shown += 1
        except Exception:  # noqa: BLE001 (showing the message must never raise in its turn)
            traceback.print_exc()

    def _closed(self, _result: int) -> None:
        self._box = None


def install(parent: Callable[[], QWidget | None]) -> LastResort:
    hook = LastResort(parent)
    sys.excepthook = hook
    return hook
