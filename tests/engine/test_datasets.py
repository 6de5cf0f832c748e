"""Datasets: the built-ins reproduce the course notes' data; file loaders explain every error."""

import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from playground.engine.datasets import (
    BUILTIN_NAMES,
    Dataset,
    DatasetError,
    builtin_parameters,
    load_builtin,
    load_csv,
    load_file,
    load_npz,
    make_dataset,
)

TRUTH_TABLE = [[0, 0], [0, 1], [1, 0], [1, 1]]
# Samples of each digit 0..9 in sklearn.datasets.load_digits() (the UCI test partition).
DIGIT_COUNTS = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
PLANAR = ("circle", "spiral", "gaussian")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def all_arrays(dataset: Dataset) -> list[np.ndarray]:
    arrays = [dataset.inputs, dataset.targets, dataset.test_inputs, dataset.test_targets]
    return [a for a in arrays if a is not None]


# --- built-ins ---------------------------------------------------------------------------


def test_builtin_names() -> None:
    assert BUILTIN_NAMES == (
        "xor", "and", "or", "linear", "circle", "spiral", "gaussian", "seven_segment", "digits",
        "mnist", "fashion_mnist",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "outputs"), [("xor", [0, 1, 1, 0]), ("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1])]
)
def test_logic_gates_are_truth_tables_in_the_notes_order(name: str, outputs: list[int]) -> None:
    data = load_builtin(name)
    assert data.inputs.tolist() == TRUTH_TABLE
    assert data.targets.tolist() == [[t] for t in outputs]
    assert data.test_inputs is None and data.test_targets is None
    assert data.task == "classification"
    assert (data.n_samples, data.n_inputs, data.n_outputs) == (4, 2, 1)


def test_linear_default_is_the_notes_y_equals_2x_plus_1() -> None:
    # Notes: x = [0, 1, 2, 3, 4], y = [1, 3, 5, 7, 9]; fit x[:3], y[:3]; predict x[3:].
    data = load_builtin("linear")
    assert data.task == "regression"
    assert data.inputs.tolist() == [[0], [1], [2]]
    assert data.targets.tolist() == [[1], [3], [5]]
    assert data.test_inputs.tolist() == [[3], [4]]
    assert data.test_targets.tolist() == [[7], [9]]
    assert builtin_parameters("linear") == {"variant": "2x+1"}


def test_linear_2x_is_the_notes_train_and_test_data() -> None:
    data = load_builtin("linear", variant="2x")
    assert data.inputs.ravel().tolist() == [1, 2, 3, 4]
    assert data.targets.ravel().tolist() == [2, 4, 6, 8]
    assert data.test_inputs.ravel().tolist() == [1.2, 2.3, 3.4, 4.5]
    assert data.test_targets.ravel().tolist() == [2.4, 4.6, 6.8, 9.0]


def test_seven_segment_encodings() -> None:
    data = load_builtin("seven_segment")
    assert data.input_labels == tuple("abcdefg")
    assert data.target_labels == tuple("0123456789")
    assert data.inputs.shape == (10, 7) and data.test_inputs is None
    assert data.inputs[8].tolist() == [1] * 7
    assert data.inputs[1].tolist() == [0, 1, 1, 0, 0, 0, 0]  # b, c
    assert data.inputs[0].tolist() == [1, 1, 1, 1, 1, 1, 0]  # all but g
    assert data.inputs[7].tolist() == [1, 1, 1, 0, 0, 0, 0]  # a, b, c
    assert data.targets.tolist() == np.eye(10).tolist()
    assert len({tuple(row) for row in data.inputs.tolist()}) == 10


@pytest.mark.parametrize("name", PLANAR)
def test_planar_shapes_split_and_labels(name: str) -> None:
    data = load_builtin(name)
    assert builtin_parameters(name) == {
        "samples": 200, "noise": 0.0, "seed": 0, "test_fraction": 0.2,
    }  # fmt: skip
    assert data.inputs.shape == (160, 2) and data.targets.shape == (160, 1)
    assert data.test_inputs.shape == (40, 2) and data.test_targets.shape == (40, 1)
    assert data.task == "classification"
    every_target = np.concatenate([data.targets, data.test_targets])
    assert set(every_target.ravel().tolist()) == {0.0, 1.0}
    assert every_target.sum() == 100  # half of each class
    assert np.abs(np.concatenate([data.inputs, data.test_inputs])).max() <= 1.0


@pytest.mark.parametrize("name", PLANAR)
def test_planar_is_deterministic_per_seed(name: str) -> None:
    first = load_builtin(name, samples=50, noise=0.3, seed=7)
    again = load_builtin(name, samples=50, noise=0.3, seed=7)
    other = load_builtin(name, samples=50, noise=0.3, seed=8)
    for a, b in zip(all_arrays(first), all_arrays(again), strict=True):
        assert np.array_equal(a, b)
    assert not np.array_equal(first.inputs, other.inputs)


def test_circle_without_noise_separates_disc_and_ring() -> None:
    data = load_builtin("circle", samples=300, test_fraction=0.0)
    radius = np.hypot(data.inputs[:, 0], data.inputs[:, 1])
    inside = data.targets[:, 0] == 1
    assert radius[inside].max() <= 0.5 and radius[~inside].min() >= 0.7
    assert data.test_inputs is None


def test_sizes_follow_samples_and_test_fraction() -> None:
    data = load_builtin("spiral", samples=101, test_fraction=0.3)
    assert (data.n_samples, data.test_inputs.shape[0]) == (71, 30)
    assert data.inputs.flags.c_contiguous and data.inputs.dtype == np.float64


def test_digits() -> None:
    data = load_builtin("digits")
    assert builtin_parameters("digits") == {"test_fraction": 0.2, "seed": 0}
    inputs = np.concatenate([data.inputs, data.test_inputs])
    targets = np.concatenate([data.targets, data.test_targets])
    assert inputs.shape == (1797, 64) and targets.shape == (1797, 10)
    assert data.test_inputs.shape[0] == 359
    assert inputs.min() == 0.0 and inputs.max() == 1.0
    assert np.array_equal(inputs * 16, np.round(inputs * 16))  # pixels were 0..16
    assert np.all(targets.sum(axis=1) == 1) and set(np.unique(targets)) == {0.0, 1.0}
    assert targets.sum(axis=0).tolist() == DIGIT_COUNTS
    assert data.target_labels == tuple("0123456789")
    assert data.task == "classification"


def test_digits_split_depends_on_seed_only() -> None:
    a, b = load_builtin("digits", seed=1), load_builtin("digits", seed=1)
    c = load_builtin("digits", seed=2)
    assert np.array_equal(a.inputs, b.inputs) and np.array_equal(a.test_targets, b.test_targets)
    assert not np.array_equal(a.inputs, c.inputs)


def test_unknown_builtin_names_the_known_ones() -> None:
    with pytest.raises(DatasetError, match="no built-in dataset 'moons'.*xor, and, or, linear"):
        load_builtin("moons")


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("circle", {"nosie": 0.1}, "circle has no parameter 'nosie'; its parameters: samples"),
        ("xor", {"seed": 1}, "xor has no parameter 'seed'; its parameters: none"),
        ("circle", {"samples": 1}, "samples must be a whole number from 2"),
        ("circle", {"samples": 2.5}, "samples must be a whole number"),
        ("spiral", {"noise": -0.1}, "noise must be a number from 0.0 to 1.0"),
        ("gaussian", {"seed": True}, "seed must be a whole number"),
        ("digits", {"test_fraction": 1.0}, "test_fraction must be a number from 0.0 to 0.9"),
        ("linear", {"variant": "3x"}, "variant must be one of 2x\\+1, 2x"),
    ],
)
def test_bad_parameters(name: str, params: dict, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        load_builtin(name, **params)


def test_builtin_parameters_is_a_copy() -> None:
    builtin_parameters("circle")["samples"] = 5
    assert builtin_parameters("circle")["samples"] == 200


def test_dataset_error_is_a_value_error() -> None:
    assert issubclass(DatasetError, ValueError)


# --- make_dataset ------------------------------------------------------------------------


def test_make_dataset_copies_and_infers_task() -> None:
    inputs = np.array([[1, 2], [3, 4]])
    data = make_dataset("d", inputs, [[0], [1]])
    inputs[0, 0] = 99
    assert data.inputs.tolist() == [[1, 2], [3, 4]] and data.inputs.dtype == np.float64
    assert data.task == "classification"
    assert make_dataset("d", inputs, [[0.5], [1]]).task == "regression"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"inputs": [1, 2], "targets": [[1], [2]]}, "inputs must be 2-D"),
        ({"inputs": [[1], [2]], "targets": [[1]]}, "2 training input rows but 1 training target"),
        ({"inputs": [[1], [np.inf]], "targets": [[1], [2]]}, "inf at row 2, column 1"),
        ({"inputs": [["a"]], "targets": [[1]]}, "must hold numbers"),
        ({"inputs": [[1]], "targets": [[1]], "test_inputs": [[1]]}, "both test inputs"),
        ({"inputs": [[1]], "targets": [[1]], "task": "ranking"}, "task must be one of"),
        (
            {"inputs": [[1]], "targets": [[1]], "test_inputs": [[1, 2]], "test_targets": [[1]]},
            "test samples have 2 inputs",
        ),
    ],
)
def test_make_dataset_rejects(kwargs: dict, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        make_dataset("mine", **kwargs)


# --- CSV ---------------------------------------------------------------------------------


def test_csv_with_header(tmp_path: Path) -> None:
    path = write(tmp_path / "gates.csv", "x1, x2, y\n0,0,0\n0,1,1\n\n1,0,1\n1,1,0\n")
    data = load_csv(path)
    assert data.name == "gates.csv"
    assert data.input_labels == ("x1", "x2") and data.target_labels == ("y",)
    assert data.inputs.tolist() == TRUTH_TABLE
    assert data.targets.ravel().tolist() == [0, 1, 1, 0]
    assert data.task == "classification"


def test_csv_without_header_and_two_targets(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.csv", "1,2,3.5,4\n5,6,7,8e-1\n")
    data = load_csv(path, target_columns=2)
    assert data.input_labels is None
    assert data.inputs.tolist() == [[1, 2], [5, 6]]
    assert data.targets.tolist() == [[3.5, 4], [7, 0.8]]
    assert data.task == "regression"


def test_csv_test_file(tmp_path: Path) -> None:
    train = write(tmp_path / "train.csv", "x,y\n1,2\n2,4\n")
    test = write(tmp_path / "test.csv", "x,y\n1.5,3\n")
    data = load_file(train, test_path=test)
    assert data.test_inputs.tolist() == [[1.5]] and data.test_targets.tolist() == [[3]]
    bad = write(tmp_path / "wide.csv", "1,2,3\n")
    with pytest.raises(DatasetError, match="wide.csv has 3 columns, but the training file"):
        load_csv(train, test_path=bad)


def test_csv_bad_cell_names_file_row_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "a,b,c\n1,2,3\n4,five,6\n")
    with pytest.raises(DatasetError, match=r"bad.csv, row 3, column 2: 'five' is not a number"):
        load_csv(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,2,3\n4,5\n", "rag.csv, row 2: 2 values, but the first row has 3"),
        ("", "rag.csv holds no rows of numbers"),
        ("x,y\n", "rag.csv holds no rows of numbers"),
        ("1,2\n3,\n", "row 2, column 2: the cell is empty"),
        ("1,2\n3,nan\n", "row 2, column 2: 'nan' is not a finite number"),
        ("a;b\n1;2\n", r"'1;2' is not a number \(values must be separated by commas\)"),
        ("5\n6\n", "rag.csv has 1 columns; it needs at least one input column"),
    ],
)
def test_csv_rejects(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        load_csv(write(tmp_path / "rag.csv", text))


def test_csv_target_columns_must_leave_an_input(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "1,2\n")
    with pytest.raises(DatasetError, match="besides its 2 target column"):
        load_csv(path, target_columns=2)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="Cannot read .*nothing.csv"):
        load_csv(tmp_path / "nothing.csv")
    path = tmp_path / "latin.csv"
    path.write_bytes(b"caf\xe9,1\n")
    with pytest.raises(DatasetError, match="not a UTF-8 text file"):
        load_csv(path)


