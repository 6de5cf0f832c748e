"""The input plane as numbers: extent, grid, one forward pass over it, colours. No Qt here.

A network with two inputs maps every point (x1, x2) of the plane to its outputs; drawing
that map over a grid shows the decision boundary (the boundary plot) and what each hidden
node responds to (the diagram's thumbnails). Both come from ``outputs_over_plane``: one
vectorised forward pass that returns every layer's ``out`` on the grid at once.

Grid points sit at pixel centres, row-major: row r is the r-th x2 value from the bottom,
column c the c-th x1 value from the left, so ``values[r, c]`` is the pixel an
``ImageItem(axisOrder="row-major")`` draws there once its rect is the extent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import Network, get_activation
from playground.engine.messages import Message
from playground.engine.metrics import is_classification

Extent = tuple[float, float, float, float]
"""(x1 min, x1 max, x2 min, x2 max) of the drawn plane; for one input (x min, x max, 0, 0)."""

# TensorFlow Playground's orange ↔ blue, as Okabe–Ito tints: light enough under dark points.
LOW_RGB = (230, 140, 60)  # below the threshold: class 0
MID_RGB = (250, 250, 250)  # on the threshold
HIGH_RGB = (70, 150, 215)  # above the threshold: class 1
CLASS_0_POINT = "#D55E00"  # Okabe–Ito vermillion
CLASS_1_POINT = "#0072B2"  # Okabe–Ito blue
CATEGORICAL = (  # Okabe–Ito, then more: one colour per class of a multi-class output
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
    "#D55E00", "#CC79A7", "#999999", "#882255", "#44AA99",
)  # fmt: skip


# -- what can be drawn ---------------------------------------------------------------------


def plot_kind(n_inputs: int, n_outputs: int) -> str | None:
    """``"plane"`` (two inputs), ``"curve"`` (one input, one output), or None."""
    if n_inputs == 2:
        return "plane"
    if n_inputs == 1 and n_outputs == 1:
        return "curve"
    return None


def why_no_plot(n_inputs: int, n_outputs: int) -> str:
    """A learner's explanation of why a network of this shape gets no picture."""
    ins = Message("{n} input", n=n_inputs) if n_inputs == 1 else Message("{n} inputs", n=n_inputs)
    outs = (
        Message("{n} output", n=n_outputs)
        if n_outputs == 1
        else Message("{n} outputs", n=n_outputs)
    )
    return Message(  # a Message: the window shows it translated (message_text)
        "This network has {ins} and {outs}, so its output cannot be drawn over a plane. "
        "The boundary plot needs two inputs (a map of the plane), or one input and one "
        "output (a curve through the data points). The loss curve still shows how "
        "training goes.",
        ins=ins,
        outs=outs,
    )


# -- the plane ----------------------------------------------------------------------------


def data_points(dataset) -> np.ndarray:
    """Every input row, training and test, one per row."""
    if dataset.test_inputs is None:
        return dataset.inputs
    return np.concatenate([dataset.inputs, dataset.test_inputs])


def plane_extent(dataset, margin: float = 0.15) -> Extent:
    """The data's bounding box grown by ``margin`` × its size on every side.

    A flat direction (all points at one value) gets a span of 1 around that value. With
    one input the second range is (0, 0).
    """
    points = data_points(dataset)
    ranges = []
    for column in range(min(points.shape[1], 2)):
        low, high = float(points[:, column].min()), float(points[:, column].max())
        span = high - low if high > low else 1.0
        middle = (low + high) / 2.0
        half = span / 2.0 + margin * span
        ranges += [middle - half, middle + half]
    if len(ranges) == 2:
        ranges += [0.0, 0.0]
    return tuple(ranges)


def axis_centres(low: float, high: float, resolution: int) -> np.ndarray:
    """``resolution`` pixel centres evenly spread over [low, high]."""
    step = (high - low) / resolution
    return low + (np.arange(resolution) + 0.5) * step


def grid(extent: Extent, resolution: int) -> np.ndarray:
    """The (resolution², 2) points at the pixel centres, row-major (x1 varies fastest)."""
    xs = axis_centres(extent[0], extent[1], resolution)
    ys = axis_centres(extent[2], extent[3], resolution)
    x1, x2 = np.meshgrid(xs, ys)
    return np.column_stack([x1.ravel(), x2.ravel()])


def pixel_of(extent: Extent, resolution: int, x1: float, x2: float) -> tuple[int, int]:
    """The (row, column) of the pixel that contains the point (x1, x2), clipped to the grid."""
    column = int((x1 - extent[0]) / (extent[1] - extent[0]) * resolution)
    row = int((x2 - extent[2]) / (extent[3] - extent[2]) * resolution)
    return min(max(row, 0), resolution - 1), min(max(column, 0), resolution - 1)


