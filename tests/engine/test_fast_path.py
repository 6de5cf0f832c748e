"""The epoch loop behind ``train``/``run_epoch`` against ``Trainer.step()`` by hand, bit for bit.

``reference_train`` is the training loop as it was written before the epoch loop existed:
one ``step()`` after another, each epoch's loss and accuracy summed from the traces. Every
number the fast loop leaves (weights, biases, history, counters, the last trace) must be
the very same float64, so the two can never drift apart.
"""

import math

import numpy as np
import pytest

from playground.engine import Layer, Network, Trainer, make_optimizer
from playground.engine.epoch_loop import EpochLoop, correct_count, target_classes
from playground.engine.metrics import correct_count as metrics_correct_count
from playground.engine.metrics import is_classification
from playground.engine.training import EpochRecord, History

XOR_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_TARGETS = np.array([[0], [1], [1], [0]], dtype=float)
_rng = np.random.default_rng(7)
X37 = _rng.normal(size=(37, 3))  # 37 rows: the last mini-batch of 8 is smaller
ONE_HOT37 = np.eye(3)[_rng.integers(0, 3, size=37)]
BITS37 = (_rng.random((37, 2)) > 0.5).astype(float)
REAL37 = _rng.normal(size=(37, 2))


def network(sizes, activations, loss, *, seed=0, masks=None, train_bias=True):
    rng = np.random.default_rng(seed)
    layers = [
        Layer(
            activation=activation,
            weights=rng.normal(size=(n_in, n_out)),
            bias=rng.normal(size=n_out) * 0.3,
            mask=None if masks is None else masks[i],
            train_bias=train_bias,
        )
        for i, (n_in, n_out, activation) in enumerate(
            zip(sizes[:-1], sizes[1:], activations, strict=True)
        )
    ]
    return Network(input_units=sizes[0], layers=layers, loss=loss)


def xor_full_batch():
    net = network([2, 2, 1], ["sigmoid", "sigmoid"], "mse", seed=1)
    sgd = make_optimizer("sgd", learning_rate=0.5)
    return Trainer(net, sgd, inputs=XOR_INPUTS, targets=XOR_TARGETS)


def softmax_mini_batches_shuffled():
    net = network([3, 5, 3], ["relu", "softmax"], "cross_entropy", seed=2)
    sgd = make_optimizer("sgd", learning_rate=0.1)
    return Trainer(net, sgd, inputs=X37, targets=ONE_HOT37, batch_size=8, shuffle=True, seed=3)


def masked_layer(optimizer):
    def make():
        mask = np.array([[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 1]], dtype=float)
        net = network(
            [3, 4, 2], ["tanh", "sigmoid"], "binary_cross_entropy", seed=4, masks=[mask, None]
        )
        return Trainer(
            net,
            make_optimizer(optimizer, learning_rate=0.05),
            inputs=X37,
            targets=BITS37,
            batch_size=5,
        )

    return make


def fixed_biases():
    net = network([2, 3, 1], ["leaky_relu", "sigmoid"], "half_sse", seed=5, train_bias=False)
    sgd = make_optimizer("sgd", learning_rate=0.3)
    return Trainer(net, sgd, inputs=XOR_INPUTS, targets=XOR_TARGETS, batch_size=3, shuffle=True)


def adam_shuffled():
    net = network([3, 4, 4, 3], ["relu", "tanh", "softmax"], "cross_entropy", seed=6)
    adam = make_optimizer("adam", learning_rate=0.01)
    return Trainer(net, adam, inputs=X37, targets=ONE_HOT37, batch_size=8, shuffle=True, seed=1)


def momentum_regression():
    net = network([3, 5, 2], ["tanh", "linear"], "mse", seed=8)
    sgd = make_optimizer("sgd", learning_rate=0.02, momentum=0.9, nesterov=True)
    return Trainer(net, sgd, inputs=X37, targets=REAL37, batch_size=10, shuffle=True, seed=2)


def rmsprop_one_sample_at_a_time():
    net = network([3, 4, 2], ["sigmoid", "sigmoid"], "binary_cross_entropy", seed=9)
    rmsprop = make_optimizer("rmsprop", learning_rate=0.01, momentum=0.5)
    return Trainer(net, rmsprop, inputs=X37, targets=BITS37, batch_size=1, shuffle=True)


def perceptron_and():
    net = Network(
        input_units=2,
        loss="half_sse",
        layers=[Layer(activation="step", weights=[[0.0], [0.0]], bias=[0.0])],
    )
    and_targets = np.array([[0], [0], [0], [1]], dtype=float)
    perceptron = make_optimizer("perceptron", learning_rate=0.1)
    return Trainer(net, perceptron, inputs=XOR_INPUTS, targets=and_targets)


