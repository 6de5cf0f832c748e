"""The chain rule written out: each path's factors, their sum, and the engine's own gradient.

The oracle is twofold: the published step-by-step numbers of the classic 2-2-2 network
(half_sse, sigmoid, lr 0.5), and the engine's backward pass on a batch of the one sample,
which every explanation must reproduce to 1e-15 relative.
"""

from __future__ import annotations

import numpy as np
import pytest

import playground.io
from playground.engine import EngineError, Layer, Network, make_optimizer
from playground.engine.chain_rule import (
    FIXED,
    PLAIN,
    Param,
    explain,
    figure,
    parameter_name,
    path_count,
)
from playground.paths import resource_path
from tests.engine.networks import CLASSIC_INPUTS, CLASSIC_TARGETS, classic_network

W5, W1 = "layers[2].weights[0][0]", "layers[1].weights[0][0]"


def classic_file():
    return playground.io.load(resource_path("examples", "classic-2-2-2.json"))


def backward(network: Network, inputs, targets):
    inputs, targets = np.atleast_2d(inputs), np.atleast_2d(targets)
    return network.backward(network.forward(inputs), targets)


def every_param(network: Network) -> list[Param]:
    params = []
    for column, layer in enumerate(network.layers, 1):
        params += [Param.edge(column, i, j) for i in range(layer.n_in) for j in range(layer.units)]
        params += [Param.node(column, j) for j in range(layer.units)]
    return params


def assert_engine_gradients(network: Network, inputs, targets, sample: int = 0) -> None:
    """Every parameter's Σ of path products is the engine's ∂E/∂ on that sample alone."""
    trace = backward(network, inputs, targets)
    alone = backward(network, inputs[sample], targets[sample])
    for param in every_param(network):
        explained = explain(network, trace, param, sample=sample).gradient
        engine = param.gradient(alone)
        assert abs(explained - engine) <= 1e-15 * abs(engine), (str(param), explained, engine)


# -- the classic 2-2-2 network -----------------------------------------------------------------


@pytest.fixture
def classic():
    pf = classic_file()
    dataset = pf.dataset()
    trace = backward(pf.network, dataset.inputs, dataset.targets)
    return pf.network, trace, make_optimizer("sgd", learning_rate=0.5)


def test_w5_is_one_path_of_three_published_factors(classic):
    network, trace, sgd = classic
    e = explain(network, trace, W5, optimizer=sgd)
    assert (e.name, e.place, e.sample) == ("w5", "edge h1 → o1", 0)
    assert e.symbolic == "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5"
    (path,) = e.paths
    assert [t.name for t in path.terms] == ["∂E/∂out_o1", "∂out_o1/∂net_o1", "∂net_o1/∂w5"]
    assert [figure(t.value) for t in path.terms] == ["0.741365", "0.186816", "0.593270"]
    assert e.gradient == pytest.approx(0.082167041, abs=5e-10)
    assert e.gradient == path.product
    assert (e.update.learning_rate, e.update.before, e.update.rule) == (0.5, 0.4, PLAIN)
    assert e.update.after == pytest.approx(0.35891648, abs=5e-9)


def test_w1_sums_both_output_paths(classic):
    network, trace, sgd = classic
    e = explain(network, trace, W1, optimizer=sgd)
    assert e.name == "w1" and len(e.paths) == 2
    first, second = ([t.name for t in p.terms] for p in e.paths)
    assert first == [
        "∂E/∂out_o1",
        "∂out_o1/∂net_o1",
        "∂net_o1/∂out_h1",
        "∂out_h1/∂net_h1",
        "∂net_h1/∂w1",
    ]
    assert second[:3] == ["∂E/∂out_o2", "∂out_o2/∂net_o2", "∂net_o2/∂out_h1"]
    assert [t.value for t in e.paths[0].terms][2:] == [0.4, pytest.approx(0.241300709), 0.05]
    assert e.paths[1].terms[2].value == 0.5  # ∂net_o2/∂out_h1 = w7
    assert e.gradient == e.paths[0].product + e.paths[1].product
    assert e.gradient == pytest.approx(0.000438568, abs=5e-10)
    assert e.update.after == pytest.approx(0.149780716, abs=5e-10)