@dataclass(frozen=True)
class PlaneOutputs:
    """Every non-input layer's ``out`` at every grid point: ``layers[k]`` is
    (resolution, resolution, units) for ``network.layers[k]`` (diagram column k + 1)."""

    extent: Extent
    resolution: int
    layers: list[np.ndarray]

    @property
    def output(self) -> np.ndarray:
        return self.layers[-1]

    def node(self, column: int, index: int) -> np.ndarray:
        """The (resolution, resolution) outputs of node ``index`` of diagram column ``column``."""
        return self.layers[column - 1][:, :, index]


def outputs_over_plane(network: Network, extent: Extent, resolution: int) -> PlaneOutputs:
    """One vectorised forward pass over the grid; every layer's out, shaped as images."""
    trace = network.forward(grid(extent, resolution))
    shape = (resolution, resolution)
    layers = [layer.out.reshape(*shape, layer.out.shape[1]) for layer in trace.layers]
    return PlaneOutputs(extent, resolution, layers)


def prediction_curve(
    network: Network, extent: Extent, resolution: int, data_x: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of a one-input, one-output network: evenly spaced x over the extent plus the
    data's own x (so that the curve passes exactly through each prediction), sorted."""
    xs = np.union1d(axis_centres(extent[0], extent[1], resolution), np.ravel(data_x))
    return xs, network.predict(xs[:, None])[:, 0]


# -- colours ------------------------------------------------------------------------------


def centre_of(activation: str) -> float:
    """Where a node's output changes side: the middle of the activation's output range
    when it is bounded (0.5 for sigmoid, softmax and step, 0 for tanh), else 0."""
    bounds = get_activation(activation).output_range
    return 0.0 if bounds is None else (bounds[0] + bounds[1]) / 2.0


def decision_threshold(activation: str, targets: np.ndarray | None = None) -> float:
    """The output value between the two classes.

    With 0/1 targets it is 0.5 whatever the activation, because that is where the
    accuracy counts a sample as class 1 (``playground.engine.metrics``). Otherwise it
    follows the output activation: 0.5 for sigmoid, softmax and step, 0 for tanh, linear
    and the others.
    """
    if targets is not None and is_classification(targets):
        return 0.5
    return centre_of(activation)


def value_levels(activation: str, values: np.ndarray, centre: float) -> tuple[float, float]:
    """The colour scale's (low, high): the activation's range when it is bounded, else the
    values' range; always containing ``centre`` and never empty."""
    bounds = get_activation(activation).output_range
    if bounds is not None:
        low, high = bounds
    else:
        finite = values[np.isfinite(values)]
        low = float(finite.min()) if finite.size else centre
        high = float(finite.max()) if finite.size else centre
    low, high = min(low, centre), max(high, centre)
    if high - low < 1e-9:
        low, high = centre - 1.0, centre + 1.0
    return low, high


def centre_position(levels: tuple[float, float], centre: float) -> float:
    """Where ``centre`` falls on the colour scale, 0..1."""
    low, high = levels
    return min(max((centre - low) / (high - low), 0.0), 1.0)


def diverging_stops(levels: tuple[float, float], centre: float) -> tuple[list, list]:
    """Positions and RGB colours of the diverging scale, white at ``centre``."""
    position = centre_position(levels, centre)
    stops = [(0.0, LOW_RGB), (position, MID_RGB), (1.0, HIGH_RGB)]
    kept = [stop for i, stop in enumerate(stops) if i == 0 or stop[0] > stops[i - 1][0]]
    if len(kept) == 1:
        kept = [(0.0, MID_RGB), (1.0, HIGH_RGB)]
    return [p for p, _ in kept], [c for _, c in kept]


def to_rgba(values: np.ndarray, levels: tuple[float, float], centre: float) -> np.ndarray:
    """``values`` (any shape) as RGBA bytes on the diverging scale: shape + (4,), uint8."""
    positions, colours = diverging_stops(levels, centre)
    low, high = levels
    scaled = np.clip((np.nan_to_num(values, nan=centre) - low) / (high - low), 0.0, 1.0)
    rgba = np.empty(values.shape + (4,), dtype=np.uint8)
    table = np.array(colours, dtype=np.float64)
    for channel in range(3):
        rgba[..., channel] = np.interp(scaled, positions, table[:, channel]).round()
    rgba[..., 3] = 255
    return rgba


def class_image(outputs: np.ndarray) -> np.ndarray:
    """The winning class (argmax over the last axis) at every pixel as RGBA bytes, paler
    where the runner-up is close (the network is less sure there)."""
    winner = outputs.argmax(axis=-1)
    palette = np.array([_rgb(CATEGORICAL[i % len(CATEGORICAL)]) for i in range(outputs.shape[-1])])
    ranked = np.sort(outputs, axis=-1)
    margin = np.clip(np.nan_to_num(ranked[..., -1] - ranked[..., -2]), 0.0, 1.0)
    strength = (0.35 + 0.5 * margin)[..., None]
    rgba = np.empty(winner.shape + (4,), dtype=np.uint8)
    rgba[..., :3] = (255.0 - strength * (255.0 - palette[winner])).round()
    rgba[..., 3] = 255
    return rgba


def _rgb(name: str) -> tuple[int, int, int]:
    return int(name[1:3], 16), int(name[3:5], 16), int(name[5:7], 16)
