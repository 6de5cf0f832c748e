"""Hostile network and data files: each is refused at once with one message naming the place,
before anything large is read or allocated, and without blocking on pipes or devices."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from playground.engine import dataset_files
from playground.engine.dataset_files import load_csv
from playground.engine.datasets import DatasetError
from playground.io import layers as layers_module
from playground.io.network_file import load, loads
from playground.io.validation import NetworkFileError

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def network_doc(data: dict | None = None, **top: object) -> dict:
    return {
        "format": "nn-playground/network",
        "version": 1,
        "layers": [
            {"units": 2},
            {"units": 1, "activation": "sigmoid", "weights": [[0.1], [0.2]], "bias": [0.0]},
        ],
        "loss": "mse",
        "optimizer": {"name": "sgd", "learning_rate": 0.5},
        "data": data or {"builtin": "xor"},
        **top,
    }


def refused(text: str | dict, folder: Path | None = None) -> str:
    text = json.dumps(text) if isinstance(text, dict) else text
    with pytest.raises(NetworkFileError) as caught:
        loads(text, base_dir=folder)
    return str(caught.value)


def write_csv(folder: Path, name: str = "train.csv") -> Path:
    path = folder / name
    path.write_text("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    return path


# --- limits ----------------------------------------------------------------------------------


def test_too_many_parameters_are_refused_before_any_weight_is_drawn():
    layers = [{"units": 10_000}] + [
        {"units": 10_000, "activation": "relu", "init": {"name": "he_normal", "seed": 1}}
    ] * 6
    text = json.dumps(network_doc(layers=layers))
    tracemalloc.start()
    try:
        message = refused(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (
        message == "layers: 600,060,000 weights and biases; the playground takes at most 20,000,000"
    )
    assert peak < 10 * 2**20


def test_the_parameter_limit_counts_weights_and_biases(monkeypatch):
    monkeypatch.setattr(layers_module, "MAX_PARAMETERS", 9)
    layers = [{"units": 2}, {"units": 2, "activation": "relu", "init": {"name": "zeros"}}]
    layers.append({"units": 1, "activation": "sigmoid", "init": {"name": "zeros"}})
    assert loads(json.dumps(network_doc(layers=layers))).network.layer_sizes == [2, 2, 1]
    layers[1]["units"] = 3  # 3·3 + 4·1 = 13 weights and biases
    assert refused(network_doc(layers=layers)) == (
        "layers: 13 weights and biases; the playground takes at most 9"
    )


def test_a_file_over_64_mib_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(65 * 2**20)  # sparse: no disk, and reading it would take 65 MB
    with pytest.raises(NetworkFileError) as caught:
        load(path)
    assert str(caught.value) == (
        "68,157,440 bytes; the playground opens network files of at most 64 MiB"
    )


def test_a_600_deep_layout_is_refused_with_its_line_and_column():
    doc = json.dumps(network_doc(layout={"nodes": {}}))
    text = doc.replace('"nodes": {}', '"deep": ' + "[" * 600 + "]" * 600)
    message = refused(text)
    assert message.startswith("line 1, column ")
    assert message.endswith("nested more than 64 deep (the playground reads at most 64 levels "
                            "of [ ] and { })")  # fmt: skip


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert loads(json.dumps(network_doc(name='[{"' * 100))).name == '[{"' * 100


def test_a_key_that_appears_twice_is_refused_with_its_place():
    text = json.dumps(network_doc()).replace('"bias": [0.0]', '"bias": [0.0], "weights": [[1]]')
    assert refused(text) == 'layers[1]: the key "weights" appears twice'


def test_a_top_level_key_that_appears_twice_is_refused():
    text = json.dumps(network_doc()).replace('"version": 1', '"version": 1, "version": 2')
    assert refused(text) == 'the key "version" appears twice'


def test_too_many_csv_values_are_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(dataset_files, "MAX_CSV_VALUES", 10)
    path = write_csv(tmp_path)
    message = refused(network_doc({"file": "train.csv"}), tmp_path)
    assert message == (
        "data: train.csv: 4 rows × 3 columns is 12 numbers; the playground reads at most 10"
    )
    with pytest.raises(DatasetError, match="4 rows × 3 columns"):
        load_csv(path)


def test_a_csv_file_over_its_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(dataset_files, "MAX_CSV_BYTES", 2**20)
    with (tmp_path / "big.csv").open("wb") as file:
        file.truncate(2**20 + 1)
    message = refused(network_doc({"file": "big.csv"}), tmp_path)
    assert (
        message
        == "data: big.csv is 1,048,577 bytes; the playground reads CSV files of at most 1 MiB"
    )


# --- only regular files ------------------------------------------------------------------------


@needs_fifo
def test_a_network_file_that_is_a_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "net.json")
    with pytest.raises(NetworkFileError) as caught:
        load(tmp_path / "net.json")
    assert str(caught.value) == "cannot read it: it is a named pipe, not a regular file"


@pytest.mark.parametrize(
    ("target", "kind"),
    [("/dev/zero", "a device"), ("/dev/urandom", "a device"), ("dir", "a folder")],
)
def test_a_network_file_that_is_a_device_or_folder_is_refused(tmp_path, target, kind):
    if not Path(target).exists() and target.startswith("/"):
        pytest.skip(f"no {target} here")
    (tmp_path / "dir").mkdir()
    (tmp_path / "net.json").symlink_to(target if target.startswith("/") else tmp_path / target)
    with pytest.raises(NetworkFileError) as caught:
        load(tmp_path / "net.json")
    assert str(caught.value) == f"cannot read it: it is {kind}, not a regular file"


@needs_fifo
@pytest.mark.parametrize("name", ["pipe.csv", "pipe.npz", "pipe-idx3-ubyte"])
def test_a_data_file_that_is_a_named_pipe_is_refused_without_blocking(tmp_path, name):
    os.mkfifo(tmp_path / name)
    data = {"file": name, **({"labels": "l-idx1-ubyte"} if "idx" in name else {})}
    assert refused(network_doc(data), tmp_path) == (
        f"data.file: cannot read it: '{name}' is a named pipe, not a regular file"
    )


@needs_fifo
def test_a_csv_test_path_that_is_a_named_pipe_is_refused(tmp_path):
    write_csv(tmp_path)
    os.mkfifo(tmp_path / "test.csv")
    data = {"file": "train.csv", "test_path": "test.csv"}
    assert refused(network_doc(data), tmp_path) == (
        "data.test_path: cannot read it: 'test.csv' is a named pipe, not a regular file"
    )
    with pytest.raises(DatasetError, match="it is not a regular file"):
        load_csv(tmp_path / "train.csv", test_path=tmp_path / "test.csv")


def test_a_csv_data_file_linked_to_dev_zero_or_a_folder_is_refused(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    (tmp_path / "zero.csv").symlink_to("/dev/zero")
    (tmp_path / "folder.csv").mkdir()
    assert refused(network_doc({"file": "zero.csv"}), tmp_path) == (
        "data.file: cannot read it: 'zero.csv' is a device, not a regular file"
    )
    assert refused(network_doc({"file": "folder.csv"}), tmp_path) == (
        "data.file: cannot read it: 'folder.csv' is a folder, not a regular file"
    )
    with pytest.raises(DatasetError, match="it is not a regular file"):
        load_csv(tmp_path / "zero.csv")


def test_a_test_path_of_another_kind_is_refused_by_its_name_before_reading(tmp_path):
    write_csv(tmp_path)
    data = {"file": "train.csv", "test_path": "/etc/shadow"}
    assert refused(network_doc(data), tmp_path) == (
        "data.test_path: expected a .csv file like the training file, not '/etc/shadow'"
    )
    with pytest.raises(DatasetError, match="the test set must be a .csv file too, not 'shadow'"):
        load_csv(tmp_path / "train.csv", test_path="/etc/shadow")


def test_idx_labels_of_another_kind_are_refused_by_their_name(tmp_path):
    data = {"file": "a-idx3-ubyte", "labels": "/etc/passwd"}
    assert refused(network_doc(data), tmp_path).startswith(
        "data.labels: expected an idx file (…-idx1-ubyte or …-idx3-ubyte, plain or .gz) like"
    )


def test_a_long_bad_cell_is_clipped_in_the_message(tmp_path):
    (tmp_path / "bad.csv").write_text("1,2,3\n4," + "x" * 100_000 + ",6\n")
    message = refused(network_doc({"file": "bad.csv"}), tmp_path)
    assert message == "data: bad.csv, row 2, column 2: 'xxxxxxxxxxxxxxxxxxxx…' is not a number"


# --- fast CSV ----------------------------------------------------------------------------------


def test_a_100000_row_csv_is_read_exactly(tmp_path):
    rng = np.random.default_rng(7)
    table = rng.standard_normal((100_000, 3)) * 10.0 ** rng.integers(-30, 30, (100_000, 3))
    text = "a,b,c\n" + "\n".join(",".join(repr(float(x)) for x in row) for row in table)
    (tmp_path / "many.csv").write_text(text + "\n\n   \n")
    data = load_csv(tmp_path / "many.csv", target_columns=1)
    assert data.input_labels == ("a", "b") and data.target_labels == ("c",)
    assert np.array_equal(data.inputs, table[:, :2]) and np.array_equal(data.targets, table[:, 2:])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,2\n3,4\n5,nan\n", "row 3, column 2: 'nan' is not a finite number"),
        ("1,2\n3,4\n5,1e999\n", "row 3, column 2: '1e999' is not a finite number"),
        ("1,2\n3,4,5\n", "row 2: 3 values, but the first row has 2"),
        ("1,2\n3,\n", "row 2, column 2: the cell is empty; every cell must hold a number"),
    ],
)
def test_a_csv_numpy_cannot_read_is_read_again_to_name_the_cell(tmp_path, text, message):
    (tmp_path / "f.csv").write_text(text)
    with pytest.raises(DatasetError, match=f"^f.csv, {message}$"):
        load_csv(tmp_path / "f.csv")


def test_quoted_and_spaced_cells_read_as_before(tmp_path):
    (tmp_path / "f.csv").write_text('x,y\r\n"1.5", 2 \r\n,,\r\n3,4\r\n')
    data = load_csv(tmp_path / "f.csv")
    assert data.inputs.tolist() == [[1.5], [3.0]] and data.targets.tolist() == [[2.0], [4.0]]


# --- control characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [("red\x1b[31m", "001B"), ("a\rb", "000D"), ("bell\x07", "0007"), ("\0", "0000")],
)
def test_a_name_with_control_characters_is_refused(name, code):
    message = refused(network_doc(name=name))
    assert message.startswith(f"name: holds the control character U+{code} at position ")
    assert not any(c in message for c in "\x1b\r\x07\0")


def test_a_label_with_control_characters_is_refused_with_its_place():
    doc = network_doc()
    doc["layers"][0]["labels"] = ["x1", "x\x1b[2J"]
    assert refused(doc) == (
        "layers[0].labels[1]: holds the control character U+001B at position 1; names and "
        "labels may hold no control characters but tab"
    )


def test_a_name_with_a_tab_is_kept():
    assert loads(json.dumps(network_doc(name="a\tb"))).name == "a\tb"


def test_a_csv_header_with_control_characters_is_refused(tmp_path):
    (tmp_path / "f.csv").write_text("x\x1b[31m,y\n1,2\n")
    with pytest.raises(DatasetError) as caught:
        load_csv(tmp_path / "f.csv")
    assert str(caught.value) == (
        "f.csv, row 1, column 1: the header holds the control character U+001B; labels may "
        "hold no control characters but tab"
    )


def test_an_unknown_key_with_an_escape_sequence_is_named_escaped(tmp_path):
    import json as _json

    from playground import io as _io
    from playground.paths import resource_path as _resource_path

    doc = _json.loads(_resource_path("examples", "xor.json").read_text())
    doc["\x1b[31mred"] = 1
    path = tmp_path / "esc.json"
    path.write_text(_json.dumps(doc))
    with pytest.raises(_io.NetworkFileError) as refused:
        _io.load(path)
    message = str(refused.value)
    assert "\x1b" not in message and "['\\x1b[31mred']: unknown key" in message
