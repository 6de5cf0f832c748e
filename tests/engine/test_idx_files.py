"""idx files (MNIST's format): read exactly, sizes checked before allocating, clear refusals."""

import gzip
import io
import os
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest

from playground.engine.dataset_files import (
    MAX_ARRAY_BYTES,
    file_kind,
    is_idx_name,
    load_idx,
    read_idx,
)
from playground.engine.datasets import DatasetError, load_file, load_npz
from tests.engine.idx_samples import IMAGES, LABELS, write_header, write_idx, write_idx_set

FEW_MB = 4 * 2**20


@pytest.fixture
def pair(tmp_path):
    images = write_idx(tmp_path / "train-images-idx3-ubyte.gz", IMAGES)
    labels = write_idx(tmp_path / "train-labels-idx1-ubyte.gz", LABELS)
    return images, labels


def peak_while_refused(read, *args, match: str, **kwargs) -> int:
    """The most memory Python and NumPy held while ``read`` refused with ``match``."""
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError, match=match):
            read(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- reading -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["images-idx3-ubyte", "images-idx3-ubyte.gz"])
def test_plain_and_gzipped_files_give_the_same_array(tmp_path, name):
    values = read_idx(write_idx(tmp_path / name, IMAGES))
    assert values.shape == (4, 2, 2) and values.dtype == np.uint8
    assert np.array_equal(values, IMAGES)


@pytest.mark.parametrize("kind", ["u1", "i1", "i2", "i4", "f4", "f8"])
def test_every_idx_type_reads_back_big_endian(tmp_path, kind):
    values = (np.arange(6).reshape(3, 2) - 2).astype(kind)
    read = read_idx(write_idx(tmp_path / f"v-idx2-ubyte-{kind}", values))
    assert read.dtype.kind == values.dtype.kind and np.array_equal(read, values)


def test_images_become_rows_of_pixel_over_255_and_labels_one_hot(pair):
    images, labels = pair
    data = load_idx(images, labels=labels)
    assert data.name == "train-images-idx3-ubyte.gz" and data.task == "classification"
    assert (data.n_samples, data.n_inputs, data.n_outputs) == (4, 4, 4)
    expected = IMAGES.reshape(4, 4) / 255.0  # the notes' x_train / 255.0, bit for bit
    assert np.array_equal(data.inputs, expected) and data.inputs.dtype == np.float64
    assert data.inputs[3, 3] == 0.2
    assert np.array_equal(data.targets, np.eye(4))
    assert data.target_labels == ("0", "1", "2", "3") and data.test_inputs is None


def test_a_test_pair_and_the_first_samples(tmp_path):
    write_idx_set(tmp_path, n_train=12, n_test=7, side=3)
    train, test = (tmp_path / f"{part}-images-idx3-ubyte.gz" for part in ("train", "t10k"))
    train_labels, test_labels = (tmp_path / f"{p}-labels-idx1-ubyte.gz" for p in ("train", "t10k"))
    data = load_idx(
        train,
        labels=train_labels,
        test_path=test,
        test_labels=test_labels,
        samples=5,
        test_samples=3,
    )
    # only labels 0..4 are kept, but the files hold 0..9: the columns are the files' classes
    assert (data.n_samples, data.n_inputs, data.n_outputs) == (5, 9, 10)
    assert data.test_inputs.shape == (3, 9) and data.test_targets.shape == (3, 10)
    everything = load_idx(train, labels=train_labels)
    assert np.array_equal(everything.inputs[:5], data.inputs) and everything.n_outputs == 10


