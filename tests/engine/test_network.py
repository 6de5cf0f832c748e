"""Network structure: masks, bias training, loss/activation pairing, phases, softmax delta."""

import numpy as np
import pytest

from playground.engine import (
    EngineError,
    Layer,
    Network,
    PhaseError,
    Trainer,
    default_node_label,
    make_optimizer,
)
from tests.engine.networks import CLASSIC_INPUTS, classic_network, classic_trainer


def test_backward_before_forward_and_update_before_backward_are_errors():
    trainer = classic_trainer()
    with pytest.raises(PhaseError, match="forward pass before the backward"):
        trainer.backward()
    trainer.forward()
    with pytest.raises(PhaseError, match="backward pass before updating"):
        trainer.update()
    trainer.backward()
    trainer.update()
    with pytest.raises(PhaseError):
        trainer.update()


def test_softmax_cross_entropy_delta_is_out_minus_target():
    network = classic_network(hidden="relu", output="softmax", loss="cross_entropy")
    targets = np.array([[0.0, 1.0]])
    trace = network.backward(network.forward(CLASSIC_INPUTS), targets)
    np.testing.assert_array_equal(trace.layers[1].delta, trace.outputs - targets)
    assert trace.loss == pytest.approx(-np.log(trace.outputs[0, 1]), rel=1e-14)


def test_masked_edge_stays_zero_under_adam():
    network = classic_network()
    network.layers[0].set_mask([[1, 0], [1, 1]])
    assert network.layers[0].weights[0, 1] == 0.0
    trainer = Trainer(
        network,
        make_optimizer("adam", learning_rate=0.1),
        inputs=CLASSIC_INPUTS,
        targets=[[0.01, 0.99]],
    )
    trainer.train(20)
    assert network.layers[0].weights[0, 1] == 0.0
    assert network.layers[0].weights[0, 0] != 0.15
    assert network.parameter_count() == 3 + 4  # biases fixed in the classic network


def test_fixed_biases_do_not_move_but_trainable_ones_do():
    network = classic_network()
    network.layers[1].train_bias = True
    trainer = Trainer(
        network,
        make_optimizer("sgd", learning_rate=0.5),
        inputs=CLASSIC_INPUTS,
        targets=[[0.01, 0.99]],
    )
    trainer.step()
    assert network.layers[0].bias.tolist() == [0.35, 0.35]
    assert network.layers[1].bias[0] != 0.60


@pytest.mark.parametrize(
    ("output", "loss", "message"),
    [
        ("softmax", "half_sse", "softmax output layer needs the cross_entropy loss"),
        ("relu", "cross_entropy", "cross_entropy needs a softmax output layer, not relu"),
        ("linear", "binary_cross_entropy", "binary_cross_entropy needs a sigmoid output"),
    ],
)
def test_senseless_loss_and_activation_pairs_are_refused(output, loss, message):
    with pytest.raises(EngineError, match=message):
        classic_network(output=output, loss=loss)


def test_softmax_in_a_hidden_layer_is_refused():
    with pytest.raises(EngineError, match="softmax is for the output layer only"):
        classic_network(hidden="softmax", output="softmax", loss="cross_entropy")


def test_layer_shapes_must_chain():
    with pytest.raises(EngineError, match=r"layers\[2\] takes 3 inputs, previous layer has 2"):
        Network(
            input_units=2,
            loss="mse",
            layers=[
                Layer(activation="relu", weights=np.zeros((2, 2)), bias=[0, 0]),
                Layer(activation="linear", weights=np.zeros((3, 1)), bias=[0]),
            ],
        )


def test_forward_rejects_wrong_input_width():
    with pytest.raises(EngineError, match="expected rows of 2 values, got shape 1×3"):
        classic_network().forward([[1.0, 2.0, 3.0]])


def test_mini_batches_and_seeded_shuffle():
    x = np.arange(8.0).reshape(4, 2) / 10
    t = np.array([[0.0], [1.0], [1.0], [0.0]])

    def run(seed):
        network = Network(
            input_units=2,
            loss="mse",
            layers=[Layer(activation="sigmoid", weights=[[0.1], [-0.2]], bias=[0.0])],
        )
        trainer = Trainer(
            network,
            make_optimizer("sgd", learning_rate=0.5),
            inputs=x,
            targets=t,
            batch_size=2,
            shuffle=True,
            seed=seed,
        )
        history = trainer.train(3)
        return trainer, history

    trainer, history = run(1)
    assert trainer.steps == 6 and trainer.epoch == 3 and len(history.epochs) == 3
    again, _ = run(1)
    other, _ = run(2)
    assert np.array_equal(trainer.network.layers[0].weights, again.network.layers[0].weights)
    assert not np.array_equal(trainer.network.layers[0].weights, other.network.layers[0].weights)


def test_training_stops_on_non_finite_loss():
    network = Network(
        input_units=1, loss="mse", layers=[Layer(activation="linear", weights=[[1.0]], bias=[0.0])]
    )
    trainer = Trainer(
        network,
        make_optimizer("sgd", learning_rate=1e6),
        inputs=[[3.0], [-2.0]],
        targets=[[1.0], [2.0]],
    )
    history = trainer.train(1000)
    assert history.stopped_because == "loss is not finite"
    assert len(history.epochs) < 1000