CASES = {
    "full batch": (xor_full_batch, True),
    "mini-batches, shuffled": (softmax_mini_batches_shuffled, True),
    "masked layer, sgd": (masked_layer("sgd"), True),
    "masked layer, adam": (masked_layer("adam"), True),
    "train_bias false": (fixed_biases, False),
    "adam, shuffled": (adam_shuffled, True),
    "sgd momentum, regression": (momentum_regression, True),
    "rmsprop, batch of one": (rmsprop_one_sample_at_a_time, True),
    "perceptron": (perceptron_and, False),
}


def reference_train(trainer, epochs, target_loss=None):
    """``train`` as one ``step()`` after another (the loop before there was a fast path)."""
    history = History()
    classification = is_classification(trainer.targets)
    for _ in range(epochs):
        epoch, loss_sum, right, seen = trainer.epoch, 0.0, 0, 0
        while trainer.epoch == epoch:
            trace = trainer.step()
            loss_sum += float(trace.sample_losses.sum())
            if classification:
                right += metrics_correct_count(trace.outputs, trace.targets)
            seen += trace.inputs.shape[0]
        accuracy = right / seen if classification else None
        history.epochs.append(EpochRecord(trainer.epoch, loss_sum / seen, accuracy))
        if not math.isfinite(history.epochs[-1].loss):
            history.stopped_because = "loss is not finite"
            break
        if target_loss is not None and history.epochs[-1].loss <= target_loss:
            history.stopped_because = "target loss reached"
            break
    return history


def bits(value) -> bytes:
    """A float64 array's or number's exact bits (NaN and -0.0 included)."""
    return np.asarray(value, dtype=np.float64).tobytes()


def assert_same_state(fast, slow):
    assert (fast.steps, fast.epoch, fast._cursor) == (slow.steps, slow.epoch, slow._cursor)
    assert fast.optimizer.iterations == slow.optimizer.iterations
    for a, b in zip(fast.network.layers, slow.network.layers, strict=True):
        assert bits(a.weights) == bits(b.weights)
        assert bits(a.bias) == bits(b.bias)
    for key, slot in slow.optimizer._state.items():
        assert bits(fast.optimizer._state[key]) == bits(slot)
    assert_same_trace(fast.trace, slow.trace)


def assert_same_trace(fast, slow):
    assert bits(fast.inputs) == bits(slow.inputs)
    assert bits(fast.targets) == bits(slow.targets)
    assert bits(fast.sample_losses) == bits(slow.sample_losses)
    for a, b in zip(fast.layers, slow.layers, strict=True):
        for name in ("net", "out", "delta", "grad_weights", "grad_bias"):
            assert bits(getattr(a, name)) == bits(getattr(b, name)), name


def assert_same_history(fast, slow):
    assert fast.stopped_because == slow.stopped_because
    assert len(fast.epochs) == len(slow.epochs)
    for a, b in zip(fast.epochs, slow.epochs, strict=True):
        assert a.epoch == b.epoch
        assert bits(a.loss) == bits(b.loss)
        assert a.accuracy == b.accuracy
        assert (type(a.epoch), type(a.loss), type(a.accuracy)) == (int, float, type(b.accuracy))


@pytest.mark.parametrize("name", CASES)
def test_train_gives_the_bits_of_stepping(name):
    make, _ = CASES[name]
    fast, slow = make(), make()
    assert_same_history(fast.train(7), reference_train(slow, 7))
    assert_same_state(fast, slow)


@pytest.mark.parametrize("name", CASES)
def test_run_epoch_after_steps_by_hand_gives_the_bits_of_stepping(name):
    make, _ = CASES[name]
    fast, slow = make(), make()
    for trainer in (fast, slow):
        trainer.step()
        trainer.forward()  # a pass without its update: its batch is used up in both
    record = fast.run_epoch()
    assert_same_history(History([record]), reference_train(slow, 1))
    assert_same_state(fast, slow)
    assert fast.phase is slow.phase
    for a, b in zip(fast.weights_before_update, slow.weights_before_update, strict=True):
        assert bits(a) == bits(b)


@pytest.mark.parametrize("name", CASES)
def test_the_flat_update_is_used_exactly_for_element_wise_rules_training_every_bias(name):
    make, flat = CASES[name]
    assert (EpochLoop(make()).working is not None) is flat


