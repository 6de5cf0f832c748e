"""The MNIST and Fashion-MNIST lessons: listed always, checked where the data is, and one
line saying it is not on this machine where it is not."""

import json

import pytest

from playground import io
from playground.cli import main
from playground.engine import found_data
from playground.lessons import find_lesson, list_lessons
from tests.engine.idx_samples import write_idx_set, write_keras_npz

FOUND_LESSONS = {"mnist-784-50-10": "mnist", "fashion-mnist": "fashion_mnist"}


@pytest.fixture(autouse=True)
def _nowhere(nowhere):
    """Every test here starts with no MNIST anywhere (tests/conftest.py)."""
    return nowhere


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_both_lessons_are_listed_without_their_data():
    listed = {entry.id: entry.title for entry in list_lessons()}
    assert "MNIST" in listed["mnist-784-50-10"] and "Fashion-MNIST" in listed["fashion-mnist"]
    assert "MNIST" in {e.id: e.title for e in list_lessons(language="ko")}["mnist-784-50-10"]


@pytest.mark.parametrize(("lesson_id", "name"), FOUND_LESSONS.items())
def test_lesson_check_without_the_data_says_so_in_one_line(capsys, lesson_id, name, nowhere):
    status, out, err = run(capsys, "lesson", "check", lesson_id)
    assert (status, err) == (0, "")
    assert out.count("\n") == 1
    assert out.startswith(f"{lesson_id}: skipped: its data ({name}; looked in ")
    assert str(nowhere / ".keras" / "datasets") in out and out.endswith("is not on this machine\n")


@pytest.mark.parametrize("lesson_id", FOUND_LESSONS)
def test_without_the_data_the_lesson_file_is_refused_with_the_loaders_message(lesson_id):
    with pytest.raises(io.NetworkFileError) as refused:
        io.load(find_lesson(lesson_id))
    message = str(refused.value)
    assert message.startswith("data: ") and "is not on this machine" in message
    assert "\n" not in message


def test_lesson_check_runs_on_a_small_mnist_npz(capsys, nowhere):
    # 40 random images: the notes' 0.9707 is out of reach, but every number is measured
    write_keras_npz(nowhere / ".keras" / "datasets" / "mnist.npz", n_train=40, n_test=20)
    status, out, err = run(capsys, "lesson", "check", "mnist-784-50-10")
    assert status in (0, 1) and err == ""
    lines = out.splitlines()
    lesson = io.load(find_lesson("mnist-784-50-10")).lesson
    assert len(lines) == len(lesson.published)  # one line per number, nothing else
    assert lines[0].split()[0] in ("ok", "FAIL") and "test_accuracy, epoch 10" in lines[0]
    assert "notes 0.9707, tolerance 0.01" in lines[0]


def test_lesson_check_runs_on_a_small_fashion_mnist_set(capsys, tmp_path, monkeypatch):
    write_idx_set(tmp_path / "mine" / "fashion-mnist", n_train=64, n_test=16)
    monkeypatch.setenv(found_data.ENV_VAR, str(tmp_path / "mine"))
    status, out, _ = run(capsys, "lesson", "check", "fashion-mnist")
    assert status in (0, 1)
    lines = out.splitlines()
    assert len(lines) == 2 and "epoch_loss[10]" in lines[0] and "(accuracy, " in lines[1]


@pytest.mark.parametrize("lesson_id", FOUND_LESSONS)
def test_the_lessons_are_the_notes_networks(lesson_id):
    doc = json.loads(find_lesson(lesson_id).read_text(encoding="utf-8"))
    pf = io.from_dict(doc)
    sizes = pf.network.layer_sizes
    parameters = sum(layer.weights.size + layer.bias.size for layer in pf.network.layers)
    if lesson_id == "mnist-784-50-10":
        assert sizes == [784, 50, 10] and parameters == 39_760
        assert [layer.activation for layer in pf.network.layers] == ["sigmoid", "softmax"]
        assert pf.optimizer == {"name": "adam", "learning_rate": 0.001}
        # the notes' W1 = 0.1 * np.random.randn(784, 50), then W2 from the same stream
        assert [pf.init_of(k)["draw"] for k in (0, 1)] == ["randn", "randn"]
        assert pf.init_of(1)["skip"] == 784 * 50
    else:
        assert sizes == [784, 10] and parameters == 7_850
        assert pf.optimizer == {"name": "rmsprop", "learning_rate": 0.001}
    assert pf.network.loss == "cross_entropy" and pf.training.batch_size == 32
    assert pf.lesson.epochs == 10 and pf.lesson.text_in("ko") != pf.lesson.text_in("en")
    for published in pf.lesson.published:
        assert 0 < published.tolerance <= 0.01 and published.note
