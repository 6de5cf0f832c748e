"""Bounded histories: the loss curve and the time-travel snapshots stay small and right."""

import numpy as np

from playground.engine.history import DecimatedSeries, StepHistory
from tests.engine.networks import classic_trainer


def test_series_keeps_every_point_while_it_fits():
    series = DecimatedSeries(capacity=8)
    for i in range(8):
        series.append(i, i * i)
    x, y = series.data()
    assert x.tolist() == list(range(8)) and y.tolist() == [i * i for i in range(8)]


def test_series_stays_bounded_for_a_million_points_and_ends_at_the_newest():
    series = DecimatedSeries(capacity=1024)
    for i in range(1_000_000):
        series.append(i, 1.0 / (i + 1))
    x, y = series.data()
    assert len(x) <= 1025
    assert x[0] == 0 and x[-1] == 999_999 and y[-1] == 1.0 / 1_000_000
    assert np.all(np.diff(x) > 0)
    assert series.stride == 1024  # 2**10 halvings for ~1000 × capacity points
    np.testing.assert_array_equal(x[:-1] % series.stride, 0)


def test_step_history_thins_to_its_budget_and_keeps_exact_weights():
    trainer = classic_trainer()
    size = trainer.checkpoint().nbytes
    history = StepHistory(max_bytes=10 * size, min_records=10)
    for _ in range(100):
        trainer.step()
        if history.should_record(trainer.steps):
            history.record(
                step=trainer.steps, epoch=trainer.epoch, loss=None, state=trainer.checkpoint()
            )
    assert len(history) <= 10
    assert all(r.step % history.stride == 0 for r in history.records)
    # On pause the player records the present whether or not it is due.
    history.record(step=100, epoch=100, loss=None, state=trainer.checkpoint())
    steps = [r.step for r in history.records]
    assert steps[-1] == 100 and len(history) <= 11
    again = classic_trainer()
    for _ in range(steps[0]):
        again.step()
    np.testing.assert_array_equal(history.at(0).weights[1], again.network.layers[1].weights)


def test_recording_an_earlier_step_starts_a_new_branch():
    trainer = classic_trainer()
    history = StepHistory()
    for step in range(1, 6):
        trainer.step()
        history.record(step=step, epoch=step, loss=None, state=trainer.checkpoint())
    history.record(step=3, epoch=3, loss=None, state=trainer.checkpoint())
    assert [r.step for r in history.records] == [1, 2, 3]


def test_truncating_a_series_goes_on_as_if_the_later_points_never_were():
    straight, branched = DecimatedSeries(capacity=16), DecimatedSeries(capacity=16)
    for epoch in range(1, 101):
        straight.append(epoch, epoch * 2.0)
    for epoch in range(1, 61):
        branched.append(epoch, epoch * 2.0)
    for epoch in range(61, 81):
        branched.append(epoch, -1.0)  # a future that is left behind
    branched.truncate_after(60)
    for epoch in range(61, 101):
        branched.append(epoch, epoch * 2.0)
    np.testing.assert_array_equal(straight.data()[0], branched.data()[0])
    np.testing.assert_array_equal(straight.data()[1], branched.data()[1])
