"""The loss reduction: the mean over a batch (Keras) or the sum (the notes' NumPy loops)."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine import EngineError, Layer, Network, Trainer, make_optimizer


def notes_xor_loop(rounds: int) -> np.ndarray:
    """003's XOR in NumPy, as printed: a constant-1 input column as the bias, 3-6-1, the
    sixth hidden unit held at 1 (a bias for the output), lr 0.2, gradients summed."""

    def actf(x):
        return 1 / (1 + np.exp(-x))

    def d_actf(x):
        return x * (1 - x)

    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])  # noqa: N806 (the notes')
    Y = np.array([[0], [1], [1], [0]])  # noqa: N806
    np.random.seed(5)
    w0 = 2 * np.random.random((3, 6)) - 1
    w1 = 2 * np.random.random((6, 1)) - 1
    for _ in range(rounds):
        l0 = X
        l1 = actf(np.dot(l0, w0))
        l1[:, -1] = 1
        l2 = actf(np.dot(l1, w1))
        l2_d = (l2 - Y) * d_actf(l2)
        l1_d = np.dot(l2_d, w1.T) * d_actf(l1)
        w1 += -0.2 * np.dot(l1.T, l2_d)
        w0 += -0.2 * np.dot(l0.T, l1_d)
    return actf(np.dot(np.append(actf(np.dot(X, w0))[:, :5], np.ones((4, 1)), 1), w1))


def notes_xor_as_a_network() -> Trainer:
    """The same network in the playground's terms: 2-5-1, the constant-1 column and the
    held unit become biases; half_sse summed over the four samples."""
    np.random.seed(5)
    w0 = 2 * np.random.random((3, 6)) - 1
    w1 = 2 * np.random.random((6, 1)) - 1
    network = Network(
        input_units=2,
        loss="half_sse",
        reduction="sum",
        layers=[
            Layer(activation="sigmoid", weights=w0[:2, :5], bias=w0[2, :5]),
            Layer(activation="sigmoid", weights=w1[:5], bias=w1[5]),
        ],
    )
    inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    targets = np.array([[0], [1], [1], [0]], dtype=float)
    return Trainer(
        network, make_optimizer("sgd", learning_rate=0.2), inputs=inputs, targets=targets
    )


def test_the_sum_reduction_reproduces_the_notes_numpy_xor_loop():
    trainer = notes_xor_as_a_network()
    trainer.train(9_999)
    outputs = trainer.network.predict(trainer.inputs)[:, 0]
    np.testing.assert_allclose(outputs, notes_xor_loop(9_999)[:, 0], rtol=0, atol=1e-12)
    # The loop prints l2 of its last round, computed before that round's update: after
    # 9,999 updates for 10,000 rounds. (The notes' own print, [0.01144685 0.98853856
    # 0.98734948 0.01447403], is that of a cell run again: 31,019 updates.)
    np.testing.assert_allclose(
        outputs, [0.02391914, 0.9757925, 0.97343127, 0.03041428], rtol=0, atol=5e-9
    )
    trainer.train(31_019 - 9_999)
    np.testing.assert_allclose(
        trainer.network.predict(trainer.inputs)[:, 0],
        [0.01144685, 0.98853856, 0.98734948, 0.01447403],
        rtol=0,
        atol=5e-9,
    )


def test_the_sum_is_n_times_the_mean_for_loss_and_gradients():
    trainer = notes_xor_as_a_network()
    summed = trainer.evaluate()
    trainer.network.reduction = "mean"
    mean = trainer.evaluate()
    assert summed.loss == pytest.approx(4 * mean.loss, rel=1e-15)
    for s, m in zip(summed.layers, mean.layers, strict=True):
        np.testing.assert_allclose(s.grad_weights, 4 * m.grad_weights, rtol=1e-14)
    trainer.network.reduction = "median"
    with pytest.raises(EngineError, match="unknown loss reduction 'median'"):
        trainer.network.validate()


def test_an_epochs_loss_under_the_sum_is_the_batch_sum_whole_or_in_batches():
    whole = notes_xor_as_a_network()
    (record,) = whole.train(1).epochs
    first = notes_xor_as_a_network()
    assert record.loss == pytest.approx(first.evaluate().loss, rel=1e-15)  # Σ of 4 samples
    halves = notes_xor_as_a_network()
    halves.batch_size = 2
    (record,) = halves.train(1).epochs
    assert record.loss == pytest.approx(halves.evaluate().loss / 2, rel=0.5)  # per batch
