"""The input-plane arithmetic behind the boundary plot and the node pictures: no Qt needed.

Checked against ``Network.predict`` and ``Network.forward`` at the same points, which the
grid pass must reproduce: it is the same forward phase, only on many rows at once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.engine import Layer, Network
from playground.engine.datasets import load_builtin, make_dataset
from playground.io import load
from playground.ui.plots import plane

ROOT = Path(__file__).resolve().parents[2]
XOR = ROOT / "resources" / "examples" / "xor.json"
TRUTH_TABLE = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


@pytest.fixture
def classic_xor() -> Network:
    """The notes' hand-made XOR network: h1 = OR, h2 = NAND, y = AND of the two (step units
    replaced by steep sigmoids so the outputs are graded)."""
    hidden = Layer(activation="sigmoid", weights=[[20.0, -20.0], [20.0, -20.0]], bias=[-10.0, 30.0])
    output = Layer(activation="sigmoid", weights=[[20.0], [20.0]], bias=[-30.0])
    return Network(input_units=2, layers=[hidden, output], loss="mse")


def test_importing_the_plane_arithmetic_loads_no_qt():
    code = (
        "import sys; import playground.ui.plots.plane; "
        "print(sorted(m for m in ('PySide6', 'pyqtgraph') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_grid_output_at_each_data_point_is_the_prediction_there(classic_xor):
    # Extent (-0.5, 1.5) in 2 pixels a side puts the pixel centres exactly at 0 and 1.
    outputs = plane.outputs_over_plane(classic_xor, (-0.5, 1.5, -0.5, 1.5), 2)
    assert outputs.output.shape == (2, 2, 1)
    for x1, x2 in TRUTH_TABLE:
        row, column = plane.pixel_of(outputs.extent, 2, x1, x2)
        assert (row, column) == (int(x2), int(x1))  # rows go up x2, columns along x1
        expected = classic_xor.predict(np.array([x1, x2]))[0, 0]
        assert outputs.output[row, column, 0] == pytest.approx(expected, abs=1e-12)
    assert np.round(outputs.output[:, :, 0]).tolist() == [[0.0, 1.0], [1.0, 0.0]]  # XOR


def test_one_pass_gives_every_layer_of_every_node(classic_xor):
    extent = (-0.3, 1.3, -0.2, 1.2)
    outputs = plane.outputs_over_plane(classic_xor, extent, 17)
    trace = classic_xor.forward(plane.grid(extent, 17))
    assert [layer.shape for layer in outputs.layers] == [(17, 17, 2), (17, 17, 1)]
    for column, index in ((1, 0), (1, 1), (2, 0)):
        expected = trace.layers[column - 1].out[:, index].reshape(17, 17)
        np.testing.assert_array_equal(outputs.node(column, index), expected)


def test_the_bundled_xor_example_on_its_own_extent():
    network = load(XOR).network
    dataset = load_builtin("xor")
    extent = plane.plane_extent(dataset)
    outputs = plane.outputs_over_plane(network, extent, 40)
    xs = plane.axis_centres(extent[0], extent[1], 40)
    ys = plane.axis_centres(extent[2], extent[3], 40)
    row, column = 7, 31
    expected = network.predict(np.array([xs[column], ys[row]]))[0, 0]
    assert outputs.output[row, column, 0] == pytest.approx(expected, abs=1e-12)


def test_grid_points_are_pixel_centres_in_row_major_order():
    points = plane.grid((0.0, 4.0, 10.0, 12.0), 4)
    assert points.shape == (16, 2)
    assert points[:4].tolist() == [[0.5, 10.25], [1.5, 10.25], [2.5, 10.25], [3.5, 10.25]]
    assert points[4:8, 1].tolist() == [10.75] * 4
    assert plane.pixel_of((0.0, 4.0, 10.0, 12.0), 4, 3.9, 11.9) == (3, 3)
    assert plane.pixel_of((0.0, 4.0, 10.0, 12.0), 4, -9.0, 99.0) == (3, 0)  # clipped


def test_the_extent_is_the_data_grown_by_the_margin_on_every_side():
    dataset = make_dataset(
        "d", [[0.0, -1.0], [2.0, 3.0]], [[0.0], [1.0]],
        test_inputs=[[4.0, 1.0]], test_targets=[[1.0]],
    )  # fmt: skip
    assert plane.plane_extent(dataset, margin=0.25) == (-1.0, 5.0, -2.0, 4.0)
    flat = make_dataset("flat", [[1.0, 2.0], [1.0, 3.0]], [[0.0], [1.0]])
    x_min, x_max, _, _ = plane.plane_extent(flat, margin=0.0)
    assert (x_min, x_max) == (0.5, 1.5)  # one value: a span of 1 around it
    line = make_dataset("line", [[0.0], [2.0]], [[0.5], [1.5]])
    assert plane.plane_extent(line, margin=0.5) == (-1.0, 3.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("n_inputs", "n_outputs", "kind"),
    [(2, 1, "plane"), (2, 3, "plane"), (1, 1, "curve"), (1, 2, None), (64, 10, None), (3, 1, None)],
)
def test_which_shapes_get_a_picture(n_inputs, n_outputs, kind):
    assert plane.plot_kind(n_inputs, n_outputs) == kind


def test_the_note_says_why_in_plain_words():
    note = plane.why_no_plot(64, 10)
    assert "64 inputs and 10 outputs" in note
    assert "two inputs" in note


def test_the_threshold_follows_the_targets_then_the_activation():
    labels = np.array([[0.0], [1.0]])
    values = np.array([[0.3], [2.5]])
    for activation in ("sigmoid", "tanh", "linear", "relu"):
        assert plane.decision_threshold(activation, labels) == 0.5  # where accuracy splits
    assert plane.decision_threshold("sigmoid", values) == 0.5
    assert plane.decision_threshold("step", values) == 0.5
    assert plane.decision_threshold("tanh", values) == 0.0
    assert plane.decision_threshold("linear") == 0.0


def test_levels_are_the_activation_range_or_the_values_range():
    values = np.array([[0.2, 3.0], [-0.5, 1.0]])
    assert plane.value_levels("sigmoid", values, 0.5) == (0.0, 1.0)
    assert plane.value_levels("tanh", values, 0.5) == (-1.0, 1.0)
    assert plane.value_levels("linear", values, 0.0) == (-0.5, 3.0)
    assert plane.value_levels("relu", np.array([1.0, 2.0]), 0.0) == (0.0, 2.0)  # holds centre
    assert plane.value_levels("linear", np.zeros(3), 0.0) == (-1.0, 1.0)  # never empty


def test_colours_are_white_at_the_centre_and_saturate_at_the_ends():
    rgba = plane.to_rgba(np.array([-1.0, 0.5, 1.0, 7.0]), (-1.0, 1.0), 0.5)
    assert rgba.dtype == np.uint8 and rgba.shape == (4, 4)
    assert tuple(rgba[0, :3]) == plane.LOW_RGB
    assert tuple(rgba[1, :3]) == plane.MID_RGB
    assert tuple(rgba[2, :3]) == plane.HIGH_RGB
    assert tuple(rgba[3, :3]) == plane.HIGH_RGB  # clipped
    assert (rgba[:, 3] == 255).all()
    positions, colours = plane.diverging_stops((-1.0, 1.0), 0.5)
    assert positions == [0.0, 0.75, 1.0]
    assert colours[1] == plane.MID_RGB
    positions, _ = plane.diverging_stops((0.0, 2.0), 0.0)  # centre at the bottom end
    assert positions == [0.0, 1.0]


def test_several_outputs_colour_the_winning_class():
    outputs = np.array([[[0.9, 0.05, 0.05], [0.1, 0.2, 0.7]]])
    rgba = plane.class_image(outputs)
    assert rgba.shape == (1, 2, 4)
    first, third = (np.array(plane._rgb(plane.CATEGORICAL[k])) for k in (0, 2))
    # each pixel is a tint of its class colour: the same direction away from white
    for pixel, colour in ((rgba[0, 0, :3], first), (rgba[0, 1, :3], third)):
        away = 255.0 - pixel.astype(float)
        assert np.allclose(away / away.sum(), (255.0 - colour) / (255.0 - colour).sum(), atol=0.02)
    sure, unsure = plane.class_image(np.array([[[0.9, 0.05, 0.05], [0.4, 0.35, 0.25]]]))[0]
    assert (255 - sure[:3].astype(int)).sum() > (255 - unsure[:3].astype(int)).sum()  # paler


def test_the_prediction_curve_passes_through_each_prediction_at_the_data():
    network = Network(
        input_units=1,
        layers=[
            Layer(activation="tanh", weights=[[1.5, -0.7]], bias=[0.1, 0.2]),
            Layer(activation="linear", weights=[[2.0], [1.0]], bias=[0.3]),
        ],
        loss="mse",
    )
    data_x = np.array([0.123, 1.0, 2.5])
    xs, ys = plane.prediction_curve(network, (-1.0, 3.0, 0.0, 0.0), 50, data_x)
    assert np.all(np.diff(xs) > 0)
    for x in data_x:
        assert ys[np.flatnonzero(xs == x)[0]] == network.predict(np.array([[x]]))[0, 0]