def test_the_notes_number_the_weights_w1_to_w8(classic):
    network, _, _ = classic
    names = {
        parameter_name(network, Param.parse(f"layers[{c}].weights[{i}][{j}]")): (c, i, j)
        for c in (1, 2)
        for i in (0, 1)
        for j in (0, 1)
    }
    # w1 = i1→h1, w2 = i2→h1, w3 = i1→h2, w4 = i2→h2, w5 = h1→o1 ... w8 = h2→o2
    assert names == {
        "w1": (1, 0, 0),
        "w2": (1, 1, 0),
        "w3": (1, 0, 1),
        "w4": (1, 1, 1),
        "w5": (2, 0, 0),
        "w6": (2, 1, 0),
        "w7": (2, 0, 1),
        "w8": (2, 1, 1),
    }
    assert parameter_name(network, Param.node(2, 1)) == "b_o2"
    assert Param.edge(2, 1, 0) == Param.parse("layers[2].weights[1][0]")


def test_every_parameter_is_the_engines_gradient(classic):
    pf = classic_file()
    dataset = pf.dataset()
    assert_engine_gradients(pf.network, dataset.inputs, dataset.targets)


def test_text_reads_like_the_notes(classic):
    network, trace, sgd = classic
    lines = explain(network, trace, W5, optimizer=sgd).to_text().splitlines()
    assert lines[:2] == [
        "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.741365 · 0.186816 · 0.593270 "
        "= 0.0821670",
        "w5⁺ = w5 − η·∂E/∂w5 = 0.4 − 0.5 · 0.0821670 = 0.358916",
    ]
    assert "  ∂net_o1/∂w5     = out_h1 = 0.593270" in lines
    text = explain(network, trace, W1, optimizer=sgd).to_text()
    assert text.splitlines()[:6] == [
        "∂E/∂w1 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂out_h1 · ∂out_h1/∂net_h1 · ∂net_h1/∂w1",
        "       + ∂E/∂out_o2 · ∂out_o2/∂net_o2 · ∂net_o2/∂out_h1 · ∂out_h1/∂net_h1 · ∂net_h1/∂w1",
        "       = 0.741365 · 0.186816 · 0.4 · 0.241301 · 0.05",
        "       + (-0.217072) · 0.175510 · 0.5 · 0.241301 · 0.05",
        "       = 0.000668396 + (-0.000229828)",
        "       = 0.000438568",
    ]
    assert "∂net_o1/∂out_h1 = w5 = 0.4" in text
    assert "w1⁺ = w1 − η·∂E/∂w1 = 0.15 − 0.5 · 0.000438568 = 0.149781" in text


def test_a_fixed_bias_has_its_path_and_no_step(classic):
    network, trace, sgd = classic
    e = explain(network, trace, "layers[2].bias[0]", optimizer=sgd)
    assert e.name == "b_o1" and e.place == "node o1"
    assert [t.name for t in e.paths[0].terms][-1] == "∂net_o1/∂b_o1"
    assert e.paths[0].terms[-1].value == 1.0
    assert e.gradient == trace.layers[1].grad_bias[0]
    assert (e.update.rule, e.update.before, e.update.after) == (FIXED, 0.6, 0.6)
    assert "b_o1⁺ = b_o1 = 0.6: this layer's biases do not learn" in e.to_text()


def test_json_has_the_keys_and_full_floats(classic):
    network, trace, sgd = classic
    result = explain(network, trace, W5, optimizer=sgd).to_json()
    assert list(result) == ["param", "sample", "symbolic", "paths", "gradient", "update"]
    assert result["param"] == W5
    assert list(result["paths"][0]) == ["terms", "product"]
    assert result["paths"][0]["terms"][2] == {
        "name": "∂net_o1/∂w5",
        "value": float(trace.layers[0].out[0, 0]),
    }
    assert list(result["update"]) == ["learning_rate", "before", "after"]
    assert explain(network, trace, W5).to_json()["update"] is None


# -- other losses, activations and shapes --------------------------------------------------------


def test_mse_starts_each_path_with_two_over_n_times_the_error():
    network = classic_network(loss="mse")
    trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
    e = explain(network, trace, W5)
    out = trace.outputs[0, 0]
    assert e.paths[0].terms[0].value == pytest.approx(2 / 2 * (out - 0.01), rel=1e-15)
    assert e.paths[0].terms[0].meaning == "2/2·(out_y1 − t_y1)"
    assert_engine_gradients(network, CLASSIC_INPUTS, CLASSIC_TARGETS)


def test_cross_entropy_with_softmax_is_one_factor_at_the_output():
    network = classic_network(hidden="relu", output="softmax", loss="cross_entropy")
    targets = np.array([[0.0, 1.0]])
    trace = backward(network, CLASSIC_INPUTS, targets)
    e = explain(network, trace, W1)
    assert [t.name for t in e.paths[0].terms] == [
        "∂E/∂net_y1",
        "∂net_y1/∂out_h1",
        "∂out_h1/∂net_h1",
        "∂net_h1/∂w1",
    ]
    assert e.paths[0].terms[0].value == trace.outputs[0, 0] - 0.0
    assert e.paths[1].terms[0].value == trace.outputs[0, 1] - 1.0
    assert any("one factor" in note for note in e.notes)
    assert "Note: cross_entropy with a softmax output" in e.to_text()
    assert_engine_gradients(network, CLASSIC_INPUTS, targets)


