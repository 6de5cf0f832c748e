"""What one pass computed: every node's net, out and delta, and every parameter's gradient."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(slots=True)
class LayerTrace:
    """Every per-node value of one non-input layer in one pass; rows are samples.

    ``net`` is the node's total input Σ w·x + b, ``out`` its output f(net), ``delta`` is
    ∂E_s/∂net for each sample's own loss E_s (the course notes' y1E, h1E ...), and
    ``grad_weights``/``grad_bias`` are ∂E/∂w and ∂E/∂b of the batch loss E (mean over samples).
    """

    net: np.ndarray
    out: np.ndarray
    delta: np.ndarray | None = None
    grad_weights: np.ndarray | None = None
    grad_bias: np.ndarray | None = None


@dataclass(slots=True)
class Trace:
    """One forward pass (and, once ``backward`` ran, its gradients) over a batch of samples."""

    inputs: np.ndarray
    layers: list[LayerTrace]
    targets: np.ndarray | None = None
    sample_losses: np.ndarray | None = None
    extra: dict = field(default_factory=dict)  # "rows": which training samples, in order
    reduction: str = "mean"  # how the batch loss E gathers the samples' losses: mean or sum

    @property
    def outputs(self) -> np.ndarray:
        return self.layers[-1].out

    @property
    def has_gradients(self) -> bool:
        return self.layers[-1].grad_weights is not None

    @property
    def loss(self) -> float | None:
        """The batch loss E: the mean (or, with reduction "sum", the sum) of the per-sample
        losses; None until a pass knew the targets (``Trainer.forward`` or ``backward``)."""
        if self.sample_losses is None:
            return None
        if self.reduction == "sum":
            return float(self.sample_losses.sum())
        return float(self.sample_losses.mean())

    def layer_inputs(self, index: int) -> np.ndarray:
        """The values flowing into layer ``index``: the inputs or the previous layer's out."""
        return self.inputs if index == 0 else self.layers[index - 1].out
