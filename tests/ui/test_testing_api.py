"""playground.testing drives the real window by names: every press, the diagram's numbers,
typed weights with undo, Play for an exact number of epochs, lessons, and the first example
of docs/testing.md run as it stands.

Numbers are the course notes' hand-derived ones for the classic 2-2-2 network, or the
engine trained apart from the window.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from playground import io
from playground.document import edits
from playground.paths import resource_path
from playground.testing import PRESSABLE, open_window

CLASSIC = resource_path("examples", "classic-2-2-2.json")
XOR = resource_path("examples", "xor.json")
DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"


@pytest.fixture
def app(qtbot):
    return open_window(qtbot, CLASSIC)


def trained_apart(path: Path, epochs: int, *, weight: tuple[int, int, int, float] | None = None):
    """The network of ``path`` trained ``epochs`` epochs by the engine alone (after typing
    ``weight`` = (column, source, target, value) when given); its loss on all samples."""
    pf = io.load(path)
    if weight is not None:
        column, i, j, value = weight
        pf.network.layers[column - 1].weights[i, j] = value
    trainer = pf.make_trainer()
    trainer.train(epochs)
    return trainer, float(trainer.evaluate().loss)


# -- the diagram's numbers, by name ------------------------------------------------------------


def test_forward_and_backward_give_the_notes_numbers(app):
    assert app.node("h1").out is None and app.edge("h1", "o1").grad is None
    assert app.loss == pytest.approx(0.298371109)  # the status bar: E before any pass
    app.press("forward")
    h1 = app.node("h1")
    assert h1.label == "h1" and h1.activation == "sigmoid" and h1.bias == 0.35
    assert h1.net == pytest.approx(0.15 * 0.05 + 0.2 * 0.1 + 0.35)  # 0.3775
    assert h1.out == pytest.approx(0.593269992) and h1.delta is None
    assert app.node("o1").out == pytest.approx(0.75136507)
    assert app.node("i1").out == 0.05 and app.node("i1").bias is None
    app.press("backward")
    w5 = app.edge("h1", "o1")
    assert w5.label == "h1 → o1" and w5.notes_name == "w5" and w5.weight == 0.4
    assert w5.grad == pytest.approx(0.082167041)
    assert app.node("o1").delta == pytest.approx(0.741365069 * 0.186815602)
    assert app.edge("i1", "h1").grad == pytest.approx(0.000438568)  # ∂E/∂w1
    app.press("update")
    w5 = app.edge("h1", "o1")
    assert w5.weight == pytest.approx(0.35891648) and w5.before_update == 0.4
    assert w5.change == pytest.approx(-0.5 * 0.082167041)
    assert app.loss == pytest.approx(0.291027774)


def test_names_that_name_nothing_say_which_names_exist(app):
    with pytest.raises(LookupError, match="no node called 'h9'.*i1, i2, h1, h2, o1, o2"):
        app.node("h9")
    with pytest.raises(LookupError, match="not in the next layer"):
        app.edge("i1", "o1")


# -- every press -------------------------------------------------------------------------------


def test_every_press_name_is_a_real_action_of_the_window(app):
    doc = app.doc
    app.press("forward")
    assert doc.phase.name == "FORWARD"
    app.press("backward")
    assert doc.phase.name == "BACKWARD"
    app.press("update")
    assert doc.phase.name == "UPDATED" and app.epoch == 1
    app.press("step")
    assert app.epoch == 2 and doc.trainer.steps == 2
    app.press("run_epoch")
    assert app.epoch == 3
    trainer, loss = trained_apart(CLASSIC, 3)
    np.testing.assert_array_equal(doc.network.layers[1].weights, trainer.network.layers[1].weights)
    assert app.loss == loss
    app.press("reset")
    assert app.epoch == 0 and app.edge("h1", "o1").weight == 0.4
    app.press("undo")  # the reset is an edit: undo brings epoch 3 back
    assert app.epoch == 3 and app.loss == loss
    app.press("redo")
    assert app.epoch == 0
    app.press("play")
    assert app.window.player.playing
    app.qtbot.waitUntil(lambda: app.epoch >= 5, timeout=30_000)
    app.press("pause")
    assert not app.window.player.playing and app.epoch >= 5
    assert not app.window.actions.play.isChecked()


def test_a_press_the_window_does_not_offer_says_what_it_offers(app):
    with pytest.raises(AssertionError, match="cannot press update now: .*forward"):
        app.press("update")
    with pytest.raises(AssertionError, match="cannot press pause: not playing"):
        app.press("pause")
    with pytest.raises(AssertionError, match="cannot press undo now"):
        app.press("undo")  # nothing done yet
    with pytest.raises(ValueError, match="press takes one of forward, backward"):
        app.press("jump")
    assert set(PRESSABLE) >= {"forward", "run_epoch", "undo", "redo", "pause"}


# -- typing a weight, undo and redo ------------------------------------------------------------


def test_set_weight_types_into_the_diagram_and_undoes(app):
    doc = app.doc
    app.press("forward")
    app.set_weight("h1", "o1", 0.5)
    assert doc.network.layers[1].weights[0, 0] == 0.5 and app.edge("h1", "o1").weight == 0.5
    assert app.node("h1").out is None  # a typed weight: the last pass no longer holds
    assert doc.undo_stack.undoText().startswith("Set weight h1→o1")
    _, loss = trained_apart(CLASSIC, 0, weight=(2, 0, 0, 0.5))
    assert app.loss == loss
    app.press("undo")
    assert app.edge("h1", "o1").weight == 0.4 and app.loss == pytest.approx(0.298371109)
    app.press("redo")
    assert app.edge("h1", "o1").weight == 0.5 and app.loss == loss
    app.set_bias("o2", -1.25)
    assert doc.network.layers[1].bias[1] == -1.25 and app.node("o2").bias == -1.25


def test_a_refused_weight_raises_with_the_windows_reason(app):
    with pytest.raises(AssertionError, match="refused inf: .*not a finite number"):
        app.set_weight("h1", "o1", float("inf"))
    assert app.edge("h1", "o1").weight == 0.4 and app.window.diagram.editor is None
    with pytest.raises(LookupError, match="input node"):
        app.set_bias("i1", 1.0)


# -- Play for exactly N epochs -----------------------------------------------------------------


def test_play_trains_exactly_n_more_epochs_as_the_engine_does(app):
    app.set_weight("h1", "o1", 0.5)
    app.press("step")
    app.window.push(edits.set_epochs(app.doc, 10))  # a limit below where N epochs end
    app.play(epochs=40)
    assert app.epoch == 41 and not app.window.player.playing
    assert app.doc.epochs == 10  # the limit is put back
    trainer, loss = trained_apart(CLASSIC, 41, weight=(2, 0, 0, 0.5))
    assert app.loss == loss
    for mine, theirs in zip(app.doc.network.layers, trainer.network.layers, strict=True):
        np.testing.assert_array_equal(mine.weights, theirs.weights)
    app.play(epochs=1)
    assert app.epoch == 42


def test_play_that_reaches_the_target_loss_early_says_so(app):
    app.window.push(edits.set_target_loss(app.doc, "0.25"))
    with pytest.raises(AssertionError, match=r"ended at epoch \d+, not 1000: reached the target"):
        app.play(epochs=1000)
    assert app.loss <= 0.25 and app.epoch < 1000 and not app.window.player.playing


def test_play_that_diverges_says_so(qtbot):
    app = open_window(qtbot, XOR)
    doc = app.doc
    app.window.push(edits.set_activation(doc, 2, "linear"))
    app.window.push(edits.set_optimizer(doc, {"name": "sgd", "learning_rate": 1e6}))
    with pytest.raises(AssertionError, match="not 500: .*the loss became (NaN|infinite)"):
        app.play(epochs=500)
    assert np.isfinite(doc.network.layers[0].weights).all()


# -- lessons, files, language, settings --------------------------------------------------------


def test_a_lesson_opens_as_the_lessons_menu_does(app, no_unexpected_questions):
    app.press("step")  # something a save question would ask about
    app.lesson("keras-one-neuron")
    assert app.doc.file.lesson.id == "keras-one-neuron" and app.epoch == 0
    assert app.doc.path is None  # an untitled copy, as the menu opens it
    assert no_unexpected_questions == []
    with pytest.raises(LookupError, match="no lesson 'nope' .*classic-2-2-2"):
        app.lesson("nope")


def test_the_window_has_isolated_settings_and_opens_xor_by_default(qtbot, tmp_path):
    app = open_window(qtbot, None)
    assert app.doc.file.name == "XOR" and app.node("x1").label == "x1"
    assert app.window.settings.fileName() != QSettings().fileName()
    assert Path(app.window.settings.fileName()).parent.name.startswith("playground-test-")
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(AssertionError, match="cannot open .*bad.json"):
        app.open(bad)
    assert app.doc.file.name == "XOR"


def test_language_switches_the_window_and_back(app):
    app.language("ko")
    assert app.window.menuBar().actions()[0].text() == "파일(&F)"
    app.language("en")
    assert app.window.menuBar().actions()[0].text() == "&File"
    with pytest.raises(ValueError, match="no such language: 'fr'"):
        app.language("fr")


# -- docs/testing.md -----------------------------------------------------------------------------


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


BLOCKS = python_blocks(DOC.read_text(encoding="utf-8"))


def test_the_docs_open_with_a_whole_teachers_test():
    assert len(BLOCKS) >= 2 and "open_window(qtbot" in BLOCKS[0]


@pytest.mark.parametrize("number", range(len(BLOCKS)), ids=lambda n: f"example{n + 1}")
def test_every_example_of_the_docs_runs_as_it_stands(qtbot, tmp_path, number):
    namespace: dict = {}
    exec(compile(BLOCKS[number], f"{DOC}, example {number + 1}", "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    assert tests
    fixtures = {"qtbot": qtbot, "tmp_path": tmp_path}
    for test in tests:
        test(**{name: fixtures[name] for name in inspect.signature(test).parameters})
