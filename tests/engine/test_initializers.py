"""Initialisers: Keras' normal, and NumPy's legacy draws in the course notes' order."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine import EngineError, initial_weights, initializer_parameters
from playground.io.layers import draw_weights


def legacy(**params):
    return initial_weights(
        "numpy_legacy", n_in=params.pop("n_in"), n_out=params.pop("n_out"),
        rng=np.random.default_rng(0), **params,
    )  # fmt: skip


def test_numpy_legacy_draws_the_notes_xor_start_exactly():
    # 003: np.random.seed(5); w0 = 2 * np.random.random((3, 6)) - 1; w1 = 2 * ... ((6, 1)) - 1
    np.random.seed(5)
    w0 = 2 * np.random.random((3, 6)) - 1
    w1 = 2 * np.random.random((6, 1)) - 1
    mine0 = legacy(n_in=3, n_out=6, seed=5, draw="random", scale=2.0, offset=-1.0)
    mine1 = legacy(n_in=6, n_out=1, seed=5, draw="random", scale=2.0, offset=-1.0, skip=18)
    np.testing.assert_array_equal(mine0, w0)
    np.testing.assert_array_equal(mine1, w1)


def test_numpy_legacy_randn_continues_the_stream_as_the_notes_mnist_does():
    # 001: W1 = std * np.random.randn(784, 50); W2 = std * np.random.randn(50, 10)
    np.random.seed(0)
    w1 = 0.01 * np.random.randn(784, 50)
    w2 = 0.01 * np.random.randn(50, 10)
    init = {"name": "numpy_legacy", "seed": 0, "draw": "randn", "scale": 0.01}
    np.testing.assert_array_equal(draw_weights(init, n_in=784, n_out=50), w1)
    np.testing.assert_array_equal(draw_weights({**init, "skip": 784 * 50}, n_in=50, n_out=10), w2)


def test_normal_is_keras_random_normal_and_refuses_a_negative_spread():
    assert initializer_parameters("normal") == {"mean": 0.0, "stddev": 0.05}
    drawn = draw_weights({"name": "normal", "seed": 3, "stddev": 0.1}, n_in=400, n_out=50)
    again = draw_weights({"name": "normal", "seed": 3, "stddev": 0.1}, n_in=400, n_out=50)
    np.testing.assert_array_equal(drawn, again)  # the same seed, the same numbers
    assert abs(drawn.mean()) < 0.01 and abs(drawn.std() - 0.1) < 0.005
    with pytest.raises(EngineError, match="stddev ≥ 0"):
        draw_weights({"name": "normal", "stddev": -1.0}, n_in=2, n_out=2)
    with pytest.raises(EngineError, match="numpy_legacy draws random or randn"):
        legacy(n_in=2, n_out=2, draw="uniform")
