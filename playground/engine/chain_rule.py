"""The chain rule, written out: ∂E/∂ of one weight or bias as a sum over paths, for one sample.

As the course notes (002) write it for the 2-2-2 network, ∂E/∂w of a parameter is the sum,
over every path from the parameter to the outputs, of a product of local derivatives:

    ∂E/∂w1 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂out_h1 · ∂out_h1/∂net_h1 · ∂net_h1/∂w1
           + ∂E/∂out_o2 · ∂out_o2/∂net_o2 · ∂net_o2/∂out_h1 · ∂out_h1/∂net_h1 · ∂net_h1/∂w1

Every factor comes from the engine's own tables and the pass's own numbers: ∂E/∂out is the
loss's ``d_out``, ∂out/∂net the activation's ``df``, ∂net/∂out the weight the pass used and
∂net/∂w the value that flowed in. A loss paired with its output activation (cross_entropy
with softmax, binary_cross_entropy with sigmoid) gives an output's ∂E/∂net as one factor,
as the engine computes it. Weights are named w1, w2 ... in the notes' order (layer by layer,
each node's incoming edges in turn), biases b_ and their node's name. Pure NumPy: no Qt.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.activations import get_activation
from playground.engine.errors import EngineError
from playground.engine.losses import get_loss
from playground.engine.messages import Message
from playground.engine.network import Network
from playground.engine.optimizers import SGD, Optimizer
from playground.engine.trace import Trace

MAX_PATHS = 4096  # a deep, wide network has more paths than anyone could read
SHOWN_PATHS = 12  # ``to_text`` writes out at most this many paths term by term
PLAIN, FIXED = "sgd", "fixed"  # ``Update.rule``: w⁺ = w − η·∂E/∂w, or the parameter never moves

_PARAM = re.compile(r"layers\[(\d+)\]\.(?:weights\[(\d+)\]\[(\d+)\]|bias\[(\d+)\])")
_PARAM_FORMS = "layers[L].weights[i][j] or layers[L].bias[j]"
_LOSS_FACTORS = {  # the first factor of a path, in words: what each loss's d_out or
    # output_delta computes ({o}: the output's name, {n}: how many outputs)
    "half_sse": "out_{o} − t_{o}",
    "mse": "2/{n}·(out_{o} − t_{o})",
    "cross_entropy": "out_{o} − t_{o}",
    "binary_cross_entropy": "(out_{o} − t_{o}) / {n}",
}


@dataclass(frozen=True)
class Param:
    """One weight or bias, numbered as the network file numbers it:
    ``layers[column].weights[source][target]`` or ``layers[column].bias[target]``. Column 0
    is the input layer, so ``column`` ≥ 1 is ``network.layers[column − 1]`` and the diagram
    column the edge ends in; ``source`` is None for a bias."""

    column: int
    target: int
    source: int | None = None

    @classmethod
    def edge(cls, column: int, source: int, target: int) -> Param:
        """The weight of the edge from node ``source`` of column − 1 to ``target`` of column."""
        return cls(column, target, source)

    @classmethod
    def node(cls, column: int, index: int) -> Param:
        """The bias of node ``index`` of diagram column ``column`` (≥ 1)."""
        return cls(column, index)

    @property
    def is_bias(self) -> bool:
        return self.source is None

    def __str__(self) -> str:
        if self.is_bias:
            return f"layers[{self.column}].bias[{self.target}]"
        return f"layers[{self.column}].weights[{self.source}][{self.target}]"

    @classmethod
    def parse(cls, text: str) -> Param:
        """``layers[L].weights[i][j]`` or ``layers[L].bias[j]``; anything else: ValueError."""
        match = _PARAM.fullmatch(text.strip().replace(" ", ""))
        if match is None:
            raise ValueError(
                Message("expected {forms}, got {text!r}", forms=_PARAM_FORMS, text=text)
            )
        column, source, target, bias = match.groups()
        if bias is not None:
            return cls(int(column), int(bias))
        return cls(int(column), int(target), int(source))

    def problem(self, network: Network) -> str | None:
        """Why this names no parameter of ``network`` (in words), or None when it does."""
        count = len(network.layers)
        if self.column == 0:
            return Message("layers[0] is the input layer: it has no weights or biases")
        if self.column > count:
            return Message(
                "layers[{column}] is out of range: the layers after the input are 1 to {count}",
                column=self.column,
                count=count,
            )
        layer = network.layers[self.column - 1]
        if not self.is_bias and self.source >= layer.n_in:
            return _out_of_range(
                f"weights[{self.source}]", self.column, layer.n_in, Message("inputs")
            )
        if self.target >= layer.units:
            where = "bias" if self.is_bias else f"weights[{self.source}]"
            return _out_of_range(
                f"{where}[{self.target}]", self.column, layer.units, Message("nodes")
            )
        return None

    def value(self, network: Network) -> float:
        layer = network.layers[self.column - 1]
        if self.is_bias:
            return float(layer.bias[self.target])
        return float(layer.weights[self.source, self.target])

    def gradient(self, trace: Trace) -> float:
        """The engine's own ∂E/∂ of this parameter in ``trace`` (the batch mean)."""
        lt = trace.layers[self.column - 1]
        if self.is_bias:
            return float(lt.grad_bias[self.target])
        return float(lt.grad_weights[self.source, self.target])


