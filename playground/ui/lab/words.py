"""The words lab mode shows: a hint, a verdict, a score, a task, a question's state.

Each function takes the object that decides (a ``Hint``, a ``Verdict`` …) and returns its
words in the window's language, looked up in context ``LabPanel`` (the panel that shows
them; lupdate files every ``translate("LabPanel", …)`` below under it), so every sentence is
translatable and no code branches on them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from playground.engine.chain_rule import figure
from playground.io.lesson import QuizPhase, QuizTask, TaskKind
from playground.lab.grading import Hint, Slip, Verdict
from playground.lab.quiz import Score

translate = QCoreApplication.translate


def hint_text(*, symbol: str, typed: float, hint: Hint, answer: float | None = None) -> str:
    """``your ∂E/∂w5 = 0.0415: you used ½·∂E/∂out_o1, expected ∂E/∂out_o1 = 0.741365``.

    The expected value of the factor is left out when it is the ``answer`` itself (a value
    of one factor, such as out_h1 = sigmoid(net_h1)): the hint must not give it away."""
    head = translate("LabPanel", "your {symbol} = {typed}").format(
        symbol=symbol, typed=figure(typed)
    )
    factor = hint.factor
    if factor is None or hint.slip is Slip.DIFFERS:
        return translate(
            "LabPanel", "{head}: it differs from the true value by more than the tolerance"
        ).format(head=head)
    name, value = factor.name, figure(factor.value)
    meaning = f" = {factor.meaning}" if factor.meaning else ""
    expected = translate("LabPanel", "expected {name}{meaning} = {value}").format(
        name=name, meaning=meaning, value=value
    )
    if hint.slip is Slip.SIGN:
        said = translate("LabPanel", "the sign is turned over: check {name}").format(name=name)
    elif hint.slip is Slip.HALVED:
        said = translate("LabPanel", "you used ½·{name}").format(name=name)
    elif hint.slip is Slip.DOUBLED:
        said = translate("LabPanel", "you used 2·{name}").format(name=name)
    elif hint.slip is Slip.FACTOR_LEFT_OUT:
        said = translate("LabPanel", "you left out the factor {name}").format(name=name)
    elif hint.slip is Slip.TERM_LEFT_OUT:
        product = " · ".join(f.name for f in hint.term)
        said = translate("LabPanel", "you left out the term {product}").format(product=product)
    elif hint.slip is Slip.SWAPPED:
        said = translate("LabPanel", "you used {other} = {used} for {name}").format(
            other=hint.used_name, used=figure(hint.used), name=name
        )
    else:  # Slip.FACTOR
        said = translate("LabPanel", "your number needs {name} = {used}").format(
            name=name, used=figure(hint.used)
        )
    if answer is not None and abs(factor.value - answer) <= 1e-12 * max(1.0, abs(answer)):
        return f"{head}: {said}"
    return f"{head}: {said}, {expected}"


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.RIGHT: translate("LabPanel", "right first time"),
        Verdict.RIGHT_AFTER_HINT: translate("LabPanel", "right after a hint"),
        Verdict.REVEALED: translate("LabPanel", "revealed"),
    }[verdict]


def verdict_mark(verdict: Verdict | None) -> str:
    return {None: "?", Verdict.RIGHT: "✓", Verdict.RIGHT_AFTER_HINT: "✓·", Verdict.REVEALED: "👁"}[
        verdict
    ]


def score_text(score: Score) -> str:
    return translate(
        "LabPanel",
        "Score: {right} right first time · {hint} after a hint · {revealed} revealed "
        "(of {questions})",
    ).format(
        right=score.right,
        hint=score.right_after_hint,
        revealed=score.revealed,
        questions=score.questions,
    )


def phase_text(phase: QuizPhase) -> str:
    """What to press before a question waiting for ``phase``."""
    return {
        QuizPhase.FORWARD: translate("LabPanel", "Press Forward (F) for the next question."),
        QuizPhase.BACKWARD: translate("LabPanel", "Press Backward (B) for the next question."),
        QuizPhase.UPDATE: translate("LabPanel", "Press Update (U) for the next question."),
    }[phase]


def task_text(task: QuizTask, language: str) -> str:
    """The lesson's own words for a task, else the app's."""
    own = task.text.get(language) or task.text.get("en")
    if own:
        return own
    limits = []
    if task.within_epochs is not None:
        limits.append(
            translate("LabPanel", "within {n} epochs").format(n=f"{task.within_epochs:,}")
        )
    if task.hidden_nodes is not None:
        limits.append(
            translate("LabPanel", "with at most {n} hidden nodes").format(n=task.hidden_nodes)
        )
    tail = (" " + ", ".join(limits)) if limits else ""
    if task.kind is TaskKind.ACCURACY_AT_LEAST:
        return (
            translate("LabPanel", "Reach {value} % accuracy").format(value=f"{task.value * 100:g}")
            + tail
        )
    if task.kind is TaskKind.LOSS_BELOW:
        return (
            translate("LabPanel", "Bring the loss E below {value}").format(value=f"{task.value:g}")
            + tail
        )
    return translate("LabPanel", "Find a learning rate at which training diverges")
