"""The ``lesson`` section: read and checked with placed messages, written back unchanged,
and run by ``playground.lessons.check`` against the notes' numbers."""

from __future__ import annotations

import json

import pytest

from playground import io
from playground.io.lesson import read_lesson
from playground.lessons import check, measure
from playground.paths import resource_path

ONE_NEURON = resource_path("examples", "one-neuron.json")

LESSON = {
    "id": "one-neuron-test",
    "title": {"en": "One neuron", "ko": "뉴런 하나"},
    "text": {"en": "Press **S**.", "ko": "**S**를 누르세요."},
    "epochs": 999,
    "published": [
        {"label": "w", "where": "layers[1].weights[0][0]", "value": 4.2, "tolerance": 1e-12},
        {"label": "b", "where": "layers[1].bias[0]", "value": 1.6, "tolerance": 1e-12},
        {"label": "y", "where": "outputs[0][0]", "value": 10.0, "tolerance": 1e-12},
        {"label": "E before", "where": "loss", "value": 9.0, "tolerance": 0, "after": 0},
        {"label": "E of epoch 1", "where": "epoch_loss[1]", "value": 9.0, "tolerance": 0},
        {
            "label": "w after 1",
            "where": "layers[1].weights[0][0]",
            "value": 3.12,
            "tolerance": 1e-15,
            "after": 1,
            "note": "x = 2: w + 0.01 · 2 · 2 · 3",
        },
    ],
    "code": [{"title": "Keras", "language": "python", "source": "model.fit(x, y, epochs=999)"}],
}


def lesson_file(tmp_path, lesson=LESSON):
    doc = json.loads(ONE_NEURON.read_text())
    doc["lesson"] = lesson
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(doc, ensure_ascii=False))
    return path


def test_a_lesson_loads_checks_and_round_trips(tmp_path):
    pf = io.load(lesson_file(tmp_path))
    lesson = pf.lesson
    assert lesson.id == "one-neuron-test" and lesson.epochs == 999
    assert lesson.title_in("ko") == "뉴런 하나" and lesson.text_in("de") == "Press **S**."
    assert [p.where.kind for p in lesson.published] == [
        "weight", "bias", "output", "loss", "epoch_loss", "weight",
    ]  # fmt: skip
    io.save(pf, tmp_path / "again.json")
    assert io.load(tmp_path / "again.json").lesson == lesson
    results = check(io.load(lesson_file(tmp_path)))
    assert [r.epoch for r in results] == [999, 999, 999, 0, 999, 1]
    assert all(r.ok for r in results), [r.line() for r in results]
    assert results[0].line().startswith("ok   w (layers[1].weights[0][0], epoch 999): app 4.")


def test_a_number_off_by_more_than_its_tolerance_fails(tmp_path):
    lesson = {**LESSON, "published": [{**LESSON["published"][0], "value": 4.2001}]}
    (result,) = check(io.load(lesson_file(tmp_path, lesson)))
    assert not result.ok and result.line().startswith("FAIL w")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Bad Id"}, "lesson.id: 'Bad Id': use lowercase letters, digits and '-'"),
        ({"title": {"ko": "x"}}, "lesson.title.en: missing"),
        ({"epochs": -1}, "lesson.epochs"),
        ({"published": [{"label": "x", "where": "weights", "value": 1}]}, "names no number"),
        (
            {"published": [{"label": "x", "where": "layers[2].bias[0]", "value": 1}]},
            "layers[2]: no such layer with weights",
        ),
        (
            {"published": [{"label": "x", "where": "layers[1].weights[1][0]", "value": 1}]},
            "index 1 is out of range (0..0)",
        ),
        (
            {"published": [{"label": "x", "where": "loss", "value": 1, "tolerance": -1}]},
            "lesson.published[0].tolerance: must not be negative",
        ),
        ({"published": [{"label": "x", "where": "epoch_loss[0]", "value": 1}]}, "count from 1"),
        ({"colour": "red"}, "lesson.colour: unknown key"),
    ],
)
def test_a_bad_lesson_is_refused_with_its_place(tmp_path, change, message):
    with pytest.raises(io.NetworkFileError) as refused:
        io.load(lesson_file(tmp_path, {**LESSON, **change}))
    assert message in str(refused.value)


def test_epoch_errors_count_the_samples_an_epoch_got_wrong():
    pf = io.load(resource_path("examples", "perceptron-and.json"))
    trainer = pf.make_trainer()
    records = trainer.train(5).epochs
    from playground.lessons import State

    state = State(pf.network, pf.dataset(), records)
    where = read_lesson(
        {"id": "x", "title": {"en": "x"}, "text": {"en": "x"},
         "published": [{"label": "e", "where": "epoch_errors[1]", "value": 2}]},
        layer_sizes=pf.network.layer_sizes,
    ).published[0].where  # fmt: skip
    counts = [measure(where.__class__("epoch_errors", (e,), ""), state) for e in range(1, 6)]
    assert counts == [2.0, 3.0, 3.0, 0.0, 0.0]  # the notes' AND error counts


def test_test_outputs_name_predictions_at_the_held_out_points():
    pf = io.load(resource_path("lessons", "regression-2x.json"))
    (where,) = {p.where for p in pf.lesson.published if p.where.text == "test_outputs[0][0]"}
    assert where.kind == "test_output" and where.indices == (0, 0)
    results = [r for r in check(pf) if r.published.where.kind == "test_output"]
    assert [round(r.value, 6) for r in results] == [6.99343, 9.975828, 10.969961, 11.964094]


