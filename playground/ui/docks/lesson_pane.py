"""The lesson pane: the open lesson's text, the notes' numbers beside the app's, the code.

It reads the document's file (its ``lesson`` section) and the current network; the app's
value of each published number is measured on the weights shown now, and marked equal
only when training stands at the epoch the notes measured it after. Below them, lab mode
(``playground.ui.lab.panel``): the lesson's quiz, the answer box and worksheet tasks.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.engine.training import EpochRecord
from playground.lab.session import session_for
from playground.lessons import State, epoch_of, matches, measure
from playground.ui.lab.panel import LabPanel
from playground.ui.language import SWITCH

LANGUAGES = {"en": "English", "ko": "한국어"}
MATCH, DIFFERS = QColor("#DDF2E4"), QColor("#FBE0D9")  # pale green, pale vermillion
CONTEXT = "LessonDock"  # NO_LESSON and COLUMNS are translated at use
NO_LESSON = QT_TRANSLATE_NOOP(
    "LessonDock",
    "This network has no lesson. The Lessons menu opens every worked example of the "
    "course notes, each with the numbers the notes print.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("LessonDock", "number"),
    QT_TRANSLATE_NOOP("LessonDock", "notes"),
    QT_TRANSLATE_NOOP("LessonDock", "app now"),
)
MARK_ROLE = Qt.ItemDataRole.UserRole  # the app cell's mark: ✓, ✗ or "at epoch N"


class LessonDock(QDockWidget):
    """Text, published numbers (notes and app side by side) and code of ``doc``'s lesson."""

    play_requested = Signal(int)  # train to this many epochs (the notes' run)

    def __init__(
        self, doc: NetworkDocument, parent: QWidget | None = None, *, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson"))
        self.setObjectName("lesson_dock")
        self.doc = doc
        # Korean when the window speaks it (View › Language) or the locale is Korean.
        korean = SWITCH.code == "ko" or QLocale().language() == QLocale.Language.Korean
        self.chosen_language = language  # what the learner chose: kept from lesson to lesson
        self.language = language or ("ko" if korean else "en")
        self.refreshes = 0
        self._build()
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(self.language))
        doc.changed.connect(self._changed)
        self.show_lesson()

    @property
    def lesson(self):
        return self.doc.file.lesson

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        header = QHBoxLayout()
        self.title = QLabel(body)
        self.title.setObjectName("lesson_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.language_combo = QComboBox(body)
        self.language_combo.setObjectName("lesson_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_combo)
        self.text = QTextBrowser(body)
        self.text.setObjectName("lesson_text")
        self.text.setOpenExternalLinks(False)
        self.numbers = QTableWidget(0, len(COLUMNS), body)
        self.numbers.setObjectName("lesson_numbers")
        self.numbers.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, column) for column in COLUMNS]
        )
        self.numbers.verticalHeader().hide()
        self.numbers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.numbers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.numbers.setWordWrap(True)
        self.numbers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header_view = self.numbers.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.numbers.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.play_button = QPushButton(body)
        self.play_button.setObjectName("lesson_play")
        self.play_button.clicked.connect(lambda: self.play_requested.emit(self.next_stop()))
        self.code = QPlainTextEdit(body)
        self.code.setObjectName("lesson_code")
        self.code.setReadOnly(True)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        numbers_box = self.numbers_box = QWidget(body)
        numbers_layout = QVBoxLayout(numbers_box)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.numbers, 1)
        numbers_layout.addWidget(self.play_button)
        self.lab = LabPanel(self.doc, body, language=self.language)
        session_for(self.doc).changed.connect(self._show_lab)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        for widget in (self.text, numbers_box, self.lab, self.code):
            splitter.addWidget(widget)
        # The text and the notes' numbers first; the code, to read once, gets the least.
        for index, share in enumerate((3, 4, 1, 1)):
            splitter.setStretchFactor(index, share)
        splitter.setSizes([260, 340, 60, 90])  # the lab panel grows when lab mode is on
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        body.setMinimumWidth(340)  # the numbers' three columns stay readable
        self.setWidget(body)

    # -- what is shown -------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        self.language = self.chosen_language = self.language_combo.itemData(index)
        self.lab.language = self.language
        self.show_lesson()

    def _show_lab(self) -> None:
        """Lab mode's part: shown for a lesson with a quiz, or while lab mode is on. The
        text and the notes' numbers print the answers: hidden while the quiz is going."""
        lab = session_for(self.doc)
        self.lab.setVisible(self.lab.has_quiz or lab.enabled)
        quizzing = lab.enabled and not (lab.quiz.listed and lab.quiz.finished)
        has = self.lesson is not None
        self.text.setVisible(not quizzing or not has)
        self.numbers_box.setVisible(has and not quizzing)

    def show_lesson(self) -> None:
        """Title, text and code of the lesson (they change only with the file)."""
        lesson = self.lesson
        has = lesson is not None
        for widget in (self.numbers, self.play_button, self.code, self.language_combo):
            widget.setVisible(has)
        self.lab.refresh()
        if not has:
            self._show_lab()
            self.title.setText(self.tr("No lesson"))
            self.text.setPlainText(QCoreApplication.translate(CONTEXT, NO_LESSON))
            return
        self.title.setText(lesson.title_in(self.language))
        self.text.setMarkdown(lesson.text_in(self.language))
        self.code.setPlainText(
            "\n\n".join(f"# {c.title}\n{c.source}" if c.title else c.source for c in lesson.code)
        )
        self.code.setVisible(bool(lesson.code))
        self.play_button.setVisible(lesson.longest_run > 0)
        self._show_lab()
        self._label_play_button()
        self.numbers.setRowCount(len(lesson.published))
        for row, published in enumerate(lesson.published):
            label = QTableWidgetItem(published.label)
            tip = published.where.text + (f"\n{published.note}" if published.note else "")
            label.setToolTip(tip)
            self.numbers.setItem(row, 0, label)
            notes = QTableWidgetItem(f"{published.value:.10g}")
            notes.setToolTip(
                self.tr("{value}, tolerance {tolerance:g}").format(
                    value=repr(published.value), tolerance=published.tolerance
                )
            )
            self.numbers.setItem(row, 1, notes)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change & (Change.PARAMETERS | Change.RECORDS | Change.RUN | Change.SETTINGS):
            self.refresh()
            self._label_play_button()

    def stops(self) -> list[int]:
        """The epochs at which the notes measure a number, and the notes' whole run."""
        lesson = self.lesson
        return sorted({lesson.epochs, *(epoch_of(p, lesson) for p in lesson.published)} - {0})

    def next_stop(self) -> int:
        """The next epoch at which the notes measure something (training stops there, so
        that its numbers can be compared), else the notes' whole run."""
        epoch = self.doc.trainer.epoch
        later = [stop for stop in self.stops() if stop > epoch]
        return later[0] if later else self.lesson.longest_run

    def _label_play_button(self) -> None:
        if self.lesson is None:
            return
        target = self.next_stop()
        last = target == max(self.stops(), default=0)
        if last:
            text = self.tr("Train to epoch {target:,} (the notes' run)")
        else:
            text = self.tr("Train to epoch {target:,} (the notes' next number)")
        self.play_button.setText(text.format(target=target))
        self.play_button.setEnabled(target > self.doc.trainer.epoch)

    def refresh(self) -> None:
        """The app's value of each published number, on the weights shown now."""
        lesson = self.lesson
        if lesson is None:
            return
        self.refreshes += 1
        state = self._state()
        epoch = self.doc.trainer.epoch
        for row, published in enumerate(lesson.published):
            value = measure(published.where, state)
            wanted = epoch_of(published, lesson)
            at_epoch = wanted == epoch or published.where.kind in ("epoch_loss", "epoch_errors")
            shown = "–" if value is None else f"{value:.10g}"
            if at_epoch and matches(published, value):
                mark, colour = "✓", MATCH
                tip = self.tr("equal to the notes' within the tolerance")
            elif at_epoch and value is not None:
                mark, colour = "✗", DIFFERS
                tip = self.tr("differs by more than the tolerance")
            else:  # a number of another epoch would describe another state: not shown
                mark = f"at epoch {wanted:,}"  # a mark for tests and copying
                shown = self.tr("at epoch {wanted:,}").format(wanted=wanted)
                tip = self.tr(
                    "the notes measure it after {wanted:,} epochs: train to there, or go back "
                    "with the history slider or Reset (R)"
                ).format(wanted=wanted)
                colour = None
                value = None  # its exact figure would be of another epoch too
            app = QTableWidgetItem(f"{shown} {mark}" if len(mark) == 1 else shown)
            app.setData(MARK_ROLE, mark)
            exact = "" if value is None else f"{value!r}: "
            app.setToolTip(f"{exact}{tip}")
            if colour is not None:
                app.setBackground(colour)
            self.numbers.setItem(row, 2, app)

    def marks(self) -> list[str]:
        """The status column as shown (for tests and for copying)."""
        return [self.numbers.item(row, 2).data(MARK_ROLE) for row in range(self.numbers.rowCount())]

    def _state(self) -> State:
        run = self.doc.run
        records = []
        if any(p.where.kind.startswith("epoch_") for p in self.lesson.published):
            accuracy = dict(zip(*run.accuracy_curve.data(), strict=True))
            x, y = run.loss_curve.data()
            records = [
                EpochRecord(int(e), float(v), accuracy.get(e)) for e, v in zip(x, y, strict=True)
            ]
        return State(self.doc.network, self.doc.dataset, records)
