"""The ``layers`` and ``loss`` of a network file, read into an engine :class:`Network` and back.

``layers[0]`` is the input layer (``units``, optional ``labels`` and ``shape``: the image the
inputs are the pixels of, as ``[rows, columns]``); every later layer gives
``units``, ``activation`` and either explicit ``weights`` (n_in × units, Keras' layout) and
``bias``, or an ``init`` to draw them from. ``mask`` and ``train_bias`` are optional.
"""

from __future__ import annotations

import numpy as np

from playground.engine import (
    ACTIVATION_NAMES,
    INITIALIZER_NAMES,
    LOSS_NAMES,
    EngineError,
    Layer,
    Network,
    get_activation,
    initial_weights,
    initializer_parameters,
)
from playground.engine.messages import Message, message_of
from playground.io import validation as v
from playground.io.validation import NetworkFileError, describe

MAX_UNITS = 10_000  # the window draws every node; past this a file is surely a mistake
MAX_PARAMETERS = 20_000_000  # weights and biases: 160 MB of float64, more again to train
INPUT_KEYS = ("units", "labels", "shape")
LAYER_KEYS = ("units", "activation", "labels", "weights", "bias", "mask", "train_bias", "init")
INIT_KEYS = (
    "name",
    "seed",
    *sorted({k for n in INITIALIZER_NAMES for k in initializer_parameters(n)}),
)


def draw_weights(init: dict, *, n_in: int, n_out: int) -> np.ndarray:
    """The (n_in, n_out) weights an ``init`` object describes: the same seed, the same numbers."""
    name = init["name"]
    params = {key: init[key] for key in initializer_parameters(name) if key in init}
    if name == "numpy_legacy":  # seeds NumPy's legacy generator itself
        params["seed"] = init.get("seed", 0)
    rng = np.random.default_rng(init.get("seed", 0))
    return initial_weights(name, n_in=n_in, n_out=n_out, rng=rng, **params)


def read_network(layers: object, loss: object, *, name: str) -> tuple[Network, list[dict | None]]:
    """The network the ``layers`` and ``loss`` values describe, and each layer's ``init``."""
    if not isinstance(layers, list) or len(layers) < 2:
        raise NetworkFileError(
            "layers",
            Message(
                "expected a list of the input layer and at least one more, got {got}",
                got=describe(layers),
            ),
        )
    _refuse_too_many_parameters(layers)
    first = v.obj(layers[0], "layers[0]", known=INPUT_KEYS, required=("units",))
    input_units = v.whole(first["units"], "layers[0].units", low=1, high=MAX_UNITS)
    input_labels = None
    if "labels" in first:
        input_labels = v.labels(first["labels"], "layers[0].labels", input_units)
    shape = (
        _read_shape(first["shape"], "layers[0].shape", input_units) if "shape" in first else None
    )
    built, inits, n_in = [], [], input_units
    for index, spec in enumerate(layers[1:], start=1):
        last = index == len(layers) - 1
        layer, init = _read_layer(spec, f"layers[{index}]", n_in=n_in, last=last)
        built.append(layer)
        inits.append(init)
        n_in = layer.units
    loss_name = v.choice(loss, "loss", LOSS_NAMES)
    try:
        network = Network(
            input_units=input_units,
            layers=built,
            loss=loss_name,
            input_labels=input_labels,
            name=name,
            input_shape=shape,
        )
    except EngineError as exc:  # the loss does not suit the output activation
        raise NetworkFileError("loss", message_of(exc)) from None
    return network, inits


def _refuse_too_many_parameters(layers: list) -> None:
    """Refuse a network of more than MAX_PARAMETERS weights and biases before any is read
    or drawn. Counts up to the first layer whose ``units`` is not a whole number in range
    (reading refuses that one with its place), so no layer beyond the limit is ever built."""
    total, n_in = 0, None
    for spec in layers:
        units = spec.get("units") if isinstance(spec, dict) else None
        if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
            break
        total += 0 if n_in is None else (n_in + 1) * units
        n_in = units
    if total > MAX_PARAMETERS:
        raise NetworkFileError(
            "layers",
            Message(
                "{total:,} weights and biases; the playground takes at most {limit:,}",
                total=total,
                limit=MAX_PARAMETERS,
            ),
        )


def _read_shape(value: object, place: str, units: int) -> tuple[int, ...]:
    """The input image's ``[rows, columns]`` (or ``[length]``): its pixels are the inputs."""
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        raise NetworkFileError(
            place,
            Message("expected [rows, columns] or [length], got {got}", got=describe(value)),
        )
    shape = tuple(v.whole(n, f"{place}[{i}]", low=1, high=MAX_UNITS) for i, n in enumerate(value))
    if int(np.prod(shape)) != units:
        size = "×".join(str(n) for n in shape)
        raise NetworkFileError(
            place,
            Message(
                "{size} is {pixels} pixels, the input layer has {units} units",
                size=size,
                pixels=int(np.prod(shape)),
                units=units,
            ),
        )
    return shape


