"""The version 1 network file: a network, how to train it and on what, as JSON.

:func:`load` checks everything and refuses a bad file with a message that names the place
and the problem (``layers[1].weights: expected 2×2 numbers, got 2×3``); :func:`save` writes
atomically and exactly, so loading gives back the same bits. ``docs/network-file.md``
describes the format for people.
"""

from __future__ import annotations

import copy
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from playground.engine import (
    OPTIMIZER_NAMES,
    REDUCTIONS,
    EngineError,
    Network,
    Trainer,
    make_optimizer,
    optimizer_parameters,
    parameter_problem,
)
from playground.engine.datasets import Dataset, DatasetError, make_dataset
from playground.engine.messages import Message, message_of
from playground.io import validation as v
from playground.io.atomic import write_atomically
from playground.io.data_source import PATH_OPTIONS, DataSource, read_data_source
from playground.io.json_text import format_json
from playground.io.layers import draw_weights, layers_to_json, read_network
from playground.io.lesson import Lesson, lesson_to_json, read_lesson
from playground.io.run_record import RunRecord, read_run, run_to_json
from playground.io.validation import NetworkFileError, describe

FORMAT = "nn-playground/network"
MAX_BATCH_SIZE = 1_000_000  # samples per batch: the controls offer the same range
MAX_SEED = 2**31 - 1  # a seed the controls can show
VERSION = 2  # the newest this reader reads; version 1 is the same without a ``run``
TOP_KEYS = (
    "format",
    "version",
    "name",
    "layers",
    "loss",
    "optimizer",
    "training",
    "data",
    "test_data",
    "layout",
    "lesson",
    "reduction",
    "run",
)
REQUIRED_KEYS = ("format", "version", "layers", "loss", "optimizer", "data")
MAX_FILE_BYTES = 64 * 2**20  # a network of 20,000,000 parameters written out is ~ 400 MB;
# one that big is not typed or edited by hand, and the window draws at most 10,000 a layer


@dataclass
class TrainingSettings:
    """How the training loop feeds the data: ``batch_size`` None is the full batch."""

    batch_size: int | None = None
    shuffle: bool = False
    seed: int = 0


def build_trainer(
    network: Network, optimizer: dict[str, object], training: TrainingSettings, dataset: Dataset
) -> Trainer:
    """A :class:`Trainer` of ``network`` itself (it trains in place) on ``dataset``'s training
    samples, from a network file's parts: ``optimizer`` as the file writes it (``{"name":
    ..., **params}``) and its training settings. Raises EngineError (a ParameterError for a
    bad optimizer parameter) as :func:`make_optimizer` and :class:`Trainer` do."""
    params = {key: value for key, value in optimizer.items() if key != "name"}
    return Trainer(
        network,
        make_optimizer(optimizer.get("name"), **params),
        inputs=dataset.inputs,
        targets=dataset.targets,
        batch_size=training.batch_size,
        shuffle=training.shuffle,
        seed=training.seed,
    )


