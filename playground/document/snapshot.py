"""A copy of everything an edit can change, so that any edit can be undone by restoring it."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from playground.engine import Network


@dataclass(frozen=True)
class Snapshot:
    """The editable state of a document: network, settings, data source and node positions."""

    network: Network
    optimizer: dict
    training: object
    data: object
    test_data: object
    positions: dict
    epochs: int

    @classmethod
    def take(cls, doc) -> Snapshot:
        f = doc.file
        return cls(
            network=doc.network.copy(),
            optimizer=copy.deepcopy(f.optimizer),
            training=copy.deepcopy(f.training),
            data=copy.deepcopy(f.data),
            test_data=copy.deepcopy(f.test_data),
            positions=dict(doc.positions),
            epochs=doc.epochs,
        )
