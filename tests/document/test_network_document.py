"""The document model: stepping, and every kind of edit undone and redone."""

import numpy as np
import pytest

from playground import io
from playground.document import NetworkDocument, edits
from playground.document.values import edge_values, node_values
from playground.engine import Phase
from playground.paths import resource_path


@pytest.fixture
def doc(qapp):
    return NetworkDocument(io.load(resource_path("examples", "classic-2-2-2.json")))


def weights(doc):
    return [layer.weights.copy() for layer in doc.network.layers]


def test_forward_backward_update_give_the_classic_numbers(doc):
    doc.forward()
    assert doc.phase is Phase.FORWARD
    assert node_values(doc, 1, 0).out == pytest.approx(0.593269992, abs=5e-10)
    doc.backward()
    assert doc.trace.loss == pytest.approx(0.298371109, abs=5e-10)
    assert edge_values(doc, 2, 0, 0).grad == pytest.approx(0.082167041, abs=5e-10)
    doc.update()
    w5 = edge_values(doc, 2, 0, 0)
    assert (w5.before_update, w5.after_update) == (0.40, pytest.approx(0.35891648, abs=5e-9))
    assert doc.is_modified


def test_step_finishes_the_cycle_it_is_in(doc):
    doc.forward()
    doc.step()
    assert doc.phase is Phase.UPDATED and doc.trainer.steps == 1
    doc.step()
    assert doc.trainer.steps == 2


def test_phase_out_of_order_is_a_notice_not_a_crash(doc, qtbot):
    with qtbot.waitSignal(doc.notice) as notice:
        doc.update()
    assert "backward pass before updating" in notice.args[0]


def test_weight_edit_undo_redo(doc):
    doc.forward()
    doc.undo_stack.push(edits.set_weight(doc, 2, 0, 0, "0.5"))
    assert doc.network.layers[1].weights[0, 0] == 0.5
    assert doc.phase is Phase.READY  # an edit makes the old pass stale
    assert doc.undo_stack.undoText().startswith("Set weight h1→o1")
    doc.undo_stack.undo()
    assert doc.network.layers[1].weights[0, 0] == 0.40
    doc.undo_stack.redo()
    assert doc.network.layers[1].weights[0, 0] == 0.5


def refused(outcome) -> str:
    """The message of an edit that must be refused."""
    assert isinstance(outcome, edits.EditRefused), outcome
    return outcome.message


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "1e999", ""])
def test_typed_value_that_is_not_a_finite_number_is_refused(doc, text):
    assert "number" in refused(edits.set_weight(doc, 2, 0, 0, text))
    assert doc.network.layers[1].weights[0, 0] == 0.40


def test_remove_hidden_node_undo_restores_exactly(doc):
    before = weights(doc)
    doc.undo_stack.push(edits.remove_node(doc, 1, 0))
    assert doc.network.layer_sizes == [2, 1, 2]
    doc.undo_stack.undo()
    assert doc.network.layer_sizes == [2, 2, 2]
    for a, b in zip(before, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)
    doc.undo_stack.redo()
    assert doc.network.layer_sizes == [2, 1, 2]


def test_input_and_output_nodes_must_fit_the_data(doc):
    assert refused(edits.add_node(doc, 0)) == (
        "the data has 2 inputs per sample, so the input layer keeps 2 nodes"
    )
    assert "so the output layer keeps 2 nodes" in refused(edits.remove_node(doc, 2, 1))


def test_add_and_remove_hidden_layer(doc):
    doc.undo_stack.push(edits.add_hidden_layer(doc, 2))
    assert doc.network.layer_sizes == [2, 2, 2, 2]
    doc.forward()
    doc.backward()  # the new network trains
    doc.undo_stack.push(edits.remove_hidden_layer(doc, 2))
    assert doc.network.layer_sizes == [2, 2, 2]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.network.layer_sizes == [2, 2, 2]
    assert doc.network.layers[1].weights[0, 0] == 0.40


def test_disconnect_edge_and_undo(doc):
    doc.undo_stack.push(edits.set_edge_connected(doc, 1, 0, 1, False))
    assert doc.network.layers[0].mask[0, 1] == 0 and doc.network.layers[0].weights[0, 1] == 0
    assert refused(edits.set_weight(doc, 1, 0, 1, "0.3")) == "that edge is not connected"
    doc.undo_stack.undo()
    assert doc.network.layers[0].weights[0, 1] == 0.25


def test_activation_that_does_not_fit_the_loss_is_refused(doc):
    assert "softmax output layer needs the cross_entropy loss" in refused(
        edits.set_activation(doc, 2, "softmax")
    )
    doc.undo_stack.push(edits.set_activation(doc, 1, "relu"))
    assert doc.network.layers[0].activation == "relu"
    doc.undo_stack.undo()
    assert doc.network.layers[0].activation == "sigmoid"


