"""LabSession: lab mode of one open document, owned by it (a Qt child of the document).

It holds the lesson's ``Quiz`` (questions, answers, verdicts, score, worksheet tasks),
reads the values asked from the document's pass, says which values the views must hide
(``hides``), and checks worksheet tasks on the document's training run as it changes.
Views find it with ``session_for(doc)`` and redraw on ``changed``; they keep no copy.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

from playground.document.changes import Change
from playground.document.network_document import NetworkDocument
from playground.document.training_run import StopKind
from playground.engine import Phase
from playground.io.lesson import PHASE_ORDER, Ask, QuizPhase
from playground.lab import formulas, tasks
from playground.lab.formulas import PassView, Target
from playground.lab.grading import Formula, parse_number
from playground.lab.quiz import Question, Quiz

PHASE_DONE = {Phase.FORWARD: QuizPhase.FORWARD, Phase.BACKWARD: QuizPhase.BACKWARD,
              Phase.UPDATED: QuizPhase.UPDATE}  # fmt: skip
SAME_VALUE = 1e-12  # relative: a revealed value still on screen is the same number


class LabSession(QObject):
    """Lab mode of ``doc``: off until ``set_enabled(True)``; worksheet tasks are checked
    either way."""

    changed = Signal()  # lab mode, an answer, a reveal or a task changed: redraw
    enabled_changed = Signal(bool)
    picked = Signal(object)  # a Question the learner picked by clicking a hidden value

    def __init__(self, doc: NetworkDocument) -> None:
        super().__init__(doc)
        self.setObjectName("lab_session")
        self.doc = doc
        self.enabled = False
        lesson = doc.file.lesson
        self.quiz = Quiz(
            lesson.quiz if lesson is not None else (),
            lesson_id=None if lesson is None else lesson.id,
        )
        doc.changed.connect(self._doc_changed)
        self._check_tasks()

    # -- lab mode --------------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        if bool(on) == self.enabled:
            return
        self.enabled = bool(on)
        if self.enabled:
            current = self.current()
            if current is not None:
                self.quiz.open(current)
        self.enabled_changed.emit(self.enabled)
        self.changed.emit()

    def view(self) -> PassView:
        """What the diagram shows values from now."""
        doc = self.doc
        trace = doc.trace
        rows = 0 if trace is None else trace.inputs.shape[0]
        rate = doc.file.optimizer.get("learning_rate")
        return PassView(
            network=doc.network,
            trace=trace,
            phase=doc.phase,
            weights_before=doc.trainer.weights_before_update,
            learning_rate=float(rate) if isinstance(rate, int | float) else None,
            row=None if rows > 1 and doc.show_batch_mean else 0,
        )

    # -- which values are hidden -------------------------------------------------------------

    def hides(self, target: Target) -> bool:
        """Whether the views show "?" for ``target`` now: lab mode is on, the pass holds the
        value, and the learner has not answered it (a listed question waiting, or in free
        mode no answer for the value now on screen)."""
        if not self.enabled:
            return False
        view = self.view()
        if not formulas.available(target, view):
            return False
        if self.quiz.listed:
            return self.quiz.pending(target)
        return not self._shown_now(target, view)

    def _shown_now(self, target: Target, view: PassView) -> bool:
        answered = self.quiz.answered(target)
        if not answered:
            return False
        value = formulas.formula(target, view).value
        return any(_same(q.true, value) for q in answered)

    def hidden_on_node(self, name: str) -> list[Target]:
        asks = (Ask.NET, Ask.OUT, Ask.DELTA)
        return [t for a in asks if self.hides(t := Target(a, name)) or self._gives_away(t)]

    def hidden_on_edge(self, edge: tuple[str, str]) -> list[Target]:
        asks = (Ask.GRAD, Ask.WEIGHT_AFTER_UPDATE)
        return [t for a in asks if self.hides(t := Target(a, edge=edge)) or self._gives_away(t)]

    def _gives_away(self, target: Target) -> bool:
        """Whether ``target``, read off the screen, gives a listed answer still to come away:
        a node's δ, or any ∂E/∂w into it (each is δ times one input), while a δ of that node
        or a ∂E/∂w into it waits. (w1's ∂E/∂w is δ_h1 · x1: with δ_h1 or w2's ∂E/∂w shown,
        it would be read, not worked out.)"""
        if not self.enabled or not self.quiz.listed:
            return False
        if target.ask is Ask.DELTA:
            node = target.node
        elif target.ask is Ask.GRAD and target.edge is not None:
            node = target.edge[1]
        else:
            return False
        if not formulas.available(target, self.view()):
            return False
        return any(
            not q.done
            and q.target != target
            and (
                (q.target.ask is Ask.DELTA and q.target.node == node)
                or (q.target.ask is Ask.GRAD and q.target.edge and q.target.edge[1] == node)
            )
            for q in self.quiz.questions
        )

    # -- questions -------------------------------------------------------------------------

    def asked(self, question: Question) -> bool:
        """Whether the pass holds the value and training has reached the question's phase."""
        view = self.view()
        if not formulas.available(question.target, view) or view.phase not in PHASE_DONE:
            return False
        return PHASE_ORDER.index(PHASE_DONE[view.phase]) >= PHASE_ORDER.index(question.phase)

    def current(self) -> Question | None:
        """The first listed question not yet answered, once training has reached it."""
        for question in self.quiz.questions:
            if not question.done:
                return question if self.asked(question) else None
        return None

    def next_phase(self) -> QuizPhase | None:
        """The phase the learner must run before the next question (None: none waits)."""
        waiting = next((q for q in self.quiz.questions if not q.done), None)
        return None if waiting is None or self.asked(waiting) else waiting.phase

    def pick(self, target: Target) -> Question | None:
        """The learner clicked the hidden value ``target``: its question (made in free
        mode), opened; None when nothing is asked about it now."""
        if not self.hides(target):
            return None
        if self.quiz.listed:
            question = next(q for q in self.quiz.questions if q.target == target and not q.done)
        else:
            question = self.quiz.free_question(target)
        self.quiz.open(question)
        self.picked.emit(question)
        return question

    def formula(self, question: Question) -> Formula:
        return formulas.formula(question.target, self.view())

    def symbol(self, question: Question) -> str:
        return formulas.symbol(question.target, self.doc.network)

    def answer(self, question: Question, text: str | float) -> bool | None:
        """Grade the learner's number (typed text or a number); None when ``text`` is no
        number or the value is not asked now, else whether it was right."""
        typed = parse_number(text) if isinstance(text, str) else float(text)
        if typed is None or not self.asked(question) or question.done:
            return None
        view = self.view()
        right = self.quiz.submit(
            question,
            typed,
            formulas.formula(question.target, view),
            candidates=formulas.candidates(view),
        )
        self._opened_next()
        self.changed.emit()
        return right

    def reveal(self, question: Question) -> None:
        if question.done or not self.asked(question):
            return
        self.quiz.reveal(question, self.formula(question))
        self._opened_next()
        self.changed.emit()

    def _opened_next(self) -> None:
        current = self.current()
        if current is not None:
            self.quiz.open(current)

    # -- the document and worksheet tasks ----------------------------------------------------------

    def _doc_changed(self, change: Change) -> None:
        """A new pass may put the next question: its time starts. (Views redraw on the
        document's own signal and ask ``hides`` afresh: no ``changed`` from here.)"""
        if change & (Change.RECORDS | Change.RUN | Change.STRUCTURE | Change.PARAMETERS):
            self._check_tasks()
        if self.enabled and change & (Change.VALUES | Change.PHASE | Change.STRUCTURE):
            self._opened_next()

    def facts(self) -> tasks.RunFacts:
        """The document's run as the worksheet conditions read it."""
        run = self.doc.run
        accuracy = list(zip(*run.accuracy_curve.data(), strict=True))
        loss = list(zip(*run.loss_curve.data(), strict=True))
        standing = run.standing() if run.trainer.at_epoch_start else None
        if standing is not None:
            loss.append((run.trainer.epoch, standing.loss))
            if standing.accuracy is not None:
                accuracy.append((run.trainer.epoch, standing.accuracy))
        stop = run.stop
        return tasks.RunFacts(
            hidden_nodes=tasks.hidden_nodes(self.doc.network),
            accuracy=tuple((float(e), float(a)) for e, a in accuracy),
            loss=tuple((float(e), float(v)) for e, v in loss),
            diverged=stop is not None and stop.kind is StopKind.DIVERGED,
        )

    def training_stopped(self) -> None:
        """Play stopped by itself (the run's ``stop`` says why): check the tasks again."""
        self._check_tasks()

    def _check_tasks(self) -> None:
        if not self.quiz.tasks or all(t.met for t in self.quiz.tasks):
            return
        facts = self.facts()
        ticked = False
        for state in self.quiz.tasks:
            if not state.met:
                epoch = tasks.met(state.task, facts)
                if epoch is not None:
                    state.met, state.epoch, ticked = True, epoch, True
        if ticked:
            self.changed.emit()


def _same(a: float | None, b: float) -> bool:
    if a is None or not (math.isfinite(a) and math.isfinite(b)):
        return a == b
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-300)


def session_for(doc: NetworkDocument) -> LabSession:
    """The lab session of ``doc``, made (lab mode off) the first time it is asked for."""
    found = doc.findChild(LabSession, "lab_session")
    return found if found is not None else LabSession(doc)