def _out_of_range(what: str, column: int, size: int, things: str) -> str:
    return Message(
        "{what} is out of range: layers[{column}] has {size} {things} (0 to {highest})",
        what=what,
        column=column,
        size=size,
        things=things,
        highest=size - 1,
    )


def _exists(network: Network, param: Param) -> bool:
    """False for the weight of an absent (masked) edge; True for every other parameter."""
    if param.is_bias:
        return True
    return bool(network.layers[param.column - 1].mask[param.source, param.target])


def parameter_name(network: Network, param: Param) -> str:
    """The notes' name: w1, w2 ... counting every edge position layer by layer, each node's
    incoming edges in turn (the 2-2-2 network's w1 is i1 → h1, w2 i2 → h1, w5 h1 → o1);
    ``b_o1`` for the bias of node o1."""
    if param.is_bias:
        return f"b_{network.node_label(param.column, param.target)}"
    before = sum(layer.weights.size for layer in network.layers[: param.column - 1])
    n_in = network.layers[param.column - 1].n_in
    return f"w{before + param.target * n_in + param.source + 1}"


def parameter_place(network: Network, param: Param) -> str:
    """Where the parameter sits in the diagram: ``edge h1 → o1`` or ``node o1``."""
    target = network.node_label(param.column, param.target)
    if param.is_bias:
        return f"node {target}"
    return f"edge {network.node_label(param.column - 1, param.source)} → {target}"


@dataclass(frozen=True)
class Term:
    """One factor of a path: a local derivative as the notes write it (``∂out_o1/∂net_o1``),
    its value in this pass, and what it is, when that says more (``w5``, ``out_h1``,
    ``sigmoid′(net_o1)``, ``out_o1 − t_o1``)."""

    name: str
    value: float
    meaning: str = ""


@dataclass(frozen=True)
class Path:
    """One way from the parameter to an output: factors from ∂E/∂… at the output down to
    ∂net/∂w at the parameter; its contribution to ∂E/∂w is their product."""

    terms: tuple[Term, ...]

    @property
    def product(self) -> float:
        """The factors multiplied left to right, as the notes multiply them."""
        result = self.terms[0].value
        for term in self.terms[1:]:
            result *= term.value
        return result

    def to_json(self) -> dict:
        terms = [{"name": term.name, "value": term.value} for term in self.terms]
        return {"terms": terms, "product": self.product}


