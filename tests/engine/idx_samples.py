"""Small idx files and MNIST-style sets written by the tests (the real ones are 47 MB)."""

from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np

TYPE_CODES = {"u1": 0x08, "i1": 0x09, "i2": 0x0B, "i4": 0x0C, "f4": 0x0D, "f8": 0x0E}

# Four 2×2 images and their labels: the pixels 0..255 show which corner is lit.
IMAGES = np.array(
    [[[255, 0], [0, 0]], [[0, 255], [0, 0]], [[0, 0], [255, 0]], [[0, 0], [0, 51]]],
    dtype=np.uint8,
)
LABELS = np.array([0, 1, 2, 3], dtype=np.uint8)


def idx_bytes(values: np.ndarray) -> bytes:
    """``values`` in the idx format: magic (0, 0, type, dimensions), sizes, big-endian data."""
    kind = values.dtype.str[1:]
    header = bytes([0, 0, TYPE_CODES[kind], values.ndim])
    header += struct.pack(f">{values.ndim}I", *values.shape)
    return header + values.astype(values.dtype.newbyteorder(">")).tobytes()


def write_idx(path: Path, values: np.ndarray) -> Path:
    """Write ``values`` as an idx file, gzipped when ``path`` ends in ``.gz``."""
    data = idx_bytes(values)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def write_header(path: Path, *, type_code: int, shape: tuple[int, ...], data: bytes = b"") -> Path:
    """An idx file with any header (hostile ones too) and ``data`` after it."""
    header = bytes([0, 0, type_code, len(shape)]) + struct.pack(f">{len(shape)}I", *shape)
    raw = header + data
    path.write_bytes(gzip.compress(raw) if path.suffix == ".gz" else raw)
    return path


def mnist_like(n: int, *, side: int = 28, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` random ``side``×``side`` 8-bit images and labels cycling through 0..9."""
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(n, side, side), dtype=np.uint8)
    return images, (np.arange(n) % 10).astype(np.uint8)


def write_idx_set(folder: Path, *, n_train: int, n_test: int, side: int = 28, gz: bool = True):
    """The four idx files of an MNIST-style set in ``folder``; returns the arrays."""
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if gz else ""
    arrays = {}
    for part, n, seed in (("train", n_train, 1), ("t10k", n_test, 2)):
        images, labels = mnist_like(n, side=side, seed=seed)
        write_idx(folder / f"{part}-images-idx3-ubyte{suffix}", images)
        write_idx(folder / f"{part}-labels-idx1-ubyte{suffix}", labels)
        arrays[part] = (images, labels)
    return arrays


def write_keras_npz(path: Path, *, n_train: int, n_test: int) -> dict[str, np.ndarray]:
    """A small ``mnist.npz`` as Keras keeps it: x_train, y_train, x_test, y_test."""
    path.parent.mkdir(parents=True, exist_ok=True)
    x_train, y_train = mnist_like(n_train, seed=3)
    x_test, y_test = mnist_like(n_test, seed=4)
    arrays = {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}
    np.savez(path, **arrays)
    return arrays
