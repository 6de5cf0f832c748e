"""Output activation and loss chosen together: softmax with cross-entropy, and the like.

Choosing softmax for the output while the loss is mse is refused on its own (the pair
cannot train); this asks whether to change the loss too, and makes both one undoable edit.
The same from the loss's side, and for sigmoid with binary cross-entropy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.document import NetworkDocument, edits


def with_pair(
    parent: QWidget,
    doc: NetworkDocument,
    outcome: edits.Outcome,
    *,
    activation: str | None = None,
    loss: str | None = None,
) -> edits.Outcome:
    """``outcome`` itself, unless it was refused only because the output activation and the
    loss must change together and the learner agrees to change both: then that edit."""
    if not isinstance(outcome, edits.EditRefused):
        return outcome
    pair = edits.output_pair(doc, activation=activation, loss=loss)
    if pair is None:
        return outcome
    new_activation, new_loss = pair
    if activation is not None:
        title = QCoreApplication.translate("pairing", "Change the loss too?")
        text = QCoreApplication.translate(
            "pairing",
            "A {activation} output layer trains with the {loss} loss, not {current}. Change "
            "the output to {activation} and the loss to {loss}, as one step (Ctrl+Z undoes both)?",
        ).format(activation=new_activation, loss=new_loss, current=doc.network.loss)
    else:
        title = QCoreApplication.translate("pairing", "Change the output activation too?")
        text = QCoreApplication.translate(
            "pairing",
            "The {loss} loss needs a {activation} output layer, not {current}. Change both, "
            "as one step (Ctrl+Z undoes both)?",
        ).format(
            activation=new_activation, loss=new_loss, current=doc.network.layers[-1].activation
        )
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        return edits.set_output_pair(doc, new_activation, new_loss)
    return outcome
