"""File → Open data…: train the open network on a file of the learner's own.

A ``.npz`` archive, a ``.csv`` table, or an idx file as MNIST ships them (plain or ``.gz``).
For an idx file the other files of the set are found beside it by MNIST's names: the
labels of the chosen images (or the images of the chosen labels), and the ``t10k`` (or
``test``) pair of a ``train`` pair as the test set. A CSV file's last columns are the
targets, as many as the network has outputs. The edit is :func:`edits.set_data`'s: a new
run, undoable, or refused with the reason when the data cannot be read or does not fit.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from playground.document import NetworkDocument, edits
from playground.document.edits import EditRefused, Outcome
from playground.engine.dataset_files import file_kind
from playground.io import DataSource

CONTEXT = "open_data"
DATA_FILTERS = (  # translated at use: data_filter()
    QT_TRANSLATE_NOOP("open_data", "Data files (*.npz *.csv *-ubyte *-ubyte.gz)"),
    QT_TRANSLATE_NOOP("open_data", "NumPy archives (*.npz)"),
    QT_TRANSLATE_NOOP("open_data", "CSV tables (*.csv)"),
    QT_TRANSLATE_NOOP("open_data", "idx files (*-ubyte)"),
    QT_TRANSLATE_NOOP("open_data", "idx files, gzip (*-ubyte.gz)"),
    QT_TRANSLATE_NOOP("open_data", "All files (*)"),
)
DATA_FILTER = ";;".join(DATA_FILTERS)  # in English; the dialog gets data_filter()'s
_ROLE = re.compile(r"(images|labels)([-.])idx\d+(-ubyte)", re.IGNORECASE)
_PART = re.compile(r"(?<![a-z])(train)(?![a-z])", re.IGNORECASE)
_IDX_DIMS = {"images": 3, "labels": 1}
_TEST_PARTS = ("t10k", "test")


def open_data(
    window: QWidget, doc: NetworkDocument, path: str | Path | None = None
) -> Outcome | None:
    """The edit that trains ``doc`` on a data file: ``path``, or one the learner picks.

    Returns an undo command to push, an :class:`EditRefused` saying why not, or None when
    the learner cancels the dialog.
    """
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("open_data", "Open data"),
            _folder(doc),
            data_filter(),
        )
        if not path:
            return None
    source = data_source_for(Path(path), outputs=doc.network.output_units)
    if isinstance(source, EditRefused):
        return source
    return edits.set_data(doc, source)


def data_filter() -> str:
    """The Open data dialog's filter, in the window's language (the patterns stay)."""
    return ";;".join(QCoreApplication.translate(CONTEXT, text) for text in DATA_FILTERS)


def data_source_for(path: Path, *, outputs: int = 1) -> DataSource | EditRefused:
    """The :class:`DataSource` reading ``path``: for a CSV file, ``outputs`` target columns
    and its ``test`` twin when there is one; for an idx file, the rest of its set."""
    kind = file_kind(path)
    if kind == "npz":
        return DataSource.file(path)
    if kind == "csv":
        params: dict[str, object] = {"target_columns": outputs} if outputs != 1 else {}
        test = _test_twin(path)
        if test is not None:
            params["test_path"] = test.as_posix()
        return DataSource.file(path, **params)
    if kind == "idx":
        return _idx_source(path)
    return EditRefused(
        QCoreApplication.translate(
            "open_data",
            "{file}: the playground reads .npz, .csv and idx files "
            "(such as train-images-idx3-ubyte.gz), not this one",
        ).format(file=path.name)
    )


def _idx_source(path: Path) -> DataSource | EditRefused:
    """Images and labels (and a test pair, when beside them) from one file of the set."""
    images, labels = _partner(path, "images"), _partner(path, "labels")
    if images is None or labels is None:
        return EditRefused(
            QCoreApplication.translate(
                "open_data",
                "{file}: an idx file needs both images and labels, named as MNIST's "
                "(train-images-idx3-ubyte and train-labels-idx1-ubyte, plain or .gz) in one "
                "folder",
            ).format(file=path.name)
        )
    params: dict[str, object] = {"labels": labels.as_posix()}
    test_images, test_labels = _test_twin(images), _test_twin(labels)
    if test_images is not None and test_labels is not None:
        params.update(test_path=test_images.as_posix(), test_labels=test_labels.as_posix())
    return DataSource.file(images, **params)


def _partner(path: Path, role: str) -> Path | None:
    """The file of the same set holding ``role`` (images or labels), if it is there."""
    if not _ROLE.search(path.name):
        return None

    def renamed(match: re.Match) -> str:
        return f"{role}{match.group(2)}idx{_IDX_DIMS[role]}{match.group(3)}"

    name = _ROLE.sub(renamed, path.name, count=1)
    return _existing(path.parent, name)


def _test_twin(path: Path) -> Path | None:
    """``t10k-…`` or ``test-…`` beside a ``train-…`` file (MNIST's, or a CSV's), if there."""
    if not _PART.search(path.name):
        return None
    for part in _TEST_PARTS:
        twin = _existing(path.parent, _PART.sub(part, path.name, count=1))
        if twin is not None:
            return twin
    return None


def _existing(folder: Path, name: str) -> Path | None:
    """``folder / name``, or the same name with or without ``.gz``, if it is a file."""
    stem = name.removesuffix(".gz")
    for candidate in (name, stem, f"{stem}.gz"):
        if (folder / candidate).is_file():
            return folder / candidate
    return None


def _folder(doc: NetworkDocument) -> str:
    """Where the dialog starts: the document's folder, else the home folder."""
    if doc.path is not None:
        return str(doc.path.parent)
    return str(Path.home())
