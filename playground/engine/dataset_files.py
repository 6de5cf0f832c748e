"""Reading a learner's own data: comma-separated tables (.csv) and NumPy archives (.npz).

Every problem becomes a :class:`~playground.engine.datasets.DatasetError` naming the file
and, where there is one, the row and column; no parser traceback reaches the learner.
Archives are read with ``allow_pickle=False``: a file can hold numbers, never code.
"""

from __future__ import annotations

import csv
import zipfile
from array import array
from collections.abc import Iterator
from os import PathLike
from pathlib import Path

import numpy as np

from playground.engine.datasets import Dataset, DatasetError, infer_task, make_dataset, one_hot

CSV_OPTIONS = ("target_columns", "test_path")
OUR_KEYS = ("inputs", "targets", "test_inputs", "test_targets")
KERAS_KEYS = ("x_train", "y_train", "x_test", "y_test")
MAX_CLASSES = 1000  # integer labels past this are surely not classes to one-hot encode


# --- CSV ---------------------------------------------------------------------------------


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells with spaces stripped) for each non-blank line of ``path``."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as file:
            reader = csv.reader(file)
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    yield reader.line_num, [cell.strip() for cell in cells]
    except OSError as exc:
        raise DatasetError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path.name} is not a UTF-8 text file") from exc
    except csv.Error as exc:
        raise DatasetError(f"{path.name}, row {reader.line_num}: {exc}") from exc


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _number(cell: str, *, path: Path, row: int, column: int) -> float:
    """The finite number in ``cell``, else a DatasetError naming file, row and column."""
    where = f"{path.name}, row {row}, column {column}"
    if not cell:
        raise DatasetError(f"{where}: the cell is empty; every cell must hold a number")
    if not _is_number(cell):
        hint = " (values must be separated by commas)" if ";" in cell or "\t" in cell else ""
        raise DatasetError(f"{where}: {cell!r} is not a number{hint}")
    value = float(cell)
    if not np.isfinite(value):
        raise DatasetError(f"{where}: {cell!r} is not a finite number")
    return value


def _read_table(path: Path) -> tuple[np.ndarray, tuple[str, ...] | None]:
    """A CSV file's numbers as a (rows, columns) array, and its header's labels if any."""
    values, header, width, n_rows = array("d"), None, 0, 0
    for row, cells in _csv_rows(path):
        if not width:
            width = len(cells)
            if any(cell and not _is_number(cell) for cell in cells):
                header = tuple(cell or f"column {j}" for j, cell in enumerate(cells, 1))
                continue
        elif len(cells) != width:
            raise DatasetError(
                f"{path.name}, row {row}: {len(cells)} values, but the first row has {width}"
            )
        values.extend(_number(c, path=path, row=row, column=j) for j, c in enumerate(cells, 1))
        n_rows += 1
    if not n_rows:
        text = " ".join(header or ())
        hint = " (values must be separated by commas)" if ";" in text or "\t" in text else ""
        raise DatasetError(f"{path.name} holds no rows of numbers{hint}")
    return np.frombuffer(values, dtype=np.float64).reshape(n_rows, width), header


def _check_target_columns(target_columns: object, *, path: Path, width: int) -> None:
    if not isinstance(target_columns, int) or isinstance(target_columns, bool):
        raise DatasetError(f"target_columns must be a whole number, not {target_columns!r}")
    if not 1 <= target_columns < width:
        raise DatasetError(
            f"{path.name} has {width} columns; it needs at least one input column "
            f"besides its {target_columns} target column(s)"
        )


def load_csv(
    path: str | PathLike[str],
    *,
    target_columns: int = 1,
    test_path: str | PathLike[str] | None = None,
) -> Dataset:
    """A CSV file of numbers, one sample a row; the last ``target_columns`` are targets.

    A first row that is not all numbers is a header and names the columns. ``test_path``
    is a second file with the same columns holding the test set. The task is
    classification if every target is 0 or 1, else regression. The dataset is named
    after the file.
    """
    path = Path(path)
    table, header = _read_table(path)
    _check_target_columns(target_columns, path=path, width=table.shape[1])
    cut = table.shape[1] - target_columns
    x, y, test_x, test_y = table[:, :cut], table[:, cut:], None, None
    if test_path is not None:
        test, _ = _read_table(Path(test_path))
        if test.shape[1] != table.shape[1]:
            raise DatasetError(
                f"{Path(test_path).name} has {test.shape[1]} columns, "
                f"but the training file {path.name} has {table.shape[1]}"
            )
        test_x, test_y = test[:, :cut], test[:, cut:]
    every_target = y if test_y is None else np.concatenate([y, test_y])
    return make_dataset(
        path.name,
        x,
        y,
        test_inputs=test_x,
        test_targets=test_y,
        task=infer_task(every_target),
        input_labels=header[:cut] if header else None,
        target_labels=header[cut:] if header else None,
    )


# --- NPZ ---------------------------------------------------------------------------------


def _choose_keys(path: Path, files: list[str]) -> tuple[str, ...]:
    """The four keys (ours or Keras') the archive uses; test keys may be absent."""
    for keys in (OUR_KEYS, KERAS_KEYS):
        if keys[0] in files and keys[1] in files:
            if (keys[2] in files) != (keys[3] in files):
                raise DatasetError(f"{path.name}: a test set needs both {keys[2]} and {keys[3]}")
            return keys
    found = ", ".join(sorted(files)) or "no arrays"
    raise DatasetError(
        f"{path.name} holds {found}; expected inputs and targets (and optionally "
        "test_inputs, test_targets), or Keras' x_train, y_train (and optionally x_test, y_test)"
    )


