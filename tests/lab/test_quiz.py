"""The quiz model, its score and report, and worksheet conditions, without Qt."""

from __future__ import annotations

from playground.io.lesson import Ask, QuizAsk, QuizPhase, QuizTask, TaskKind
from playground.lab.formulas import Target
from playground.lab.grading import Factor, Formula, Slip, Verdict, single
from playground.lab.quiz import Quiz
from playground.lab.tasks import RunFacts, met

NET = QuizAsk(Ask.NET, node="h1")
GRAD = QuizAsk(Ask.GRAD, edge=("h1", "o1"), phase=QuizPhase.BACKWARD)
W5 = Formula("∂E/∂w5", ((Factor("∂E/∂out_o1", 0.741365), Factor("∂out_o1/∂net_o1", 0.186816),
                         Factor("∂net_o1/∂w5", 0.593270)),))  # fmt: skip


class Clock:
    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0)


def test_right_after_a_hint_revealed_and_the_report():
    quiz = Quiz((NET, GRAD, QuizTask(TaskKind.DIVERGES)), lesson_id="classic-2-2-2",
                clock=Clock(0.0, 4.5, 10.0, 30.0, 31.0, 40.0))  # fmt: skip
    net, grad = quiz.questions
    quiz.open(net)  # 0.0
    assert quiz.submit(net, 0.3775, single("net_h1", 0.3775))  # 4.5
    assert net.verdict is Verdict.RIGHT and net.seconds == 4.5
    quiz.open(grad)  # 10.0
    assert not quiz.submit(grad, 0.0411, W5)  # a wrong try reads no clock
    assert grad.hint.slip is Slip.HALVED and grad.hint.factor.name == "∂E/∂out_o1"
    assert quiz.submit(grad, 0.08217, W5)  # 30.0
    assert grad.verdict is Verdict.RIGHT_AFTER_HINT and grad.seconds == 20.0
    free = quiz.free_question(Target(Ask.LOSS))
    quiz.reveal(free, single("E", 0.298))  # opened 31.0, closed 40.0
    score = quiz.score()
    assert (score.right, score.right_after_hint, score.revealed, score.questions) == (1, 1, 1, 3)
    report = quiz.report()
    assert report["lesson"] == "classic-2-2-2" and report["score"]["questions"] == 3
    assert report["questions"][1] == {
        "ask": "grad", "target": ["h1", "o1"], "typed": 0.08217, "true": W5.value,
        "verdict": "right_after_hint", "seconds": 20.0,
    }  # fmt: skip
    revealed = report["questions"][2]
    assert (revealed["target"], revealed["typed"], revealed["seconds"]) == (None, None, 9.0)
    assert report["tasks"] == [{"task": "diverges", "met": False, "epoch": None}]


def test_worksheet_conditions_on_a_run():
    xor = QuizTask(TaskKind.ACCURACY_AT_LEAST, value=1.0, within_epochs=2000, hidden_nodes=2)
    curve = ((1000.0, 0.75), (1375.0, 1.0), (2400.0, 1.0))
    assert met(xor, RunFacts(hidden_nodes=2, accuracy=curve)) == 1375
    assert met(xor, RunFacts(hidden_nodes=3, accuracy=curve)) is None  # too many nodes
    late = ((1000.0, 0.75), (2400.0, 1.0))
    assert met(xor, RunFacts(hidden_nodes=2, accuracy=late)) is None  # not within 2,000
    loss = QuizTask(TaskKind.LOSS_BELOW, value=0.05)
    assert met(loss, RunFacts(hidden_nodes=2, loss=((1.0, 0.3), (900.0, 0.049)))) == 900
    diverges = QuizTask(TaskKind.DIVERGES)
    assert met(diverges, RunFacts(hidden_nodes=2)) is None
    assert met(diverges, RunFacts(hidden_nodes=2, diverged=True)) == 0
