"""The quiz of one lesson in lab mode: its questions, the learner's answers, verdicts, score,
and the report a teacher collects.

A ``Quiz`` is made from a lesson's ``quiz`` list (asks in the notes' order, worksheet
tasks), or empty for free lab mode, where each value the learner clicks becomes a question.
Grading is ``grading``'s; the time a question took is measured with an injected ``clock``
(seconds, monotonic), so tests never depend on the wall clock. Pure: no Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from playground.io.lesson import DEFAULT_QUIZ_TOLERANCE, QuizAsk, QuizPhase, QuizTask
from playground.lab.formulas import Target
from playground.lab.grading import Formula, Hint, Verdict, hint, is_right

REPORT_FORMAT = "nn-playground/lab-report"


@dataclass
class Question:
    """One asked value and what became of it: the numbers typed (``tries``), the hint of
    the last wrong one, the verdict, and the true value once shown."""

    target: Target
    phase: QuizPhase = QuizPhase.FORWARD
    tolerance: float = DEFAULT_QUIZ_TOLERANCE
    tries: list[float] = field(default_factory=list)
    hint: Hint | None = None
    verdict: Verdict | None = None
    true: float | None = None
    symbol: str = ""
    opened_at: float | None = None
    seconds: float | None = None

    @property
    def done(self) -> bool:
        return self.verdict is not None

    @property
    def typed(self) -> float | None:
        return self.tries[-1] if self.tries else None

    def to_json(self) -> dict:
        return {
            "ask": self.target.ask.value,
            "target": self.target.to_json(),
            "typed": self.typed,
            "true": self.true,
            "verdict": None if self.verdict is None else self.verdict.value,
            "seconds": self.seconds,
        }


@dataclass
class TaskState:
    """One worksheet task and whether the learner's run has met it (kept once met)."""

    task: QuizTask
    met: bool = False
    epoch: int | None = None  # the epoch at which it was first seen met

    def to_json(self) -> dict:
        return {**self.task.to_json(), "met": self.met, "epoch": self.epoch}


@dataclass(frozen=True)
class Score:
    """How many questions ended right at the first try, right after a hint, or revealed,
    out of ``questions``."""

    right: int
    right_after_hint: int
    revealed: int
    questions: int

    def to_json(self) -> dict:
        return {
            "right": self.right,
            "right_after_hint": self.right_after_hint,
            "revealed": self.revealed,
            "questions": self.questions,
        }


class Quiz:
    """The questions and tasks of ``lesson_id`` (None: a network without a lesson)."""

    def __init__(
        self,
        items: tuple = (),
        *,
        lesson_id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lesson_id = lesson_id
        self.clock = clock
        asks = [item for item in items if isinstance(item, QuizAsk)]
        self.listed = bool(asks)  # False: free lab mode, the learner picks the values
        self.questions = [
            Question(Target(a.ask, a.node, a.edge), a.phase, a.tolerance) for a in asks
        ]
        self.tasks = [TaskState(item) for item in items if isinstance(item, QuizTask)]

    # -- answering -------------------------------------------------------------------------

    def open(self, question: Question) -> None:
        """The question is put to the learner: its time starts (once)."""
        if question.opened_at is None:
            question.opened_at = self.clock()

    def submit(
        self, question: Question, typed: float, formula: Formula, *, candidates=None
    ) -> bool:
        """Grade ``typed`` against ``formula``; True when right (the question is then done)."""
        self.open(question)
        question.tries.append(float(typed))
        question.symbol = formula.symbol
        if is_right(typed, formula.value, question.tolerance):
            first = len(question.tries) == 1
            self._close(question, Verdict.RIGHT if first else Verdict.RIGHT_AFTER_HINT, formula)
            return True
        question.hint = hint(typed, formula, candidates=candidates)
        return False

    def reveal(self, question: Question, formula: Formula) -> None:
        """The learner gives up: the true value is shown."""
        self.open(question)
        question.symbol = formula.symbol
        self._close(question, Verdict.REVEALED, formula)

    def _close(self, question: Question, verdict: Verdict, formula: Formula) -> None:
        question.verdict = verdict
        question.true = formula.value
        question.seconds = self.clock() - question.opened_at

    def free_question(self, target: Target) -> Question:
        """The open question on ``target`` in free lab mode, added when there is none."""
        for question in self.questions:
            if question.target == target and not question.done:
                return question
        question = Question(target)
        self.questions.append(question)
        return question

    @property
    def finished(self) -> bool:
        """Every question answered or revealed."""
        return all(q.done for q in self.questions)

    def answered(self, target: Target) -> list[Question]:
        return [q for q in self.questions if q.target == target and q.done]

    def pending(self, target: Target) -> bool:
        """Whether a listed question on ``target`` waits for an answer."""
        return any(q.target == target and not q.done for q in self.questions)

    # -- score and report --------------------------------------------------------------------

    def score(self) -> Score:
        verdicts = [q.verdict for q in self.questions]
        return Score(
            right=verdicts.count(Verdict.RIGHT),
            right_after_hint=verdicts.count(Verdict.RIGHT_AFTER_HINT),
            revealed=verdicts.count(Verdict.REVEALED),
            questions=len(self.questions),
        )

    def report(self) -> dict:
        """``{"lesson", "score", "questions": [{"ask", "target", "typed", "true", "verdict",
        "seconds"}]}``, and ``tasks`` (each with ``met``) on a worksheet."""
        report = {
            "format": REPORT_FORMAT,
            "lesson": self.lesson_id,
            "score": self.score().to_json(),
            "questions": [q.to_json() for q in self.questions],
        }
        if self.tasks:
            report["tasks"] = [t.to_json() for t in self.tasks]
        return report
