"""``playground`` and ``python -m playground``: open the window on a file, or on the XOR lesson."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from playground.ui.files import DEFAULT_EXAMPLE
from playground.ui.last_resort import install as install_last_resort
from playground.ui.main_window import APP_NAME, MainWindow


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("nn-playground")
    window = MainWindow(settings=QSettings())
    install_last_resort(lambda: window)
    paths = [arg for arg in argv[1:] if not arg.startswith("-")]
    if not paths or not window.files.open_path(Path(paths[0]), remember=True):
        window.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
    window.restore_layout()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
