"""What the diagram's gestures do to the document, each as undo commands from ``edits``.

Every edit returns a command (pushed here) or a message refusing it (sent to
``doc.notice``, which the main window shows in its status bar, and returned so callers
and tests can see it). Nothing here touches graphics items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from playground.document import edits
from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.values import format_full
from playground.ui.diagram.edge_item import EdgeKey
from playground.ui.translate import message_text

Outcome = edits.Outcome


def apply(doc: NetworkDocument, outcome: Outcome) -> str | None:
    """Push ``outcome`` if it is a command; otherwise announce the refusal and return it."""
    if isinstance(outcome, edits.EditRefused):
        why = message_text(outcome.message)
        doc.notice.emit(why)
        return why
    doc.undo_stack.push(outcome)
    return None


@dataclass(frozen=True)
class EditTarget:
    """One value the inline editor can change: what it is (in the window's language), its
    current text and how to submit a new one."""

    what: str
    text: str
    submit: Callable[[str], Outcome]


def weight_target(doc: NetworkDocument, key: EdgeKey) -> EditTarget:
    column, source, target = key
    weight = doc.network.layers[column - 1].weights[source, target]
    return EditTarget(
        QCoreApplication.translate("interactions", "weight"),
        format_full(weight),
        lambda text: edits.set_weight(doc, column, source, target, text),
    )


def bias_target(doc: NetworkDocument, ref: NodeRef) -> EditTarget:
    column, index = ref
    bias = doc.network.layers[column - 1].bias[index]
    return EditTarget(
        QCoreApplication.translate("interactions", "bias"),
        format_full(bias),
        lambda text: edits.set_bias(doc, column, index, text),
    )


def label_target(doc: NetworkDocument, ref: NodeRef) -> EditTarget:
    return EditTarget(
        QCoreApplication.translate("interactions", "label"),
        doc.label(*ref),
        lambda text: edits.set_label(doc, *ref, text),
    )


def remove_nodes(doc: NetworkDocument, refs: Iterable[NodeRef]) -> list[str]:
    """Remove nodes, last index first so the others keep theirs; one undo step for all.

    Each removal is checked against the network as the previous ones left it; the
    messages of those refused are returned (and announced)."""
    refs = sorted(set(refs), reverse=True)
    return _as_one_step(
        doc,
        QCoreApplication.translate("interactions", "Remove {count} nodes").format(count=len(refs)),
        [lambda ref=ref: edits.remove_node(doc, *ref) for ref in refs],
    )


def disconnect_edges(doc: NetworkDocument, keys: Iterable[EdgeKey]) -> list[str]:
    keys = sorted(set(keys))
    return _as_one_step(
        doc,
        QCoreApplication.translate("interactions", "Disconnect {count} edges").format(
            count=len(keys)
        ),
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
