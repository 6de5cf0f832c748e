"""The edits a learner can make, each built as one undo command after checking it can be done.

Every function returns either a command to push on ``doc.undo_stack`` or an ``EditRefused``
saying in plain words why the edit is refused (the open document is then left exactly as
it was). Each command names its ``EditKind``: what it does to the training run.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtGui import QUndoCommand

from playground.document import structure
from playground.document.changes import EditKind
from playground.document.commands import EditCommand, SetLabelCommand
from playground.document.network_document import NetworkDocument
from playground.engine import EngineError, Network, initial_weights, parameter_problem
from playground.engine.losses import (
    PAIRED_LOSSES,
    compatibility_problem,
    get_loss,
    targets_problem,
)
from playground.engine.messages import Message, message_of
from playground.io.validation import plural


@dataclass(frozen=True)
class EditRefused:
    """Why an edit cannot be made, for the learner to read."""

    message: str

    def __str__(self) -> str:
        return self.message


Outcome = QUndoCommand | EditRefused


def parse_number(text: str) -> float | EditRefused:
    """A typed value as a finite float, or why it is refused."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return EditRefused(Message("'{text}' is not a number", text=text.strip()))
    if not math.isfinite(value):
        return EditRefused(Message("{text} is not a finite number", text=text.strip()))
    return value


def _edge_name(doc: NetworkDocument, column: int, source: int, target: int) -> str:
    return f"{doc.label(column - 1, source)}→{doc.label(column, target)}"


def set_weight(doc: NetworkDocument, column: int, source: int, target: int, text: str) -> Outcome:
    """Type a weight (a parameter edit: training goes on from the new value)."""
    value = parse_number(text)
    if isinstance(value, EditRefused):
        return value
    if not doc.network.layers[column - 1].mask[source, target]:
        return EditRefused(Message("that edge is not connected"))
    return EditCommand(
        doc,
        Message(
            "Set weight {edge} to {value:.6g}",
            edge=_edge_name(doc, column, source, target),
            value=value,
        ),
        EditKind.PARAMETER,
        lambda d: d.set_weight(column, source, target, value),
    )


def set_label(doc: NetworkDocument, column: int, index: int, text: str) -> Outcome:
    name = text.strip()
    if not name:
        return EditRefused(Message("a node needs a label; type at least one character"))
    return SetLabelCommand(doc, column, index, name)


def set_bias(doc: NetworkDocument, column: int, index: int, text: str) -> Outcome:
    """Type a bias (a parameter edit)."""
    value = parse_number(text)
    if isinstance(value, EditRefused):
        return value
    return EditCommand(
        doc,
        Message("Set bias of {node} to {value:.6g}", node=doc.label(column, index), value=value),
        EditKind.PARAMETER,
        lambda d: d.set_bias(column, index, value),
    )


Positions = dict[tuple[int, int], tuple[float, float]]


def _network_edit(
    doc: NetworkDocument,
    text: str,
    edit: Callable[[Network], Network],
    positions: Callable[[Positions], Positions] | None = None,
) -> Outcome:
    """A new-run edit replacing the network by ``edit(network)``; ``positions`` maps the
    saved node positions onto the new shape (nodes without one get the default layout)."""
    problem = doc.problem_with(edit)
    if problem:
        return EditRefused(problem)

    def change(d: NetworkDocument) -> None:
        d.file.network = edit(d.network)
        if positions is not None:
            d.positions = positions(d.positions)

    return EditCommand(doc, text, EditKind.NEW_RUN, change)


def _columns_before(column: int) -> Callable[[Positions], Positions]:
    """Keep the positions of columns left of ``column``; the rest are laid out afresh."""
    return lambda saved: {(c, i): p for (c, i), p in saved.items() if c < column}


def _without_node_position(column: int, index: int) -> Callable[[Positions], Positions]:
    """Drop node ``index`` of ``column``; the nodes below it move up one index."""

    def remap(saved: Positions) -> Positions:
        kept = {}
        for (c, i), p in saved.items():
            if c != column or i < index:
                kept[(c, i)] = p
            elif i > index:
                kept[(c, i - 1)] = p
        return kept

    return remap