def test_early_stops_match():
    fast, slow = xor_full_batch(), xor_full_batch()
    fast.optimizer.learning_rate = slow.optimizer.learning_rate = 4.0
    history = fast.train(5000, target_loss=0.02)
    assert history.stopped_because == "target loss reached" and len(history.epochs) < 5000
    assert_same_history(history, reference_train(slow, 5000, 0.02))
    assert fast.train(1).epochs  # and it carries on from there

    def diverging():
        net = network([1, 1], ["linear"], "mse")
        sgd = make_optimizer("sgd", learning_rate=1e6)
        return Trainer(net, sgd, inputs=[[3.0], [-2.0]], targets=[[1.0], [2.0]])

    fast, slow = diverging(), diverging()
    history = fast.train(1000)
    assert history.stopped_because == "loss is not finite"
    assert_same_history(history, reference_train(slow, 1000))
    assert_same_state(fast, slow)


def test_train_keeps_the_network_arrays_and_leaves_no_stale_inspector_copy():
    trainer = xor_full_batch()
    arrays = [a for layer in trainer.network.layers for a in (layer.weights, layer.bias)]
    before = [a.copy() for a in arrays]
    trainer.step()
    trainer.train(3)
    assert [a for layer in trainer.network.layers for a in (layer.weights, layer.bias)] == arrays
    assert any(not np.array_equal(a, b) for a, b in zip(arrays, before, strict=True))
    assert trainer.weights_before_update is None


def test_correct_count_from_target_classes_is_metrics_correct_count():
    rng = np.random.default_rng(0)
    for n_outputs in (1, 3):
        targets = rng.integers(0, 2, size=(50, n_outputs)).astype(float)
        outputs = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0, np.nan], size=(50, n_outputs))
        expected = metrics_correct_count(outputs, targets)
        assert correct_count(outputs, target_classes(targets)) == expected


@pytest.mark.parametrize("left", ["plain", "transposed"])
@pytest.mark.parametrize("right", ["plain", "transposed"])
def test_np_dot_is_the_product_at_computes_bit_for_bit(left, right):
    # The engine multiplies with np.dot (less overhead); it must be @'s arithmetic exactly.
    rng = np.random.default_rng(1)
    sizes = (1, 2, 3, 5, 8, 17, 33)
    for n in sizes:
        for k in sizes:
            for m in sizes:
                a = rng.normal(size=(n, k)) if left == "plain" else rng.normal(size=(k, n)).T
                b = rng.normal(size=(k, m)) if right == "plain" else rng.normal(size=(m, k)).T
                out = np.empty((n, m))
                assert bits(np.dot(a, b)) == bits(a @ b)
                assert bits(np.dot(a, b, out)) == bits(a @ b)


def digits_like_adam():
    # The digits example's shape of training (relu + softmax, Adam, shuffled mini-batches)
    # on 37 rows: batches of 8, the last one smaller.
    net = network([3, 6, 3], ["relu", "softmax"], "cross_entropy", seed=10)
    adam = make_optimizer("adam", learning_rate=0.01)
    return Trainer(net, adam, inputs=X37, targets=ONE_HOT37, batch_size=8, shuffle=True, seed=4)


@pytest.mark.parametrize("gather_ahead", [1 << 20, 100, 1])
@pytest.mark.parametrize("make", [digits_like_adam, momentum_regression, adam_shuffled])
def test_slices_of_steps_give_the_bits_of_stepping(monkeypatch, make, gather_ahead):
    # Rows of the shuffled order are gathered ahead (all the epoch's, or a few batches' when
    # GATHER_AHEAD is small); the optimizer's state lies in one vector while train runs.
    # Slices of a few steps, as a window trains, start and stop mid-epoch and mid-gather.
    monkeypatch.setattr("playground.engine.epoch_loop.GATHER_AHEAD", gather_ahead)
    fast, slow = make(), make()
    records = []
    for max_steps in (1, 3, 2, 7, 5, 1, 4, 11):
        records += fast.train(100, max_steps=max_steps).epochs
    steps = fast.steps
    while slow.steps < steps:
        slow.step()
    assert_same_state(fast, slow)
    assert list(fast.optimizer._state) == list(slow.optimizer._state)  # same keys, same order
    fast, slow = make(), make()
    assert_same_history(fast.train(6), reference_train(slow, 6))
    assert_same_state(fast, slow)


def test_a_flat_state_leaves_no_trace_when_no_step_runs():
    trainer = adam_shuffled()
    trainer.step()
    stale = np.ones(5)
    trainer.optimizer._state[("m", "w", 0)] = stale  # of another shape: a rule remakes it
    state = dict(trainer.optimizer._state)
    assert not trainer.train(0).epochs
    assert trainer.optimizer._state == state and trainer.optimizer._state[("m", "w", 0)] is stale
    slow = adam_shuffled()
    slow.step()
    slow.optimizer._state[("m", "w", 0)] = stale.copy()
    trainer.train(2)
    reference_train(slow, 2)
    assert_same_state(trainer, slow)
