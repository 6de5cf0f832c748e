"""A copy of everything an edit can change, so that any edit can be undone by restoring it."""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from playground.document.changes import Change
from playground.document.training_run import RunState, TrainingRun
from playground.engine import Network


@dataclass(frozen=True)
class Snapshot:
    """The document's state: network, settings, data source, node positions, and the
    training run (the run object itself, and its state at that moment)."""

    network: Network
    optimizer: dict
    training: object
    data: object
    test_data: object
    positions: dict
    epochs: int
    target_loss: float | None
    sample: int | None
    run: TrainingRun
    run_state: RunState
    earlier_runs: tuple

    @classmethod
    def take(cls, doc) -> Snapshot:
        f = doc.file
        return cls(
            network=doc.network.copy(),
            optimizer=copy.deepcopy(f.optimizer),
            training=copy.deepcopy(f.training),
            data=f.data,  # data sources are replaced by edits, never changed: shared
            test_data=f.test_data,
            positions=dict(doc.positions),
            epochs=doc.epochs,
            target_loss=doc.target_loss,
            sample=doc.sample,
            run=doc.run,
            run_state=doc.run.snapshot(),
            earlier_runs=doc.earlier_runs,
        )

    def differences(self, other: Snapshot) -> Change:
        """What differs between two states, beyond weights and the run's records."""
        change = Change.NONE
        a, b = self.network, other.network
        if a.layer_sizes != b.layer_sizes or any(
            not np.array_equal(x.mask, y.mask) for x, y in zip(a.layers, b.layers, strict=True)
        ):
            change |= Change.STRUCTURE
        if _names(a) != _names(b):
            change |= Change.LABELS
        if (
            self.optimizer != other.optimizer
            or self.training != other.training
            or self.epochs != other.epochs
            or self.target_loss != other.target_loss
            or _train_biases(a) != _train_biases(b)
            or a.loss != b.loss
            or a.reduction != b.reduction
            or not same_source(self.data, other.data)
            or not same_source(self.test_data, other.test_data)
        ):
            change |= Change.SETTINGS
        if self.positions != other.positions:
            change |= Change.POSITIONS
        if self.sample != other.sample:
            change |= Change.SAMPLE
        if self.run is not other.run:
            change |= Change.RUN
        if self.earlier_runs is not other.earlier_runs:
            change |= Change.RECORDS
        return change


def _names(network: Network) -> tuple:
    return (
        network.input_labels,
        tuple((layer.labels and tuple(layer.labels), layer.activation) for layer in network.layers),
        network.loss,
    )


def _train_biases(network: Network) -> tuple[bool, ...]:
    return tuple(layer.train_bias for layer in network.layers)


def same_source(a, b) -> bool:
    """Whether two data sources (or None) name the same data: the same object, mostly;
    inline samples are compared as arrays."""
    if a is b:
        return True
    if a is None or b is None or a.kind != b.kind:
        return False
    if a.kind == "inline":  # compare the arrays themselves: no JSON of 60,000 rows
        return all(
            x.shape == y.shape and np.array_equal(x, y)
            for x, y in ((a.inputs, b.inputs), (a.targets, b.targets))
        )
    return a.to_json() == b.to_json()