def _rng(doc: NetworkDocument) -> np.random.Generator:
    return np.random.default_rng(doc.undo_stack.index() + 1)


def add_hidden_layer(doc: NetworkDocument, column: int) -> Outcome:
    units = doc.network.layer_sizes[column - 1] if column > 1 else 2
    activation = doc.network.layers[0].activation if len(doc.network.layers) > 1 else "sigmoid"
    return _network_edit(
        doc,
        Message("Add hidden layer"),
        lambda net: structure.with_hidden_layer(
            net, column, units=max(units, 1), activation=activation, rng=_rng(doc)
        ),
        _columns_before(column),
    )


def remove_hidden_layer(doc: NetworkDocument, column: int) -> Outcome:
    return _network_edit(
        doc,
        Message("Remove hidden layer"),
        lambda net: structure.without_hidden_layer(net, column, rng=_rng(doc)),
        _columns_before(column),
    )


def add_node(doc: NetworkDocument, column: int) -> Outcome:
    return _network_edit(
        doc, Message("Add node"), lambda net: structure.with_node(net, column, rng=_rng(doc))
    )


def remove_node(doc: NetworkDocument, column: int, index: int) -> Outcome:
    return _network_edit(
        doc,
        Message("Remove node {node}", node=doc.label(column, index)),
        lambda net: structure.without_node(net, column, index, rng=_rng(doc)),
        _without_node_position(column, index),
    )


def set_edge_connected(
    doc: NetworkDocument, column: int, source: int, target: int, connected: bool
) -> Outcome:
    def edit(net: Network) -> Network:
        copy = net.copy()
        layer = copy.layers[column - 1]
        mask = layer.mask.copy()
        mask[source, target] = 1.0 if connected else 0.0
        layer.set_mask(mask)
        return copy

    edge = _edge_name(doc, column, source, target)
    text = (
        Message("Connect {edge}", edge=edge)
        if connected
        else Message("Disconnect {edge}", edge=edge)
    )
    return _network_edit(doc, text, edit)


def set_activation(doc: NetworkDocument, column: int, name: str) -> Outcome:
    def edit(net: Network) -> Network:
        copy = net.copy()
        copy.layers[column - 1].activation = name
        copy.validate()
        return copy

    return _network_edit(
        doc, Message("Set activation of layer {column} to {name}", column=column, name=name), edit
    )


def randomise_weights(doc: NetworkDocument, initializer: str, seed: int) -> Outcome:
    """Draw every weight afresh with ``initializer`` and ``seed``; biases become 0."""

    def edit(net: Network) -> Network:
        copy = net.copy()
        rng = np.random.default_rng(seed)
        drawn_before = 0  # numpy_legacy draws one stream for all layers, as the notes do
        for layer in copy.layers:
            legacy = {"seed": seed, "skip": drawn_before} if initializer == "numpy_legacy" else {}
            drawn = initial_weights(
                initializer, n_in=layer.n_in, n_out=layer.units, rng=rng, **legacy
            )
            drawn_before += layer.weights.size
            layer.weights[...] = drawn * layer.mask
            layer.bias[...] = 0.0
        return copy

    return _network_edit(
        doc,
        Message(
            "Randomise weights ({initializer}, seed {seed})", initializer=initializer, seed=seed
        ),
        edit,
    )


def reset_to_initial(doc: NetworkDocument) -> Outcome:
    """Back to the weights the file or lesson opened with, in a new run at epoch 0
    (settings and layout stay)."""
    initial = doc.initial
    if initial.layer_sizes != doc.network.layer_sizes:
        return EditRefused(
            Message("the network's shape changed since it was opened; undo those edits first")
        )

    def edit(net: Network) -> Network:
        copy = net.copy()
        for layer, first in zip(copy.layers, initial.layers, strict=True):
            layer.weights[...] = first.weights * layer.mask
            layer.bias[...] = first.bias
        return copy

    return _network_edit(doc, Message("Reset to initial weights"), edit)


def restart_training(doc: NetworkDocument) -> Outcome:
    """A new run from the weights as they are: epoch 0, no optimizer moments, no records."""
    return EditCommand(doc, Message("Start a new run"), EditKind.NEW_RUN, lambda d: None)