def test_binary_cross_entropy_with_sigmoid_is_one_factor_too():
    network = classic_network(loss="binary_cross_entropy")
    targets = np.array([[0.0, 1.0]])
    trace = backward(network, CLASSIC_INPUTS, targets)
    e = explain(network, trace, W5)
    assert [t.name for t in e.paths[0].terms] == ["∂E/∂net_y1", "∂net_y1/∂w5"]
    assert e.paths[0].terms[0].meaning == "(out_y1 − t_y1) / 2"
    assert_engine_gradients(network, CLASSIC_INPUTS, targets)


def test_relu_passes_one_or_blocks_with_zero():
    network = classic_network(hidden="relu", output="linear")
    network.layers[0].bias[1] = -1.0  # h2's net is negative: relu′ = 0
    trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
    on = explain(network, trace, W1)
    off = explain(network, trace, "layers[1].weights[0][1]")
    assert [p.terms[3].value for p in on.paths] == [1.0, 1.0]  # ∂out_h1/∂net_h1
    assert [p.terms[1].value for p in on.paths] == [1.0, 1.0]  # linear′
    assert [p.terms[3].value for p in off.paths] == [0.0, 0.0]
    assert off.gradient == 0.0 and [p.product for p in off.paths] == [0.0, 0.0]
    assert_engine_gradients(network, CLASSIC_INPUTS, CLASSIC_TARGETS)


def test_tanh_leaky_relu_and_step_use_their_own_derivatives():
    for hidden, output in (("tanh", "tanh"), ("leaky_relu", "sigmoid"), ("step", "linear")):
        network = classic_network(hidden=hidden, output=output)
        trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
        term = explain(network, trace, W1).paths[0].terms[3]
        assert term.meaning == f"{hidden}′(net_h1)"
        if hidden == "tanh":
            assert term.value == 1 - trace.layers[0].out[0, 0] ** 2
        if hidden == "step":
            assert term.value == 0.0
        assert_engine_gradients(network, CLASSIC_INPUTS, CLASSIC_TARGETS)


def test_a_masked_edge_contributes_no_path():
    network = classic_network()
    network.layers[1].set_mask([[1.0, 0.0], [1.0, 1.0]])  # no edge h1 → y2 (w7)
    trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
    e = explain(network, trace, W1, optimizer=make_optimizer("sgd", learning_rate=0.5))
    assert len(e.paths) == 1 and e.paths[0].terms[0].name == "∂E/∂out_y1"
    absent = explain(network, trace, "layers[2].weights[0][1]", optimizer=make_optimizer("sgd"))
    assert (absent.name, absent.paths, absent.gradient) == ("w7", (), 0.0)
    assert absent.symbolic == "∂E/∂w7 = 0"
    assert absent.update.rule == FIXED and absent.update.after == 0.0
    assert "the edge is absent" in absent.to_text()
    assert_engine_gradients(network, CLASSIC_INPUTS, CLASSIC_TARGETS)


def test_a_node_cut_off_from_the_outputs_has_no_path():
    network = classic_network()
    network.layers[1].set_mask([[0.0, 0.0], [1.0, 1.0]])  # h1 has no edge on
    trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
    e = explain(network, trace, W1)
    assert (e.paths, e.gradient) == ((), 0.0)
    assert "h1 has no edge on to the outputs" in e.notes[0]


def three_layer_network() -> Network:
    rng = np.random.default_rng(7)
    return Network(
        input_units=2,
        loss="half_sse",
        layers=[
            Layer(activation="tanh", weights=rng.normal(size=(2, 3)), bias=rng.normal(size=3)),
            Layer(
                activation="leaky_relu", weights=rng.normal(size=(3, 2)), bias=rng.normal(size=2)
            ),
            Layer(activation="sigmoid", weights=rng.normal(size=(2, 2)), bias=rng.normal(size=2)),
        ],
    )


