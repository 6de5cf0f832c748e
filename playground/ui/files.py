"""New, Open, Open Example, Save, Save As and recent files; asks before losing changes.

A file that cannot be read leaves the open document untouched and shows the loader's
message, which names the place and the problem.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from playground import io
from playground.document import NetworkDocument
from playground.engine.datasets import DatasetError
from playground.engine.errors import EngineError
from playground.paths import resource_path
from playground.ui.translate import error_text

MAX_RECENT = 8
EXAMPLES_DIR = resource_path("examples")
DEFAULT_EXAMPLE = EXAMPLES_DIR / "xor.json"


def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))


class FileController(QObject):
    """Opens and saves documents for one window; ``document_opened`` hands over a new one."""

    document_opened = Signal(object)
    recent_changed = Signal()

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.doc: NetworkDocument | None = None
        self.last_error: QMessageBox | None = None

    # -- opening ---------------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            file = io.load(DEFAULT_EXAMPLE)
            file.name = self.tr("Untitled")
            self._install(NetworkDocument(file), path=None)

    def open(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (or ask for one); False when cancelled or refused."""
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open network"), self._folder(), self.file_filter()
            )
            if not path:
                return False
        return self.open_path(Path(path), remember=True)

    def open_example(self, path: Path) -> bool:
        return self.maybe_save() and self.open_path(path, remember=False, as_untitled=True)

    def open_path(self, path: Path, *, remember: bool, as_untitled: bool = False) -> bool:
        try:
            doc = NetworkDocument(io.load(path), path=None if as_untitled else path)
        except (io.NetworkFileError, DatasetError, EngineError, OSError) as error:
            self.show_error(self.tr("Cannot open this file"), f"{path.name}\n\n{_message(error)}")
            return False
        except Exception as error:  # noqa: BLE001 (a file must never take the window down)
            traceback.print_exc()
            self.show_error(
                self.tr("Cannot open this file"),
                self.tr(
                    "{file}\n\nThe playground could not open it ({kind}: {error}). The open "
                    "network is kept. Please report this file."
                ).format(file=path.name, kind=type(error).__name__, error=error_text(error)),
            )
            return False
        self._install(doc, path=None if as_untitled else path)
        if remember:
            self._remember(path)
        return True

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.doc is None:
            return False
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        suggested = str(Path(self._folder()) / f"{self.doc.title.removesuffix('.json')}.json")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save network as"), suggested, self.file_filter()
        )
        if not path:
            return False
        path = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
        if self._write(path):
            self._remember(path)
            return True
        return False

    def _write(self, path: Path) -> bool:
        try:
            io.save(self.doc.file_for_saving(), path)
        except OSError as error:
            self.show_error(self.tr("Cannot save"), f"{path}\n\n{_message(error)}")
            return False
        except Exception as error:  # noqa: BLE001 (refused or failed: say so, keep the network)
            self.show_error(
                self.tr("Cannot save"),
                self.tr(
                    "{file}\n\nNothing was written: {error}. The network is still open and unsaved."
                ).format(file=path, error=_message(error)),
            )
            return False
        self.doc.mark_saved(path)
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open document: saved, discarded, or unchanged."""
        if self.doc is None or not self.doc.is_modified:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{title}” has changes that are not saved. Save them first?").format(
                title=self.doc.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        values = self.settings.value("recent_files", []) or []
        if isinstance(values, str):
            values = [values]
        return [Path(v) for v in values]

    def clear_recent(self) -> None:
        self.settings.setValue("recent_files", [])
        self.recent_changed.emit()

    def _remember(self, path: Path) -> None:
        paths = [str(path.resolve())] + [str(p) for p in self.recent_files() if p != path.resolve()]
        self.settings.setValue("recent_files", paths[:MAX_RECENT])
        self.recent_changed.emit()

    def file_filter(self) -> str:
        """The file dialogs' filter, in the window's language (the patterns stay)."""
        return ";;".join((self.tr("Network files (*.json)"), self.tr("All files (*)")))

    def _folder(self) -> str:
        if self.doc is not None and self.doc.path is not None:
            return str(self.doc.path.parent)
        recent = self.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    def _install(self, doc: NetworkDocument, *, path: Path | None) -> None:
        self.doc = doc
        self.document_opened.emit(doc)

    def show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block the event loop (tests read ``last_error``)."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("error_message")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        box.open()
        self.last_error = box


def _message(error: Exception) -> str:
    """What went wrong, in the window's language: the system's own words for an OSError (as
    its ``strerror`` gives them), the loader's or engine's translated."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return error_text(error)
