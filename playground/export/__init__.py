"""Export a network as a self-contained Python script: NumPy, Keras or PyTorch.

>>> from playground.io import load
>>> from playground.export import script_for
>>> source = script_for(load("resources/examples/xor.json"), target="numpy", epochs=100)

The script rebuilds the network with its current weights, masks and biases, its data, loss,
optimizer and training settings, trains for ``epochs`` epochs and prints, as its last line,
``{"loss": L, "weights": [...], "biases": [...]}``. The NumPy script gives the numbers of
``playground-cli train --json`` to the last bit; Keras and PyTorch to about 1e-6.
"""

from __future__ import annotations

from playground.export.keras_script import keras_script
from playground.export.numpy_script import numpy_script
from playground.export.pytorch_script import pytorch_script
from playground.export.spec import ExportError, default_epochs, read_spec
from playground.io import PlaygroundFile

_WRITERS = {"numpy": numpy_script, "keras": keras_script, "pytorch": pytorch_script}
TARGETS: tuple[str, ...] = tuple(_WRITERS)
"""The libraries a network exports to, as ``--to`` names them."""

__all__ = ["TARGETS", "ExportError", "default_epochs", "script_for"]


def script_for(pf: PlaygroundFile, *, target: str, epochs: int | None = None) -> str:
    """The source of a script that rebuilds and trains ``pf``'s network with ``target``
    (one of :data:`TARGETS`) for ``epochs`` epochs (None: the lesson's, else 1). Raises
    ``ValueError`` for an unknown target and :class:`ExportError` for data too big to write."""
    if target not in _WRITERS:
        raise ValueError(f"unknown export target {target!r} (known: {', '.join(TARGETS)})")
    if epochs is not None and epochs < 0:
        raise ValueError(f"epochs must be 0 or more, got {epochs}")
    return _WRITERS[target](read_spec(pf, epochs=epochs))
