"""The Qt binding this app runs on delivers bool signals without corrupting True and False.

PySide6 6.12.0 drops a reference to the bool on every delivery to a Python slot; on Python
3.11 the interpreter then aborts ("bool_dealloc") once True's count reaches zero, which in
the app is after a few thousand toggles and clicks. pyproject.toml excludes that release.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    flag = Signal(bool)


class _Sink(QObject):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def take(self, value: bool) -> None:
        self.seen += value


def test_bool_signals_keep_reference_counts(qapp):
    source, sink = _Source(), _Sink()
    source.flag.connect(sink.take)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        source.flag.emit(True)
        source.flag.emit(False)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert sink.seen == 200
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