def _read_layer(spec: object, place: str, *, n_in: int, last: bool) -> tuple[Layer, dict | None]:
    spec = v.obj(spec, place, known=LAYER_KEYS, required=("units", "activation"))
    units = v.whole(spec["units"], f"{place}.units", low=1, high=MAX_UNITS)
    activation = v.choice(spec["activation"], f"{place}.activation", ACTIVATION_NAMES)
    if get_activation(activation).output_only and not last:
        raise NetworkFileError(
            f"{place}.activation",
            Message("{activation} is for the output layer only", activation=activation),
        )
    mask = _read_mask(spec["mask"], f"{place}.mask", n_in, units) if "mask" in spec else None
    init = _read_init(spec["init"], f"{place}.init") if "init" in spec else None
    drawn = None if init is None else _drawn(init, f"{place}.init", n_in=n_in, n_out=units)
    if "weights" in spec:
        weights = v.matrix(spec["weights"], f"{place}.weights", n_in, units)
        _refuse_masked_weights(weights, mask, f"{place}.weights")
    elif drawn is not None:
        weights = drawn
    else:
        raise NetworkFileError(
            f"{place}.weights", Message("missing (give weights and bias, or init)")
        )
    if "bias" in spec:
        bias = v.vector(spec["bias"], f"{place}.bias", units)
    elif init is not None:
        bias = np.zeros(units)
    else:
        raise NetworkFileError(f"{place}.bias", Message("missing (give weights and bias, or init)"))
    layer = Layer(
        activation=activation,
        weights=weights,
        bias=bias,
        mask=mask,
        train_bias=v.boolean(spec.get("train_bias", True), f"{place}.train_bias"),
        labels=v.labels(spec["labels"], f"{place}.labels", units) if "labels" in spec else None,
    )
    return layer, init


def _read_mask(value: object, place: str, n_in: int, units: int) -> np.ndarray:
    mask = v.matrix(value, place, n_in, units)
    bad = np.argwhere((mask != 0.0) & (mask != 1.0))
    if bad.size:
        i, j = bad[0]
        raise NetworkFileError(
            f"{place}[{i}][{j}]",
            Message("expected 0 or 1, got {value!r}", value=float(mask[i, j])),
        )
    return mask


def _refuse_masked_weights(weights: np.ndarray, mask: np.ndarray | None, place: str) -> None:
    """A weight on a removed edge would be silently zeroed: say so instead."""
    if mask is None:
        return
    bad = np.argwhere((mask == 0.0) & (weights != 0.0))
    if bad.size:
        i, j = bad[0]
        raise NetworkFileError(
            f"{place}[{i}][{j}]",
            Message(
                "{weight!r} on an edge the mask removes (mask 0); it must be 0",
                weight=float(weights[i, j]),
            ),
        )


def _read_init(value: object, place: str) -> dict:
    """The ``init`` object, with its seed made explicit (default 0)."""
    name = v.choice(v.obj(value, place, known=INIT_KEYS, required=("name",))["name"],
                    f"{place}.name", INITIALIZER_NAMES)  # fmt: skip
    defaults = initializer_parameters(name)
    for key in value:
        if key not in ("name", "seed", *defaults):
            takes = ", ".join(defaults) if defaults else Message("only a seed")
            raise NetworkFileError(
                f"{place}.{key}",
                Message(
                    "the {name} initialiser takes no {key} (it takes {takes})",
                    name=name,
                    key=key,
                    takes=takes,
                ),
            )
    spec = value
    init: dict[str, object] = {"name": name, "seed": v.whole(spec.get("seed", 0), f"{place}.seed")}
    for key, default in defaults.items():
        if key not in spec:
            continue
        if isinstance(default, str):
            v.text(spec[key], f"{place}.{key}")
        elif isinstance(default, int) and not isinstance(default, bool):
            v.whole(spec[key], f"{place}.{key}")
        else:
            v.number(spec[key], f"{place}.{key}")
        init[key] = spec[key]
    return init


def _drawn(init: dict, place: str, *, n_in: int, n_out: int) -> np.ndarray:
    try:
        weights = draw_weights(init, n_in=n_in, n_out=n_out)
    except (EngineError, OverflowError) as exc:
        raise NetworkFileError(place, message_of(exc)) from None
    return weights


def layers_to_json(network: Network, inits: list[dict | None]) -> list[dict]:
    """The ``layers`` list of ``network``; ``inits[k]`` is written beside layer k's weights."""
    first: dict[str, object] = {"units": network.input_units}
    if network.input_labels is not None:
        first["labels"] = list(network.input_labels)
    shape = network.input_shape
    if shape is not None and int(np.prod(shape)) == network.input_units:
        first["shape"] = list(shape)
    return [first] + [
        _layer_to_json(layer, init) for layer, init in zip(network.layers, inits, strict=True)
    ]


def _layer_to_json(layer: Layer, init: dict | None) -> dict:
    entry: dict[str, object] = {"units": layer.units, "activation": layer.activation}
    if layer.labels is not None:
        entry["labels"] = list(layer.labels)
    entry["weights"] = layer.weights.tolist()
    entry["bias"] = layer.bias.tolist()
    if not layer.is_fully_connected:
        entry["mask"] = layer.mask.astype(int).tolist()
    entry["train_bias"] = layer.train_bias
    if init is not None:
        entry["init"] = dict(init)
    return entry