# --- NPZ ---------------------------------------------------------------------------------


def test_npz_with_our_keys(tmp_path: Path) -> None:
    path = tmp_path / "ours.npz"
    np.savez(
        path,
        inputs=np.arange(6).reshape(3, 2),
        targets=np.array([0.5, 1.5, 2.5]),
        test_inputs=np.array([[7, 8]]),
        test_targets=np.array([[3.5]]),
    )
    data = load_npz(path)
    assert data.name == "ours.npz"
    assert data.inputs.tolist() == [[0, 1], [2, 3], [4, 5]]  # integers kept, not scaled
    assert data.targets.tolist() == [[0.5], [1.5], [2.5]]
    assert data.test_inputs.tolist() == [[7, 8]] and data.task == "regression"


def test_npz_in_keras_layout(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x_train = rng.integers(0, 256, (5, 28, 28), dtype=np.uint8)
    x_test = rng.integers(0, 256, (2, 28, 28), dtype=np.uint8)
    path = tmp_path / "mnist.npz"
    np.savez_compressed(
        path,
        x_train=x_train,
        y_train=np.array([0, 3, 1, 2, 3], dtype=np.uint8),
        x_test=x_test,
        y_test=np.array([4, 0], dtype=np.int64),
    )
    data = load_file(path)
    assert data.inputs.shape == (5, 784) and data.test_inputs.shape == (2, 784)
    assert np.array_equal(data.inputs, x_train.reshape(5, 784) / 255.0)
    assert data.inputs.max() <= 1.0 and data.inputs.dtype == np.float64
    assert data.targets.shape == (5, 5)  # labels 0..4 over train and test
    assert data.targets.argmax(axis=1).tolist() == [0, 3, 1, 2, 3]
    assert data.test_targets.tolist() == [[0, 0, 0, 0, 1], [1, 0, 0, 0, 0]]
    assert data.target_labels == ("0", "1", "2", "3", "4")
    assert data.task == "classification"


def test_npz_keras_column_labels_and_float_targets(tmp_path: Path) -> None:
    path = tmp_path / "cifar.npz"
    np.savez(path, x_train=np.zeros((3, 2, 2, 3), np.uint8), y_train=np.array([[1], [0], [2]]))
    data = load_npz(path)
    assert data.inputs.shape == (3, 12) and data.targets.shape == (3, 3)
    path = tmp_path / "soft.npz"
    np.savez(path, x_train=np.ones((2, 2)), y_train=np.array([[0.2, 0.8], [0.6, 0.4]]))
    assert load_npz(path).targets.tolist() == [[0.2, 0.8], [0.6, 0.4]]


def test_npz_refuses_pickled_objects(tmp_path: Path) -> None:
    path = tmp_path / "objects.npz"
    np.savez(path, inputs=np.array([[1, "x"]], dtype=object), targets=np.array([[1.0]]))
    with pytest.raises(DatasetError, match="objects.npz holds Python objects"):
        load_npz(path)


def test_npz_refuses_a_non_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.npz"
    path.write_bytes(pickle.dumps({"inputs": [[1]]}))
    with pytest.raises(DatasetError, match=r"fake.npz is not an .npz file"):
        load_npz(path)
    with pytest.raises(DatasetError, match="Cannot read .*absent.npz"):
        load_npz(tmp_path / "absent.npz")


def test_npz_names_found_and_expected_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.npz"
    np.savez(path, images=np.zeros((2, 3)), labels=np.zeros(2))
    with pytest.raises(DatasetError, match="holds images, labels; expected inputs and targets"):
        load_npz(path)


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"x_train": np.zeros((5, 3)), "y_train": np.zeros(4, int)}, "x_train has 5 samples"),
        ({"inputs": [[1.0, np.nan]], "targets": [[1.0]]}, "inputs holds nan at row 1, column 2"),
        ({"inputs": [[1.0]], "targets": [[1.0]], "test_inputs": [[1.0]]}, "needs both"),
        ({"x_train": np.zeros((2, 3)), "y_train": np.array([0, -1])}, "found -1 to 0"),
        ({"inputs": np.array([["a"]]), "targets": [[1.0]]}, "inputs holds <U1 values"),
    ],
)
def test_npz_rejects(tmp_path: Path, arrays: dict, message: str) -> None:
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(DatasetError, match=message):
        load_npz(path)