@dataclass(kw_only=True, eq=False)
class PlaygroundFile:
    """Everything a network file holds, as the window and the command line use it.

    ``optimizer`` is the file's ``{"name": ..., **params}``, kept as given. ``inits[k]`` is
    the ``init`` object that ``network.layers[k]`` was drawn from, or None (missing entries
    count as None). ``layout`` is the window's, kept untouched. ``base_dir`` is the folder
    relative data files are found in (the network file's folder; None: the working folder).
    """

    network: Network
    data: DataSource
    name: str = ""
    optimizer: dict[str, object] = field(default_factory=lambda: {"name": "sgd"})
    training: TrainingSettings = field(default_factory=TrainingSettings)
    test_data: DataSource | None = None
    layout: dict = field(default_factory=dict)
    inits: list[dict | None] = field(default_factory=list)
    base_dir: Path | None = None
    lesson: Lesson | None = None
    run: RunRecord | None = None  # where training stood when saved (optional)

    def init_of(self, index: int) -> dict | None:
        """The ``init`` object of ``network.layers[index]``, or None."""
        return self.inits[index] if index < len(self.inits) else None

    def initial_parameters(self, index: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The weights and biases ``network.layers[index]`` starts from, drawn again from its
        ``init`` (same seed, same numbers; masked by the layer's current mask; biases 0), or
        None when the layer has no ``init``."""
        init = self.init_of(index)
        if init is None:
            return None
        layer = self.network.layers[index]
        weights = draw_weights(init, n_in=layer.n_in, n_out=layer.units) * layer.mask
        return weights, np.zeros(layer.units)

    def dataset(self) -> Dataset:
        """The training samples from ``data``; ``test_data``, when given, is the test set."""
        train = self._load(self.data, "data")
        if self.test_data is None:
            return train
        test = self._load(self.test_data, "test_data")
        try:
            return make_dataset(
                train.name,
                train.inputs,
                train.targets,
                test_inputs=test.inputs,
                test_targets=test.targets,
                task=train.task,
                input_labels=train.input_labels,
                target_labels=train.target_labels,
            )
        except DatasetError as exc:
            raise NetworkFileError("test_data", message_of(exc)) from None

    def make_trainer(self) -> Trainer:
        """A :class:`Trainer` of ``network`` itself (it trains in place) on the training data,
        with the file's optimizer and training settings."""
        dataset = self.dataset()
        try:
            return build_trainer(self.network, self.optimizer, self.training, dataset)
        except EngineError as exc:
            raise NetworkFileError("optimizer", message_of(exc)) from None

    def _load(self, source: DataSource, place: str) -> Dataset:
        if source.kind == "file":
            keys = ("file", *(k for k in PATH_OPTIONS if k in source.params))
            for key, path in zip(keys, source.files(self.base_dir), strict=True):
                written = source.path if key == "file" else str(source.params[key])
                _check_data_file(path, f"{place}.{key}", written)
        try:
            dataset = source.load(self.base_dir)
        except DatasetError as exc:
            raise NetworkFileError(place, message_of(exc)) from None
        _check_widths(dataset, source, place, self.network)
        return dataset


def _check_data_file(path: Path, place: str, written: str) -> None:
    """Refuse a data file that is missing or not a regular file, before it is opened."""
    try:
        mode = path.stat().st_mode
    except OSError:
        where = path.absolute()
        raise NetworkFileError(
            place,
            Message("no such file {written!r} (looked for {where})", written=written, where=where),
        ) from None
    _refuse_irregular(mode, place, written)


def _check_widths(dataset: Dataset, source: DataSource, place: str, network: Network) -> None:
    """Refuse samples whose inputs or targets do not fit the input or output layer."""
    for key, got, layer, units in (
        ("inputs", dataset.n_inputs, Message("input"), network.input_units),
        ("targets", dataset.n_outputs, Message("output"), network.output_units),
    ):
        if got == units:
            continue
        has = Message("the {layer} layer has {units}", layer=layer, units=v.plural(units, "unit"))
        if source.kind == "inline":
            raise NetworkFileError(
                f"{place}.{key}",
                Message(
                    "rows of {values}, {has}",
                    values=v.plural(got, "value"),
                    has=has,
                ),
            )
        raise NetworkFileError(
            place,
            Message(
                "{source} has {values} per sample, {has}",
                source=source.describe(),
                values=v.plural(got, key[:-1] + " value"),
                has=has,
            ),
        )


# --- reading -------------------------------------------------------------------------------


def loads(text: str | bytes, *, base_dir: str | os.PathLike[str] | None = None) -> PlaygroundFile:
    """The network file in ``text``, checked through to its data; relative data files are
    looked for in ``base_dir``. Raises :class:`NetworkFileError`."""
    folder = None if base_dir is None else Path(base_dir)
    playground_file = from_dict(v.parse_json(text), base_dir=folder)
    playground_file.make_trainer()  # loads the data, checks its widths and the optimizer
    return playground_file


def load(path: str | os.PathLike[str]) -> PlaygroundFile:
    """The network file at ``path``; see :func:`loads`. Only a regular file of at most
    MAX_FILE_BYTES is read: its kind and size are checked before reading."""
    path = Path(path)
    return loads(read_text(path), base_dir=path.absolute().parent)


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a network file, read as ``load`` reads it (a regular file of at most
    MAX_FILE_BYTES, UTF-8), or a NetworkFileError saying why not."""
    try:
        return _read_regular(Path(path)).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NetworkFileError("", Message("not a network file: not UTF-8 text")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise NetworkFileError(
            "", Message("cannot read it: {reason}", reason=reason[:1].lower() + reason[1:])
        ) from None


def _read_regular(path: Path) -> bytes:
    """The bytes of ``path``, refused before reading unless it is a regular file of at most
    MAX_FILE_BYTES. Opened without blocking, so a named pipe cannot hang the reader."""
    _refuse_irregular(path.stat().st_mode, "")
    _refuse_large(path.stat().st_size)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        _refuse_irregular(os.fstat(fd).st_mode, "")  # replaced since the check above
        data = file.read(MAX_FILE_BYTES + 1)
    _refuse_large(len(data))
    return data


def _refuse_large(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise NetworkFileError(
            "",
            Message(
                "{size:,} bytes; the playground opens network files of at most 64 MiB", size=size
            ),
        )


def _refuse_irregular(mode: int, place: str, written: str = "") -> None:
    """Refuse anything but a regular file: a pipe or device may never end, a folder is none."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        kind = Message("a folder")
    elif stat.S_ISFIFO(mode):
        kind = Message("a named pipe")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = Message("a device")
    else:
        kind = Message("not a regular file")
    if written:
        raise NetworkFileError(
            place,
            Message(
                "cannot read it: {written!r} is {kind}, not a regular file",
                written=written,
                kind=kind,
            ),
        )
    raise NetworkFileError(
        place, Message("cannot read it: it is {kind}, not a regular file", kind=kind)
    )


def from_dict(doc: object, *, base_dir: Path | None = None) -> PlaygroundFile:
    """A parsed network file, checked except for its data (which :func:`loads` also loads)."""
    if not isinstance(doc, dict):
        raise NetworkFileError(
            "",
            Message(
                "not a Neural Network Playground network file (the JSON is {got})",
                got=describe(doc),
            ),
        )
    _check_format(doc)
    v.obj(doc, "", known=TOP_KEYS, required=REQUIRED_KEYS)
    name = v.plain_text(doc.get("name", ""), "name")
    network, inits = read_network(doc["layers"], doc["loss"], name=name)
    network.reduction = v.choice(doc.get("reduction", "mean"), "reduction", REDUCTIONS)
    layout = doc.get("layout", {})
    if not isinstance(layout, dict):
        raise NetworkFileError(
            "layout", Message("expected an object {{…}}, got {got}", got=describe(layout))
        )
    return PlaygroundFile(
        name=name,
        network=network,
        optimizer=_read_optimizer(doc["optimizer"]),
        training=_read_training(doc.get("training", {})),
        data=read_data_source(doc["data"], "data"),
        test_data=read_data_source(doc["test_data"], "test_data") if "test_data" in doc else None,
        layout=layout,
        inits=inits,
        base_dir=base_dir,
        lesson=read_lesson(doc["lesson"], layer_sizes=network.layer_sizes, network=network)
        if "lesson" in doc
        else None,
        run=read_run(doc["run"], network=network, samples=None) if "run" in doc else None,
    )


def _check_format(doc: dict) -> None:
    """Refuse other JSON files, then files of a newer format version, before anything else."""
    not_ours = Message("not a Neural Network Playground network file")
    if "format" not in doc:
        raise NetworkFileError("format", Message("missing: {not_ours}", not_ours=not_ours))
    if doc["format"] != FORMAT:
        raise NetworkFileError(
            "format",
            Message(
                "{got}: {not_ours} (expected {format!r})",
                got=describe(doc["format"]),
                not_ours=not_ours,
                format=FORMAT,
            ),
        )
    if "version" not in doc:
        raise NetworkFileError("version", Message("missing"))
    version = doc["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NetworkFileError(
            "version",
            Message(
                "expected 1 or {newest}, got {got}",
                newest=VERSION,
                got=describe(version),
            ),
        )
    if version > VERSION:
        raise NetworkFileError(
            "version",
            Message(
                "made by a newer version of the playground (version {version}); this one reads "
                "versions 1 to {newest}",
                version=version,
                newest=VERSION,
            ),
        )


def _read_optimizer(value: object) -> dict[str, object]:
    """The ``optimizer`` object, checked against the engine's table and kept as given."""
    if not isinstance(value, dict):
        raise NetworkFileError(
            "optimizer",
            Message("expected an object {{…}}, got {got}", got=describe(value)),
        )
    if "name" not in value:
        raise NetworkFileError("optimizer.name", Message("missing"))
    name = v.choice(value["name"], "optimizer.name", OPTIMIZER_NAMES)
    v.obj(value, "optimizer", known=("name", *optimizer_parameters(name)))
    for key, item in value.items():
        problem = None if key == "name" else parameter_problem(name, key, item)
        if problem is not None:  # the words the window's controls use for the same value
            raise NetworkFileError(f"optimizer.{key}", problem)
    return {"name": name, **{k: x for k, x in value.items() if k != "name"}}


def _read_training(value: object) -> TrainingSettings:
    spec = v.obj(value, "training", known=("batch_size", "shuffle", "seed"))
    batch_size = spec.get("batch_size")
    if batch_size is not None:
        batch_size = v.whole(batch_size, "training.batch_size", low=1, high=MAX_BATCH_SIZE)
    return TrainingSettings(
        batch_size=batch_size,
        shuffle=v.boolean(spec.get("shuffle", False), "training.shuffle"),
        seed=v.whole(spec.get("seed", 0), "training.seed", high=MAX_SEED),
    )


# --- writing -------------------------------------------------------------------------------


def to_dict(
    playground_file: PlaygroundFile, *, base_dir: str | os.PathLike[str] | None = None
) -> dict:
    """The file form of ``playground_file``: explicit weights and biases always (and each
    layer's ``init`` too when it has one). With ``base_dir``, the folder the file will be
    in, relative data paths are rewritten to be relative to it."""
    pf = playground_file
    new_base = None if base_dir is None else Path(base_dir)
    inits = [pf.init_of(k) for k in range(len(pf.network.layers))]
    sources = {"data": pf.data, "test_data": pf.test_data}
    doc = {
        "format": FORMAT,
        "version": 1 if pf.run is None else 2,
        "name": pf.name,
        "layers": layers_to_json(pf.network, inits),
        "loss": pf.network.loss,
        **({} if pf.network.reduction == "mean" else {"reduction": pf.network.reduction}),
        "optimizer": {"name": pf.optimizer.get("name"), **pf.optimizer},
        "training": {
            "batch_size": pf.training.batch_size,
            "shuffle": pf.training.shuffle,
            "seed": pf.training.seed,
        },
    }
    for key, source in sources.items():
        if source is not None:
            doc[key] = source.to_json(base_dir=pf.base_dir, new_base_dir=new_base)
    doc["layout"] = copy.deepcopy(pf.layout)
    if pf.lesson is not None:
        doc["lesson"] = lesson_to_json(pf.lesson)
    if pf.run is not None:
        doc["run"] = run_to_json(pf.run)
    return doc


def dumps(
    playground_file: PlaygroundFile, *, base_dir: str | os.PathLike[str] | None = None
) -> str:
    """The file's JSON text; every float written so that reading it gives the same bits."""
    return format_json(to_dict(playground_file, base_dir=base_dir))


def save(playground_file: PlaygroundFile, path: str | os.PathLike[str]) -> None:
    """Write the file atomically: a temporary file in the same folder, flushed and synced,
    then renamed over ``path``. Nothing is written when the text cannot be made or would
    not load again. Afterwards ``base_dir`` is ``path``'s folder and relative data paths
    are rewritten relative to it, so the object describes the file just written."""
    pf = playground_file
    path = Path(path)
    folder = path.absolute().parent
    text = dumps(pf, base_dir=folder)
    from_dict(v.parse_json(text), base_dir=folder)  # never write what load would refuse
    write_atomically(path, text)
    pf.data = pf.data.rebased(pf.base_dir, folder)
    if pf.test_data is not None:
        pf.test_data = pf.test_data.rebased(pf.base_dir, folder)
    pf.base_dir = folder
