"""Grading a hand computation: right within a relative tolerance, and where it is wrong,
the first factor of the chain rule that differs.

A value is graded against its ``Formula``: a sum of products of named factors, as the course
notes write it (∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5; net_h1 = w1·i1 + w2·i2
+ b1). A wrong number is explained by the slip that reproduces it best: a sign turned over,
a factor 2 or ½ too many, a factor or a whole term left out, one factor swapped for another
value of the pass (out_h2 for out_h1), else the first factor whose value would make the
product match. Decisions are ``Slip`` values; the words are the window's. Pure: no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from playground.io.lesson import DEFAULT_QUIZ_TOLERANCE

SLIP_TOLERANCE = 0.02  # relative: a slip explains a number rounded to 2 or 3 digits
SWAP_TOLERANCE = 2e-3  # tighter: a pass has many values, one of them is near by chance


class Verdict(Enum):
    """How a question ended: right at the first try, right after a wrong try and its
    hint, or revealed by the learner (given up)."""

    RIGHT = "right"
    RIGHT_AFTER_HINT = "right_after_hint"
    REVEALED = "revealed"


class Slip(Enum):
    """Which mistake reproduces a wrong number (``Hint.factor`` says where)."""

    SIGN = "sign"  # the sign of the factor turned over (t − out for out − t)
    HALVED = "halved"  # ½ · the factor
    DOUBLED = "doubled"  # 2 · the factor
    FACTOR_LEFT_OUT = "factor_left_out"  # the factor missing from every product it is in
    TERM_LEFT_OUT = "term_left_out"  # one product (a path, a summand) missing from the sum
    SWAPPED = "swapped"  # another value of the pass (``used_name``) in the factor's place
    FACTOR = "factor"  # no slip known: the first factor whose value would make it match
    DIFFERS = "differs"  # not even that: the number differs


@dataclass(frozen=True)
class Factor:
    """One factor of a product: its name as the notes write it (``∂E/∂out_o1``), its value
    in this pass, and what it is when that says more (``out_o1 − t_o1``)."""

    name: str
    value: float
    meaning: str = ""


@dataclass(frozen=True)
class Formula:
    """A value as a sum of products of factors: ``symbol`` = Σ Π ``terms``."""

    symbol: str
    terms: tuple[tuple[Factor, ...], ...]

    @property
    def value(self) -> float:
        return sum((_product(term) for term in self.terms), 0.0)

    def factors(self) -> list[Factor]:
        """Every factor once (by name), in the order the notes meet them."""
        seen: dict[str, Factor] = {}
        for term in self.terms:
            for factor in term:
                seen.setdefault(factor.name, factor)
        return list(seen.values())

    def with_factor(self, name: str, value: float) -> float:
        """The formula's value with factor ``name`` taking ``value`` wherever it appears."""
        return sum(
            (_product(tuple(Factor(f.name, value) if f.name == name else f for f in term))
             for term in self.terms),
            0.0,
        )  # fmt: skip


def single(symbol: str, value: float) -> Formula:
    """A value that is its own only factor (no chain rule to show)."""
    return Formula(symbol, ((Factor(symbol, value),),))


@dataclass(frozen=True)
class Hint:
    """Why a typed number is wrong: the ``slip``, the ``factor`` it concerns (with its true
    value), the value the typed number implies for it (``used``), and for ``SWAPPED`` the
    name of the value used instead; ``term`` is the product left out (``TERM_LEFT_OUT``)."""

    slip: Slip
    factor: Factor | None = None
    used: float | None = None
    used_name: str = ""
    term: tuple[Factor, ...] = ()


def is_right(typed: float, true: float, tolerance: float = DEFAULT_QUIZ_TOLERANCE) -> bool:
    """Whether ``typed`` equals ``true`` within the relative ``tolerance`` (a true 0 wants
    |typed| ≤ tolerance)."""
    if not (math.isfinite(typed) and math.isfinite(true)):
        return typed == true
    if true == 0.0:
        return abs(typed) <= tolerance
    return abs(typed - true) <= tolerance * abs(true)


def parse_number(text: str) -> float | None:
    """A typed number (``0.0415``, ``-12``, ``4.1e-2``, a comma as the decimal point, a
    Unicode minus); None when it is none."""
    cleaned = text.strip().replace("−", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def hint(typed: float, formula: Formula, *, candidates: dict[str, float] | None = None) -> Hint:
    """The slip that best explains ``typed`` (the learner's number) for ``formula``.

    ``candidates`` are other values of the pass by name (η, out_h2, w6, t_o1 …, the likelier
    first): a factor swapped for one of them is named. The common slips (a sign, a factor
    2 or ½, a factor or term left out) within ``SLIP_TOLERANCE`` come first, the closest
    winning; then a swapped value within ``SWAP_TOLERANCE``; then the first factor whose
    value would make the formula match.
    """
    for slips, tolerance in (
        (_slips(formula), SLIP_TOLERANCE),
        (_swaps(formula, candidates or {}), SWAP_TOLERANCE),
    ):
        found = [
            (_relative(typed, value), order, found_hint)
            for order, (value, found_hint) in enumerate(slips)
        ]
        found = [item for item in found if item[0] <= tolerance]
        if found:
            return min(found, key=lambda item: (item[0], item[1]))[2]
    return _first_matching_factor(typed, formula)


def _slips(formula: Formula):
    """(the value a common slip would give, its hint) for every one that applies; on a tie
    the earlier wins (a factor 2 left out reads better than "½ · the first factor")."""
    true = formula.value
    factors = formula.factors()
    for factor in factors if len(factors) > 1 else ():
        if factor.value not in (0.0, 1.0):
            yield formula.with_factor(factor.name, 1.0), Hint(Slip.FACTOR_LEFT_OUT, factor)
    if len(formula.terms) > 1:
        for term in formula.terms:
            yield true - _product(term), Hint(Slip.TERM_LEFT_OUT, term[0], term=term)
    first = factors[0] if factors else None
    if first is not None and true != 0.0:
        yield -true, Hint(Slip.SIGN, first, -first.value)
        yield true / 2.0, Hint(Slip.HALVED, first, first.value / 2.0)
        yield 2.0 * true, Hint(Slip.DOUBLED, first, 2.0 * first.value)


def _swaps(formula: Formula, candidates: dict[str, float]):
    """(the value with one factor swapped for a candidate, its hint)."""
    for factor in formula.factors():
        for name, value in candidates.items():
            if name in (factor.name, factor.meaning) or _relative(value, factor.value) < 1e-12:
                continue
            if value in (0.0, 1.0):
                continue
            swapped = formula.with_factor(factor.name, value)
            yield swapped, Hint(Slip.SWAPPED, factor, value, name)


def _first_matching_factor(typed: float, formula: Formula) -> Hint:
    """The first factor that, given another value, makes the formula equal ``typed``."""
    for factor in formula.factors():
        at_zero = formula.with_factor(factor.name, 0.0)
        slope = formula.with_factor(factor.name, 1.0) - at_zero
        if slope != 0.0 and math.isfinite(slope):
            needed = (typed - at_zero) / slope
            if math.isfinite(needed):
                return Hint(Slip.FACTOR, factor, needed)
    return Hint(Slip.DIFFERS)


def _product(term: tuple[Factor, ...]) -> float:
    result = 1.0
    for factor in term:
        result *= factor.value
    return result


def _relative(a: float, b: float) -> float:
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0.0 else abs(a - b) / scale
