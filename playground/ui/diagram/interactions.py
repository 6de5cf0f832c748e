"""What the diagram's gestures do to the document, each as undo commands from ``edits``.

Every edit returns a command (pushed here) or a message refusing it (sent to
``doc.notice``, which the main window shows in its status bar, and returned so callers
and tests can see it). Nothing here touches graphics items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from playground.document import edits
from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.values import format_full
from playground.ui.diagram.edge_item import EdgeKey

Outcome = edits.Outcome


def apply(doc: NetworkDocument, outcome: Outcome) -> str | None:
    """Push ``outcome`` if it is a command; otherwise announce the refusal and return it."""
    if isinstance(outcome, edits.EditRefused):
        doc.notice.emit(str(outcome))
        return str(outcome)
    doc.undo_stack.push(outcome)
    return None


@dataclass(frozen=True)
class EditTarget:
    """One value the inline editor can change: its current text and how to submit a new one."""

    what: str
    text: str
    submit: Callable[[str], Outcome]


def weight_target(doc: NetworkDocument, key: EdgeKey) -> EditTarget:
    column, source, target = key
    weight = doc.network.layers[column - 1].weights[source, target]
    return EditTarget(
        "weight",
        format_full(weight),
        lambda text: edits.set_weight(doc, column, source, target, text),
    )


def bias_target(doc: NetworkDocument, ref: NodeRef) -> EditTarget:
    column, index = ref
    bias = doc.network.layers[column - 1].bias[index]
    return EditTarget(
        "bias", format_full(bias), lambda text: edits.set_bias(doc, column, index, text)
    )


def label_target(doc: NetworkDocument, ref: NodeRef) -> EditTarget:
    return EditTarget("label", doc.label(*ref), lambda text: edits.set_label(doc, *ref, text))


def remove_nodes(doc: NetworkDocument, refs: Iterable[NodeRef]) -> list[str]:
    """Remove nodes, last index first so the others keep theirs; one undo step for all.

    Each removal is checked against the network as the previous ones left it; the
    messages of those refused are returned (and announced)."""
    refs = sorted(set(refs), reverse=True)
    return _as_one_step(
        doc,
        f"Remove {len(refs)} nodes",
        [lambda ref=ref: edits.remove_node(doc, *ref) for ref in refs],
    )


def disconnect_edges(doc: NetworkDocument, keys: Iterable[EdgeKey]) -> list[str]:
    keys = sorted(set(keys))
    return _as_one_step(
        doc,
        f"Disconnect {len(keys)} edges",
        [lambda key=key: edits.set_edge_connected(doc, *key, connected=False) for key in keys],
    )


def _as_one_step(doc: NetworkDocument, text: str, makers: list[Callable[[], Outcome]]) -> list[str]:
    """Run each maker and push its command; several pushes become one macro."""
    refused, started = [], False
    for make in makers:
        outcome = make()
        if isinstance(outcome, edits.EditRefused):
            refused.append(apply(doc, outcome))
            continue
        if not started and len(makers) > 1:
            doc.undo_stack.beginMacro(text)
            started = True
        doc.undo_stack.push(outcome)
    if started:
        doc.undo_stack.endMacro()
    return refused


def hidden_layer_column(column_xs: list[float], x: float) -> int:
    """The column a new hidden layer takes when added at ``x``: between input and output."""
    between = sum(1 for cx in column_xs if cx < x)
    return min(max(between, 1), len(column_xs) - 1)