def set_loss(doc: NetworkDocument, loss: str) -> Outcome:
    problem = compatibility_problem(loss, doc.network.layers[-1].activation)
    if problem:
        return EditRefused(problem)

    def edit(net: Network) -> Network:
        copy = net.copy()
        copy.loss = loss
        return copy

    return _network_edit(doc, Message("Set loss to {loss}", loss=loss), edit)


def output_pair(doc: NetworkDocument, *, activation: str | None = None, loss: str | None = None):
    """When choosing ``activation`` for the output layer (or ``loss``) alone would be refused
    because the other no longer fits, the (activation, loss) pair that goes together, or
    None: softmax goes with cross_entropy (two or more outputs, one-hot targets), sigmoid
    with binary_cross_entropy (targets from 0 to 1), anything else with mse."""
    current_activation = doc.network.layers[-1].activation
    activation = activation or current_activation
    loss = loss or doc.network.loss
    if compatibility_problem(loss, activation) is None:
        return None
    if activation != current_activation:  # the activation was chosen: find its loss
        loss = PAIRED_LOSSES.get(activation, "mse")
    else:  # the loss was chosen: find its activation
        activation = get_loss(loss).paired_activation or "sigmoid"
    if compatibility_problem(loss, activation) or not _targets_fit(doc, activation):
        return None
    return activation, loss


def _targets_fit(doc: NetworkDocument, activation: str) -> bool:
    loss = PAIRED_LOSSES.get(activation, "mse")
    return targets_problem(loss, activation, doc.dataset.targets) is None


def set_output_pair(doc: NetworkDocument, activation: str, loss: str) -> Outcome:
    """Change the output activation and the loss together, as one edit (a new run)."""

    def edit(net: Network) -> Network:
        copy = net.copy()
        copy.layers[-1].activation = activation
        copy.loss = loss
        copy.validate()
        return copy

    return _network_edit(
        doc,
        Message(
            "Set output to {activation} with the {loss} loss", activation=activation, loss=loss
        ),
        edit,
    )


def set_reduction(doc: NetworkDocument, reduction: str) -> Outcome:
    """The batch loss as the mean of the samples' losses (Keras) or their sum (the notes'
    NumPy loops): a new run, as the loss itself is another."""

    def edit(net: Network) -> Network:
        copy = net.copy()
        copy.reduction = reduction
        copy.validate()
        return copy

    return _network_edit(
        doc, Message("Set the loss reduction to {reduction}", reduction=reduction), edit
    )


def _settings_edit(doc: NetworkDocument, text: str, change) -> Outcome:
    """An edit of the optimizer or training settings, applied to the running trainer."""
    return EditCommand(doc, text, EditKind.SETTINGS, change)


def set_train_bias(doc: NetworkDocument, column: int, train: bool) -> Outcome:
    def change(d: NetworkDocument) -> None:
        d.network.layers[column - 1].train_bias = train

    text = (
        Message("Train biases of layer {column}", column=column)
        if train
        else Message("Fix biases of layer {column}", column=column)
    )
    return _settings_edit(doc, text, change)


def set_optimizer(doc: NetworkDocument, config: dict) -> Outcome:
    """Switch optimizer or change its parameters: ``{"name": "adam", "learning_rate": 0.01}``."""
    problem = doc.trainer_problem(optimizer=config)
    if problem:
        return EditRefused(problem)

    def change(d: NetworkDocument) -> None:
        d.file.optimizer = dict(config)

    return _settings_edit(doc, Message("Set optimizer to {name}", name=config["name"]), change)


def set_training(
    doc: NetworkDocument, *, batch_size: int | None, shuffle: bool, seed: int
) -> Outcome:
    if batch_size is not None and batch_size < 1:
        return EditRefused(Message("the batch size must be at least 1 (or the whole data set)"))

    def change(d: NetworkDocument) -> None:
        d.file.training = replace(
            d.file.training, batch_size=batch_size, shuffle=shuffle, seed=seed
        )

    return _settings_edit(doc, Message("Change training settings"), change)