def test_load_file_reads_idx_files_by_their_names(pair):
    images, labels = pair
    assert is_idx_name(images) and is_idx_name("t10k-labels.idx1-ubyte")
    assert not is_idx_name("notes.gz") and file_kind("x.csv") == "csv"
    assert (file_kind(images), file_kind("data.npz"), file_kind("a.txt")) == ("idx", "npz", None)
    assert load_file(images, labels=labels, samples=2).n_samples == 2
    with pytest.raises(DatasetError, match="needs its labels file"):
        load_file(images)
    with pytest.raises(DatasetError, match="idx files take no option 'target_columns'"):
        load_file(images, labels=labels, target_columns=1)
    with pytest.raises(DatasetError, match="reads .csv, .npz and idx files"):
        load_file(images.with_name("notes.txt"))


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", ".gz"])
@pytest.mark.parametrize(
    ("type_code", "shape"),
    [
        (0x08, (4_294_967_295, 28, 28)),  # the most rows a header can declare, 3.4e12 bytes
        (0x08, (1_000_000, 1_000_000)),  # 10^12 values
        (0x0E, (4_294_967_295,)),  # 10^12 rows cannot be written: dimensions are 32-bit
        (0x08, (MAX_ARRAY_BYTES // 784 + 1, 28, 28)),  # just past the limit
    ],
)
def test_a_huge_header_is_refused_before_anything_is_allocated(tmp_path, type_code, shape, suffix):
    path = write_header(tmp_path / f"big-idx3-ubyte{suffix}", type_code=type_code, shape=shape)
    peak = peak_while_refused(read_idx, path, match="declares .* the playground reads arrays")
    assert peak < FEW_MB


def test_decompressing_is_bounded_by_the_header(tmp_path):
    # 2 × 2 × 2 values declared, 64 MB of zeros behind them in a 64 kB .gz
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    header = bytes([0, 0, 8, 3]) + (2).to_bytes(4, "big") * 3
    chunks = [squeeze.compress(header)]
    chunks += [squeeze.compress(bytes(2**20)) for _ in range(64)]
    path = tmp_path / "bomb-idx3-ubyte.gz"
    path.write_bytes(b"".join(chunks) + squeeze.flush())
    assert path.stat().st_size < 2**20
    assert peak_while_refused(read_idx, path, match="more data than its header") < FEW_MB


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"label,x\n1,2\n", "not an idx file: it does not start with an idx magic number"),
        (bytes([0, 0, 0x07, 1, 0, 0, 0, 1, 5]), "not an idx file"),  # unknown type code
        (bytes([0, 0, 8, 0]), "0 dimensions; the playground reads 1 to 4"),
        (bytes([0, 0, 8, 5]) + bytes(20), "5 dimensions"),
        (bytes([0, 0, 8, 2, 0, 0, 0, 3]), "cut short"),  # a header without its second size
        (bytes([0, 0, 8, 1, 0, 0, 0, 0]), r"holds no values \(shape \(0,\)\)"),
        (bytes([0, 0, 8, 1, 0, 0, 0, 4, 1, 2]), "cut short: it ends 2 bytes before"),
        (bytes([0, 0, 8, 1, 0, 0, 0, 1, 1, 2]), "more data than its header declares"),
    ],
)
@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_a_malformed_file_is_refused_with_its_name(tmp_path, raw, message, suffix):
    path = tmp_path / f"bad-idx1-ubyte{suffix}"
    path.write_bytes(gzip.compress(raw) if suffix else raw)
    with pytest.raises(DatasetError, match=message) as refused:
        read_idx(path)
    assert str(refused.value).startswith("bad-idx1-ubyte") and "\n" not in str(refused.value)


def test_a_damaged_gzip_file_is_refused(tmp_path):
    path = tmp_path / "bad-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(bytes([0, 0, 8, 1, 0, 0, 0, 9]) + bytes(9))[:-12] + b"x" * 12)
    with pytest.raises(DatasetError, match="bad-idx3-ubyte.gz is damaged or not an idx file"):
        read_idx(path)
    path.write_bytes(b"\x1f\x8b not really gzip")
    with pytest.raises(DatasetError, match="damaged or not an idx file"):
        read_idx(path)


def test_only_regular_files_are_opened(tmp_path):
    folder = tmp_path / "folder-idx3-ubyte"
    folder.mkdir()
    with pytest.raises(DatasetError, match="it is not a regular file"):
        read_idx(folder)
    with pytest.raises(DatasetError, match="Cannot read .*missing-idx3-ubyte"):
        read_idx(tmp_path / "missing-idx3-ubyte")
    if hasattr(os, "mkfifo"):  # reading a pipe would wait for a writer forever
        pipe = tmp_path / "pipe-idx3-ubyte"
        os.mkfifo(pipe)
        with pytest.raises(DatasetError, match="it is not a regular file"):
            read_idx(pipe)


def test_labels_must_be_one_whole_number_per_image(tmp_path, pair):
    images, labels = pair
    floats = write_idx(tmp_path / "f-labels-idx1-ubyte", LABELS.astype("f4"))
    with pytest.raises(DatasetError, match="f-labels-idx1-ubyte holds 4 float32 values"):
        load_idx(images, labels=floats)
    three = write_idx(tmp_path / "three-labels-idx1-ubyte", LABELS[:3])
    with pytest.raises(DatasetError, match="holds 4 images but three-labels-idx1-ubyte 3"):
        load_idx(images, labels=three)
    with pytest.raises(DatasetError, match="needs both test_path and test_labels"):
        load_idx(images, labels=labels, test_path=images)


def test_float_images_are_kept_and_must_be_finite(tmp_path, pair):
    _, labels = pair
    values = IMAGES.astype("f8") / 10
    kept = load_idx(write_idx(tmp_path / "f-idx3-ubyte", values), labels=labels)
    assert np.array_equal(kept.inputs, values.reshape(4, 4))
    values[1, 0, 0] = np.nan
    with pytest.raises(DatasetError, match="not finite numbers"):
        load_idx(write_idx(tmp_path / "nan-idx3-ubyte", values), labels=labels)


# --- the same limit for .npz archives --------------------------------------------------------


def test_an_npz_header_declaring_a_huge_array_is_refused_before_allocating(tmp_path):
    path = tmp_path / "huge.npz"
    with zipfile.ZipFile(path, "w") as archive:
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(
            header, {"descr": "|u1", "fortran_order": False, "shape": (10**12,)}
        )
        archive.writestr("x_train.npy", header.getvalue())
        small = io.BytesIO()
        np.save(small, np.zeros(3, dtype=np.uint8))
        archive.writestr("y_train.npy", small.getvalue())
    peak = peak_while_refused(load_npz, path, match="x_train declares 1000000000000 values")
    assert peak < FEW_MB


def test_an_ordinary_keras_npz_still_loads(tmp_path):
    np.savez(tmp_path / "k.npz", x_train=IMAGES, y_train=LABELS)
    data = load_npz(Path(tmp_path / "k.npz"))
    assert np.array_equal(data.inputs, IMAGES.reshape(4, 4) / 255.0)
