"""The course notes' Keras examples with `sgd` (lr 0.01) and `mse`, derived by hand.

For y = w·x + b and E = (y − t)², ∂E/∂y = 2(y − t), so one step moves w by −lr·2(y − t)·x
and b by −lr·2(y − t); the error e = y − t then shrinks by (1 − 2·lr·(|x|² + 1)) a step.
"""

import numpy as np
import pytest

from playground.engine import Trainer, make_optimizer
from tests.engine.networks import single_neuron


def _trainer(weights, bias, x, target):
    return Trainer(
        single_neuron(weights, bias),
        make_optimizer("sgd", learning_rate=0.01),
        inputs=[x],
        targets=[[target]],
    )


def test_one_input_one_step():
    trainer = _trainer([3.0], 1.0, [2.0], 10.0)
    trace = trainer.forward()
    assert trace.outputs[0, 0] == 7.0
    trainer.backward()
    assert trace.loss == 9.0
    assert trace.layers[0].grad_weights[0, 0] == -12.0
    assert trace.layers[0].grad_bias[0] == -6.0
    trainer.update()
    assert trainer.network.layers[0].weights[0, 0] == pytest.approx(3.12, rel=1e-15)
    assert trainer.network.layers[0].bias[0] == pytest.approx(1.06, rel=1e-15)


def test_one_input_999_epochs_converges_as_derived():
    trainer = _trainer([3.0], 1.0, [2.0], 10.0)
    trainer.train(999)
    shrink = 0.9**999  # e ← 0.9·e each step, from e = −3
    assert trainer.network.layers[0].weights[0, 0] == pytest.approx(
        3 + 1.2 * (1 - shrink), rel=1e-12
    )
    assert trainer.network.layers[0].bias[0] == pytest.approx(1 + 0.6 * (1 - shrink), rel=1e-12)
    assert trainer.network.predict([[2.0]])[0, 0] == pytest.approx(10.0, rel=1e-12)


def test_two_inputs_one_step():
    trainer = _trainer([3.0, 4.0], 1.0, [2.0, 3.0], 27.0)
    trace = trainer.step()
    assert trace.outputs[0, 0] == 19.0
    assert trace.loss == 64.0
    np.testing.assert_allclose(trainer.network.layers[0].weights[:, 0], [3.32, 4.48], rtol=1e-15)
    assert trainer.network.layers[0].bias[0] == pytest.approx(1.16, rel=1e-15)


def test_two_inputs_error_shrinks_by_derived_factor():
    trainer = _trainer([3.0, 4.0], 1.0, [2.0, 3.0], 27.0)
    trainer.train(10)
    error = trainer.network.predict([[2.0, 3.0]])[0, 0] - 27.0
    assert error == pytest.approx(-8.0 * 0.72**10, rel=1e-10)


def test_mse_gradient_is_half_sse_gradient_times_two_over_outputs():
    from playground.engine import Layer, Network

    def three_outputs(loss):
        return Network(
            input_units=2,
            loss=loss,
            layers=[
                Layer(
                    activation="sigmoid",
                    weights=[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]],
                    bias=[0.1, 0.2, 0.3],
                )
            ],
        )

    x, t = [[0.5, -1.0]], [[0.0, 1.0, 0.5]]
    half, mse = three_outputs("half_sse"), three_outputs("mse")
    g_half = half.backward(half.forward(x), t)
    g_mse = mse.backward(mse.forward(x), t)
    assert g_mse.loss == pytest.approx(g_half.loss * 2 / 3, rel=1e-15)
    np.testing.assert_allclose(
        g_mse.layers[0].grad_weights, g_half.layers[0].grad_weights * 2 / 3, rtol=1e-14
    )
