"""Train → Lab Mode and File → Save Report…: lab mode's two menu entries.

Lab mode is the window's choice: it stays on from document to document (each document's
``LabSession`` is switched to it when the document opens), and the lesson pane's switch
and this entry show the same state. The report is the open lesson's quiz as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from playground.document import NetworkDocument
from playground.io.atomic import write_atomically
from playground.lab.session import LabSession, session_for

REPORT_FILTER = QT_TRANSLATE_NOOP("LabMenu", "Lab reports (*.json)")  # translated at use


class LabMenu(QObject):
    """The two entries, kept in step with the open document's lab session."""

    def __init__(self, window: QMainWindow, *, train_menu: QMenu, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.lab_mode = QAction(self.tr("&Lab Mode"), window)
        self.lab_mode.setObjectName("action_lab_mode")
        self.lab_mode.setCheckable(True)
        self.lab_mode.setToolTip(
            self.tr("Hide the values a lesson asks for until you type your own computation")
        )
        self.lab_mode.toggled.connect(self._toggled)
        train_menu.addSeparator()
        train_menu.addAction(self.lab_mode)
        self.save_report = QAction(self.tr("Save &Report…"), window)
        self.save_report.setObjectName("action_save_report")
        self.save_report.setToolTip(self.tr("Save the lab mode score and answers as JSON"))
        self.save_report.triggered.connect(lambda: self.save())
        before = window.actions.quit if hasattr(window, "actions") else None
        if before is not None and before in file_menu.actions():
            file_menu.insertAction(before, self.save_report)
        else:
            file_menu.addAction(self.save_report)
        self.session: LabSession | None = None
        window.files.document_opened.connect(self.follow)

    def follow(self, doc: NetworkDocument) -> None:
        """``doc`` is open now: switch its lab mode to the window's, and follow it; its
        player's stops (a divergence) go to its worksheet tasks."""
        if self.session is not None:
            try:
                self.session.enabled_changed.disconnect(self.lab_mode.setChecked)
            except (RuntimeError, TypeError):
                pass  # the old document and its session are gone already
        self.session = session_for(doc)
        # On from lesson to lesson; a network without a quiz (an example, a file) opens
        # with lab mode off, rather than every value showing "?" with nothing asked.
        on = self.lab_mode.isChecked() and self.session.quiz.listed
        self.session.set_enabled(on)
        self.lab_mode.setChecked(on)
        self.session.enabled_changed.connect(self.lab_mode.setChecked)
        refresh_status = getattr(self.window, "_refresh_status", None)
        if refresh_status is not None:  # the status bar's loss: "?" or the value
            self.session.changed.connect(refresh_status)
        player = getattr(self.window, "player", None)
        if player is not None:
            player.stopped.connect(lambda _stop, lab=self.session: lab.training_stopped())

    def retire(self) -> None:
        """The menus are built again (a new language): leave the entries to the new one."""
        self.window.files.document_opened.disconnect(self.follow)
        if self.session is not None:
            try:
                self.session.enabled_changed.disconnect(self.lab_mode.setChecked)
            except (RuntimeError, TypeError):
                pass
        for action in (self.lab_mode, self.save_report):
            action.setObjectName("")
            action.deleteLater()
        self.deleteLater()

    def _toggled(self, on: bool) -> None:
        if self.session is not None:
            self.session.set_enabled(on)

    def default_name(self) -> str:
        lab = self.session
        lesson = None if lab is None else lab.quiz.lesson_id
        return f"{lesson or 'lab'}-report.json"

    def save(self, path: str | Path | None = None) -> Path | None:
        """Write the report to ``path``, or where the learner chooses; the path written."""
        if self.session is None:
            return None
        if path is None:
            doc = self.session.doc
            folder = doc.path.parent if doc.path else Path.cwd()
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save report"),
                str(folder / self.default_name()),
                self.tr(REPORT_FILTER),
            )
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        text = json.dumps(self.session.quiz.report(), ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomically(path, text)
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Save report"),
                self.tr("Could not save {path}: {why}").format(path=path, why=error.strerror),
            )
            return None
        return path