def test_a_three_layer_network_sums_every_path():
    network = three_layer_network()
    inputs, targets = np.array([[0.3, -0.7], [1.1, 0.2]]), np.array([[0.0, 1.0], [1.0, 0.0]])
    trace = backward(network, inputs, targets)
    e = explain(network, trace, "layers[1].weights[1][2]")
    assert len(e.paths) == path_count(network, 1, 2) == 4  # h1.3 → 2 nodes → 2 outputs each
    assert e.name == "w6" and e.place == "edge x2 → h1.3"
    assert [t.name for t in e.paths[0].terms] == [
        "∂E/∂out_y1",
        "∂out_y1/∂net_y1",
        "∂net_y1/∂out_h2.1",
        "∂out_h2.1/∂net_h2.1",
        "∂net_h2.1/∂out_h1.3",
        "∂out_h1.3/∂net_h1.3",
        "∂net_h1.3/∂w6",
    ]
    assert_engine_gradients(network, inputs, targets, sample=0)
    assert_engine_gradients(network, inputs, targets, sample=1)


def test_a_later_sample_of_a_batch_uses_its_own_row():
    pf = playground.io.load(resource_path("examples", "xor.json"))
    dataset = pf.dataset()
    trace = backward(pf.network, dataset.inputs, dataset.targets)
    e = explain(pf.network, trace, W1, sample=2)
    assert e.sample == 2
    assert e.paths[0].terms[-1].value == dataset.inputs[2, 0]
    assert e.paths[0].terms[0].value == pytest.approx(2 * (trace.outputs[2, 0] - 1.0), rel=1e-15)
    assert e.gradient != pytest.approx(trace.layers[0].grad_weights[0, 0])  # not the batch mean
    assert_engine_gradients(pf.network, dataset.inputs, dataset.targets, sample=2)


def test_another_optimizer_gives_its_own_step_on_the_sample_alone():
    network = classic_network()
    trace = backward(network, CLASSIC_INPUTS, CLASSIC_TARGETS)
    adam = make_optimizer("adam", learning_rate=0.1)
    e = explain(network, trace, W5, optimizer=adam)
    stepped, own = network.copy(), make_optimizer("adam", learning_rate=0.1)
    own.update(stepped, backward(stepped, CLASSIC_INPUTS, CLASSIC_TARGETS))
    assert e.update.rule == "adam" and not e.update.is_plain
    assert e.update.after == stepped.layers[1].weights[0, 0]
    assert adam.iterations == 0 and network.layers[1].weights[0, 0] == 0.4  # nothing moved
    assert (
        "the step adam takes from its current state (η = 0.1), not the plain step w5 − η·∂E/∂w5"
        in e.to_text()
    )
    momentum = explain(network, trace, W5, optimizer=make_optimizer("sgd", momentum=0.9))
    assert momentum.update.rule == "sgd with momentum" and not momentum.update.is_plain


# -- naming parameters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "param"),
    [
        ("layers[2].weights[0][1]", Param.edge(2, 0, 1)),
        (" layers[1].bias[1] ", Param.node(1, 1)),
        ("layers[1]. weights[1][0]", Param.edge(1, 1, 0)),
    ],
)
def test_param_parses_the_files_numbering(text, param):
    assert Param.parse(text) == param
    assert Param.parse(str(param)) == param


@pytest.mark.parametrize("text", ["w5", "layers[2].weights[0]", "layers[-1].bias[0]", ""])
def test_a_malformed_param_is_a_value_error(text):
    with pytest.raises(ValueError, match=r"expected layers\[L\]\.weights\[i\]\[j\]"):
        Param.parse(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("layers[0].bias[0]", r"layers\[0\] is the input layer"),
        (
            "layers[3].bias[0]",
            r"layers\[3\] is out of range: the layers after the input are 1 to 2",
        ),
        ("layers[1].weights[2][0]", r"weights\[2\] is out of range: layers\[1\] has 2 inputs"),
        ("layers[2].weights[0][2]", r"weights\[0\]\[2\] is out of range: layers\[2\] has 2 nodes"),
        ("layers[2].bias[5]", r"bias\[5\] is out of range: layers\[2\] has 2 nodes \(0 to 1\)"),
    ],
)
def test_a_param_outside_the_network_is_an_engine_error(classic, text, message):
    network, trace, _ = classic
    with pytest.raises(EngineError, match=message):
        explain(network, trace, text)


def test_a_sample_outside_the_pass_is_an_engine_error(classic):
    network, trace, _ = classic
    with pytest.raises(EngineError, match=r"sample 1 is out of range \(0..0\)"):
        explain(network, trace, W5, sample=1)


def test_figures_have_six_significant_digits_or_fewer_when_exact():
    assert [figure(v) for v in (0.593269992, 0.082167041, 0.4, 0.05, 1.0, -0.0380982365)] == [
        "0.593270",
        "0.0821670",
        "0.4",
        "0.05",
        "1",
        "-0.0380982",
    ]
