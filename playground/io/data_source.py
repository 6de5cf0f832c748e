"""Where a network file's training (and test) samples come from: inline, built-in or a file.

``data`` and ``test_data`` take one of three forms::

    {"inputs": [[0, 0], [0, 1]], "targets": [[0], [1]]}      inline numbers
    {"builtin": "circle", "noise": 0.1, "seed": 3}           a built-in and its parameters
    {"file": "samples.csv", "target_columns": 1}             a .csv, .npz or idx file
    {"file": "train-images-idx3-ubyte.gz", "labels": "train-labels-idx1-ubyte.gz"}

A relative ``file`` (and ``test_path``, ``labels``, ``test_labels``) is relative to the
folder of the network file that names it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from playground.engine.dataset_files import FILE_OPTIONS, file_kind
from playground.engine.datasets import (
    BUILTIN_NAMES,
    Dataset,
    builtin_parameters,
    find_builtin_data,
    load_builtin,
    load_file,
    make_dataset,
)
from playground.engine.messages import Message
from playground.io import validation as v
from playground.io.validation import NetworkFileError

DATA_KINDS = ("inline", "builtin", "file")
PATH_OPTIONS = ("test_path", "labels", "test_labels")  # options that name more files


@dataclass(eq=False)
class DataSource:
    """One ``data`` or ``test_data`` entry of a network file.

    ``kind`` is ``"inline"`` (``inputs`` and ``targets`` hold the samples), ``"builtin"``
    (``name`` is a built-in dataset, ``params`` its parameters) or ``"file"`` (``path`` as
    written in the file, ``params`` the reader's options such as ``target_columns``).
    """

    kind: str
    inputs: np.ndarray | None = None
    targets: np.ndarray | None = None
    name: str = ""
    path: str = ""
    params: dict[str, object] = field(default_factory=dict)

    @classmethod
    def inline(cls, inputs: object, targets: object) -> DataSource:
        return cls("inline", inputs=_as_table(inputs), targets=_as_table(targets))

    @classmethod
    def builtin(cls, name: str, **params: object) -> DataSource:
        return cls("builtin", name=name, params=params)

    @classmethod
    def file(cls, path: str | os.PathLike[str], **params: object) -> DataSource:
        return cls("file", path=Path(path).as_posix(), params=params)

    def resolve(self, base_dir: Path | None) -> Path:
        """The file's path: ``path`` itself when absolute or without ``base_dir``."""
        return _resolved(self.path, base_dir)

    def files(self, base_dir: Path | None = None) -> list[Path]:
        """Every file a ``file`` source names (``path`` first, then ``test_path``, ``labels``
        and ``test_labels`` when given), resolved as :meth:`resolve` does."""
        if self.kind != "file":
            return []
        written = [self.path, *(str(self.params[k]) for k in PATH_OPTIONS if k in self.params)]
        return [_resolved(path, base_dir) for path in written]

    def check_found(self) -> None:
        """Raise the engine's ``DataNotFound`` when this is a built-in found on the
        learner's machine (``mnist``) that is not on this one. Reads nothing: quick."""
        if self.kind == "builtin":
            find_builtin_data(self.name)

    def load(self, base_dir: Path | None = None) -> Dataset:
        """The samples; raises the engine's ``DatasetError`` when they cannot be had."""
        if self.kind == "inline":
            return make_dataset("data", self.inputs, self.targets)
        if self.kind == "builtin":
            return load_builtin(self.name, **self.params)
        params = dict(self.params)
        for key in PATH_OPTIONS:
            if key in params:
                params[key] = _resolved(str(params[key]), base_dir)
        return load_file(self.resolve(base_dir), **params)

    def describe(self) -> str:
        """A short description for people: ``builtin xor``, ``file data/train.csv``."""
        if self.kind == "inline":
            return "inline"
        details = "".join(f", {k}={val!r}" for k, val in self.params.items())
        return f"{self.kind} {self.name or self.path}{details}"

    def to_json(self, *, base_dir: Path | None = None, new_base_dir: Path | None = None) -> dict:
        """The file form; with ``new_base_dir`` a relative ``file`` is rewritten relative to it."""
        if self.kind == "inline":
            return {"inputs": self.inputs.tolist(), "targets": self.targets.tolist()}
        if self.kind == "builtin":
            return {"builtin": self.name, **self.params}
        rebased = self.rebased(base_dir, new_base_dir)
        return {"file": rebased.path, **rebased.params}

    def rebased(self, base_dir: Path | None, new_base_dir: Path | None) -> DataSource:
        """This source as written in a file saved in ``new_base_dir`` instead of ``base_dir``
        (``path`` and the options naming other files alike)."""
        if self.kind != "file" or new_base_dir is None:
            return self
        if base_dir is not None and Path(base_dir).resolve() == Path(new_base_dir).resolve():
            return self
        params = dict(self.params)
        for key in PATH_OPTIONS:
            if key in params:
                params[key] = _rebased(str(params[key]), base_dir, new_base_dir)
        path = _rebased(self.path, base_dir, new_base_dir)
        if path == self.path and params == self.params:
            return self
        return DataSource("file", path=path, params=params)


def _resolved(written: str, base_dir: Path | None) -> Path:
    """A path as a file writes it, relative to ``base_dir`` unless absolute."""
    path = Path(written)
    return path if base_dir is None or path.is_absolute() else Path(base_dir) / path


def _rebased(written: str, base_dir: Path | None, new_base_dir: Path) -> str:
    """``written`` (relative to ``base_dir``) as written in a file in ``new_base_dir``."""
    if Path(written).is_absolute():
        return written
    target = _resolved(written, base_dir).resolve()
    try:
        return Path(os.path.relpath(target, Path(new_base_dir).resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return target.as_posix()


def _as_table(values: object) -> np.ndarray:
    return np.array(values, dtype=np.float64, ndmin=2)


def read_data_source(value: object, place: str) -> DataSource:
    """Check one ``data``/``test_data`` object and return it as a :class:`DataSource`."""
    if not isinstance(value, dict):
        raise NetworkFileError(
            place,
            Message(
                "expected an object {{…}}, got {got}",
                got=v.describe(value),
            ),
        )
    forms = [key for key in ("inputs", "builtin", "file") if key in value]
    if len(forms) != 1:
        given = " and ".join(forms) if forms else Message("none of them")
        raise NetworkFileError(
            place,
            Message(
                "give either inputs and targets, or builtin, or file (got {given})", given=given
            ),
        )
    if forms[0] == "inputs":
        return _read_inline(value, place)
    if forms[0] == "builtin":
        return _read_builtin(value, place)
    return _read_file(value, place)


def _read_inline(value: dict, place: str) -> DataSource:
    v.obj(value, place, known=("inputs", "targets"), required=("inputs", "targets"))
    inputs = v.table(value["inputs"], f"{place}.inputs")
    targets = v.table(value["targets"], f"{place}.targets")
    if len(targets) != len(inputs):
        raise NetworkFileError(
            f"{place}.targets",
            Message(
                "{targets} for {inputs} of inputs",
                targets=v.plural(len(targets), "row"),
                inputs=v.plural(len(inputs), "row"),
            ),
        )
    return DataSource("inline", inputs=inputs, targets=targets)


def _read_builtin(value: dict, place: str) -> DataSource:
    name = v.choice(value["builtin"], f"{place}.builtin", BUILTIN_NAMES)
    known = tuple(builtin_parameters(name))
    v.obj(value, place, known=("builtin", *known))
    return DataSource.builtin(name, **{k: x for k, x in value.items() if k != "builtin"})


def _read_file(value: dict, place: str) -> DataSource:
    path = v.plain_text(value["file"], f"{place}.file")  # no NUL, no escapes in a path
    kind = file_kind(path) if path else None
    if kind is None:
        raise NetworkFileError(
            f"{place}.file",
            Message(
                "the playground reads .csv, .npz and idx files (…-idx3-ubyte, plain or .gz), not "
                "{path!r}",
                path=path,
            ),
        )
    required = ("file", "labels") if kind == "idx" else ("file",)
    v.obj(value, place, known=("file", *FILE_OPTIONS[kind]), required=required)
    if "target_columns" in value:
        v.whole(value["target_columns"], f"{place}.target_columns", low=1)
    for key in ("samples", "test_samples"):
        if key in value:
            v.whole(value[key], f"{place}.{key}", low=1)
    for key in PATH_OPTIONS:
        if key in value:
            v.plain_text(value[key], f"{place}.{key}")
    if kind == "idx" and ("test_path" in value) != ("test_labels" in value):
        raise NetworkFileError(place, Message("a test set needs both test_path and test_labels"))
    for key in PATH_OPTIONS:
        if key in value:
            _refuse_other_kind(value[key], f"{place}.{key}", kind)
    return DataSource.file(path, **{k: x for k, x in value.items() if k != "file"})


_KIND_FILES = {
    "csv": Message("a .csv file"),
    "idx": Message("an idx file (…-idx1-ubyte or …-idx3-ubyte, plain or .gz)"),
}


def _refuse_other_kind(path: str, place: str, kind: str) -> None:
    """A ``test_path`` or ``labels`` file must be of the same kind as ``file``: checked by
    its name before anything is read, so no other file on the machine is ever opened."""
    if file_kind(path) != kind:
        raise NetworkFileError(
            place,
            Message(
                "expected {expected} like the training file, not {path!r}",
                expected=_KIND_FILES[kind],
                path=path,
            ),
        )