# -- the quiz: values asked in lab mode, worksheet tasks -------------------------------------

QUIZ = [
    {"ask": "out", "node": "y"},
    {"ask": "loss"},
    {"ask": "grad", "edge": ["x", "y"], "phase": "backward", "tolerance": 0.01},
    {"ask": "weight_after_update", "edge": ["x", "y"], "phase": "update"},
    {"task": "accuracy_at_least", "value": 1.0, "within_epochs": 2000, "hidden_nodes": 2},
    {"task": "diverges", "text": {"en": "Make it diverge"}},
]


def test_a_quiz_loads_with_default_phases_and_round_trips(tmp_path):
    from playground.io.lesson import Ask, QuizPhase, TaskKind

    pf = io.load(lesson_file(tmp_path, {**LESSON, "quiz": QUIZ}))
    asks, tasks = pf.lesson.quiz[:4], pf.lesson.quiz[4:]
    assert [(a.ask, a.phase) for a in asks] == [
        (Ask.OUT, QuizPhase.FORWARD), (Ask.LOSS, QuizPhase.FORWARD),
        (Ask.GRAD, QuizPhase.BACKWARD), (Ask.WEIGHT_AFTER_UPDATE, QuizPhase.UPDATE),
    ]  # fmt: skip
    assert asks[2].edge == ("x", "y") and asks[2].tolerance == 0.01 and asks[0].tolerance == 1e-3
    assert [t.kind for t in tasks] == [TaskKind.ACCURACY_AT_LEAST, TaskKind.DIVERGES]
    assert tasks[0].within_epochs == 2000 and tasks[1].text == {"en": "Make it diverge"}
    io.save(pf, tmp_path / "again.json")
    assert io.load(tmp_path / "again.json").lesson == pf.lesson


@pytest.mark.parametrize(
    ("quiz", "message"),
    [
        ({"quiz": {}}, "lesson.quiz: expected a list"),
        (
            {"quiz": [{"ask": "nett", "node": "y"}]},
            "lesson.quiz[0].ask: unknown 'nett' (known: net",
        ),
        ({"quiz": [{"ask": "net"}]}, "lesson.quiz[0].node: missing: net asks about a node"),
        ({"quiz": [{"ask": "grad", "edge": ["x"]}]}, "lesson.quiz[0].edge: expected [source"),
        ({"quiz": [{"ask": "loss", "node": "y"}]}, "lesson.quiz[0].node: loss does not take"),
        (
            {"quiz": [{"ask": "grad", "edge": ["x", "y"], "phase": "forward"}]},
            "lesson.quiz[0].phase: grad is known only after backward, not forward",
        ),
        ({"quiz": [{"ask": "loss", "phase": "later"}]}, "lesson.quiz[0].phase: unknown 'later'"),
        ({"quiz": [{"ask": "loss", "tolerance": 0}]}, "a relative tolerance from 0 (excluded)"),
        ({"quiz": [{"task": "fly"}]}, "lesson.quiz[0].task: unknown 'fly' (known: accuracy"),
        ({"quiz": [{"task": "loss_below"}]}, "lesson.quiz[0].value: missing: loss_below needs"),
        ({"quiz": [{"task": "accuracy_at_least", "value": 2}]}, "an accuracy from 0 to 1"),
        ({"quiz": [{"task": "diverges", "value": 1}]}, "diverges takes no value"),
        ({"quiz": [{"task": "diverges", "within_epochs": 0}]}, "within_epochs: expected a whole"),
    ],
)
def test_a_bad_quiz_is_refused_with_its_place(tmp_path, quiz, message):
    with pytest.raises(io.NetworkFileError) as refused:
        io.load(lesson_file(tmp_path, {**LESSON, **quiz}))
    assert message in str(refused.value)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"ask": "out", "node": "h9"}, "lesson.quiz[0].node: no node with a net input called 'h9' "
         "(known: h1, h2, o1, o2)"),
        ({"ask": "net", "node": "i1"}, "no node with a net input called 'i1'"),
        ({"ask": "grad", "edge": ["i1", "o1"]}, "lesson.quiz[0].edge: no edge i1 → o1"),
        ({"ask": "grad", "edge": ["h1", "q"]}, "lesson.quiz[0].edge[1]: no node with a net input"),
    ],
)  # fmt: skip
def test_a_quiz_naming_a_node_or_edge_the_network_lacks_is_refused(item, message):
    from playground.lessons import find_lesson

    pf = io.load(find_lesson("classic-2-2-2"))
    spec = {**LESSON, "quiz": [item]}
    spec.pop("published")  # they name the one-neuron network's numbers
    with pytest.raises(io.NetworkFileError) as refused:
        read_lesson(spec, layer_sizes=pf.network.layer_sizes, network=pf.network)
    assert message in str(refused.value)


def test_the_shipped_quizzes_name_their_networks_nodes():
    from playground.lessons import find_lesson

    for lesson_id in ("classic-2-2-2", "keras-one-neuron", "xor-worksheet"):
        path = find_lesson(lesson_id)
        pf = io.load(path)
        spec = json.loads(path.read_text())["lesson"]
        checked = read_lesson(spec, layer_sizes=pf.network.layer_sizes, network=pf.network)
        assert checked.quiz == pf.lesson.quiz and checked.quiz
