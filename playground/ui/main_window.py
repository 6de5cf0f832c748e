"""The main window: assembles the diagram, docks, toolbar, menus and status bar, nothing more.

Behaviour lives in the pieces it assembles: ``FileController`` (files), the document
(stepping and edits), ``playground.ui.diagram`` and ``playground.ui.docks``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument, edits
from playground.document.changes import Change
from playground.document.player import Player
from playground.document.training_run import Stop, StopKind
from playground.lessons import list_lessons
from playground.paths import resource_path
from playground.ui.actions import Actions
from playground.ui.diagram import DiagramView
from playground.ui.docks import ControlsDock, InspectorDock
from playground.ui.docks.data_table import DataTableDock
from playground.ui.docks.lesson_pane import LessonDock
from playground.ui.docks.math_panel import MathPanelDock
from playground.ui.export_script import open_export_script
from playground.ui.figures import menu as figure_menu
from playground.ui.files import FileController, example_files
from playground.ui.gradient_check import open_gradient_check
from playground.ui.lab.masking import status_loss_text
from playground.ui.lab.menu import LabMenu
from playground.ui.language import LANGUAGES, SWITCH
from playground.ui.message_bar import MessageBar
from playground.ui.open_data import open_data
from playground.ui.play_controls import PlayControls
from playground.ui.preferences import PreferencesDialog, WindowPreferences, write
from playground.ui.selection import SelectionModel
from playground.ui.steady_label import SteadyLabel
from playground.ui.stepping import PhaseIndicator, SampleSelector, enabled_phases
from playground.ui.time_travel_bar import TimeTravelBar
from playground.ui.translate import message_text

APP_NAME = "Neural Network Playground"
ICON = resource_path("icons", "nn-playground.svg")


class MainWindow(QMainWindow):
    """One window showing one NetworkDocument at a time.

    With ``defer_docks`` (the app's start-up) the first document's docks and plots are built
    one event-loop turn after the diagram's first paint, so that the window shows sooner.
    """

    first_painted = Signal()  # the diagram's first paint is on screen
    docks_built = Signal()  # the docks of the first document are in place
    dock_widgets_replaced = Signal()  # each document's docks, plots and pass toolbar are made
    language_changed = Signal(str)  # every text is now in this language ("en", "ko")

    def __init__(
        self, *, settings: QSettings, parent: QWidget | None = None, defer_docks: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(ICON)))
        self._defer_docks = defer_docks
        self._docks_pending = False
        self._pending_state = None
        self._paint_watch: QWidget | None = None  # the diagram until its first paint
        self._retranslate_due = False
        self.resize(1280, 800)
        # Docks not animated: the status bar's numbers relayout the window on every frame
        # while playing, and each relayout would start (and delete) one animation per dock.
        self.setAnimated(False)
        self.actions = Actions(self)
        self.undo_group = QUndoGroup(self)
        self.settings = settings
        self.files = FileController(self, settings)
        self.files.document_opened.connect(self.show_document)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.doc: NetworkDocument | None = None
        self.selection = SelectionModel(self)
        self._doc_widgets: list[QWidget] = []
        self._toolbar_actions: list = []
        self._dock_actions: list = []
        self.status_refreshes = 0
        self._build_status_bar()
        self._build_menus()
        self._build_toolbar()
        self._connect_actions()
        self.preferences = WindowPreferences(self, settings)

    # -- assembling ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        a, bar = self.actions, self.menuBar()
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("action_undo")
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_shortcuts())
        redo.setObjectName("action_redo")
        self.undo_action, self.redo_action = undo, redo
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open])
        self.examples_menu = file_menu.addMenu(self.tr("Open &Example"))
        for path in example_files():
            action = self.examples_menu.addAction(_example_title(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_example(p))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.open_data_action = file_menu.addAction(self.tr("Open &Data…"))
        self.open_data_action.setObjectName("action_open_data")
        self.open_data_action.setToolTip(
            self.tr("Train on samples from a file: .npz (Keras' keys), .csv, or MNIST-style idx")
        )
        self.open_data_action.triggered.connect(self._open_data)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        self.save_run_action = file_menu.addAction(self.tr("Save the Training &Record Too"))
        self.save_run_action.setObjectName("action_save_run")
        self.save_run_action.setCheckable(True)
        self.save_run_action.setChecked(True)
        self.save_run_action.setToolTip(
            self.tr(
                "Save where training stands (epoch, the curves, the optimizer's moments), so "
                "that opening the file goes on from there. Such a file needs this version to "
                "open."
            )
        )
        self.save_run_action.toggled.connect(lambda on: setattr(self.doc, "save_run", on))
        file_menu.addSeparator()
        from playground.ui import figure_export  # File → Export Figure (SVG, PNG)

        self.export_figure_menu = figure_export.install(self, file_menu)
        export_script = file_menu.addAction(self.tr("Export as &Script…"))
        export_script.setObjectName("action_export_script")
        export_script.setToolTip(
            self.tr("The network with its current weights as a NumPy, Keras or PyTorch script")
        )
        export_script.triggered.connect(lambda: open_export_script(self))
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        self.lessons_menu = bar.addMenu(self.tr("&Lessons"))
        self.lessons_menu.setObjectName("lessons_menu")
        for entry in list_lessons(language=SWITCH.code):
            action = self.lessons_menu.addAction(entry.title)
            action.setObjectName(f"lesson.{entry.id}")
            action.setToolTip(
                self.tr("Open the lesson {id} as an untitled copy").format(id=entry.id)
            )
            action.triggered.connect(lambda _=False, p=entry.file: self.files.open_example(p))
        self.lessons_menu.setToolTipsVisible(True)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.add_layer, a.randomise, a.reset])
        edit_menu.addSeparator()
        preferences = edit_menu.addAction(self.tr("&Preferences…"))
        preferences.setObjectName("action_preferences")
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.open_preferences)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions(
            [a.toggle_labels, a.toggle_notes_names, a.zoom_in, a.zoom_out, a.zoom_fit]
        )
        self._build_language_menu()
        reset_layout = self.view_menu.addAction(self.tr("Reset &Layout"))
        reset_layout.setObjectName("action_reset_layout")
        reset_layout.setToolTip(self.tr("Every dock back in its first place, shown"))
        reset_layout.triggered.connect(self.reset_layout)
        figure_menu.install(self)
        train_menu = bar.addMenu(self.tr("&Train"))
        train_menu.addActions([a.forward, a.backward, a.update, a.step, a.run_epoch])
        train_menu.addSeparator()
        train_menu.addAction(a.play)
        train_menu.addSeparator()
        train_menu.addAction(a.check_gradients)
        self.lab_menu = LabMenu(self, train_menu=train_menu, file_menu=file_menu)  # lab mode
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)

    def _build_language_menu(self) -> None:
        """View › Language: each language named in itself; the choice takes effect at once."""
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self.language_menu)
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language.{code}")
            action.setCheckable(True)
            action.setChecked(code == SWITCH.code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))

    def set_language(self, code: str) -> None:
        """Speak ``code`` from now on (and next time): menus, docks, diagram, dialogs."""
        if not SWITCH.set_language(code):
            self.doc.notice.emit(self.tr("This language's translation is not installed."))
        write(self.settings, "language", SWITCH.code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_due:
            self._retranslate_due = True  # one retranslation for the translators' events
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language: the menus are built again, the
        docks and the pass toolbar made anew (in their places), the diagram redrawn."""
        self._retranslate_due = False
        self.actions.retranslate()
        for action in figure_menu.installed(self):  # made again, in the new language
            action.setObjectName("")
            action.deleteLater()
        lab_on = self.lab_menu.lab_mode.isChecked()
        self.lab_menu.retire()
        self.menuBar().clear()
        self._build_menus()
        self.lab_menu.lab_mode.setChecked(lab_on)
        if self.doc is not None:
            self.lab_menu.follow(self.doc)
        self.preferences.hook_menus()
        self.stepping_toolbar.setWindowTitle(self.tr("Stepping"))
        self.pass_toolbar.setWindowTitle(self.tr("Pass"))
        if self.doc is not None and not self._docks_pending:
            state = self.saveState()
            shown = [d.objectName() for d in self._doc_widgets if _on_top(d)]
            self._replace_dock_widgets(self.doc)
            self.restoreState(state)
            for dock in self._doc_widgets:  # the tabs in front are in front again
                if dock.objectName() in shown:
                    QTimer.singleShot(0, dock, dock.raise_)
            combo = self.lesson.language_combo  # the lesson's text follows
            if (index := combo.findData(SWITCH.code)) >= 0:
                combo.setCurrentIndex(index)
            self.diagram.diagram.rebuild()
            self._refresh_play()
            self._refresh_title()
        for stack in self.undo_group.stacks():  # Edit › Undo names the edit anew
            for index in range(stack.count()):
                command = stack.command(index)
                if getattr(command, "message", None) is not None:
                    command.setText(message_text(command.message))
        self.language_changed.emit(SWITCH.code)

    def _build_toolbar(self) -> None:
        a = self.actions
        bar = QToolBar(self.tr("Stepping"), self)
        bar.setObjectName("stepping_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([a.forward, a.backward, a.update])
        bar.addSeparator()
        bar.addActions([a.step, a.run_epoch, a.reset])
        bar.addSeparator()
        bar.addAction(a.play)
        self.play_controls = PlayControls()
        bar.addWidget(self.play_controls)
        self.addToolBar(bar)
        self.stepping_toolbar = bar
        # Its own row, never behind the first row's overflow button: where the pass stands,
        # and which samples the next pass takes.
        self.addToolBarBreak()
        self.pass_toolbar = QToolBar(self.tr("Pass"), self)
        self.pass_toolbar.setObjectName("pass_toolbar")
        self.addToolBar(self.pass_toolbar)

    def _build_status_bar(self) -> None:
        self.epoch_label = SteadyLabel()  # numbers that change while playing: no relayout
        self.loss_label = SteadyLabel()
        self.accuracy_label = SteadyLabel()
        self.speed_label = SteadyLabel()
        for label in (self.epoch_label, self.loss_label, self.accuracy_label, self.speed_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addPermanentWidget(label)

    def _connect_actions(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.files.new)
        a.open.triggered.connect(lambda: self.files.open())
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.quit.triggered.connect(self.close)
        a.forward.triggered.connect(lambda: self._by_hand(self.doc.forward))
        a.backward.triggered.connect(lambda: self._by_hand(self.doc.backward))
        a.update.triggered.connect(lambda: self._by_hand(self.doc.update))
        a.step.triggered.connect(lambda: self._by_hand(self.doc.step))
        a.run_epoch.triggered.connect(lambda: self._by_hand(self.doc.run_epoch))
        a.play.triggered.connect(lambda: self.player.toggle())
        a.reset.triggered.connect(self._reset)
        a.add_layer.triggered.connect(
            lambda: self.push(edits.add_hidden_layer(self.doc, len(self.doc.network.layers)))
        )
        a.randomise.triggered.connect(lambda: self.controls.randomise())
        a.about.triggered.connect(self._about)
        a.check_gradients.triggered.connect(lambda: open_gradient_check(self.doc, self))
        for action in self.actions.all():
            self.addAction(action)

    # -- one document at a time ---------------------------------------------------------

    def show_document(self, doc: NetworkDocument) -> None:
        """Show ``doc``: the diagram follows it; docks and toolbar widgets are made anew."""
        old = self.doc
        self.doc = doc
        self.selection.select(None)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        if old is not None:
            self.player.pause()
            self.player.deleteLater()
        self.player = Player(doc, parent=self)
        if old is None:
            self._build_views(doc)
        else:
            self.undo_group.removeStack(old.undo_stack)
            self.diagram.set_document(doc)
            if not self._docks_pending:
                self._replace_dock_widgets(doc)
        self.player.state_changed.connect(self._refresh_play)
        self.player.stopped.connect(self._training_stopped)
        self.play_controls.set_document(doc, self.player)
        self.time_travel_bar.set_document(doc, self.player)
        self.message_bar.hide()
        self.statusBar().clearMessage()  # a notice of the previous document is not this one's
        doc.changed.connect(self._doc_changed)
        doc.notice.connect(self._show_notice)
        doc.save_run = self.save_run_action.isChecked()
        self._refresh_phase()
        self._refresh_status()
        self._refresh_title()
        if old is not None:
            old.deleteLater()

    def _build_views(self, doc: NetworkDocument) -> None:
        self.diagram = DiagramView(doc, self.selection)
        self.message_bar = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.diagram, 1)
        self.time_travel_bar = TimeTravelBar()
        layout.addWidget(self.time_travel_bar)
        self.setCentralWidget(central)
        self.actions.toggle_labels.toggled.connect(self.diagram.set_labels_visible)
        self.diagram.labels_visible_changed.connect(self.actions.toggle_labels.setChecked)
        self.actions.toggle_notes_names.toggled.connect(self.diagram.set_notes_names)
        self.diagram.set_notes_names(self.actions.toggle_notes_names.isChecked())  # remembered
        self.diagram.set_labels_visible(self.actions.toggle_labels.isChecked())
        self.diagram.notes_names_changed.connect(self.actions.toggle_notes_names.setChecked)
        self.actions.zoom_fit.triggered.connect(self.diagram.zoom_to_fit)
        self.actions.zoom_in.triggered.connect(lambda: self.diagram.zoom_by(DiagramView.ZOOM_STEP))
        self.actions.zoom_out.triggered.connect(
            lambda: self.diagram.zoom_by(1.0 / DiagramView.ZOOM_STEP)
        )
        self._paint_watch = self.diagram.viewport()
        self._paint_watch.installEventFilter(self)
        if self._defer_docks:
            self._docks_pending = True
        else:
            self._replace_dock_widgets(doc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._paint_watch and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._paint_watch = None
            QTimer.singleShot(0, self._after_first_paint)  # once the paint is flushed
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self._docks_pending:
            self._docks_pending = False
            self._replace_dock_widgets(self.doc)
            if self._pending_state is not None:
                self.restoreState(self._pending_state)
            self.docks_built.emit()

    def _replace_dock_widgets(self, doc: NetworkDocument) -> None:
        for widget in self._doc_widgets:
            if isinstance(widget, QDockWidget):
                self.removeDockWidget(widget)
            widget.deleteLater()
        for action in self._toolbar_actions:
            self.pass_toolbar.removeAction(action)
        from playground.ui.plots import PlotsDock  # pyqtgraph: after the first paint

        self.controls = ControlsDock(doc, parent=self)
        language = self.lesson.chosen_language if getattr(self, "lesson", None) else None
        self.lesson = LessonDock(doc, parent=self, language=language)
        self.lesson.play_requested.connect(self._play_lesson)
        self.inspector = InspectorDock(doc, self.selection, parent=self)
        self.math_panel = MathPanelDock(doc, self.selection, parent=self)
        self.plots = PlotsDock(doc, self.player, parent=self)
        self.data_table = DataTableDock(doc, parent=self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.lesson)
        self.tabifyDockWidget(self.controls, self.lesson)
        front = self.lesson if doc.file.lesson is not None else self.controls
        front.raise_()
        QTimer.singleShot(0, front, front.raise_)  # again once the new tabs are laid out
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plots)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.data_table)
        # The chain rule's lines are long: it shares the wide bottom area with the plots.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.math_panel)
        self.tabifyDockWidget(self.plots, self.math_panel)
        self.tabifyDockWidget(self.math_panel, self.data_table)
        self.plots.raise_()
        self.diagram.diagram.thumbnail_clicked.connect(self.plots.show_node)
        # The diagram is the heart of the window: the plots get about a third of its height.
        self.resizeDocks([self.plots], [max(220, self.height() // 3)], Qt.Orientation.Vertical)
        self.phase_indicator = PhaseIndicator(doc)
        self.sample_selector = SampleSelector(doc)
        takes = QLabel("  " + self.tr("the next pass takes:"))
        takes.setObjectName("pass_takes_label")
        self.show_mean_box = QCheckBox(self.tr("show the batch mean"))
        self.show_mean_box.setObjectName("show_batch_mean")
        self.show_mean_box.setToolTip(
            self.tr(
                "After a pass over several samples the diagram shows the first sample's "
                "numbers, which you can check by hand; tick to show the mean over the samples "
                "instead."
            )
        )
        self.show_mean_box.setChecked(doc.show_batch_mean)
        self.show_mean_box.toggled.connect(doc.set_show_batch_mean)
        self._toolbar_actions = [
            self.pass_toolbar.addWidget(self.phase_indicator),
            self.pass_toolbar.addWidget(takes),
            self.pass_toolbar.addWidget(self.sample_selector),
            self.pass_toolbar.addWidget(self.show_mean_box),
        ]
        docks = (
            self.controls,
            self.lesson,
            self.inspector,
            self.math_panel,
            self.plots,
            self.data_table,
        )
        self._doc_widgets = [
            *docks,
            self.phase_indicator,
            self.sample_selector,
            self.show_mean_box,
            takes,
        ]
        for action in self._dock_actions:
            self.view_menu.removeAction(action)
        self._dock_actions = [dock.toggleViewAction() for dock in docks]
        self.view_menu.addActions(self._dock_actions)
        self.dock_widgets_replaced.emit()

    def open_preferences(self) -> None:
        """Edit › Preferences: what the window remembers, in one dialog."""
        dialog = PreferencesDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop

    def _open_data(self) -> None:
        """File → Open Data…: the samples of a file, as one undoable edit (a new run)."""
        outcome = open_data(self, self.doc)
        if outcome is not None:
            self.push(outcome)

    def _play_lesson(self, epochs: int) -> None:
        """Train to the notes' number of epochs (the epoch limit becomes that, undoably)."""
        if self.doc.trainer.epoch >= epochs:
            self._show_notice(
                self.tr("Already at epoch {epoch:,}: press R to start again.").format(
                    epoch=self.doc.trainer.epoch
                )
            )
            return
        if self.doc.epochs != epochs:
            self.push(edits.set_epochs(self.doc, epochs))
        self.player.play()

    def _show_notice(self, text: object) -> None:
        self.statusBar().showMessage(message_text(text), 10_000)

    def _by_hand(self, phase) -> None:
        """A phase run by hand pauses continuous training first; from a viewed record in
        the past it first starts a new branch (undoably)."""
        self.player.pause()
        if self.doc.run.viewing is not None:
            self.push(edits.continue_from_viewed(self.doc))
        phase()

    def _refresh_play(self) -> None:
        playing = self.player.playing
        self.actions.play.setChecked(playing)
        self.actions.play.setText(self.tr("&Pause") if playing else self.tr("&Play"))
        self._refresh_status()

    def _training_stopped(self, stop: Stop) -> None:
        if stop.kind is StopKind.DIVERGED:
            self.message_bar.show_message(
                stop_message(stop), {self.tr("Roll back"): self.player.roll_back}
            )
        else:
            self._show_notice(self.tr("Training stopped: {why}").format(why=stop_message(stop)))

    def push(self, outcome) -> None:
        """Push an edit's command, or show why it was refused."""
        if isinstance(outcome, edits.EditRefused):
            self.doc.notice.emit(message_text(outcome.message))
        else:
            self.doc.undo_stack.push(outcome)

    def _reset(self) -> None:
        """Back to the initial weights in a new run at epoch 0 (undoable); when the shape
        changed since opening, a new run from the weights as they are."""
        self.player.pause()
        outcome = edits.reset_to_initial(self.doc)
        if isinstance(outcome, edits.EditRefused):
            self.push(edits.restart_training(self.doc))
            self.doc.notice.emit(
                self.tr("A new run from the current weights; {why}").format(
                    why=message_text(outcome.message)
                )
            )
        else:
            self.push(outcome)
            self.doc.notice.emit(self.tr("Back to the initial weights; epoch 0"))

    # -- reflecting the document ----------------------------------------------------------

    def _doc_changed(self, change: Change) -> None:
        """One refresh of the window's own parts per document change."""
        if Change.PHASE in change:
            self._refresh_phase()
        if change & (Change.RECORDS | Change.VALUES | Change.PARAMETERS | Change.RUN):
            self._refresh_status()
        if Change.PATH in change:
            self._refresh_title()
        if Change.RUN in change or not self.doc.run.can_roll_back:
            self.message_bar.hide()  # a roll-back offer belongs to the run it was made in

    def _refresh_phase(self) -> None:
        for name, enabled in enabled_phases(self.doc.phase).items():
            getattr(self.actions, name).setEnabled(enabled)

    def _refresh_status(self) -> None:
        self.status_refreshes += 1
        run, player = self.doc.run, self.player
        trainer = run.trainer
        self.epoch_label.setText(
            self.tr("epoch {epoch} · step {steps}").format(epoch=trainer.epoch, steps=trainer.steps)
        )
        standing = run.standing()
        self.loss_label.setText(status_loss_text(self.doc, loss_text(standing)))  # lab mode: ?
        self.loss_label.setToolTip(QCoreApplication.translate("MainWindow", LOSS_TIP))
        accuracy = None if standing is None else standing.accuracy
        self.accuracy_label.setText(
            "" if accuracy is None else self.tr("accuracy {accuracy:.1%}").format(accuracy=accuracy)
        )
        rate = player.measured_steps_per_second
        self.speed_label.setText(
            self.tr("{rate:,.0f} steps/s").format(rate=rate) if player.playing and rate else ""
        )

    def _refresh_title(self) -> None:
        self.setWindowTitle(f"{self.doc.title}[*] — {APP_NAME}")
        self.setWindowModified(self.doc.is_modified)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.files.clear_recent)
        self.recent_menu.setEnabled(bool(recent))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            APP_NAME,
            self.tr(
                "<b>{name}</b><p>Draw a network, step the forward pass, the backward pass and "
                "the update, and check every number by hand.</p>"
            ).format(name=self.tr(APP_NAME)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.player.pause()
        if self.files.maybe_save():
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            event.accept()
        else:
            event.ignore()

    def reset_layout(self) -> None:
        """View › Reset Layout: the docks made anew in their first places (a dock closed,
        floated or moved comes back), the diagram fitted again."""
        if self.doc is None or self._docks_pending:
            return
        self._replace_dock_widgets(self.doc)
        self.diagram.zoom_to_fit()

    def restore_layout(self) -> None:
        """The size, place and dock layout the window had when it was last closed."""
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None and self._docks_pending:
            self._pending_state = state  # the docks are not there yet
        elif state is not None:
            self.restoreState(state)


LOSS_TIP = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The loss E of the weights shown, on all training samples: what a forward and backward "
    "pass over the whole data set gives now. (The loss curve plots each epoch's mean over "
    "its batches, each measured before its update, as Keras reports it.)",
)


def loss_text(standing) -> str:
    """The status bar's loss of the current weights, or – when too big to measure live."""
    if standing is None:
        return QCoreApplication.translate("MainWindow", "loss –")
    if standing.samples == 1:
        return QCoreApplication.translate("MainWindow", "loss E = {loss:.6g} on 1 sample").format(
            loss=standing.loss
        )
    return QCoreApplication.translate(
        "MainWindow", "loss E = {loss:.6g} on {count} samples"
    ).format(loss=standing.loss, count=standing.samples)


def stop_message(stop: Stop) -> str:
    """Why Play stopped, in plain words."""
    if stop.kind is StopKind.EPOCH_LIMIT:
        return QCoreApplication.translate(
            "MainWindow", "reached the maximum of {epochs:g} epochs"
        ).format(epochs=stop.value)
    if stop.kind is StopKind.TARGET_LOSS:
        return QCoreApplication.translate("MainWindow", "reached the target loss {loss:g}").format(
            loss=stop.value
        )
    what = "NaN" if stop.nan else QCoreApplication.translate("MainWindow", "infinite")
    return QCoreApplication.translate(
        "MainWindow",
        "Training paused at epoch {epoch}: the loss became {what}. The learning rate "
        "({rate:g}) is likely too high for this loss and activation; lower it, or roll back.",
    ).format(epoch=stop.epoch, what=what, rate=stop.value)


def _on_top(widget: QWidget) -> bool:
    """A dock in front of its tab group (a dock behind another has nothing visible)."""
    return isinstance(widget, QDockWidget) and not widget.visibleRegion().isEmpty()


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y, and the platform's own redo keys, each once: a key given
    twice to one action is ambiguous, and Qt then ignores it (X11's redo is Ctrl+Shift+Z)."""
    keys: list[QKeySequence] = []
    candidates = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    for key in candidates + QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


EXAMPLE_TITLES = {  # the examples' own names, to translate (a file not here: its name)
    "classic-2-2-2": QT_TRANSLATE_NOOP("MainWindow", "Classic 2-2-2"),
    "digits": QT_TRANSLATE_NOOP("MainWindow", "Handwritten digits (8×8)"),
    "one-neuron": QT_TRANSLATE_NOOP("MainWindow", "One neuron: y = w·x + b (Keras sgd + mse)"),
    "perceptron-and": QT_TRANSLATE_NOOP("MainWindow", "Perceptron: AND gate"),
    "spiral": QT_TRANSLATE_NOOP("MainWindow", "Spiral"),
    "xor": QT_TRANSLATE_NOOP("MainWindow", "XOR"),
}


def _example_title(path: Path) -> str:
    """The example's own ``name`` (read cheaply: the menu is built at start-up), else its
    file name."""
    if path.stem in EXAMPLE_TITLES:
        return QCoreApplication.translate("MainWindow", EXAMPLE_TITLES[path.stem])
    try:
        name = json.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        name = None
    return name if isinstance(name, str) and name.strip() else path.stem