@dataclass(frozen=True)
class Update:
    """One step of the parameter, w → w⁺, at learning rate η. ``rule`` is ``PLAIN`` ("sgd")
    for w⁺ = w − η·∂E/∂w, ``FIXED`` when the parameter never moves (``reason`` says why),
    else the optimizer whose own rule gave ``after`` ("adam", "sgd with momentum")."""

    learning_rate: float
    before: float
    after: float
    rule: str
    reason: str = ""

    @property
    def is_plain(self) -> bool:
        return self.rule == PLAIN

    def to_json(self) -> dict:
        return {"learning_rate": self.learning_rate, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class Explanation:
    """∂E/∂ of one parameter for one sample of a pass, by the chain rule.

    ``name`` is the notes' name (w5, b_o1), ``place`` where it sits (edge h1 → o1),
    ``sample`` the row of the pass, ``symbolic`` the sum of products in the notes' symbols,
    ``paths`` every path's factors, ``gradient`` = Σ of the paths' products, ``update`` the
    optimizer's step from this sample alone (None when not asked), ``notes`` what else a
    reader needs (a one-factor output, an absent edge).
    """

    param: Param
    name: str
    place: str
    sample: int
    symbolic: str
    paths: tuple[Path, ...]
    gradient: float
    update: Update | None = None
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """param, sample, symbolic, paths (terms and product), gradient and update."""
        return {
            "param": str(self.param),
            "sample": self.sample,
            "symbolic": self.symbolic,
            "paths": [path.to_json() for path in self.paths],
            "gradient": self.gradient,
            "update": None if self.update is None else self.update.to_json(),
        }

    def to_text(self, say: Callable[[str], str] = str) -> str:
        """The explanation as the notes write it, numbers to 6 significant digits; ``say``
        puts each ``Message`` in the reader's language (a window's; English by default)."""
        lines = _sum_lines(self, say)
        if self.update is not None:
            lines.append(say(_update_line(self.name, self.gradient, self.update)))
        lines += _where_lines(self.paths, say)
        lines += [say(Message("Note: {note}", note=note)) for note in self.notes]
        return "\n".join(lines)


def explain(
    network: Network,
    trace: Trace,
    param: Param | str,
    *,
    sample: int = 0,
    optimizer: Optimizer | None = None,
) -> Explanation:
    """∂E/∂``param`` for row ``sample`` of ``trace`` as the sum over its paths.

    ``network`` must hold the weights the pass used (before any update) and ``trace`` its
    targets. With an ``optimizer``, ``update`` is what a copy of it (its state included)
    would do to the parameter on a batch of this sample alone. Raises EngineError.
    """
    param = Param.parse(param) if isinstance(param, str) else param
    problem = param.problem(network)
    if problem:
        raise EngineError(problem)
    if trace.targets is None:
        raise EngineError(Message("the pass has no targets: run the backward pass first"))
    if not 0 <= sample < trace.inputs.shape[0]:
        raise EngineError(
            Message(
                "sample {sample} is out of range (0..{last})",
                sample=sample,
                last=trace.inputs.shape[0] - 1,
            )
        )
    name = parameter_name(network, param)
    chain = _Chain(network, trace, sample)
    with np.errstate(all="ignore"):  # a diverged pass's inf and nan are explained as they are
        paths = tuple(Path(tuple(terms)) for terms in chain.paths(param, name))
    symbolic = " + ".join(" · ".join(t.name for t in path.terms) for path in paths) or "0"
    return Explanation(
        param=param,
        name=name,
        place=parameter_place(network, param),
        sample=sample,
        symbolic=f"∂E/∂{name} = {symbolic}",
        paths=paths,
        gradient=sum((path.product for path in paths), 0.0),
        update=None if optimizer is None else _update(network, trace, param, sample, optimizer),
        notes=chain.notes(param, paths),
    )


def path_count(network: Network, column: int, index: int) -> int:
    """How many paths lead from node ``index`` of diagram ``column`` to the outputs."""
    counts = np.ones(network.output_units)
    for layer in reversed(network.layers[column:]):
        counts = layer.mask @ counts
    return int(counts[index])


class _Chain:
    """The local derivatives of one sample of a pass, named with the diagram's node names."""

    def __init__(self, network: Network, trace: Trace, sample: int) -> None:
        rows = slice(sample, sample + 1)  # 2-D rows: what the loss and activation tables take
        self.network = network
        self.outs = [trace.inputs[rows]] + [lt.out[rows] for lt in trace.layers]
        self.nets = [None] + [lt.net[rows] for lt in trace.layers]
        self.targets = trace.targets[rows]
        self.loss = get_loss(network.loss)
        self.last = len(network.layers)

    def label(self, column: int, index: int) -> str:
        return self.network.node_label(column, index)

    def paths(self, param: Param, name: str) -> list[list[Term]]:
        """Each path's factors, from the loss down to ∂net/∂``name``."""
        if not _exists(self.network, param):
            return []  # an absent edge: held at 0, no path
        count = path_count(self.network, param.column, param.target)
        if count > MAX_PATHS:
            raise EngineError(
                Message(
                    "∂E/∂{name} has {count} paths to the outputs (over {limit})",
                    name=name,
                    count=count,
                    limit=MAX_PATHS,
                )
            )
        last = self._input_term(param, name)
        return [tail + [last] for tail in self._tails(param.column, param.target)]

    def _input_term(self, param: Param, name: str) -> Term:
        """∂net/∂w = the value flowing in along the edge (∂net/∂b = 1)."""
        target = f"∂net_{self.label(param.column, param.target)}/∂{name}"
        if param.is_bias:
            return Term(target, 1.0)
        source = self.label(param.column - 1, param.source)
        meaning = source if param.column == 1 else f"out_{source}"
        return Term(target, float(self.outs[param.column - 1][0, param.source]), meaning)

    def _tails(self, column: int, index: int) -> list[list[Term]]:
        """Every chain of factors from the loss down to ∂out/∂net of node ``index``."""
        if column == self.last:
            return [self._output_terms(index)]
        layer = self.network.layers[column]  # the edges leaving ``column``
        own = self._activation_term(column, index)
        tails = []
        for k in np.flatnonzero(layer.mask[index]):
            weight = Term(
                f"∂net_{self.label(column + 1, k)}/∂out_{self.label(column, index)}",
                float(layer.weights[index, k]),
                parameter_name(self.network, Param.edge(column + 1, index, int(k))),
            )
            tails += [tail + [weight, own] for tail in self._tails(column + 1, int(k))]
        return tails

    def _output_terms(self, index: int) -> list[Term]:
        """∂E/∂out · ∂out/∂net of an output, or a paired loss's ∂E/∂net as one factor."""
        node, out, loss = self.label(self.last, index), self.outs[-1], self.loss
        meaning = _LOSS_FACTORS.get(loss.name, "").format(o=node, n=out.shape[1])
        if loss.output_delta is not None:
            value = float(loss.output_delta(out, self.targets)[0, index])
            return [Term(f"∂E/∂net_{node}", value, meaning)]
        value = float(loss.d_out(out, self.targets)[0, index])
        return [Term(f"∂E/∂out_{node}", value, meaning), self._activation_term(self.last, index)]

    def _activation_term(self, column: int, index: int) -> Term:
        """∂out/∂net = f′(net), from the activation's own ``df``."""
        node, activation = self.label(column, index), self.network.layers[column - 1].activation
        value = get_activation(activation).df(self.nets[column], self.outs[column])[0, index]
        return Term(f"∂out_{node}/∂net_{node}", float(value), f"{activation}′(net_{node})")

    def notes(self, param: Param, paths: tuple[Path, ...]) -> tuple[str, ...]:
        notes = []
        loss, output = self.loss, self.network.layers[-1].activation
        if loss.output_delta is not None and paths:
            notes.append(
                Message(
                    "{loss} with a {output} output: the engine computes each output's "
                    "∂E/∂net directly, so a path starts with that one factor instead of "
                    "∂E/∂out · ∂out/∂net (the {output}'s own derivative cancels into it).",
                    loss=loss.name,
                    output=output,
                )
            )
        if not paths:
            node = self.label(param.column, param.target)
            cut = Message("{node} has no edge on to the outputs", node=node)
            absent = Message("the edge is absent (held at 0)")
            why = cut if _exists(self.network, param) else absent
            notes.append(Message("{why}: no path reaches the loss, so the gradient is 0.", why=why))
        return tuple(notes)


def _update(
    network: Network, trace: Trace, param: Param, sample: int, optimizer: Optimizer
) -> Update:
    """What a copy of ``optimizer`` does to ``param`` on a batch of row ``sample`` alone."""
    before = param.value(network)
    layer = network.layers[param.column - 1]
    if param.is_bias and not layer.train_bias:
        reason = Message("this layer's biases do not learn (train_bias false)")
        return Update(optimizer.learning_rate, before, before, FIXED, reason)
    if not _exists(network, param):
        reason = Message("an absent edge stays 0")
        return Update(optimizer.learning_rate, before, before, FIXED, reason)
    rows = slice(sample, sample + 1)
    stepped, step = network.copy(), copy.deepcopy(optimizer)
    with np.errstate(all="ignore"):
        one = stepped.backward(stepped.forward(trace.inputs[rows]), trace.targets[rows])
        step.update(stepped, one)
    rule = step.name
    if isinstance(step, SGD):
        rule = PLAIN if step.momentum == 0.0 else "sgd with momentum"
    return Update(step.learning_rate, before, param.value(stepped), rule)


# --- text ------------------------------------------------------------------------------------


def figure(value: float) -> str:
    """A number to 6 significant digits (0.593270, 0.0821670), or fewer when that is exact
    (0.4, 0.05, 1)."""
    short = f"{value:.6g}"
    return short if float(short) == value else f"{value:#.6g}"


def _factor(value: float, first: bool) -> str:
    """A number in a product or a sum: negative ones after the first in parentheses."""
    text = figure(value)
    return text if first or value >= 0 or text.startswith("nan") else f"({text})"


def _sum_lines(e: Explanation, say: Callable[[str], str] = str) -> list[str]:
    """∂E/∂w = symbols = numbers = result: one line for one path, a column for several."""
    head = f"∂E/∂{e.name}"
    if not e.paths:
        return [f"{head} = 0"]
    shown = e.paths[:SHOWN_PATHS]
    symbols = [" · ".join(t.name for t in p.terms) for p in shown]
    numbers = [_numbers(path, first=n == 0) for n, path in enumerate(shown)]
    if len(e.paths) == 1:
        return [f"{head} = {symbols[0]} = {numbers[0]} = {figure(e.gradient)}"]
    more = len(e.paths) - len(shown)
    if more:
        symbols.append(say(Message("… ({more} more paths)", more=more)))
        numbers.append(say(Message("… ({more} more paths)", more=more)))
    products = " + ".join(_factor(p.product, i == 0) for i, p in enumerate(shown))
    pad = " " * len(head)
    lines = [f"{head} = {symbols[0]}"] + [f"{pad} + {s}" for s in symbols[1:]]
    lines += [f"{pad} = {numbers[0]}"] + [f"{pad} + {n}" for n in numbers[1:]]
    rest = say(Message(" + … ({more} more)", more=more)) if more else ""
    lines.append(f"{pad} = {products}{rest}")
    lines.append(f"{pad} = {figure(e.gradient)}")
    return lines


def _numbers(path: Path, *, first: bool) -> str:
    """A path's factors as numbers; after a ``+`` a negative first factor is in parentheses."""
    return " · ".join(_factor(t.value, first and i == 0) for i, t in enumerate(path.terms))


def _update_line(name: str, gradient: float, update: Update) -> str:
    """w5⁺ = w5 − η·∂E/∂w5 = 0.4 − 0.5 · 0.0821670 = 0.358916, or what else moved it."""
    after = f"{name}⁺"
    if update.rule == FIXED:
        return Message(
            "{after} = {name} = {value}: {reason}",
            after=after,
            name=name,
            value=figure(update.before),
            reason=update.reason,
        )
    if update.is_plain:
        step = (
            f"{figure(update.before)} − {figure(update.learning_rate)} · {_factor(gradient, False)}"
        )
        return f"{after} = {name} − η·∂E/∂{name} = {step} = {figure(update.after)}"
    return Message(
        "{after} = {value} from {name} = {before}: the step {rule} takes from its current "
        "state (η = {rate}), not the plain step {name} − η·∂E/∂{name}",
        after=after,
        value=figure(update.after),
        name=name,
        before=figure(update.before),
        rule=update.rule,
        rate=figure(update.learning_rate),
    )


def _where_lines(paths: tuple[Path, ...], say: Callable[[str], str] = str) -> list[str]:
    """Each factor once, with what it is: ∂net_o1/∂out_h1 = w5 = 0.4."""
    seen: dict[str, Term] = {}
    for path in paths[:SHOWN_PATHS]:
        for term in path.terms:
            seen.setdefault(term.name, term)
    if not seen:
        return []
    width = max(len(name) for name in seen)
    lines = ["", say(Message("where"))]
    for name, term in seen.items():
        meaning = f"{term.meaning} = " if term.meaning else ""
        lines.append(f"  {name:<{width}} = {meaning}{figure(term.value)}")
    return lines