def test_optimizer_and_training_settings_undo(doc):
    doc.undo_stack.push(edits.set_optimizer(doc, {"name": "adam", "learning_rate": 0.01}))
    assert doc.trainer.optimizer.name == "adam"
    assert "unknown parameter 'momentum'" in refused(
        edits.set_optimizer(doc, {"name": "adam", "momentum": 0.9})
    )
    doc.undo_stack.undo()
    assert doc.trainer.optimizer.name == "sgd"
    assert doc.trainer.optimizer.learning_rate == 0.5


def test_reset_returns_to_the_file_weights(doc):
    doc.step()
    doc.step()
    doc.undo_stack.push(edits.reset_to_initial(doc))
    assert doc.network.layers[1].weights[0, 0] == 0.40
    doc.undo_stack.undo()
    assert doc.network.layers[1].weights[0, 0] != 0.40


def test_move_nodes_is_one_undo_step(doc):
    from playground.document.commands import MoveNodesCommand

    doc.undo_stack.push(MoveNodesCommand(doc, {(1, 0): (0.0, 0.0)}, {(1, 0): (50.0, 60.0)}))
    assert doc.positions[(1, 0)] == (50.0, 60.0)
    doc.undo_stack.undo()
    assert doc.positions[(1, 0)] == (0.0, 0.0)


def test_save_and_reopen_gives_identical_numbers(doc, tmp_path):
    doc.step()
    path = tmp_path / "trained.json"
    io.save(doc.file_for_saving(), path)
    doc.mark_saved(path)
    assert not doc.is_modified
    again = NetworkDocument(io.load(path), path=path)
    for a, b in zip(weights(doc), weights(again), strict=True):
        np.testing.assert_array_equal(a, b)
    doc.forward()
    again.forward()
    np.testing.assert_array_equal(doc.trace.outputs, again.trace.outputs)


def test_edits_the_trainer_would_refuse_are_refused_before_they_are_pushed(doc):
    outcome = edits.set_optimizer(doc, {"name": "perceptron", "learning_rate": 0.1})
    assert "single layer of step nodes" in refused(outcome)
    assert doc.undo_stack.count() == 0


def test_switching_data_reloads_it_and_undo_brings_the_old_back(qapp):
    from playground.io import DataSource

    xor = NetworkDocument(io.load(resource_path("examples", "xor.json")))
    xor.undo_stack.push(edits.set_data(xor, DataSource.builtin("circle", samples=40)))
    assert xor.dataset.n_samples == 32 and xor.trainer.n_samples == 32  # 20 % held out
    xor.undo_stack.undo()
    assert xor.dataset.n_samples == 4
    assert "7 inputs per sample" in refused(
        edits.set_data(xor, DataSource.builtin("seven_segment"))
    )


def test_the_epoch_limit_and_target_loss_are_saved_and_undone(doc, tmp_path):
    doc.undo_stack.push(edits.set_epochs(doc, 1234))
    doc.undo_stack.push(edits.set_target_loss(doc, "0.01"))
    assert refused(edits.set_target_loss(doc, "-1")) == "a loss is never negative"
    path = tmp_path / "limits.json"
    io.save(doc.file_for_saving(), path)
    again = NetworkDocument(io.load(path), path=path)
    assert (again.epochs, again.target_loss) == (1234, 0.01)
    doc.undo_stack.undo()
    assert doc.target_loss is None and doc.epochs == 1234
    io.save(doc.file_for_saving(), path)
    assert NetworkDocument(io.load(path)).target_loss is None


@pytest.mark.parametrize("ui", [{"epochs": "abc"}, {"epochs": 1e300}, {"epochs": True}, "x"])
def test_a_layout_with_odd_limits_opens_with_the_defaults(doc, ui):
    file = doc.file_for_saving()
    file.layout = {"ui": ui}
    opened = NetworkDocument(file)
    assert opened.epochs == 1000 and opened.target_loss is None


def test_an_edit_that_fails_half_way_leaves_nothing_behind(doc):
    from playground.document.changes import EditKind
    from playground.document.commands import EditCommand
    from playground.engine import EngineError

    notices = []
    doc.notice.connect(notices.append)
    before = weights(doc)

    def change(d):
        d.set_weight(2, 0, 0, 9.0)
        raise EngineError("no such thing")

    doc.undo_stack.push(EditCommand(doc, "Broken", EditKind.PARAMETER, change))
    assert doc.undo_stack.count() == 0 and notices == ["no such thing"]
    for a, b in zip(before, weights(doc), strict=True):
        np.testing.assert_array_equal(a, b)


def test_randomising_with_numpy_legacy_draws_the_notes_stream_across_layers(doc):
    doc.undo_stack.push(edits.randomise_weights(doc, "numpy_legacy", 5))
    np.random.seed(5)
    first, second = np.random.random((2, 2)), np.random.random((2, 2))
    np.testing.assert_array_equal(doc.network.layers[0].weights, first)
    np.testing.assert_array_equal(doc.network.layers[1].weights, second)
