"""Grading a hand computation, without Qt: the tolerance, and the slip each wrong number of
the classic 2-2-2 example (notes 002) is explained by. True values are the notes' own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from playground import io
from playground.io.lesson import Ask
from playground.lab.formulas import PassView, Target, candidates, formula
from playground.lab.grading import Factor, Formula, Slip, hint, is_right, parse_number
from playground.lessons import find_lesson

# The notes' numbers for the classic example, before and after one update.
NET_H1, OUT_H1, OUT_O1, E_TOTAL = 0.3775, 0.593269992, 0.75136507, 0.298371109
DE_DW5, DE_DOUT_O1, DE_DW1, W5_AFTER = 0.082167041, 0.74136507, 0.000438568, 0.35891648


@pytest.fixture(scope="module")
def classic():
    """Views of the classic example after Forward, after Backward and after Update (each
    on its own copy: a view reads the network and pass it is given)."""
    views = {}
    for phase, steps in (("forward", 1), ("backward", 2), ("update", 3)):
        pf = io.load(find_lesson("classic-2-2-2"))
        trainer = pf.make_trainer()
        for step in (trainer.forward, trainer.backward, trainer.update)[:steps]:
            step()
        views[phase] = PassView(
            pf.network, trainer.trace, trainer.phase, trainer.weights_before_update, 0.5, 0
        )
    return views


def test_right_within_the_relative_tolerance():
    assert is_right(0.082, DE_DW5, 1e-2) and not is_right(0.082, DE_DW5, 1e-3)
    assert is_right(0.08217, DE_DW5) and not is_right(0.0823, DE_DW5)  # default 1e-3
    assert is_right(-12.0, -12.0) and not is_right(12.0, -12.0)
    assert is_right(0.0005, 0.0) and not is_right(0.002, 0.0)
    assert not is_right(float("nan"), 1.0)


def test_typed_numbers_are_read_as_a_learner_writes_them():
    assert parse_number(" 0,5932 ") == 0.5932 and parse_number("−1.2e-3") == -1.2e-3
    assert parse_number("abc") is None and parse_number("inf") is None


def test_the_true_values_are_the_notes(classic):
    def value(phase, target):
        return formula(target, classic[phase]).value

    assert value("forward", Target(Ask.NET, "h1")) == pytest.approx(NET_H1, abs=1e-15)
    assert value("forward", Target(Ask.OUT, "h1")) == pytest.approx(OUT_H1, abs=5e-10)
    assert value("forward", Target(Ask.OUT, "o1")) == pytest.approx(OUT_O1, abs=5e-9)
    assert value("forward", Target(Ask.LOSS)) == pytest.approx(E_TOTAL, abs=5e-10)
    assert value("backward", Target(Ask.GRAD, edge=("h1", "o1"))) == pytest.approx(
        DE_DW5, abs=5e-10
    )
    assert value("update", Target(Ask.GRAD, edge=("i1", "h1"))) == pytest.approx(
        DE_DW1, abs=5e-10
    )  # after the update: with the weights the pass used
    assert value("update", Target(Ask.WEIGHT_AFTER_UPDATE, edge=("h1", "o1"))) == pytest.approx(
        W5_AFTER, abs=5e-9
    )


def test_the_formulas_are_the_notes_products(classic):
    w5 = formula(Target(Ask.GRAD, edge=("h1", "o1")), classic["backward"])
    assert w5.symbol == "∂E/∂w5"
    assert [f.name for f in w5.terms[0]] == ["∂E/∂out_o1", "∂out_o1/∂net_o1", "∂net_o1/∂w5"]
    net = formula(Target(Ask.NET, "h1"), classic["forward"])
    assert [[f.name for f in term] for term in net.terms] == [["w1", "i1"], ["w2", "i2"], ["b_h1"]]
    after = formula(Target(Ask.WEIGHT_AFTER_UPDATE, edge=("h1", "o1")), classic["update"])
    assert after.symbol == "w5⁺" and [[f.name for f in t] for t in after.terms] == [
        ["w5"], ["−η", "∂E/∂w5"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "slip", "factor", "used_name"),
    [
        (0.0415, Slip.HALVED, "∂E/∂out_o1", ""),  # ½·(out − t): the notes' E has the ½
        (0.1643, Slip.DOUBLED, "∂E/∂out_o1", ""),
        (-DE_DW5, Slip.SIGN, "∂E/∂out_o1", ""),  # t − out for out − t
        (DE_DOUT_O1 * OUT_H1, Slip.FACTOR_LEFT_OUT, "∂out_o1/∂net_o1", ""),
        (DE_DOUT_O1 * 0.186815602 * 0.596884378, Slip.SWAPPED, "∂net_o1/∂w5", "out_h2"),
        (0.05, Slip.FACTOR, "∂E/∂out_o1", ""),  # nothing known: the first factor to check
    ],
)
def test_a_wrong_grad_names_the_factor_that_differs(classic, typed, slip, factor, used_name):
    view = classic["backward"]
    found = hint(typed, formula(Target(Ask.GRAD, edge=("h1", "o1")), view),
                 candidates=candidates(view))  # fmt: skip
    assert (found.slip, found.factor.name, found.used_name) == (slip, factor, used_name)
    if slip is Slip.HALVED:
        assert found.factor.value == pytest.approx(DE_DOUT_O1, abs=5e-9)


def test_a_hidden_weight_sums_two_paths_and_a_left_out_path_is_named(classic):
    view = classic["backward"]
    w1 = formula(Target(Ask.GRAD, edge=("i1", "h1")), view)
    assert len(w1.terms) == 2
    through_o1 = w1.terms[0]
    product = 1.0
    for factor in through_o1:
        product *= factor.value
    found = hint(product, w1, candidates=candidates(view))
    assert found.slip is Slip.TERM_LEFT_OUT and found.term[0].name == "∂E/∂out_o2"


def test_other_slips_on_net_out_loss_and_the_update(classic):
    forward, update = classic["forward"], classic["update"]
    net = formula(Target(Ask.NET, "h1"), forward)
    assert hint(0.0275, net).slip is Slip.TERM_LEFT_OUT  # the bias left out
    out = formula(Target(Ask.OUT, "h1"), forward)
    found = hint(NET_H1, out, candidates=candidates(forward))
    assert (found.slip, found.used_name) == (Slip.SWAPPED, "net_h1")
    loss = formula(Target(Ask.LOSS), forward)
    forgot = hint(2 * E_TOTAL, loss)
    assert (forgot.slip, forgot.factor.name) == (Slip.FACTOR_LEFT_OUT, "½")
    after = formula(Target(Ask.WEIGHT_AFTER_UPDATE, edge=("h1", "o1")), update)
    found = hint(0.4 + 0.5 * DE_DW5, after, candidates=candidates(update))
    assert (found.slip, found.factor.name, found.used_name) == (Slip.SWAPPED, "−η", "η")


def test_a_number_nothing_explains_differs():
    zero = Formula("E", ((Factor("a", 0.0), Factor("b", 0.0)),))
    assert hint(3.0, zero).slip is Slip.DIFFERS


def test_grading_and_the_quiz_need_no_qt():
    code = (
        "import sys, playground.lab.grading, playground.lab.quiz, playground.lab.tasks;"
        "assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_one_neuron_by_hand():
    """Notes 000: y = 3·2 + 1 = 7, E = (y − t)² = 9, ∂E/∂w = 2(y − t)·x = −12."""
    pf = io.load(find_lesson("keras-one-neuron"))
    trainer = pf.make_trainer()
    trainer.forward()
    trainer.backward()
    view = PassView(pf.network, trainer.trace, trainer.phase, None, 0.01, 0)
    assert formula(Target(Ask.OUT, "y"), view).value == 7.0
    loss = formula(Target(Ask.LOSS), view)
    assert loss.value == 9.0
    found = hint(3.0, loss, candidates=candidates(view))  # the square forgotten
    assert (found.slip, found.used_name) == (Slip.SWAPPED, "t_y − out_y")
    grad = formula(Target(Ask.GRAD, edge=("x", "y")), view)
    assert grad.value == -12.0
    found = hint(-6.0, grad, candidates=candidates(view))  # x left out
    assert (found.slip, found.factor.name, found.factor.meaning) == (
        Slip.FACTOR_LEFT_OUT, "∂net_y/∂w1", "x",
    )  # fmt: skip