def _check_zip(path: Path) -> None:
    """Raise unless ``path`` is a complete zip archive, as every ``.npz`` file is."""
    if not path.is_file():
        raise DatasetError(f"Cannot read {path}: no such file")
    if not zipfile.is_zipfile(path):
        raise DatasetError(f"{path.name} is not an .npz file: it is not a complete zip archive")


def _read_archive(path: Path) -> tuple[tuple[str, ...], dict[str, np.ndarray]]:
    """The keys an ``.npz`` file uses (ours or Keras') and its arrays under those keys."""
    _check_zip(path)
    try:
        with np.load(path, allow_pickle=False) as archive:
            keys = _choose_keys(path, archive.files)
            arrays = {key: archive[key] for key in keys if key in archive.files}
    except DatasetError:
        raise
    except ValueError as exc:
        if "allow_pickle" not in str(exc):
            raise DatasetError(f"{path.name} cannot be read: {exc}") from exc
        raise DatasetError(
            f"{path.name} holds Python objects (pickled data), which the playground never "
            "loads because they could run code; save plain numeric arrays with np.savez"
        ) from exc
    except (OSError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        raise DatasetError(f"{path.name} is damaged or not an .npz file: {exc}") from exc
    for key, value in arrays.items():
        if not isinstance(value, np.ndarray):  # a zip member that is not a .npy array
            raise DatasetError(f"{path.name}: {key} is not a NumPy array")
    return keys, arrays


def _samples(values: np.ndarray, *, key: str, path: Path, scale: bool) -> np.ndarray:
    """An array as (samples, features): vectors become a column, images are flattened.

    With ``scale``, integer values (8-bit pixels) are divided by 255 to lie in [0, 1].
    """
    if values.dtype.kind not in "biuf":
        raise DatasetError(f"{path.name}: {key} holds {values.dtype} values, not numbers")
    if values.ndim == 0 or values.size == 0:
        raise DatasetError(f"{path.name}: {key} holds no samples (shape {values.shape})")
    matrix = values.reshape(len(values), -1)
    return matrix / 255.0 if scale and values.dtype.kind in "iu" else matrix


def _is_label_vector(values: np.ndarray) -> bool:
    """Whether ``values`` are integer class labels, shape (n,) or (n, 1)."""
    return values.dtype.kind in "iu" and values.ndim in (1, 2) and values.size == len(values)


def _one_hot(labels: list[np.ndarray], *, path: Path) -> tuple[list[np.ndarray], tuple[str, ...]]:
    """Integer label vectors as one-hot rows, one column per class 0..highest label."""
    labels = [values.reshape(-1) for values in labels]
    every = np.concatenate(labels)
    if not every.size or every.min() < 0 or every.max() >= MAX_CLASSES:
        found = f"{every.min()} to {every.max()}" if every.size else "none"
        raise DatasetError(
            f"{path.name}: class labels must be whole numbers 0 to {MAX_CLASSES - 1}; found {found}"
        )
    n_classes = int(every.max()) + 1
    names = tuple(str(c) for c in range(n_classes))
    return [one_hot(values, n_classes) for values in labels], names


def _check_lengths(
    inputs: list[np.ndarray], targets: list[np.ndarray], *, keys: tuple[str, ...], path: Path
) -> None:
    """Raise unless each inputs array has as many samples as its targets array."""
    for x, y, x_key, y_key in zip(inputs, targets, keys[0::2], keys[1::2], strict=False):
        if len(x) != len(y):
            raise DatasetError(
                f"{path.name}: {x_key} has {len(x)} samples but {y_key} has {len(y)}"
            )


def load_npz(path: str | PathLike[str]) -> Dataset:
    """An ``.npz`` archive of ``inputs``, ``targets`` (+ ``test_inputs``, ``test_targets``)
    or of Keras' ``x_train``, ``y_train`` (+ ``x_test``, ``y_test``).

    Arrays of any shape are flattened to one row per sample. In Keras files, integer
    images are divided by 255 and integer label vectors become one-hot rows, one column
    per class 0..highest label; float targets are kept as they are. The dataset is named
    after the file.
    """
    path = Path(path)
    keys, arrays = _read_archive(path)
    keras = keys == KERAS_KEYS
    x_keys, y_keys = [k for k in keys[0::2] if k in arrays], [k for k in keys[1::2] if k in arrays]
    inputs = [_samples(arrays[k], key=k, path=path, scale=keras) for k in x_keys]
    labels = None
    if keras and all(_is_label_vector(arrays[k]) for k in y_keys):
        targets, labels = _one_hot([arrays[k] for k in y_keys], path=path)
    else:
        targets = [_samples(arrays[k], key=k, path=path, scale=False) for k in y_keys]
    _check_lengths(inputs, targets, keys=keys, path=path)
    test_x, test_y = (inputs[1], targets[1]) if len(inputs) == 2 else (None, None)
    return make_dataset(
        path.name,
        inputs[0],
        targets[0],
        test_inputs=test_x,
        test_targets=test_y,
        target_labels=labels,
    )


def load_file(path: str | PathLike[str], **options: object) -> Dataset:
    """A ``.csv`` file (read with :func:`load_csv` and ``options``) or an ``.npz`` file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        unknown = sorted(set(options) - set(CSV_OPTIONS))
        if unknown:
            raise DatasetError(
                f"CSV files take no option {unknown[0]!r}; they take {', '.join(CSV_OPTIONS)}"
            )
        return load_csv(path, **options)
    if suffix == ".npz":
        if options:
            raise DatasetError(f".npz files take no options, not {', '.join(sorted(options))}")
        return load_npz(path)
    kind = f"{suffix} files" if suffix else "files without a .csv or .npz suffix"
    raise DatasetError(f"{path.name}: the playground reads .csv and .npz files, not {kind}")
