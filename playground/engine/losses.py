"""Loss functions, each beside its derivative, in one table keyed by name.

Every loss is a per-sample value averaged over the samples of a batch. Two squared-error
conventions appear in the course notes and both are here, computed exactly:
``half_sse`` is the hand-written E = Σ ½(t − y)² over the outputs, and ``mse`` is Keras'
mean over the outputs of (t − y)². Same minimum, gradients differ by 2/n_outputs.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.messages import Message

_HALF, _ONE = np.array(0.5), np.array(1.0)  # 0-d: NumPy's fast path, same float64 arithmetic
_sum_rows = np.add.reduce  # what .sum computes, without its Python wrapper


@dataclass(frozen=True)
class Loss:
    """A loss: per-sample ``value(net, out, target)`` and per-sample ``∂E/∂out``.

    ``paired_activation`` names the only output activation the loss accepts; for such a
    pair ``output_delta(out, target)`` gives ``∂E/∂net`` of the output layer directly.
    """

    name: str
    value: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    d_out: Callable[[np.ndarray, np.ndarray], np.ndarray] | None
    formula: str
    paired_activation: str | None = None
    output_delta: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None


def _row_sums(values: np.ndarray) -> np.ndarray:
    """``values.sum(axis=1)``; with one column, that column (a sum of one number is itself)."""
    return values[:, 0] if values.shape[1] == 1 else _sum_rows(values, axis=1)


def _row_means(values: np.ndarray) -> np.ndarray:
    """``values.mean(axis=1)``, computed as it does: each row's sum divided by the count."""
    return values[:, 0] if values.shape[1] == 1 else _row_sums(values) / float(values.shape[1])


def _half_sse(net: np.ndarray, out: np.ndarray, target: np.ndarray) -> np.ndarray:
    diff = target - out
    return _HALF * _row_sums(diff * diff)


def _half_sse_d_out(out: np.ndarray, target: np.ndarray) -> np.ndarray:
    return out - target


def _mse(net: np.ndarray, out: np.ndarray, target: np.ndarray) -> np.ndarray:
    diff = target - out
    return _row_means(diff * diff)


def _mse_d_out(out: np.ndarray, target: np.ndarray) -> np.ndarray:
    return (out - target) * (2.0 / out.shape[1])


def _cross_entropy(net: np.ndarray, out: np.ndarray, target: np.ndarray) -> np.ndarray:
    # −Σ t·log(softmax(net)) from the logits, so a saturated output gives a large finite
    # loss rather than log(0).
    shifted = net - np.maximum.reduce(net, axis=1, keepdims=True)
    log_out = shifted - np.log(_sum_rows(np.exp(shifted), axis=1, keepdims=True))
    return -_sum_rows(target * log_out, axis=1)


def _softmax_delta(out: np.ndarray, target: np.ndarray) -> np.ndarray:
    return out - target


def _binary_cross_entropy(net: np.ndarray, out: np.ndarray, target: np.ndarray) -> np.ndarray:
    # −[t·log y + (1−t)·log(1−y)] with y = sigmoid(net), from the logits:
    # log y = −softplus(−net), log(1 − y) = −softplus(net).
    per_output = target * np.logaddexp(0.0, -net) + (_ONE - target) * np.logaddexp(0.0, net)
    return _row_means(per_output)


def _sigmoid_bce_delta(out: np.ndarray, target: np.ndarray) -> np.ndarray:
    return (out - target) * (1.0 / out.shape[1])


LOSSES: dict[str, Loss] = {
    loss.name: loss
    for loss in (
        Loss("half_sse", _half_sse, _half_sse_d_out, "E = Σ_outputs ½(t − y)²"),
        Loss("mse", _mse, _mse_d_out, "E = mean_outputs (t − y)²"),
        Loss(
            "cross_entropy",
            _cross_entropy,
            None,
            "E = −Σ_outputs t·log y (softmax output)",
            paired_activation="softmax",
            output_delta=_softmax_delta,
        ),
        Loss(
            "binary_cross_entropy",
            _binary_cross_entropy,
            None,
            "E = −mean_outputs [t·log y + (1 − t)·log(1 − y)] (sigmoid output)",
            paired_activation="sigmoid",
            output_delta=_sigmoid_bce_delta,
        ),
    )
}
LOSS_NAMES: tuple[str, ...] = tuple(LOSSES)
PAIRED_LOSSES: dict[str, str] = {
    loss.paired_activation: loss.name for loss in LOSSES.values() if loss.paired_activation
}
"""The loss made for an output activation (softmax → cross_entropy, sigmoid →
binary_cross_entropy), read off the table."""


def get_loss(name: str) -> Loss:
    """The loss called ``name``; a ``KeyError`` message lists the known ones."""
    try:
        return LOSSES[name]
    except KeyError:
        raise KeyError(
            Message(
                "unknown loss {name!r} (known: {known})",
                name=name,
                known=", ".join(LOSSES),
            )
        ) from None


def targets_problem(loss_name: str, output_activation: str, targets: np.ndarray) -> str | None:
    """Why these targets cannot be learnt with this loss and output, or None: softmax with
    cross-entropy needs two or more outputs and one-hot targets (each row one 1, the rest
    0); binary cross-entropy needs targets from 0 to 1."""
    targets = np.asarray(targets, dtype=np.float64)
    if output_activation == "softmax" and targets.ndim == 2:
        if targets.shape[1] < 2:
            return Message("a softmax output layer needs two or more nodes (one per class)")
        one_hot = np.isin(targets, (0.0, 1.0)).all() and (targets.sum(axis=1) == 1.0).all()
        if not one_hot:
            return Message(
                "softmax with cross_entropy needs one-hot targets (one 1 per sample, the rest 0): "
                "these targets are not"
            )
    if loss_name == "binary_cross_entropy" and not ((targets >= 0) & (targets <= 1)).all():
        return Message("binary_cross_entropy needs targets from 0 to 1")
    return None


def compatibility_problem(loss_name: str, output_activation: str) -> str | None:
    """Why this loss cannot train this output activation, or None when the pair is fine."""
    loss = get_loss(loss_name)
    if loss.paired_activation and output_activation != loss.paired_activation:
        if loss_name == "cross_entropy" and output_activation == "sigmoid":
            return Message(
                "{loss_name} needs a {paired_activation} output layer, not {output_activation} "
                "(for one sigmoid output, binary_cross_entropy is the cross-entropy)",
                loss_name=loss_name,
                paired_activation=loss.paired_activation,
                output_activation=output_activation,
            )
        return Message(
            "{loss_name} needs a {paired_activation} output layer, not {output_activation}",
            loss_name=loss_name,
            paired_activation=loss.paired_activation,
            output_activation=output_activation,
        )
    if output_activation == "softmax" and loss.paired_activation != "softmax":
        return Message(
            "a softmax output layer needs the cross_entropy loss, not {loss_name}",
            loss_name=loss_name,
        )
    return None