def test_npz_member_that_is_not_an_array(tmp_path: Path) -> None:
    path = tmp_path / "odd.npz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("inputs.npy", b"not an array")
        archive.writestr("targets.npy", b"not an array")
    with pytest.raises(DatasetError, match="odd.npz: inputs is not a NumPy array"):
        load_npz(path)


def test_npz_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.npz"
    np.savez(path, inputs=np.zeros((100, 3)), targets=np.zeros((100, 1)))
    path.write_bytes(path.read_bytes()[:-60])
    with pytest.raises(DatasetError, match="cut.npz"):
        load_npz(path)


def test_load_file_dispatches_on_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "DATA.CSV", "1,2\n")
    assert load_file(path).inputs.tolist() == [[1]]
    with pytest.raises(DatasetError, match="reads .csv, .npz and idx files .*, not .txt files"):
        load_file(write(tmp_path / "data.txt", "1,2\n"))
    with pytest.raises(DatasetError, match="take no option 'sep'"):
        load_file(path, sep=";")


def test_loading_imports_no_qt_sklearn_or_pandas(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from playground.engine.datasets import load_builtin, load_file\n"
        "for name in ('digits', 'spiral'): load_builtin(name)\n"
        f"load_file({str(write(tmp_path / 'a.csv', '1,2'))!r})\n"
        "print(sorted(m for m in ('PySide6', 'sklearn', 'pandas') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