def set_epochs(doc: NetworkDocument, epochs: int) -> Outcome:
    if epochs < 1:
        return EditRefused(Message("train for at least one epoch"))

    def change(d: NetworkDocument) -> None:
        d.epochs = epochs

    return _settings_edit(doc, Message("Set epochs to {epochs}", epochs=epochs), change)


def set_target_loss(doc: NetworkDocument, text: str) -> Outcome:
    """Stop Play once an epoch's loss is at or below the typed value; empty: no target."""
    value = None
    if text.strip():
        value = parse_number(text)
        if isinstance(value, EditRefused):
            return value
        if value < 0:
            return EditRefused(Message("a loss is never negative"))

    def change(d: NetworkDocument) -> None:
        d.target_loss = value

    text = (
        Message("Set target loss to none")
        if value is None
        else Message("Set target loss to {value:.6g}", value=value)
    )
    return _settings_edit(doc, text, change)


def continue_from_viewed(doc: NetworkDocument) -> Outcome:
    """Go on from the record being viewed: the later records are dropped (undo brings
    them back). Pushed before a step or Play from the past."""
    run = doc.run
    if run.viewing is None:
        return EditRefused(Message("no earlier record is being viewed"))
    record = run.records[run.viewing]
    later = len(run.records) - run.viewing - 1
    text = Message(
        "Continue from epoch {epoch} (discard {later} later records)",
        epoch=record.epoch,
        later=later,
    )
    return EditCommand(doc, text, EditKind.BRANCH, lambda d: None)


# -- added for the controls dock ---------------------------------------------------------


def set_data(doc: NetworkDocument, source) -> Outcome:
    """Train on ``source`` in a new run: a ``playground.io.DataSource``, for example
    ``DataSource.builtin("circle", noise=0.1)``. Refused when it cannot be loaded or its
    samples do not fit the input and output layers. Any separate test data is dropped."""
    try:
        dataset = source.load(doc.file.base_dir)
    except (EngineError, OSError, ValueError) as error:
        return EditRefused(message_of(error))
    name = source.name or source.path or "inline"
    for count, units, noun, layer in (
        (dataset.n_inputs, doc.network.input_units, "input", Message("input")),
        (dataset.n_outputs, doc.network.output_units, "target", Message("output")),
    ):
        if count != units:
            return EditRefused(
                Message(
                    "the {name} data has {count} per sample; the {layer} layer has {units}",
                    name=name,
                    count=_counted(count, noun),
                    layer=layer,
                    units=_counted(units, "node"),
                )
            )

    problem = doc.trainer_problem(dataset=dataset)
    if problem:
        return EditRefused(problem)

    def change(d: NetworkDocument) -> None:
        d.file.data = source
        d.file.test_data = None

    return EditCommand(doc, Message("Use the {name} data", name=name), EditKind.NEW_RUN, change)


_counted = plural  # "1 row", "2 rows"
_WORDS = {  # the words that name a part of the samples in a refusal, translatable
    "training": Message("training"),
    "test": Message("test"),
    "inputs": Message("inputs"),
    "targets": Message("targets"),
    "input": Message("input"),
    "target": Message("target"),
    "output": Message("output"),
}


def choose_optimizer(doc: NetworkDocument, name: str) -> Outcome:
    """Switch to optimizer ``name`` with its default parameters (Keras' defaults)."""
    from playground.engine import optimizer_parameters
    from playground.engine.optimizers import check_perceptron

    if name == doc.file.optimizer.get("name"):
        return EditRefused(Message("the optimizer is {name} already", name=name))
    try:
        config = {"name": name, **optimizer_parameters(name)}
        if name == "perceptron":
            check_perceptron(doc.network)
    except EngineError as error:
        return EditRefused(message_of(error))
    return set_optimizer(doc, config)


def set_optimizer_parameter(doc: NetworkDocument, key: str, value: str | bool) -> Outcome:
    """Change one parameter of the current optimizer: typed text for a number, or a bool."""
    name = str(doc.file.optimizer["name"])
    if not isinstance(value, bool):
        value = parse_number(value)
        if isinstance(value, EditRefused):
            return value
        problem = parameter_problem(name, key, value)
        if problem:
            return EditRefused(problem)
    outcome = set_optimizer(doc, {**doc.file.optimizer, key: value})
    if isinstance(outcome, QUndoCommand):
        shown = value if isinstance(value, bool) else f"{value:.6g}"
        outcome.set_message(Message("Set {key} to {value}", key=key.replace("_", " "), value=shown))
    return outcome