def test_an_epoch_counts_when_its_last_update_is_done():
    trainer = classic_trainer()
    trainer.forward()
    trainer.backward()
    assert trainer.epoch == 0  # the pass is drawn, the epoch not yet trained
    trainer.update()
    assert (trainer.epoch, trainer.steps) == (1, 1)
    trainer.step(sample=0)  # a chosen sample is no part of an epoch
    assert (trainer.epoch, trainer.steps) == (1, 2)
    trainer.train(3)
    assert (trainer.epoch, trainer.steps) == (4, 5)


def _minibatch_trainer(optimizer="adam", *, rows=50, batch_size=8, data_seed=5, seed=2) -> Trainer:
    """A 2-2-1 tanh/sigmoid network on ``rows`` random points (the sign of x1·x2), trained in
    shuffled mini-batches. By default 7 steps an epoch, the last of 2 rows."""
    x = np.random.default_rng(data_seed).uniform(-1, 1, (rows, 2))
    t = (x[:, :1] * x[:, 1:] > 0).astype(float)
    network = Network(
        input_units=2,
        loss="mse",
        layers=[
            Layer(activation="tanh", weights=[[0.3, -0.2], [0.1, 0.4]], bias=[0.0, 0.1]),
            Layer(activation="sigmoid", weights=[[0.5], [-0.3]], bias=[0.0]),
        ],
    )
    return Trainer(
        network,
        make_optimizer(optimizer, learning_rate=0.05),
        inputs=x,
        targets=t,
        batch_size=batch_size,
        shuffle=True,
        seed=seed,
    )


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop"])
def test_checkpoint_restore_makes_training_go_on_exactly(optimizer):
    def trainer():
        return _minibatch_trainer(optimizer, rows=10, batch_size=3, data_seed=3, seed=4)

    straight = trainer()
    straight.train(7)
    resumed = trainer()
    resumed.train(3)
    saved = resumed.checkpoint()
    resumed.train(5)  # a future that is thrown away
    resumed.restore(saved)
    resumed.train(4)
    assert (resumed.epoch, resumed.steps) == (straight.epoch, straight.steps)
    for a, b in zip(straight.network.layers, resumed.network.layers, strict=True):
        np.testing.assert_array_equal(a.weights, b.weights)
        np.testing.assert_array_equal(a.bias, b.bias)


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_training_in_slices_of_steps_equals_training_straight(optimizer):
    straight = _minibatch_trainer(optimizer)
    whole = straight.train(5)
    sliced = _minibatch_trainer(optimizer)
    records = []
    while sliced.epoch < 5:
        records += sliced.train(5 - sliced.epoch, max_steps=3).epochs  # ends mid-epoch
    assert (sliced.steps, sliced.epoch) == (straight.steps, straight.epoch) == (35, 5)
    assert [(r.epoch, r.loss, r.accuracy) for r in records] == [
        (r.epoch, r.loss, r.accuracy) for r in whole.epochs
    ]
    for a, b in zip(straight.network.layers, sliced.network.layers, strict=True):
        np.testing.assert_array_equal(a.weights, b.weights)


def test_a_checkpoint_in_mid_epoch_restores_the_epochs_sums_too():
    trainer = _minibatch_trainer()
    trainer.train(3, max_steps=10)  # one epoch and 3 steps of the next
    saved = trainer.checkpoint()
    first = trainer.train(1).epochs[0]
    trainer.restore(saved)
    again = trainer.train(1).epochs[0]
    assert (first.epoch, first.loss, first.accuracy) == (again.epoch, again.loss, again.accuracy)


def test_max_steps_bounds_the_whole_batch_path_too():
    trainer = classic_trainer()
    history = trainer.train(100, max_steps=7)
    assert trainer.steps == 7 and len(history.epochs) == 7


# --- node names ---------------------------------------------------------------------------


def _chain(*sizes: int) -> Network:
    layers = [
        Layer(activation="tanh", weights=np.zeros((n_in, n_out)), bias=np.zeros(n_out))
        for n_in, n_out in zip(sizes, sizes[1:], strict=False)
    ]
    return Network(input_units=sizes[0], layers=layers, loss="mse")


def test_default_node_labels_follow_the_windows_scheme():
    assert default_node_label(0, 0, 1) == "x1"
    assert default_node_label(1, 2, 1) == "y3"  # no hidden layer: the first layer is the output
    assert default_node_label(1, 1, 2) == "h2"  # one hidden layer: h1, h2, ...
    assert default_node_label(2, 0, 2) == "y1"
    assert default_node_label(1, 0, 3) == "h1.1"  # several: h{column}.{number}
    assert default_node_label(2, 11, 3) == "h2.12"
    assert _chain(2, 3, 1).node_labels(1) == ["h1", "h2", "h3"]
    assert _chain(2, 2, 2, 1).node_labels(2) == ["h2.1", "h2.2"]
    assert _chain(2, 2, 2, 1).node_labels(3) == ["y1"]


def test_a_layers_own_labels_win_over_the_defaults():
    network = classic_network()
    assert network.node_labels(0) == ["x1", "x2"]
    network.input_labels = ["i1", "i2"]
    network.layers[1].labels = ["o1", "o2"]
    assert network.node_labels(0) == ["i1", "i2"]
    assert network.node_labels(1) == ["h1", "h2"]
    assert network.node_label(2, 1) == "o2"
