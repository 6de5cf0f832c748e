"""The classic 2-2-2 example: every number the issue and the course notes print."""

import numpy as np
import pytest

from tests.engine.networks import classic_trainer


def test_first_forward_backward_gives_published_error_and_gradient():
    trainer = classic_trainer()
    trainer.forward()
    trace = trainer.backward()
    assert trace.loss == pytest.approx(0.298371109, abs=5e-10)
    # ∂E/∂w5: w5 is the edge h1 -> o1, row 0 column 0 of the output layer.
    assert trace.layers[1].grad_weights[0, 0] == pytest.approx(0.082167041, abs=5e-10)


def test_hidden_net_and_out_match_hand_calculation():
    trace = classic_trainer().forward()
    net_h1 = 0.15 * 0.05 + 0.20 * 0.10 + 0.35
    assert trace.layers[0].net[0, 0] == pytest.approx(net_h1, rel=1e-15)
    assert trace.layers[0].out[0, 0] == pytest.approx(1 / (1 + np.exp(-net_h1)), rel=1e-15)
    assert trace.layers[0].out[0, 0] == pytest.approx(0.593269992, abs=5e-10)


def test_one_update_moves_every_weight_to_published_value():
    trainer = classic_trainer()
    trainer.step()
    w_hidden, w_out = (layer.weights for layer in trainer.network.layers)
    # w1..w4 = W1[0,0], W1[1,0], W1[0,1], W1[1,1]; w5..w8 likewise in W2.
    expected_hidden = [[0.149780716, 0.24975114], [0.19956143, 0.29950229]]
    expected_out = [[0.35891648, 0.511301270], [0.408666186, 0.561370121]]
    np.testing.assert_allclose(w_hidden, expected_hidden, atol=5e-9)
    np.testing.assert_allclose(w_out, expected_out, atol=5e-9)
    assert trainer.network.layers[0].bias.tolist() == [0.35, 0.35]


def test_error_after_one_and_ten_thousand_updates():
    trainer = classic_trainer()
    trainer.step()
    assert trainer.evaluate().loss == pytest.approx(0.291027774, abs=5e-10)
    for _ in range(9_999):
        trainer.step()
    assert trainer.evaluate().loss == pytest.approx(3.51018778e-05, rel=1e-8)


def test_weights_before_update_are_kept_for_the_inspector():
    trainer = classic_trainer()
    trainer.step()
    assert trainer.weights_before_update[1][0, 0] == 0.40
    assert trainer.network.layers[1].weights[0, 0] == pytest.approx(0.35891648, abs=5e-9)
