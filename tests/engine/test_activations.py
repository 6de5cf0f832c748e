"""The activation table: each output range holds every output the function gives."""

import numpy as np

from playground.engine import ACTIVATIONS

NETS = np.concatenate([np.linspace(-800.0, 800.0, 1601), [-1e300, -1e-300, 0.0, 1e-300, 1e300]])


def test_bounded_activations_stay_inside_their_output_range():
    for activation in ACTIVATIONS.values():
        if activation.output_range is None:
            continue
        low, high = activation.output_range
        with np.errstate(over="ignore"):
            out = activation.f(NETS.reshape(-1, 2) if activation.output_only else NETS)
        assert low < high
        assert ((out >= low) & (out <= high)).all(), activation.name


def test_the_ranges_the_boundary_plot_scales_to():
    ranges = {name: a.output_range for name, a in ACTIVATIONS.items()}
    assert ranges == {
        "linear": None,
        "sigmoid": (0.0, 1.0),
        "tanh": (-1.0, 1.0),
        "relu": None,
        "leaky_relu": None,
        "step": (0.0, 1.0),
        "softmax": (0.0, 1.0),
    }
    for name in ("linear", "relu", "leaky_relu"):  # unbounded: outputs pass any bound
        assert ACTIVATIONS[name].f(np.array([1e300])).max() >= 1e300
