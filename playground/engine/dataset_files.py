"""Reading a learner's own data: comma-separated tables (.csv), NumPy archives (.npz) and
idx files (MNIST's format: ``train-images-idx3-ubyte``, plain or ``.gz``).

Every problem becomes a :class:`~playground.engine.datasets.DatasetError` naming the file
and, where there is one, the row and column; no parser traceback reaches the learner.
Archives are read with ``allow_pickle=False``: a file can hold numbers, never code. The
sizes an archive's or idx file's header declares are checked before anything that size is
allocated, and only regular files are opened.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import re
import stat
import struct
import warnings
import zipfile
import zlib
from array import array
from collections.abc import Iterator
from os import PathLike
from pathlib import Path

import numpy as np

from playground.engine.datasets import Dataset, DatasetError, infer_task, make_dataset, one_hot
from playground.engine.messages import Message

CSV_OPTIONS = ("target_columns", "test_path")
OUR_KEYS = ("inputs", "targets", "test_inputs", "test_targets")
KERAS_KEYS = ("x_train", "y_train", "x_test", "y_test")
IDX_OPTIONS = ("labels", "test_path", "test_labels", "samples", "test_samples")
MAX_CLASSES = 1000  # integer labels past this are surely not classes to one-hot encode
MAX_ARRAY_BYTES = 64 * 2**20  # per array; MNIST's 60,000 training images are 47,040,000 bytes
MAX_CSV_BYTES = 256 * 2**20  # Kaggle's mnist_train.csv is 110 MB
MAX_CSV_VALUES = 50_000_000  # rows × columns: MNIST as CSV is 60,000 × 785 = 47,100,000
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


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
        raise _unreadable(path, exc) from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(Message("{file} is not a UTF-8 text file", file=path.name)) from exc
    except csv.Error as exc:
        raise DatasetError(
            Message(
                "{file}, row {row}: {exc}",
                file=path.name,
                row=reader.line_num,
                exc=str(exc),
            )
        ) from exc


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _clip(cell: str, limit: int = 24) -> str:
    """A cell as a message shows it: clipped, so that no file is echoed at length."""
    return cell if len(cell) <= limit else cell[: limit - 4] + "…"


def _number(cell: str, *, path: Path, row: int, column: int) -> float:
    """The finite number in ``cell``, else a DatasetError naming file, row and column."""
    try:
        value = float(cell)
    except ValueError:
        value = None
    if value is not None and math.isfinite(value):
        return value  # the message below is made only for the one bad cell
    where = Message("{file}, row {row}, column {column}", file=path.name, row=row, column=column)
    if not cell:
        raise DatasetError(
            Message("{where}: the cell is empty; every cell must hold a number", where=where)
        )
    if value is None:
        if ";" in cell or "\t" in cell:
            raise DatasetError(
                Message(
                    "{where}: {cell!r} is not a number (values must be separated by commas)",
                    where=where,
                    cell=_clip(cell),
                )
            )
        raise DatasetError(
            Message("{where}: {cell!r} is not a number", where=where, cell=_clip(cell))
        )
    raise DatasetError(
        Message("{where}: {cell!r} is not a finite number", where=where, cell=_clip(cell))
    )


def _read_regular_bytes(path: Path, *, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused before reading unless it is a regular file of at most
    ``limit`` bytes. Opened without blocking, so a named pipe cannot hang the reader."""
    _regular_file(path)
    size = path.stat().st_size
    if size > limit:
        raise DatasetError(
            Message(
                "{file} is {size:,} bytes; the playground reads {what} of at most {mib} MiB",
                file=path.name,
                size=size,
                what=what,
                mib=limit // 2**20,
            )
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the check above
                raise DatasetError(
                    Message("Cannot read {path}: it is not a regular file", path=path)
                )
            data = file.read(limit + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > limit:  # grown since the check above
        raise DatasetError(
            Message(
                "{file}: the playground reads {what} of at most {limit:,} bytes",
                file=path.name,
                what=what,
                limit=limit,
            )
        )
    return data


def _header(path: Path, cells: list[str]) -> tuple[str, ...] | None:
    """The labels of a first row that is not all numbers, else None."""
    if not any(cell and not _is_number(cell) for cell in cells):
        return None
    for j, cell in enumerate(cells, 1):
        found = _CONTROL.search(cell)
        if found:
            raise DatasetError(
                Message(
                    "{file}, row 1, column {column}: the header holds the control character "
                    "U+{code:04X}; labels may hold no control characters but tab",
                    file=path.name,
                    column=j,
                    code=ord(found.group()),
                )
            )
    return tuple(cell or f"column {j}" for j, cell in enumerate(cells, 1))


def _read_table(path: Path) -> tuple[np.ndarray, tuple[str, ...] | None]:
    """A CSV file's numbers as a (rows, columns) array, and its header's labels if any.

    NumPy parses the rows; only a file it cannot read is read again cell by cell, to name
    the first bad cell. The file's size and its rows × columns are checked first."""
    data = _read_regular_bytes(path, limit=MAX_CSV_BYTES, what=Message("CSV files"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(Message("{file} is not a UTF-8 text file", file=path.name)) from exc
    del data
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    del text
    lines = [line for line in lines if line.strip()]
    if not lines:
        return _read_table_cell_by_cell(path)
    first = [cell.strip() for cell in next(csv.reader([lines[0]]))]
    header, width = _header(path, first), len(first)
    rows = lines[1:] if header else lines
    if len(rows) * width > MAX_CSV_VALUES:
        raise DatasetError(
            Message(
                "{file}: {rows:,} rows × {width:,} columns is {values:,} numbers; the playground "
                "reads at most {limit:,}",
                file=path.name,
                rows=len(rows),
                width=width,
                values=len(rows) * width,
                limit=MAX_CSV_VALUES,
            )
        )
    table = _parse_rows(rows)
    if table is None or table.shape != (len(rows), width) or not np.isfinite(table).all():
        return _read_table_cell_by_cell(path)
    return table, header


def _parse_rows(rows: list[str]) -> np.ndarray | None:
    """The rows of numbers as NumPy reads them, or None when it cannot."""
    if not rows:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return np.loadtxt(
                rows, delimiter=",", comments=None, quotechar='"', dtype=np.float64, ndmin=2
            )
    except ValueError:
        return None


def _read_table_cell_by_cell(path: Path) -> tuple[np.ndarray, tuple[str, ...] | None]:
    """:func:`_read_table` the slow way, with the csv module: names the first bad cell."""
    values, header, width, n_rows = array("d"), None, 0, 0
    for row, cells in _csv_rows(path):
        if not width:
            width = len(cells)
            header = _header(path, cells)
            if header:
                continue
        elif len(cells) != width:
            raise DatasetError(
                Message(
                    "{file}, row {row}: {count} values, but the first row has {width}",
                    file=path.name,
                    row=row,
                    count=len(cells),
                    width=width,
                )
            )
        values.extend(_number(c, path=path, row=row, column=j) for j, c in enumerate(cells, 1))
        n_rows += 1
    if not n_rows:
        text = " ".join(header or ())
        if ";" in text or "\t" in text:
            raise DatasetError(
                Message(
                    "{file} holds no rows of numbers (values must be separated by commas)",
                    file=path.name,
                )
            )
        raise DatasetError(Message("{file} holds no rows of numbers", file=path.name))
    return np.frombuffer(values, dtype=np.float64).reshape(n_rows, width), header


def _check_target_columns(target_columns: object, *, path: Path, width: int) -> None:
    if not isinstance(target_columns, int) or isinstance(target_columns, bool):
        raise DatasetError(
            Message(
                "target_columns must be a whole number, not {target_columns!r}",
                target_columns=target_columns,
            )
        )
    if not 1 <= target_columns < width:
        raise DatasetError(
            Message(
                "{file} has {width} columns; it needs at least one input column besides its "
                "{target_columns} target column(s)",
                file=path.name,
                width=width,
                target_columns=target_columns,
            )
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
        if file_kind(test_path) != "csv":
            raise DatasetError(
                Message(
                    "{file}: the test set must be a .csv file too, not {other!r}",
                    file=path.name,
                    other=Path(test_path).name,
                )
            )
        test, _ = _read_table(Path(test_path))
        if test.shape[1] != table.shape[1]:
            raise DatasetError(
                Message(
                    "{file} has {columns} columns, but the training file {other} has "
                    "{training_columns}",
                    file=Path(test_path).name,
                    columns=test.shape[1],
                    other=path.name,
                    training_columns=table.shape[1],
                )
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
                raise DatasetError(
                    Message(
                        "{file}: a test set needs both {test_inputs} and {test_targets}",
                        file=path.name,
                        test_inputs=keys[2],
                        test_targets=keys[3],
                    )
                )
            return keys
    found = ", ".join(sorted(files)) or Message("no arrays")
    raise DatasetError(
        Message(
            "{file} holds {found}; expected inputs and targets (and optionally test_inputs, "
            "test_targets), or Keras' x_train, y_train (and optionally x_test, y_test)",
            file=path.name,
            found=found,
        )
    )


def _check_zip(path: Path) -> None:
    """Raise unless ``path`` is a complete zip archive, as every ``.npz`` file is."""
    _regular_file(path)
    if not zipfile.is_zipfile(path):
        raise DatasetError(
            Message("{file} is not an .npz file: it is not a complete zip archive", file=path.name)
        )


_NPY_HEADER_READERS = {
    (1, 0): np.lib.format.read_array_header_1_0,
    (2, 0): np.lib.format.read_array_header_2_0,
}


def _check_declared_sizes(path: Path, keys: tuple[str, ...]) -> None:
    """Raise unless each array ``keys`` names declares at most MAX_ARRAY_BYTES in its
    ``.npy`` header: NumPy allocates what the header declares before reading the data."""
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        for key in keys:
            if f"{key}.npy" not in members:
                continue
            with archive.open(f"{key}.npy") as file:
                if file.read(len(np.lib.format.MAGIC_PREFIX)) != np.lib.format.MAGIC_PREFIX:
                    continue  # not an array at all: said once the archive is read
                reader = _NPY_HEADER_READERS.get(tuple(file.read(2)))
                if reader is None:
                    raise DatasetError(
                        Message("{file}: {key} is not a plain NumPy array", file=path.name, key=key)
                    )
                shape, _, dtype = reader(file)
            if dtype.hasobject:  # pickled objects: refused before NumPy is asked to read them
                raise DatasetError(
                    Message(
                        "{file} holds Python objects (pickled data), which the playground "
                        "never loads because they could run code; save plain numeric arrays "
                        "with np.savez",
                        file=path.name,
                    )
                )
            _check_size(path, key, shape=shape, itemsize=dtype.itemsize)


def _check_size(path: Path, what: str, *, shape: tuple[int, ...], itemsize: int) -> None:
    """Raise when an array of ``shape`` would take more than MAX_ARRAY_BYTES."""
    size = math.prod(shape) * itemsize
    if size > MAX_ARRAY_BYTES:
        dims = " × ".join(str(d) for d in shape)
        raise DatasetError(
            Message(
                "{file}: {what} declares {dims} values ({size:,} bytes); the playground reads "
                "arrays of at most {mib} MiB",
                file=path.name,
                what=what,
                dims=dims,
                size=size,
                mib=MAX_ARRAY_BYTES // 2**20,
            )
        )


def read_archive(path: Path) -> tuple[tuple[str, ...], dict[str, np.ndarray]]:
    """The keys an ``.npz`` file uses (ours or Keras') and its arrays under those keys."""
    _check_zip(path)
    try:
        with np.load(path, allow_pickle=False) as archive:
            keys = _choose_keys(path, archive.files)
            _check_declared_sizes(path, keys)
            arrays = {key: archive[key] for key in keys if key in archive.files}
    except DatasetError:
        raise
    except ValueError as exc:
        raise DatasetError(
            Message("{file} cannot be read: {exc}", file=path.name, exc=str(exc))
        ) from exc
    except (OSError, EOFError, KeyError, zipfile.BadZipFile, zlib.error) as exc:
        raise DatasetError(
            Message("{file} is damaged or not an .npz file: {exc}", file=path.name, exc=str(exc))
        ) from exc
    for key, value in arrays.items():
        if not isinstance(value, np.ndarray):  # a zip member that is not a .npy array
            raise DatasetError(
                Message("{file}: {key} is not a NumPy array", file=path.name, key=key)
            )
    return keys, arrays


def _samples(values: np.ndarray, *, key: str, path: Path, scale: bool) -> np.ndarray:
    """An array as (samples, features): vectors become a column, images are flattened.

    With ``scale``, integer values (8-bit pixels) are divided by 255 to lie in [0, 1].
    """
    if values.dtype.kind not in "biuf":
        raise DatasetError(
            Message(
                "{file}: {key} holds {dtype} values, not numbers",
                file=path.name,
                key=key,
                dtype=values.dtype,
            )
        )
    if values.ndim == 0 or values.size == 0:
        raise DatasetError(
            Message(
                "{file}: {key} holds no samples (shape {shape})",
                file=path.name,
                key=key,
                shape=values.shape,
            )
        )
    matrix = values.reshape(len(values), -1)
    return matrix / 255.0 if scale and values.dtype.kind in "iu" else matrix


def is_label_vector(values: np.ndarray) -> bool:
    """Whether ``values`` are integer class labels, shape (n,) or (n, 1)."""
    return values.dtype.kind in "iu" and values.ndim in (1, 2) and values.size == len(values)


def _one_hot(
    labels: list[np.ndarray], *, path: Path, n_classes: int | None = None
) -> tuple[list[np.ndarray], tuple[str, ...]]:
    """Integer label vectors as one-hot rows, one column per class 0..highest label (or
    0..``n_classes`` - 1 when the data set's classes are known)."""
    labels = [values.reshape(-1) for values in labels]
    every = np.concatenate(labels)
    limit = n_classes or MAX_CLASSES
    if not every.size or every.min() < 0 or every.max() >= limit:
        found = (
            Message("{low} to {high}", low=every.min(), high=every.max())
            if every.size
            else Message("none")
        )
        raise DatasetError(
            Message(
                "{file}: class labels must be whole numbers 0 to {highest}; found {found}",
                file=path.name,
                highest=limit - 1,
                found=found,
            )
        )
    n_classes = n_classes or int(every.max()) + 1
    names = tuple(str(c) for c in range(n_classes))
    return [one_hot(values, n_classes) for values in labels], names


def _check_lengths(
    inputs: list[np.ndarray], targets: list[np.ndarray], *, keys: tuple[str, ...], path: Path
) -> None:
    """Raise unless each inputs array has as many samples as its targets array."""
    for x, y, x_key, y_key in zip(inputs, targets, keys[0::2], keys[1::2], strict=False):
        if len(x) != len(y):
            raise DatasetError(
                Message(
                    "{file}: {x_key} has {x_samples} samples but {y_key} has {y_samples}",
                    file=path.name,
                    x_key=x_key,
                    x_samples=len(x),
                    y_key=y_key,
                    y_samples=len(y),
                )
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
    keys, arrays = read_archive(path)
    keras = keys == KERAS_KEYS
    x_keys, y_keys = [k for k in keys[0::2] if k in arrays], [k for k in keys[1::2] if k in arrays]
    inputs = [_samples(arrays[k], key=k, path=path, scale=keras) for k in x_keys]
    labels = None
    if keras and all(is_label_vector(arrays[k]) for k in y_keys):
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


# --- idx (MNIST's format) -------------------------------------------------------------------

# The third byte of an idx file's magic number: the type of its values (all big-endian).
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
MAX_IDX_DIMENSIONS = 4
_IDX_NAME = re.compile(r"idx\d+-ubyte$")


def is_idx_name(path: str | PathLike[str]) -> bool:
    """Whether the file's name is an idx file's: ``…idx3-ubyte``, maybe with ``.gz``."""
    return bool(_IDX_NAME.search(Path(path).name.lower().removesuffix(".gz")))


def _regular_file(path: Path) -> None:
    """Raise unless ``path`` is a regular file (a device or pipe could be endless)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise DatasetError(
            Message(
                "Cannot read {path}: {reason}",
                path=path,
                reason=exc.strerror or Message("no such file"),
            )
        ) from exc
    if not stat.S_ISREG(mode):
        raise DatasetError(Message("Cannot read {path}: it is not a regular file", path=path))


def _read_exactly(file, size: int, *, path: Path) -> bytes:
    """``size`` bytes from ``file``, else a DatasetError saying the file is cut short."""
    data = file.read(size)
    if len(data) < size:
        raise DatasetError(
            Message(
                "{file} is cut short: it ends {missing:,} bytes before the end its header declares",
                file=path.name,
                missing=size - len(data),
            )
        )
    return data


def _idx_header(file, *, path: Path) -> tuple[np.dtype, tuple[int, ...]]:
    """The value type and shape an idx header declares, checked against the size limit."""
    magic = file.read(4)
    if len(magic) < 4 or magic[:2] != b"\0\0" or magic[2] not in IDX_TYPES:
        raise DatasetError(
            Message(
                "{file} is not an idx file: it does not start with an idx magic number",
                file=path.name,
            )
        )
    dtype, n_dims = np.dtype(IDX_TYPES[magic[2]]), magic[3]
    if not 1 <= n_dims <= MAX_IDX_DIMENSIONS:
        raise DatasetError(
            Message(
                "{file}: an idx file with {n_dims} dimensions; the playground reads 1 to {limit}",
                file=path.name,
                n_dims=n_dims,
                limit=MAX_IDX_DIMENSIONS,
            )
        )
    shape = struct.unpack(f">{n_dims}I", _read_exactly(file, 4 * n_dims, path=path))
    if 0 in shape:
        raise DatasetError(
            Message("{file} holds no values (shape {shape})", file=path.name, shape=shape)
        )
    _check_size(path, Message("its header"), shape=shape, itemsize=dtype.itemsize)
    return dtype, shape


def read_idx(path: str | PathLike[str]) -> np.ndarray:
    """The array in an idx file (``.gz`` files are decompressed), with its header's shape.

    The header's size is checked before the data is read, and the file must hold exactly
    that much data: no less (cut short) and no more (a wrong header).
    """
    path = Path(path)
    _regular_file(path)
    try:
        with gzip.open(path) if path.suffix.lower() == ".gz" else path.open("rb") as file:
            dtype, shape = _idx_header(file, path=path)
            size = math.prod(shape) * dtype.itemsize
            data = _read_exactly(file, size, path=path)
            if file.read(1):
                raise DatasetError(
                    Message("{file} holds more data than its header declares", file=path.name)
                )
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise DatasetError(
            Message("{file} is damaged or not an idx file: {reason}", file=path.name, reason=reason)
        ) from exc
    return np.frombuffer(data, dtype=dtype).reshape(shape)


def read_idx_pair(images: Path, labels: Path) -> tuple[np.ndarray, np.ndarray]:
    """The images and labels of an idx pair, as stored (checked: one label per image)."""
    x, y = read_idx(images), read_idx(labels)
    if y.dtype.kind not in "iu" or y.ndim != 1:
        raise DatasetError(
            Message(
                "{labels} holds {shape} {dtype} values; labels are one whole number per image",
                labels=labels.name,
                shape=" × ".join(map(str, y.shape)),
                dtype=y.dtype.name,
            )
        )
    if len(x) != len(y):
        raise DatasetError(
            Message(
                "{images} holds {image_count:,} images but {labels} {label_count:,}",
                images=images.name,
                image_count=len(x),
                labels=labels.name,
                label_count=len(y),
            )
        )
    return x, y


def image_rows(images: np.ndarray, *, path: Path) -> np.ndarray:
    """Images (or any samples) as one float64 row each; 8-bit pixels become pixel/255 in
    [0, 1] (the same bits as the notes' ``x_train / 255.0``), other values are kept."""
    if images.dtype.kind not in "biuf" or images.size == 0:
        raise DatasetError(
            Message(
                "{file}: the images hold no numbers (shape {shape})",
                file=path.name,
                shape=images.shape,
            )
        )
    rows = np.array(images.reshape(len(images), -1), dtype=np.float64)  # the one copy
    if images.dtype == np.uint8:
        rows /= 255.0
    elif not np.isfinite(rows).all():
        raise DatasetError(
            Message("{file}: the images hold values that are not finite numbers", file=path.name)
        )
    return rows


def labelled_dataset(
    name: str,
    parts: list[tuple[np.ndarray, np.ndarray]],
    *,
    path: Path,
    n_classes: int | None = None,
    class_names: tuple[str, ...] | None = None,
) -> Dataset:
    """A dataset from (images, integer labels) for training and optionally testing: image
    rows as :func:`image_rows` makes them and one-hot targets. Built without
    :func:`make_dataset`'s second copy: 60,000 MNIST images are 376 MB of float64."""
    inputs = [image_rows(x, path=path) for x, _ in parts]
    if len(inputs) == 2 and inputs[0].shape[1] != inputs[1].shape[1]:
        raise DatasetError(
            Message(
                "{name}: test images have {test_pixels} pixels, training images {training_pixels}",
                name=name,
                test_pixels=inputs[1].shape[1],
                training_pixels=inputs[0].shape[1],
            )
        )
    targets, names = _one_hot([y for _, y in parts], path=path, n_classes=n_classes)
    test = (inputs[1], targets[1]) if len(parts) == 2 else (None, None)
    labels = class_names or names
    return Dataset(name, inputs[0], targets[0], *test, "classification", None, labels)


def load_idx(
    path: str | PathLike[str],
    *,
    labels: str | PathLike[str],
    test_path: str | PathLike[str] | None = None,
    test_labels: str | PathLike[str] | None = None,
    samples: int | None = None,
    test_samples: int | None = None,
) -> Dataset:
    """An idx file of images (``path``) and one of their labels, as MNIST ships them.

    The images become rows of pixel/255 (8-bit files; other types are kept as they are),
    the labels one-hot targets, one column per class 0..highest label in the files.
    ``test_path`` and ``test_labels`` hold the test set; ``samples`` and ``test_samples``
    keep only the first so many of each. The dataset is named after the images file.
    """
    path = Path(path)
    if (test_path is None) != (test_labels is None):
        raise DatasetError(
            Message("{file}: a test set needs both test_path and test_labels", file=path.name)
        )
    pairs = [read_idx_pair(path, Path(labels))]
    if test_path is not None:
        pairs.append(read_idx_pair(Path(test_path), Path(test_labels)))
    # the classes are those of every label in the files, however few samples are kept
    n_classes = min(max(int(y.max()) for _, y in pairs) + 1, MAX_CLASSES)
    limits = (samples, test_samples)
    parts = [(x[:limit], y[:limit]) for (x, y), limit in zip(pairs, limits, strict=False)]
    return labelled_dataset(path.name, parts, path=path, n_classes=max(n_classes, 1))


# --- any file ------------------------------------------------------------------------------


def file_kind(path: str | PathLike[str]) -> str | None:
    """``"csv"``, ``"npz"`` or ``"idx"`` from the file's name, or None for other files."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".npz"):
        return suffix[1:]
    return "idx" if is_idx_name(path) else None


FILE_OPTIONS = {"csv": CSV_OPTIONS, "npz": (), "idx": IDX_OPTIONS}
_KIND_NAMES = {
    "csv": Message("CSV files"),
    "npz": Message(".npz files"),
    "idx": Message("idx files"),
}


def load_file(path: str | PathLike[str], **options: object) -> Dataset:
    """A ``.csv`` file (read with :func:`load_csv` and ``options``), an ``.npz`` file, or
    an idx file of images (with :func:`load_idx`'s ``options``: ``labels`` at least)."""
    path = Path(path)
    kind = file_kind(path)
    if kind is None:
        suffix = path.suffix
        what = (
            Message("{suffix} files", suffix=suffix)
            if suffix
            else Message("files without a .csv or .npz suffix")
        )
        raise DatasetError(
            Message(
                "{file}: the playground reads .csv, .npz and idx files (…-idx3-ubyte, plain or "
                ".gz), not {what}",
                file=path.name,
                what=what,
            )
        )
    unknown = sorted(set(options) - set(FILE_OPTIONS[kind]))
    if unknown:
        takes = ", ".join(FILE_OPTIONS[kind]) or Message("none")
        raise DatasetError(
            Message(
                "{kind} take no option {option!r}; they take {takes}",
                kind=_KIND_NAMES[kind],
                option=unknown[0],
                takes=takes,
            )
        )
    if kind == "csv":
        return load_csv(path, **options)
    if kind == "npz":
        return load_npz(path)
    if "labels" not in options:
        raise DatasetError(
            Message("{file}: an idx file of images needs its labels file (labels)", file=path.name)
        )
    return load_idx(path, **options)


def _unreadable(path, exc: OSError) -> DatasetError:
    """The error for a data file the system would not let us read (its reason included)."""
    return DatasetError(
        Message("Cannot read {path}: {reason}", path=path, reason=str(exc.strerror or exc))
    )
