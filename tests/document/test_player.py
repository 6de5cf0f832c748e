"""Play/Pause: training in slices that keep the event loop turning, and what stops it."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from playground import io
from playground.document import NetworkDocument, edits
from playground.document.player import Player
from playground.document.training_run import Stop, StopKind
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


class TickingClock:
    """A clock that moves on ``tick`` seconds at every reading: the player's pacing then
    depends on how often it looks at the clock, never on how fast this machine is."""

    def __init__(self, tick: float = 0.001) -> None:
        self.now, self.tick = 0.0, tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


def frames_of(player) -> list:
    """The run's epoch at each frame the player draws."""
    seen = []
    player.frame_drawn.connect(lambda frame: seen.append(player.doc.trainer.epoch))
    return seen


def test_play_then_pause_trains_and_the_curve_holds_the_epochs(qtbot, xor, player):
    xor.epochs = 10**9
    player.play()
    assert player.playing
    qtbot.waitUntil(lambda: xor.trainer.epoch > 300, timeout=10_000)
    player.pause()
    epochs = xor.trainer.epoch
    x, y = xor.run.loss_curve.data()
    assert x[-1] == epochs and len(x) == epochs  # every epoch while it fits
    assert y[-1] < y[0]
    qtbot.wait(50)
    assert xor.trainer.epoch == epochs  # paused means paused


def test_the_event_loop_turns_between_every_two_frames(qtbot, xor, player):
    turns = []
    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(lambda: turns.append(1))
    at_frame = []
    player.frame_drawn.connect(lambda frame: at_frame.append(len(turns)))
    probe.start()
    xor.epochs = 10**9
    player.play()
    qtbot.waitUntil(lambda: len(at_frame) >= 20, timeout=10_000)
    player.pause()
    probe.stop()
    gaps = np.diff(at_frame[:20])
    assert (gaps >= 1).all(), gaps  # other events ran between any two frames
    assert xor.trainer.epoch > 0


def test_speed_limit_trains_that_many_steps_per_second_of_its_clock(qtbot, xor):
    clock = TickingClock(0.002)
    player = Player(xor, clock=clock)
    player.steps_per_second = 20
    xor.epochs = 10**9
    player.play()
    qtbot.waitUntil(lambda: clock.now >= 1.0, timeout=10_000)
    player.pause()
    on_its_clock = clock.now  # seconds of the player's own (ticking) clock, not of the wall
    assert abs(xor.trainer.steps - 20 * on_its_clock) <= 2


def test_stops_at_the_maximum_epochs_and_at_the_target_loss(qtbot, xor, player):
    xor.epochs = 50
    with qtbot.waitSignal(player.stopped, timeout=10_000) as stop:
        player.play()
    assert stop.args[0] == Stop(StopKind.EPOCH_LIMIT, 50, 50) and xor.trainer.epoch == 50
    assert xor.run.loss_curve.last[0] == 50
    xor.undo_stack.push(edits.set_epochs(xor, 10**9))
    xor.undo_stack.push(edits.set_target_loss(xor, "0.2"))
    with qtbot.waitSignal(player.stopped, timeout=10_000) as stop:
        player.play()
    assert stop.args[0].kind is StopKind.TARGET_LOSS and stop.args[0].value == 0.2
    assert xor.run.loss_curve.last[1] <= 0.2
    assert xor.run.stop == stop.args[0]


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
    stopped = stop.args[0]
    assert stopped.kind is StopKind.DIVERGED and stopped.value == 1e6
    assert doc.run.stop == stopped and doc.run.can_roll_back
    layer = doc.network.layers[0]
    assert np.isfinite(layer.weights).all() and np.isfinite(layer.bias).all()
    assert np.isfinite(doc.trainer.evaluate().loss)
    assert doc.trainer.epoch == stopped.epoch > 0
    # the curve ends where training stopped: no point beyond the trainer's epoch
    assert doc.run.loss_curve.last[0] == doc.trainer.epoch
    player.roll_back()
    assert doc.network.layers[0].weights[0, 0] == 0.5 and doc.trainer.epoch == 0
    assert doc.run.loss_curve.last is None and doc.run.stop is None


def test_history_keeps_exact_states_to_go_back_to(qtbot, xor, player):
    xor.epochs = 200
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    record = xor.run.history.at(len(xor.run.history) // 2)
    again = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    again.trainer.train(record.epoch)
    for mine, theirs in zip(record.weights, again.network.layers, strict=True):
        np.testing.assert_array_equal(mine, theirs.weights)


def test_test_loss_is_recorded_for_data_with_a_test_set(qtbot, xor, player):
    xor.undo_stack.push(edits.set_data(xor, io.DataSource.builtin("circle", samples=60)))
    xor.epochs = 300
    with qtbot.waitSignal(player.stopped, timeout=10_000):
        player.play()
    assert len(xor.run.test_loss_curve) >= 1
    assert xor.run.test_loss_curve.last[0] <= xor.trainer.epoch


def test_epochs_stepped_by_hand_go_on_the_curve_and_into_the_history(qtbot, xor, player):
    run = xor.run
    xor.forward()
    xor.backward()
    assert len(run.loss_curve) == 0
    xor.update()
    assert run.loss_curve.last == (1, pytest.approx(xor.trace.loss))
    assert run.accuracy_curve.last[0] == 1
    xor.step()
    xor.run_epoch()
    assert [int(x) for x in run.loss_curve.data()[0]] == [1, 2, 3]
    assert [r.epoch for r in run.history.records] == [0, 1, 2, 3]


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
    frames = frames_of(player)
    steps = []
    player.frame_drawn.connect(lambda frame: steps.append(doc.trainer.steps))
    player.play()
    qtbot.waitUntil(lambda: len(frames) > 10, timeout=30_000)
    player.pause()
    assert frames[:10] == [0] * 10  # ten frames drawn inside the first epoch
    assert all(b > a for a, b in zip(steps[:10], steps[1:10], strict=False))  # each trained
    assert doc.trainer.epoch == 0 and not doc.trainer.at_epoch_start
    assert len(doc.run.loss_curve) == 0  # no epoch finished, so no point yet


def test_frames_alternate_between_the_numbers_and_the_plots_and_pause_draws_both(
    qtbot, xor, player
):
    drawn = []  # per frame: what it redrew
    current = set()
    xor.changed.connect(lambda change: current.add("numbers"))
    player.plot_due.connect(lambda turn: current.add(f"plot {turn}"))

    def frame_done(frame):
        drawn.append(frozenset(current))
        current.clear()

    player.frame_drawn.connect(frame_done)
    xor.epochs = 10**9
    player.play()
    qtbot.waitUntil(lambda: len(drawn) >= 6, timeout=10_000)
    player.pause()
    numbers, plots = frozenset({"numbers"}), frozenset({"plot 0", "plot 1"})
    playing = drawn[:6]
    assert set(playing) == {numbers, plots}
    assert all(a != b for a, b in zip(playing, playing[1:], strict=False))  # alternating
    assert drawn[-1] == numbers | plots  # the paused window shows one state everywhere
