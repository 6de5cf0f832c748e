"""Play/Pause: training in slices that keep the event loop turning, and what stops it."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from playground import io
from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.engine import Layer, Network
from playground.paths import resource_path


@pytest.fixture
def xor(qapp):
    return NetworkDocument(io.load(resource_path("examples", "xor.json")))


@pytest.fixture
def player(xor):
    player = Player(xor)
    yield player
    player.pause()


def test_play_then_pause_trains_and_the_curve_holds_the_epochs(qtbot, xor, player):
    xor.epochs = 10**9
    player.play()
    assert player.playing
    qtbot.waitUntil(lambda: xor.trainer.epoch > 300, timeout=10_000)
    player.pause()
    epochs = xor.trainer.epoch
    x, y = player.loss_curve.data()
    assert x[-1] == epochs and len(x) == epochs  # every epoch while it fits
    assert y[-1] < y[0]
    qtbot.wait(50)
    assert xor.trainer.epoch == epochs  # paused means paused


def test_the_event_loop_keeps_turning_while_playing(qtbot, xor, player):
    ticks = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(1))
    probe.start()
    xor.epochs = 10**9
    player.play()
    qtbot.wait(1000)
    player.pause()
    probe.stop()
    # Frames last about 1/30 s, so a 10 ms probe fires about 30 times; a frozen loop, ~0.
    assert len(ticks) >= 20
    assert xor.trainer.epoch > 100


def test_speed_limit_trains_about_that_many_steps(qtbot, xor, player):
    player.steps_per_second = 20
    xor.epochs = 10**9
    player.play()
    qtbot.wait(1000)
    player.pause()
    assert 10 <= xor.trainer.steps <= 30


def test_stops_at_the_maximum_epochs_and_at_the_target_loss(qtbot, xor, player):
    xor.epochs = 50
    with qtbot.waitSignal(player.stopped, timeout=10_000) as stop:
        player.play()
    assert "maximum of 50 epochs" in stop.args[0] and xor.trainer.epoch == 50
    xor.epochs = 10**9
    player.target_loss = 0.2
    with qtbot.waitSignal(player.stopped, timeout=10_000) as stop:
        player.play()
    assert "target loss 0.2" in stop.args[0]
    assert player.loss_curve.last[1] <= 0.2


def test_divergence_pauses_at_the_last_finite_epoch_and_rolls_back(qtbot, qapp):
    network = Network(
        input_units=1, loss="mse", layers=[Layer(activation="linear", weights=[[0.5]], bias=[0.0])]
    )
    file = io.PlaygroundFile(
        network=network,
        data=io.DataSource.builtin("linear"),
        optimizer={"name": "sgd", "learning_rate": 1e6},
    )
    doc = NetworkDocument(file)
    doc.epochs = 10**9
    player = Player(doc)
    with qtbot.waitSignal(player.stopped, timeout=10_000) as stop:
        player.play()
    assert not player.playing
    message = stop.args[0]
    assert "the loss became" in message and "learning rate (1e+06) is likely too high" in message
    layer = doc.network.layers[0]
    assert np.isfinite(layer.weights).all() and np.isfinite(layer.bias).all()
    assert np.isfinite(doc.trainer.evaluate().loss)
    assert doc.trainer.epoch > 0
    player.roll_back()
    assert layer.weights[0, 0] == 0.5 and doc.trainer.epoch == 0


def test_history_keeps_exact_states_to_go_back_to(qtbot, xor, player):
    xor.epochs = 200
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    record = player.history.at(len(player.history) // 2)
    again = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    again.trainer.train(record.epoch)
    for mine, theirs in zip(record.weights, again.network.layers, strict=True):
        np.testing.assert_array_equal(mine, theirs.weights)


def test_test_loss_is_recorded_for_data_with_a_test_set(qtbot, xor, player):
    xor.undo_stack.push(edits.set_data(xor, io.DataSource.builtin("circle", samples=60)))
    xor.epochs = 300
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    assert len(player.test_loss_curve) >= 1


def test_epochs_stepped_by_hand_go_on_the_curve_and_into_the_history(qtbot, xor, player):
    xor.forward()
    xor.backward()
    assert len(player.loss_curve) == 0
    xor.update()
    assert player.loss_curve.last == (1, pytest.approx(xor.trace.loss))
    assert player.accuracy_curve.last[0] == 1
    xor.step()
    xor.run_epoch()
    assert [int(x) for x in player.loss_curve.data()[0]] == [1, 2, 3]
    assert [r.epoch for r in player.history.records] == [0, 1, 2, 3]


def test_a_long_epoch_is_trained_in_slices_that_keep_the_window_live(qtbot, qapp):
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (200_000, 2))  # at batch 4, one epoch is 50,000 steps
    network = Network(
        input_units=2,
        loss="mse",
        layers=[Layer(activation="sigmoid", weights=[[0.1], [-0.2]], bias=[0.0])],
    )
    file = io.PlaygroundFile(
        network=network,
        data=io.DataSource.inline(x, x[:, :1] > 0),
        optimizer={"name": "sgd", "learning_rate": 0.1},
    )
    file.training.batch_size = 4
    doc = NetworkDocument(file)
    player = Player(doc)
    ticks = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(doc.trainer.epoch))
    probe.start()
    player.play()
    qtbot.waitUntil(lambda: doc.trainer.steps > 1000 and len(ticks) > 10, timeout=10_000)
    player.pause()
    probe.stop()
    assert ticks.count(0) > 10  # the loop turned many times inside the first epoch
    assert doc.trainer.epoch == 0 and not doc.trainer.at_epoch_start
    assert len(player.loss_curve) == 0  # no epoch finished, so no point yet