# -- added for the data table ------------------------------------------------------------


def set_samples(
    doc: NetworkDocument, *, inputs, targets, test_inputs=None, test_targets=None
) -> Outcome:
    """Train on these samples, kept in the file itself (inline data), in a new run.

    Each argument is a table with one row per sample: ``inputs`` as wide as the input layer,
    ``targets`` as the output layer; ``test_inputs`` and ``test_targets`` the held-out test
    samples (None, or no rows: no test data). Whatever the data was (a built-in, a file), it
    becomes inline samples; undo brings the old source back. Refused, in plain words, when a
    value is not a finite number, no training sample is left or a width does not fit."""
    from playground.io import DataSource

    def table(values, which: str, what: str, units: int, layer: str):
        """``values`` as a float array (rows × units), or why it is refused."""
        try:
            rows = np.array(values, dtype=np.float64, ndmin=2)
        except (TypeError, ValueError):
            return EditRefused(
                Message(
                    "the {which} {what} are not a table of numbers",
                    which=_WORDS[which],
                    what=_WORDS[what],
                )
            )
        if rows.ndim != 2:
            return EditRefused(
                Message(
                    "the {which} {what} are not a table of numbers",
                    which=_WORDS[which],
                    what=_WORDS[what],
                )
            )
        if rows.size == 0:
            return np.empty((0, units))
        noun = "input" if what == "inputs" else "target"
        if rows.shape[1] != units:
            return EditRefused(
                Message(
                    "the {which} data has {count} per sample; the {layer} layer has {units}",
                    which=_WORDS[which],
                    count=_counted(rows.shape[1], noun),
                    layer=_WORDS[layer],
                    units=_counted(units, "node"),
                )
            )
        if not np.isfinite(rows).all():
            row, column = np.argwhere(~np.isfinite(rows))[0]
            return EditRefused(
                Message(
                    "{which} sample {row} has {noun} {column} = {value}; "
                    "every value must be a finite number",
                    which=_WORDS[which],
                    row=row + 1,
                    noun=_WORDS[noun],
                    column=column + 1,
                    value=rows[row, column],
                )
            )
        return rows

    if (test_inputs is None) != (test_targets is None):
        return EditRefused(Message("test samples need both their inputs and their targets"))
    sets = {"training": (inputs, targets)}
    if test_inputs is not None:
        sets["test"] = (test_inputs, test_targets)
    sources = {}
    for which, (x, y) in sets.items():
        x = table(x, which, "inputs", doc.network.input_units, "input")
        y = table(y, which, "targets", doc.network.output_units, "output")
        for checked in (x, y):
            if isinstance(checked, EditRefused):
                return checked
        if len(x) != len(y):
            return EditRefused(
                Message(
                    "the {which} data has {inputs} of inputs but {targets} of targets",
                    which=_WORDS[which],
                    inputs=_counted(len(x), "row"),
                    targets=_counted(len(y), "row"),
                )
            )
        if len(x):
            sources[which] = DataSource.inline(x, y)
    if "training" not in sources:
        return EditRefused(Message("the network needs at least one training sample; keep one row"))
    data, test_data = sources["training"], sources.get("test")
    try:
        dataset = data.load()
        if test_data is not None:
            test = test_data.load()
            dataset = replace(dataset, test_inputs=test.inputs, test_targets=test.targets)
    except (EngineError, ValueError) as error:
        return EditRefused(message_of(error))
    problem = doc.trainer_problem(dataset=dataset)
    if problem:
        return EditRefused(problem)

    def change(d: NetworkDocument) -> None:
        d.file.data = data
        d.file.test_data = test_data

    n = len(data.inputs)
    return EditCommand(
        doc,
        Message("Edit the samples ({rows})", rows=_counted(n, "training row")),
        EditKind.NEW_RUN,
        change,
    )
