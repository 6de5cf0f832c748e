"""The optional ``run`` section: where training stood, so that reopening goes on from there.

It holds the trainer's counters, the optimizer's moments, the epoch's batch order and random
state, and the curves (loss, accuracy, test loss, MAE); the weights are the file's own. A
file with a ``run`` is written as version 2: a reader of version 1 then says the file is
newer instead of refusing an unknown key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from playground.engine import Network
from playground.engine.messages import Message
from playground.io import validation as v
from playground.io.validation import NetworkFileError, describe

RUN_KEYS = ("epoch", "steps", "optimizer", "batch", "curves")
CURVE_NAMES = ("loss", "accuracy", "test_loss", "mae")
MAX_CURVE_POINTS = 10_000
MAX_COUNT = 10**15


@dataclass(frozen=True)
class RunRecord:
    """What a saved run holds (see the module's docstring)."""

    epoch: int
    steps: int
    optimizer: str
    iterations: int
    slots: dict[tuple, np.ndarray]
    cursor: int
    order: np.ndarray | None  # None: the samples in their own order
    shuffled: bool
    rng_state: dict
    partial: tuple[float, int, int, float] | None
    curves: dict[str, list[tuple[float, float]]]


def run_to_json(record: RunRecord) -> dict:
    return {
        "epoch": record.epoch,
        "steps": record.steps,
        "optimizer": {
            "name": record.optimizer,
            "iterations": record.iterations,
            "slots": [
                {"key": list(key), "values": values.tolist()}
                for key, values in sorted(record.slots.items(), key=lambda kv: str(kv[0]))
            ],
        },
        "batch": {
            "cursor": record.cursor,
            "order": None if record.order is None else record.order.tolist(),
            "shuffled": record.shuffled,
            "random_state": json.dumps(record.rng_state),
            "partial": None if record.partial is None else list(record.partial),
        },
        "curves": {name: [list(p) for p in points] for name, points in record.curves.items()},
    }


def read_run(value: object, *, network: Network, samples: int | None) -> RunRecord:
    """The ``run`` object, checked against ``network`` (its moments must fit the weights)
    and the number of training ``samples`` (None: not known yet; the batch order is then
    checked when the trainer is made)."""
    spec = v.obj(value, "run", known=RUN_KEYS, required=RUN_KEYS)
    optimizer_keys = ("name", "iterations", "slots")
    optimizer = v.obj(
        spec["optimizer"], "run.optimizer", known=optimizer_keys, required=optimizer_keys
    )
    batch = v.obj(
        spec["batch"],
        "run.batch",
        known=("cursor", "order", "shuffled", "random_state", "partial"),
        required=("cursor", "shuffled", "random_state"),
    )
    return RunRecord(
        epoch=v.whole(spec["epoch"], "run.epoch", high=MAX_COUNT),
        steps=v.whole(spec["steps"], "run.steps", high=MAX_COUNT),
        optimizer=v.text(optimizer["name"], "run.optimizer.name"),
        iterations=v.whole(optimizer["iterations"], "run.optimizer.iterations", high=MAX_COUNT),
        slots=_slots(optimizer["slots"], network),
        cursor=v.whole(batch["cursor"], "run.batch.cursor", high=MAX_COUNT),
        order=_order(batch.get("order"), samples),
        shuffled=v.boolean(batch["shuffled"], "run.batch.shuffled"),
        rng_state=_random_state(batch["random_state"]),
        partial=_partial(batch.get("partial")),
        curves=_curves(spec["curves"]),
    )


def _slots(value: object, network: Network) -> dict[tuple, np.ndarray]:
    """Each moment array, keyed as the optimizer keys it: (..., "w" or "b", layer index)."""
    if not isinstance(value, list):
        raise NetworkFileError(
            "run.optimizer.slots",
            Message("expected a list, got {got}", got=describe(value)),
        )
    slots = {}
    for i, item in enumerate(value):
        place = f"run.optimizer.slots[{i}]"
        spec = v.obj(item, place, known=("key", "values"), required=("key", "values"))
        key = spec["key"]
        if (
            not isinstance(key, list)
            or len(key) < 2
            or key[-2] not in ("w", "b")
            or not all(isinstance(k, str) for k in key[:-1])
        ):
            raise NetworkFileError(
                f"{place}.key", Message("expected […, 'w' or 'b', layer], got {key!r}", key=key)
            )
        layer = v.whole(key[-1], f"{place}.key[{len(key) - 1}]", high=len(network.layers) - 1)
        target = network.layers[layer]
        if key[-2] == "w":
            values = v.matrix(spec["values"], f"{place}.values", target.n_in, target.units)
        else:
            values = v.vector(spec["values"], f"{place}.values", target.units)
        slots[(*key[:-1], layer)] = values
    return slots


def _order(value: object, samples: int | None) -> np.ndarray | None:
    if value is None:
        return None
    if not isinstance(value, list) or (samples is not None and len(value) != samples):
        expected = (
            Message("the training samples' numbers")
            if samples is None
            else Message("{count} numbers", count=samples)
        )
        raise NetworkFileError(
            "run.batch.order",
            Message("expected {expected}, got {got}", expected=expected, got=describe(value)),
        )
    order = [v.whole(x, f"run.batch.order[{i}]") for i, x in enumerate(value)]
    if sorted(order) != list(range(len(order))):
        raise NetworkFileError("run.batch.order", Message("must name each training sample once"))
    return np.array(order, dtype=np.int64)


def _random_state(value: object) -> dict:
    """The bit generator's state, as NumPy gives it (kept as JSON text: its numbers are
    128-bit)."""
    text = v.text(value, "run.batch.random_state")
    try:
        state = json.loads(text)
        generator = np.random.PCG64()
        generator.state = state
    except (ValueError, TypeError, KeyError) as exc:
        raise NetworkFileError(
            "run.batch.random_state", Message("not a generator state ({exc})", exc=str(exc))
        ) from None
    return generator.state


def _partial(value: object) -> tuple[float, int, int, float] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 4:
        raise NetworkFileError(
            "run.batch.partial",
            Message("expected 4 numbers, got {got}", got=describe(value)),
        )
    loss, right, seen, off = value
    place = "run.batch.partial"
    return (
        v.number(loss, f"{place}[0]"),
        v.whole(right, f"{place}[1]"),
        v.whole(seen, f"{place}[2]"),
        v.number(off, f"{place}[3]"),
    )


def _curves(value: object) -> dict[str, list[tuple[float, float]]]:
    spec = v.obj(value, "run.curves", known=CURVE_NAMES)
    curves = {}
    for name, points in spec.items():
        place = f"run.curves.{name}"
        if not isinstance(points, list) or len(points) > MAX_CURVE_POINTS:
            raise NetworkFileError(
                place,
                Message(
                    "expected at most {limit:,} [epoch, value] pairs",
                    limit=MAX_CURVE_POINTS,
                ),
            )
        curves[name] = [
            tuple(float(x) for x in v.vector(p, f"{place}[{i}]", 2)) for i, p in enumerate(points)
        ]
    return curves
