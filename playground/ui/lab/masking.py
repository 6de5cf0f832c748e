"""What the docks show in place of a value lab mode hides, so that none gives it away.

The inspector's rows, the chain-rule panel's text, the data table's predictions and the
status bar's loss each ask here; every rule reads the document's ``LabSession``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from playground.document import NetworkDocument
from playground.io.lesson import Ask
from playground.lab.formulas import Target, symbol
from playground.lab.session import session_for
from playground.ui.selection import EdgeSelection, NodeSelection, Selected

HIDDEN = "?"
ROW_ASKS = {  # an inspector row: the asks whose hiding hides it too
    "net": (Ask.NET,),
    "out": (Ask.OUT,),
    "delta": (Ask.DELTA,),
    "grad_bias": (Ask.DELTA,),  # ∂E/∂b of one sample is its δ
    "grad": (Ask.GRAD,),
    "weight": (Ask.WEIGHT_AFTER_UPDATE,),  # after an update: the updated weight
    "after_update": (Ask.WEIGHT_AFTER_UPDATE,),
    "change": (Ask.GRAD, Ask.WEIGHT_AFTER_UPDATE),  # −η·∂E/∂w gives either away
}


def hidden_asks(doc: NetworkDocument, item: Selected) -> frozenset[Ask]:
    """The asks lab mode hides on the selected node or edge now."""
    lab = session_for(doc)
    if not lab.enabled or item is None:
        return frozenset()
    if isinstance(item, NodeSelection):
        if item.column == 0:
            return frozenset()
        return frozenset(t.ask for t in lab.hidden_on_node(doc.label(item.column, item.index)))
    if isinstance(item, EdgeSelection):
        edge = (doc.label(item.column - 1, item.source), doc.label(item.column, item.target))
        return frozenset(t.ask for t in lab.hidden_on_edge(edge))
    return frozenset()


def hide_rows(doc: NetworkDocument, item: Selected, rows: list) -> list:
    """The inspector's rows with ``?`` for every value lab mode hides (``rows``: ``Row``s
    with ``key`` and ``value``)."""
    hidden = hidden_asks(doc, item)
    if not hidden:
        return rows
    updated = doc.phase.name == "UPDATED"
    shown = []
    for row in rows:
        asks = ROW_ASKS.get(row.key, ())
        if row.key == "weight" and not updated:
            asks = ()
        shown.append(replace(row, value=HIDDEN) if hidden.intersection(asks) else row)
    return shown


def hides_loss(doc: NetworkDocument) -> bool:
    """Whether the loss E of the last pass is hidden now."""
    lab = session_for(doc)
    return lab.enabled and lab.hides(Target(Ask.LOSS))


def masks_predictions(doc: NetworkDocument) -> bool:
    """Whether the data table's predictions and the status bar's loss give a hidden value
    away: in lab mode, while the loss or an output's out is still to be computed (in free
    lab mode, always: any of them may be asked)."""
    lab = session_for(doc)
    if not lab.enabled:
        return False
    if not lab.quiz.listed:
        return True
    last = len(doc.network.layers)
    outputs = set(doc.labels_of(last))
    return any(not q.done and _gives_output(q.target, outputs) for q in lab.quiz.questions)


def _gives_output(target: Target, outputs: set[str]) -> bool:
    """Whether the asked value is the loss or an output's out (a prediction shows both)."""
    return target.ask is Ask.LOSS or (target.ask is Ask.OUT and target.node in outputs)


def status_loss_text(doc: NetworkDocument, text: str) -> str:
    """The status bar's loss text, or ``loss E = ?`` while lab mode hides it."""
    if not masks_predictions(doc):
        return text
    return QCoreApplication.translate("LabMode", "loss E = ? (lab mode)")


def math_block(doc: NetworkDocument, item: Selected) -> str | None:
    """Why the chain-rule panel shows no working for ``item`` now (it would give a hidden
    value away), or None when it may."""
    hidden = hidden_asks(doc, item) & {Ask.GRAD, Ask.DELTA, Ask.WEIGHT_AFTER_UPDATE}
    lab = session_for(doc)
    if not hidden and not (lab.enabled and _pending_chain(lab)):
        return None
    waiting = [
        symbol(q.target, doc.network)
        for q in lab.quiz.questions
        if not q.done and q.target.ask in (Ask.GRAD, Ask.DELTA, Ask.WEIGHT_AFTER_UPDATE)
    ]
    names = ", ".join(waiting[:4]) or ", ".join(sorted(a.value for a in hidden))
    return QCoreApplication.translate(
        "LabMode",
        "Lab mode: work out {names} by hand first. The chain rule is written out here "
        "once you have answered (or revealed) it in the lesson pane.",
    ).format(names=names)


def _pending_chain(lab) -> bool:
    """A listed ∂E/∂w, δ or w⁺ the pass holds and the learner has not answered."""
    return any(
        not q.done and q.target.ask in (Ask.GRAD, Ask.DELTA, Ask.WEIGHT_AFTER_UPDATE)
        and lab.hides(q.target)
        for q in lab.quiz.questions
    )  # fmt: skip
