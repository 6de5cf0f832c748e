"""The lab part of the lesson pane: the questions, the answer box, the score, the tasks.

It reads the document's ``LabSession`` and writes only through it (answer, reveal, lab mode
on or off). The answer box shows the current listed question, or the hidden value the
learner clicked in the diagram (free lab mode, or a listed question out of turn).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playground.document import NetworkDocument
from playground.document.changes import Change
from playground.lab.grading import Verdict
from playground.lab.quiz import Question
from playground.lab.session import session_for
from playground.ui.lab import words

RIGHT, WRONG = QColor("#DDF2E4"), QColor("#FBE0D9")  # the lesson pane's pale green, vermillion
ROLE = Qt.ItemDataRole.UserRole  # a question item's index in the quiz; a task item's mark


class LabPanel(QWidget):
    """Lab mode for ``doc``: a switch, the score, the questions, the answer box, the tasks."""

    def __init__(
        self, doc: NetworkDocument, parent: QWidget | None = None, *, language: str = "en"
    ):
        super().__init__(parent)
        self.setObjectName("lab_panel")
        self.doc = doc
        self.lab = session_for(doc)
        self.language = language
        self.question: Question | None = None  # the one in the answer box
        self._build()
        self.lab.changed.connect(self.refresh)
        self.lab.picked.connect(self._picked)
        doc.changed.connect(self._doc_changed)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.switch = QCheckBox(self.tr("Lab mode: compute the values by hand first"), self)
        self.switch.setObjectName("lab_switch")
        self.switch.toggled.connect(self.lab.set_enabled)
        self.score = QLabel(self)
        self.score.setObjectName("lab_score")
        self.score.setWordWrap(True)
        self.questions = QListWidget(self)
        self.questions.setObjectName("lab_questions")
        self.questions.itemClicked.connect(self._question_clicked)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("lab_prompt")
        self.field = QLineEdit(self)
        self.field.setObjectName("lab_answer")
        self.field.setPlaceholderText(self.tr("your number"))
        self.field.returnPressed.connect(self._check)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("lab_check")
        self.check_button.clicked.connect(self._check)
        self.reveal_button = QPushButton(self.tr("Reveal"), self)
        self.reveal_button.setObjectName("lab_reveal")
        self.reveal_button.clicked.connect(self._reveal)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("lab_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_step = QLabel(self)
        self.next_step.setObjectName("lab_next_step")
        self.next_step.setWordWrap(True)
        self.tasks = QListWidget(self)
        self.tasks.setObjectName("lab_tasks")
        answer = QHBoxLayout()
        answer.addWidget(self.prompt)
        answer.addWidget(self.field, 1)
        answer.addWidget(self.check_button)
        answer.addWidget(self.reveal_button)
        for widget in (self.switch, self.score, self.questions):
            layout.addWidget(widget)
        layout.addLayout(answer)
        layout.addWidget(self.feedback)
        layout.addWidget(self.next_step)
        layout.addWidget(self.tasks)

    # -- what is shown -----------------------------------------------------------------------

    def _doc_changed(self, change: Change) -> None:
        """A pass ran (the next question may be asked now) or the network changed."""
        if self.lab.enabled and change & (Change.VALUES | Change.PHASE | Change.STRUCTURE):
            self.refresh()

    @property
    def has_quiz(self) -> bool:
        return bool(self.lab.quiz.questions) or bool(self.lab.quiz.tasks)

    def refresh(self) -> None:
        lab, quiz = self.lab, self.lab.quiz
        self.switch.blockSignals(True)
        self.switch.setChecked(lab.enabled)
        self.switch.blockSignals(False)
        self.score.setText(words.score_text(quiz.score()))
        self.score.setVisible(lab.enabled or any(q.done for q in quiz.questions))
        self.questions.setVisible(lab.enabled and bool(quiz.questions))
        self._fill_questions()
        if not lab.enabled:
            self.question = None
        elif self.question is None or self.question.done or not lab.asked(self.question):
            self.question = lab.current()  # None in free mode, or until the next pass
        self._show_answer_box()
        self.tasks.setVisible(bool(quiz.tasks))
        self._fill_tasks()

    def _fill_questions(self) -> None:
        self.questions.clear()
        for index, question in enumerate(self.lab.quiz.questions):
            text = f"{words.verdict_mark(question.verdict)}  {self.lab.symbol(question)}"
            if question.done:
                text += f" = {question.true:.10g}  ({words.verdict_text(question.verdict)})"
            item = QListWidgetItem(text)
            item.setData(ROLE, index)
            if question.verdict in (Verdict.RIGHT, Verdict.RIGHT_AFTER_HINT):
                item.setBackground(RIGHT)
            elif question.verdict is Verdict.REVEALED:
                item.setBackground(WRONG)
            self.questions.addItem(item)

    def _fill_tasks(self) -> None:
        self.tasks.clear()
        for state in self.lab.quiz.tasks:
            text = words.task_text(state.task, self.language)
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if state.met else Qt.CheckState.Unchecked)
            item.setData(ROLE, "✓" if state.met else "")
            if state.met:
                item.setBackground(RIGHT)
            self.tasks.addItem(item)

    def _show_answer_box(self) -> None:
        question, lab = self.question, self.lab
        asking = lab.enabled and question is not None and not question.done
        for widget in (self.prompt, self.field, self.check_button, self.reveal_button):
            widget.setVisible(asking)
        if asking:
            self.prompt.setText(f"{lab.symbol(question)} =")
        waiting = lab.next_phase() if lab.enabled else None
        if waiting is not None:
            self.next_step.setText(words.phase_text(waiting))
        elif lab.enabled and not lab.quiz.listed and not asking:
            self.next_step.setText(self.tr("Click a value shown as ? in the diagram to answer it."))
        elif lab.enabled and lab.quiz.listed and all(q.done for q in lab.quiz.questions):
            self.next_step.setText(self.tr("Every question is answered: File → Save Report…"))
        else:
            self.next_step.clear()
        self.next_step.setVisible(bool(self.next_step.text()))
        self.feedback.setVisible(lab.enabled and bool(self.feedback.text()))

    # -- answering -------------------------------------------------------------------------

    def _picked(self, question: Question) -> None:
        self.question = question
        self.feedback.clear()
        self._show_answer_box()
        self.field.clear()
        self.field.setFocus()

    def _question_clicked(self, item: QListWidgetItem) -> None:
        question = self.lab.quiz.questions[item.data(ROLE)]
        if not question.done and self.lab.asked(question):
            self._picked(question)

    def _check(self) -> None:
        question = self.question
        if question is None:
            return
        right = self.lab.answer(question, self.field.text())
        if right is None:
            self.feedback.setText(self.tr("Type a number, such as 0.5932 or -1.2e-3."))
        elif right:
            self.feedback.setText(self._verdict_line(question))
            self.field.clear()
        else:
            self.feedback.setText(
                words.hint_text(
                    symbol=self.lab.symbol(question),
                    typed=question.typed,
                    hint=question.hint,
                    answer=self.lab.formula(question).value,
                )  # fmt: skip
            )
        self.feedback.setVisible(True)
        self.refresh()

    def _reveal(self) -> None:
        question = self.question
        if question is None:
            return
        self.lab.reveal(question)
        self.feedback.setText(self._verdict_line(question))
        self.field.clear()
        self.refresh()

    def _verdict_line(self, question: Question) -> str:
        typed = (
            ""
            if question.typed is None
            else self.tr(" (yours: {typed:.10g})").format(typed=question.typed)
        )
        return f"{words.verdict_mark(question.verdict)} {self.lab.symbol(question)} = " + (
            f"{question.true:.10g}{typed}: {words.verdict_text(question.verdict)}"
        )

    # -- for tests and the lesson pane -------------------------------------------------------

    def task_marks(self) -> list[str]:
        return [self.tasks.item(row).data(ROLE) for row in range(self.tasks.count())]
