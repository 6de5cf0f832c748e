"""A corpus of hostile network files, generated into a folder (nothing large is committed).

    python -m tests.hostile.corpus FOLDER     writes the cases and lists them

Each case is a small file, or a mutation of ``resources/examples/xor.json`` or of a bundled
lesson, in one of the categories of :data:`CATEGORIES`. The big ones are sparse files or
archives of a few MB: a 65 MB network file holds no blocks on disk, and the zip bomb is a
deflate stream of one repeated block, written without compressing its gigabytes.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playground.paths import resource_path

MALFORMED = "malformed JSON"
SIZES = "extreme sizes"
OPTIMIZER = "optimizer out of range"
LOSS = "loss/target mismatch"
LAYOUT = "odd layouts"
DATA = "hostile data sources"
TEXT = "control characters"
LESSON = "lesson wheres"
CATEGORIES = (MALFORMED, SIZES, OPTIMIZER, LOSS, LAYOUT, DATA, TEXT, LESSON)

REFUSE, OPEN = "refuse", "open"  # what the file format's documentation promises


@dataclass(frozen=True)
class Case:
    """One hostile file: ``path`` is the network file to open."""

    category: str
    name: str
    path: Path
    expect: str | None = None  # REFUSE, OPEN, or None when either is fine
    dangerous: bool = False  # also run in a subprocess under a memory limit and a timeout

    def __str__(self) -> str:
        return f"{self.category}: {self.name}"


def xor_doc() -> dict:
    return json.loads(resource_path("examples", "xor.json").read_text(encoding="utf-8"))


def lesson_doc() -> dict:
    return json.loads(resource_path("lessons", "classic-2-2-2.json").read_text(encoding="utf-8"))


class _Writer:
    """Writes cases into ``folder``, one numbered file (or folder) each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.cases: list[Case] = []

    def _path(self, suffix: str = ".json") -> Path:
        return self.folder / f"case{len(self.cases):03d}{suffix}"

    def text(self, category: str, name: str, text: str | bytes, **kw) -> Path:
        path = self._path()
        data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
        path.write_bytes(data)
        self.cases.append(Case(category, name, path, **kw))
        return path

    def doc(self, category: str, name: str, doc: dict, **kw) -> Path:
        return self.text(category, name, json.dumps(doc, allow_nan=True), **kw)

    def mutate(self, category: str, name: str, change: Callable[[dict], object], **kw) -> Path:
        doc = xor_doc()
        change(doc)
        return self.doc(category, name, doc, **kw)

    def data(self, name: str, data: dict, **kw) -> Path:
        """A network (xor, with ``data`` replaced) in a folder of its own, beside its data."""
        folder = self._path("")
        folder.mkdir(exist_ok=True)
        doc = xor_doc()
        doc["data"] = data
        path = folder / "net.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        self.cases.append(Case(DATA, name, path, **kw))
        return folder

    def next_folder(self) -> Path:
        """The folder :meth:`data` will use next (to put files in it first)."""
        folder = self._path("")
        folder.mkdir()
        return folder


def generate(folder: str | Path) -> list[Case]:
    """Write every case into ``folder`` (which must exist and be empty) and list them."""
    w = _Writer(Path(folder))
    for build in (_malformed, _sizes, _optimizer, _loss, _layout, _data, _text, _lesson):
        build(w)
    return w.cases


# --- malformed JSON -----------------------------------------------------------------------


def _paths(value, prefix=()):
    """Every place in a document (outside ``layout``), as a tuple of keys and indices."""
    yield prefix
    if prefix == ("layout",):
        return
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        yield from _paths(item, (*prefix, key))


def _set(doc, place, value):
    target = doc
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value


def _malformed(w: _Writer) -> None:
    text = resource_path("examples", "xor.json").read_text(encoding="utf-8")
    for cut in (0, 1, 10, 50, 200, 400, len(text) // 2, len(text) - 2):
        w.text(MALFORMED, f"truncated at {cut}", text[:cut], expect=REFUSE)
    wrong = ["abc", None, True, [], {}, -1, 2.5, 10**30]
    for index, place in enumerate(list(_paths(xor_doc()))[1:]):
        for value in (wrong[(2 * index + k) % len(wrong)] for k in range(2)):
            w.mutate(
                MALFORMED, f"{_where(place)} = {value!r}", lambda d, p=place, v=value: _set(d, p, v)
            )
    for bad in ("NaN", "Infinity", "-Infinity", "1e999", "-1e999"):
        w.text(
            MALFORMED, f"weight {bad}", text.replace("1.2531519067852963", bad, 1), expect=REFUSE
        )
        w.text(
            MALFORMED,
            f"learning_rate {bad}",
            text.replace('"learning_rate": 1.0', (f'"learning_rate": {bad}')),
            expect=REFUSE,
        )
    w.text(
        MALFORMED,
        "duplicate top-level key",
        text.replace('"loss": "mse",', '"loss": "mse", "loss": "half_sse",'),
        expect=REFUSE,
    )
    w.text(
        MALFORMED,
        "duplicate layer key",
        text.replace('"bias": [0.0],', '"bias": [0.0], "bias": [1.0],'),
        expect=REFUSE,
    )
    w.text(
        MALFORMED,
        "duplicate layout key",
        text.replace('"0:0": [0, 0],', '"0:0": [0, 0], "0:0": [5, 5],'),
        expect=REFUSE,
    )
    for depth in (65, 600, 100_000, 1_000_000):
        w.text(MALFORMED, f"[ nested {depth} deep", "[" * depth + "]" * depth, expect=REFUSE)
    w.text(MALFORMED, "{ nested 100000 deep, unclosed", '{"a":' * 100_000, expect=REFUSE)
    for name, raw in [
        ("empty file", b""),
        ("only whitespace", b" \n\t "),
        ("null", b"null"),
        ("a list", b"[]"),
        ("a string", b'"nn-playground/network"'),
        ("a number", b"1"),
        ("UTF-16", text.encode("utf-16")),
        ("invalid UTF-8", text.encode().replace(b'"XOR"', b'"\xff\xfe\xc0"')),
        ("NUL bytes", b"\0" * 100),
        ("trailing garbage", text.encode() + b"}}]"),
        ("two documents", text.encode() * 2),
        ("a comment", b"// network\n" + text.encode()),
        ("single quotes", text.replace('"', "'").encode()),
    ]:
        w.text(MALFORMED, name, raw, expect=REFUSE)
    w.text(MALFORMED, "BOM first", b"\xef\xbb\xbf" + text.encode())
    for name, change in [
        ("format wrong", lambda d: d.update(format="nn-playground/other")),
        ("version 3", lambda d: d.update(version=3)),
        ("version '1'", lambda d: d.update(version="1")),
        ("version 1.0", lambda d: d.update(version=1.0)),
        ("version true", lambda d: d.update(version=True)),
        ("unknown key", lambda d: d.update(lossy="mse")),
        ("layers empty", lambda d: d.update(layers=[])),
        ("only an input layer", lambda d: d.update(layers=d["layers"][:1])),
    ]:
        w.mutate(MALFORMED, name, change, expect=REFUSE)


def _where(place) -> str:
    out = ""
    for key in place:
        out += f"[{key}]" if isinstance(key, int) else f".{key}"
    return out.lstrip(".")


# --- extreme sizes ------------------------------------------------------------------------


def _init_layers(units: list[int]) -> list[dict]:
    layers = [{"units": units[0]}]
    for n in units[1:]:
        layers.append({"units": n, "activation": "sigmoid", "init": {"name": "zeros"}})
    return layers


def _sizes(w: _Writer) -> None:
    for name, units, kw in [
        ("10^4 x 50 layers by init", [2] + [10_000] * 50 + [1], {"dangerous": True}),
        ("10^4 x 3 layers by init", [2, 10_000, 10_000, 10_000, 1], {"dangerous": True}),
        ("10^4 inputs x 10^4 x 10^4", [10_000, 10_000, 10_000, 1], {}),
        ("20000 units", [2, 20_000, 1], {}),
        ("10001 units", [2, 10_001, 1], {}),
    ]:
        w.mutate(
            SIZES, name, lambda d, u=units: d.update(layers=_init_layers(u)), expect=REFUSE, **kw
        )
    w.mutate(
        SIZES,
        "2-1000-1 by init",
        lambda d: d.update(layers=_init_layers([2, 1000, 1])),
        expect=OPEN,
    )
    w.mutate(
        SIZES,
        "120 layers of 1 unit",
        lambda d: d.update(layers=_init_layers([2] + [1] * 120), layout={}),
        expect=OPEN,
    )
    for units in (0, -1, 10**100, 1e4, "2"):
        w.mutate(
            SIZES,
            f"units {units!r}",
            lambda d, u=units: d["layers"][1].update(units=u),
            expect=REFUSE,
        )
    for name, weights in [
        ("weights 2x3", [[1, 2, 3], [4, 5, 6]]),
        ("weights 3x2", [[1, 2], [3, 4], [5, 6]]),
        ("weights flat", [1, 2, 3, 4]),
        ("weights ragged", [[1, 2], [3]]),
        ("weights empty", []),
        ("weights 3-deep", [[[1, 2]], [[3, 4]]]),
    ]:
        w.mutate(SIZES, name, lambda d, v=weights: d["layers"][1].update(weights=v), expect=REFUSE)
    w.mutate(SIZES, "bias too long", lambda d: d["layers"][1].update(bias=[0] * 3), expect=REFUSE)
    w.mutate(SIZES, "mask 3x2", lambda d: d["layers"][1].update(mask=[[1, 1]] * 3), expect=REFUSE)
    w.mutate(
        SIZES, "mask of 2s", lambda d: d["layers"][1].update(mask=[[2, 1], [1, 1]]), expect=REFUSE
    )
    w.mutate(
        SIZES,
        "weight on a masked edge",
        lambda d: d["layers"][1].update(mask=[[0, 1], [1, 1]]),
        expect=REFUSE,
    )
    w.mutate(SIZES, "labels too few", lambda d: d["layers"][0].update(labels=["a"]), expect=REFUSE)
    w.mutate(
        SIZES, "shape 8x9 on 2 units", lambda d: d["layers"][0].update(shape=[8, 9]), expect=REFUSE
    )
    path = w.text(SIZES, "65 MB sparse network file", b"", expect=REFUSE, dangerous=True)
    os.truncate(path, 65 * 2**20)
    path = w.text(SIZES, "63 MB of NULs", b"", expect=REFUSE)
    os.truncate(path, 63 * 2**20)
    text = json.dumps(xor_doc())
    w.text(SIZES, "60 MB of spaces, then xor", " " * (60 * 2**20) + text, expect=OPEN)


# --- optimizer ----------------------------------------------------------------------------


def _optimizer(w: _Writer) -> None:
    for name, opt, expect in [
        ("learning_rate 0", {"name": "sgd", "learning_rate": 0}, REFUSE),
        ("learning_rate -1", {"name": "sgd", "learning_rate": -1}, REFUSE),
        ("learning_rate 'abc'", {"name": "sgd", "learning_rate": "abc"}, REFUSE),
        ("learning_rate 1e308", {"name": "sgd", "learning_rate": 1e308}, None),
        ("learning_rate 5e-324", {"name": "sgd", "learning_rate": 5e-324}, OPEN),
        ("momentum 5", {"name": "sgd", "momentum": 5}, REFUSE),
        ("momentum 1", {"name": "sgd", "momentum": 1}, REFUSE),
        ("momentum -0.1", {"name": "sgd", "momentum": -0.1}, REFUSE),
        ("nesterov 'yes'", {"name": "sgd", "nesterov": "yes"}, REFUSE),
        ("nesterov 1", {"name": "sgd", "nesterov": 1}, REFUSE),
        ("beta_1 1.5", {"name": "adam", "beta_1": 1.5}, REFUSE),
        ("beta_1 0", {"name": "adam", "beta_1": 0}, REFUSE),
        ("beta_2 1", {"name": "adam", "beta_2": 1}, REFUSE),
        ("adam epsilon 0", {"name": "adam", "epsilon": 0}, REFUSE),
        ("adam epsilon -1e-7", {"name": "adam", "epsilon": -1e-7}, REFUSE),
        ("adam momentum", {"name": "adam", "momentum": 0.5}, REFUSE),
        ("rho 2", {"name": "rmsprop", "rho": 2}, REFUSE),
        ("rho 1", {"name": "rmsprop", "rho": 1}, REFUSE),
        ("rmsprop epsilon 0", {"name": "rmsprop", "epsilon": 0}, REFUSE),
        ("rmsprop momentum 5", {"name": "rmsprop", "momentum": 5}, REFUSE),
        ("unknown parameter", {"name": "sgd", "decay": 0.1}, REFUSE),
        ("unknown name", {"name": "sgdd"}, REFUSE),
        ("name null", {"name": None}, REFUSE),
        ("no name", {"learning_rate": 0.1}, REFUSE),
        ("perceptron on sigmoid layers", {"name": "perceptron"}, REFUSE),
    ]:
        w.mutate(OPTIMIZER, name, lambda d, o=opt: d.update(optimizer=o), expect=expect)
    for name, training in [
        ("batch_size 0", {"batch_size": 0}),
        ("batch_size -1", {"batch_size": -1}),
        ("batch_size 1.5", {"batch_size": 1.5}),
        ("batch_size 'all'", {"batch_size": "all"}),
        ("seed -1", {"seed": -1}),
        ("shuffle 'no'", {"shuffle": "no"}),
    ]:
        w.mutate(OPTIMIZER, name, lambda d, t=training: d.update(training=t), expect=REFUSE)
    w.mutate(OPTIMIZER, "batch_size 10^18", lambda d: d.update(training={"batch_size": 10**18}))
    w.mutate(OPTIMIZER, "seed 2^70", lambda d: d.update(training={"seed": 2**70}))


# --- loss and targets ---------------------------------------------------------------------


def _two_outputs(doc: dict, activation: str, loss: str, targets: list) -> None:
    doc["layers"][2] = {
        "units": len(targets[0]),
        "activation": activation,
        "init": {"name": "glorot_uniform", "seed": 1},
    }
    doc["loss"] = loss
    doc["data"] = {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]][: len(targets)], "targets": targets}
    doc.pop("layout")


def _loss(w: _Writer) -> None:
    for name, activation, loss, targets, expect in [
        ("softmax, targets not one-hot", "softmax", "cross_entropy", [[0.3, 0.3], [2, -1]], None),
        ("softmax, targets all zero", "softmax", "cross_entropy", [[0, 0], [0, 0]], None),
        ("1-unit softmax", "softmax", "cross_entropy", [[1], [0]], None),
        ("BCE targets 2 and -1", "sigmoid", "binary_cross_entropy", [[2], [-1]], None),
        ("BCE targets 1e300", "sigmoid", "binary_cross_entropy", [[1e300], [0]], None),
        ("cross_entropy on sigmoid", "sigmoid", "cross_entropy", [[1, 0], [0, 1]], REFUSE),
        ("mse on softmax", "softmax", "mse", [[1, 0], [0, 1]], REFUSE),
        ("BCE on relu", "relu", "binary_cross_entropy", [[1], [0]], REFUSE),
        ("unknown loss", "sigmoid", "hinge", [[1], [0]], REFUSE),
        ("targets 1e308 on mse", "linear", "mse", [[1e308], [-1e308]], None),
        ("step output on half_sse", "step", "half_sse", [[1], [0]], None),
    ]:
        w.mutate(
            LOSS,
            name,
            lambda d, a=activation, lo=loss, t=targets: _two_outputs(d, a, lo, t),
            expect=expect,
        )
    w.mutate(
        LOSS,
        "softmax in a hidden layer",
        lambda d: d["layers"][1].update(activation="softmax"),
        expect=REFUSE,
    )
    w.mutate(LOSS, "reduction 'max'", lambda d: d.update(reduction="max"), expect=REFUSE)
    for name, data, expect in [
        ("inputs too wide", {"inputs": [[0, 0, 0]], "targets": [[0]]}, REFUSE),
        ("targets too wide", {"inputs": [[0, 0]], "targets": [[0, 1]]}, REFUSE),
        ("no samples", {"inputs": [], "targets": []}, REFUSE),
        ("rows differ in count", {"inputs": [[0, 0], [1, 1]], "targets": [[0]]}, REFUSE),
        ("ragged inputs", {"inputs": [[0, 0], [1]], "targets": [[0], [1]]}, REFUSE),
        ("builtin and inputs", {"builtin": "xor", "inputs": [[0, 0]]}, REFUSE),
        ("unknown builtin", {"builtin": "xorr"}, REFUSE),
        ("circle of 10^12 samples", {"builtin": "circle", "samples": 10**12}, REFUSE),
        ("circle of 0 samples", {"builtin": "circle", "samples": 0}, REFUSE),
        ("circle noise -1", {"builtin": "circle", "noise": -1}, REFUSE),
        ("circle noise 1e308", {"builtin": "circle", "noise": 1e308}, None),
        ("circle test_fraction 1.5", {"builtin": "circle", "test_fraction": 1.5}, REFUSE),
        ("circle test_fraction 1", {"builtin": "circle", "test_fraction": 1}, None),
        ("mnist of 10^12 samples", {"builtin": "mnist", "samples": 10**12}, REFUSE),
        ("linear variant 'x'", {"builtin": "linear", "variant": "x"}, REFUSE),
    ]:
        danger = "10^12" in name
        w.mutate(LOSS, name, lambda d, v=data: d.update(data=v), expect=expect, dangerous=danger)


# --- layouts ------------------------------------------------------------------------------


def _nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def _layout(w: _Writer) -> None:
    for name, layout, expect in [
        ('{"nodes": {"x": [0, 0]}}', {"nodes": {"x": [0, 0]}}, OPEN),
        ('{"0:0": "abc"}', {"0:0": "abc"}, OPEN),
        ('{"0:0": null}', {"0:0": None}, OPEN),
        ('nodes "0:0": "abc"', {"nodes": {"0:0": "abc"}}, OPEN),
        ('nodes "0:0": null', {"nodes": {"0:0": None}}, OPEN),
        ('nodes "0:0": [0]', {"nodes": {"0:0": [0]}}, OPEN),
        ('nodes "0:0": [0, 0, 0]', {"nodes": {"0:0": [0, 0, 0]}}, OPEN),
        ('nodes "0:0": ["a", "b"]', {"nodes": {"0:0": ["a", "b"]}}, OPEN),
        ('nodes "0:0": [true, false]', {"nodes": {"0:0": [True, False]}}, OPEN),
        ('nodes "0:0": [1e308, -1e308]', {"nodes": {"0:0": [1e308, -1e308]}}, OPEN),
        ('nodes "9:9": [0, 0]', {"nodes": {"9:9": [0, 0]}}, OPEN),
        ('nodes "-1:-1": [0, 0]', {"nodes": {"-1:-1": [0, 0]}}, OPEN),
        ('nodes "0:0:0": [0, 0]', {"nodes": {"0:0:0": [0, 0]}}, OPEN),
        ("nodes null", {"nodes": None}, OPEN),
        ("nodes []", {"nodes": []}, OPEN),
        ('nodes "abc"', {"nodes": "abc"}, OPEN),
        ('{"ui": "x"}', {"ui": "x"}, OPEN),
        ('{"ui": null}', {"ui": None}, OPEN),
        ('{"ui": []}', {"ui": []}, OPEN),
        ('{"ui": {"epochs": "abc"}}', {"ui": {"epochs": "abc"}}, OPEN),
        ('{"ui": {"epochs": 1e300}}', {"ui": {"epochs": 1e300}}, OPEN),
        ('{"ui": {"epochs": 10^30}}', {"ui": {"epochs": 10**30}}, OPEN),
        ('{"ui": {"epochs": 0}}', {"ui": {"epochs": 0}}, OPEN),
        ('{"ui": {"epochs": -5}}', {"ui": {"epochs": -5}}, OPEN),
        ('{"ui": {"epochs": true}}', {"ui": {"epochs": True}}, OPEN),
        ('{"ui": {"epochs": 2.5}}', {"ui": {"epochs": 2.5}}, OPEN),
        ('{"ui": {"target_loss": -1}}', {"ui": {"target_loss": -1}}, OPEN),
        ('{"ui": {"target_loss": "x"}}', {"ui": {"target_loss": "x"}}, OPEN),
        ('{"ui": {"target_loss": 1e308}}', {"ui": {"target_loss": 1e308}}, OPEN),
        ("layout 63 deep", _nested(63), OPEN),
        ("layout 600 deep", _nested(600), REFUSE),
        ("layout []", [], REFUSE),
        ('layout "x"', "x", REFUSE),
        ("layout null", None, REFUSE),
    ]:
        w.mutate(LAYOUT, name, lambda d, v=layout: d.update(layout=v), expect=expect)


# --- data sources -------------------------------------------------------------------------


def _npy_header(shape: tuple[int, ...], dtype: str = "<f8") -> bytes:
    header = f"{{'descr': '{dtype}', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1")


def _zip_bomb(path: Path, *, gigabytes: int = 2) -> None:
    """An .npz whose ``inputs.npy`` is a header and ``gigabytes`` GiB of zeros, deflated.

    After a full flush deflate starts afresh, so every 16 MiB of zeros compresses to the
    same bytes: the stream is that block repeated, a few MB on disk."""
    chunk = bytes(16 << 20)
    count = gigabytes * 64
    rows = count * len(chunk) // 16
    header = _npy_header((rows, 2))
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(header) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.flush(zlib.Z_FINISH)
    crc = zlib.crc32(header)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    size = len(header) + count * len(chunk)
    compressed = len(head) + count * len(block) + len(tail)
    name = b"inputs.npy"
    fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, compressed, size)
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name
    central = (
        b"PK\x01\x02"
        + struct.pack("<H", 20)
        + fields
        + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, 0)
        + name
    )
    with path.open("wb") as out:
        out.write(local + head)
        for _ in range(count):
            out.write(block)
        out.write(tail)
        offset = out.tell()
        out.write(central)
        out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), offset, 0))


def _csv(folder: Path, text: str | bytes, name: str = "train.csv") -> None:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def _data(w: _Writer) -> None:
    good = "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"
    folder = w.next_folder()
    os.mkfifo(folder / "pipe.csv")
    w.data("file is a FIFO", {"file": "pipe.csv"}, expect=REFUSE, dangerous=True)
    folder = w.next_folder()
    os.symlink("/dev/zero", folder / "zero.csv")
    w.data("file is a symlink to /dev/zero", {"file": "zero.csv"}, expect=REFUSE, dangerous=True)
    w.data("file /dev/urandom", {"file": "/dev/urandom"}, expect=REFUSE, dangerous=True)
    w.data("file /dev/zero", {"file": "/dev/zero"}, expect=REFUSE, dangerous=True)
    folder = w.next_folder()
    (folder / "dir.csv").mkdir()
    w.data("file is a folder", {"file": "dir.csv"}, expect=REFUSE)
    folder = w.next_folder()
    _csv(folder, good)
    w.data(
        "test_path /etc/shadow", {"file": "train.csv", "test_path": "/etc/shadow"}, expect=REFUSE
    )
    folder = w.next_folder()
    _csv(folder, good)
    os.mkfifo(folder / "test.csv")
    w.data(
        "test_path is a FIFO",
        {"file": "train.csv", "test_path": "test.csv"},
        expect=REFUSE,
        dangerous=True,
    )
    w.data("missing file", {"file": "nothing-here.csv"}, expect=REFUSE)
    for name, text, expect in [
        ("CSV bad cell", "a,b,y\n0,0,0\n0,zero,1\n", REFUSE),
        ("CSV long bad cell", "a,b,y\n0,0,0\n0," + "x" * 100_000 + ",1\n", REFUSE),
        ("CSV control characters in a cell", "a,b,y\n0,0,0\n0,\x1b[31m\x07\r,1\n", REFUSE),
        ("CSV control characters in the header", "a\x1b[2J,b\x07,y\n0,0,0\n1,1,1\n", REFUSE),
        ("CSV NUL bytes", b"a,b,y\n0,0\x00,0\n", REFUSE),
        ("CSV invalid UTF-8", b"a,b,y\n0,\xff\xfe,0\n", REFUSE),
        ("CSV nan and inf cells", "a,b,y\n0,nan,0\n1,inf,1\n", REFUSE),
        ("CSV 1e999 cell", "a,b,y\n0,1e999,0\n", REFUSE),
        ("CSV empty", "", REFUSE),
        ("CSV header only", "a,b,y\n", REFUSE),
        ("CSV ragged rows", "a,b,y\n0,0,0\n0,1\n", REFUSE),
        ("CSV too many columns", "0,0,0,0\n1,1,1,1\n", REFUSE),
        ("CSV fine", good, OPEN),
    ]:
        _csv(w.next_folder(), text)
        w.data(name, {"file": "train.csv"}, expect=expect)
    for name, columns in [
        ("target_columns 0", 0),
        ("target_columns -1", -1),
        ("target_columns 1000", 1000),
        ("target_columns '1'", "1"),
    ]:
        _csv(w.next_folder(), good)
        w.data(name, {"file": "train.csv", "target_columns": columns}, expect=REFUSE)
    folder = w.next_folder()
    with (folder / "big.csv").open("wb") as out:
        out.truncate(300 * 2**20)
    w.data("CSV of 300 MB (sparse)", {"file": "big.csv"}, expect=REFUSE, dangerous=True)
    folder = w.next_folder()
    (folder / "rows.npz").write_bytes(
        _stored_zip(
            {
                "inputs.npy": _npy_header((10**12, 2)) + bytes(64),
                "targets.npy": _npy_header((10**12, 1)) + bytes(64),
            }
        )
    )
    w.data("npz declaring 10^12 rows", {"file": "rows.npz"}, expect=REFUSE, dangerous=True)
    folder = w.next_folder()
    _zip_bomb(folder / "bomb.npz")
    w.data("npz zip bomb (2 GiB of zeros)", {"file": "bomb.npz"}, expect=REFUSE, dangerous=True)
    folder = w.next_folder()
    (folder / "short.npz").write_bytes(
        _stored_zip(
            {
                "inputs.npy": _npy_header((4, 2)) + bytes(8),
                "targets.npy": _npy_header((4, 1)) + bytes(32),
            }
        )
    )
    w.data("npz member shorter than its header", {"file": "short.npz"}, expect=REFUSE)
    folder = w.next_folder()
    (folder / "obj.npz").write_bytes(
        _stored_zip(
            {
                "inputs.npy": _npy_header((4, 2), "|O") + b"\x80\x04N.",
                "targets.npy": _npy_header((4, 1)) + bytes(32),
            }
        )
    )
    w.data("npz of pickled objects", {"file": "obj.npz"}, expect=REFUSE)
    for name, raw in [
        ("npz not a zip", b"PK\x03\x04garbage" * 10),
        ("npz empty", b""),
        ("npz without the keys", _stored_zip({"other.npy": _npy_header((1,)) + bytes(8)})),
    ]:
        (w.next_folder() / "x.npz").write_bytes(raw)
        w.data(name, {"file": "x.npz"}, expect=REFUSE)
    folder = w.next_folder()
    (folder / "train-images-idx3-ubyte").write_bytes(
        b"\0\0\x08\x03" + struct.pack(">III", 2**31 - 1, 2**15, 2**15) + bytes(64)
    )
    (folder / "train-labels-idx1-ubyte").write_bytes(b"\0\0\x08\x01" + struct.pack(">I", 4))
    w.data(
        "idx declaring 2^31 x 2^15 x 2^15",
        {"file": "train-images-idx3-ubyte", "labels": "train-labels-idx1-ubyte"},
        expect=REFUSE,
        dangerous=True,
    )
    folder = w.next_folder()
    (folder / "train-images-idx3-ubyte").write_bytes(
        b"\0\0\x08\x03" + struct.pack(">III", 4, 1, 2) + bytes(8)
    )
    os.symlink("/dev/zero", folder / "train-labels-idx1-ubyte")
    w.data(
        "idx labels a symlink to /dev/zero",
        {"file": "train-images-idx3-ubyte", "labels": "train-labels-idx1-ubyte"},
        expect=REFUSE,
        dangerous=True,
    )
    for name, data in [
        ("file ''", {"file": ""}),
        ("file '.'", {"file": "."}),
        ("file with a NUL", {"file": "a\x00b.csv"}),
        ("file name 5000 long", {"file": "a" * 5000 + ".csv"}),
        ("file 123", {"file": 123}),
        ("file .txt", {"file": "/etc/passwd"}),
        ("file /proc/self/mem.csv", {"file": "/proc/self/mem"}),
    ]:
        w.data(name, data, expect=REFUSE)


def _stored_zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- control characters -------------------------------------------------------------------

HOSTILE_TEXTS = [
    ("ANSI escape", "red\x1b[31m\x1b[2J text", REFUSE),
    ("CR", "over\rwrite", REFUSE),
    ("BEL", "bell\x07", REFUSE),
    ("NUL", "nul\x00byte", REFUSE),
    ("newline", "two\nlines", REFUSE),
    ("DEL", "del\x7f", REFUSE),
    ("C1 CSI", "c1\x9b31m", REFUSE),
    ("lone surrogate", "half\ud800pair", None),
    ("<u> markup", "<u>under</u><b>bold</b><img src=x>", OPEN),
    ("RTL override", "abc\u202edcba", None),
    ("line separator", "a\u2028b", None),
    ("tab", "a\tb", OPEN),
    ("100,000 characters", "n" * 100_000, None),
]


def _text(w: _Writer) -> None:
    for name, text, expect in HOSTILE_TEXTS:
        w.mutate(TEXT, f"name: {name}", lambda d, t=text: d.update(name=t), expect=expect)
        w.mutate(
            TEXT,
            f"input label: {name}",
            lambda d, t=text: d["layers"][0].update(labels=[t, "x2"]),
            expect=expect,
        )
        w.mutate(
            TEXT,
            f"output label: {name}",
            lambda d, t=text: d["layers"][2].update(labels=[t]),
            expect=expect,
        )
    w.mutate(TEXT, "label not text", lambda d: d["layers"][0].update(labels=[1, 2]), expect=REFUSE)


# --- lessons ------------------------------------------------------------------------------


def _lesson(w: _Writer) -> None:
    for where in [
        "layers[9].weights[0][0]",
        "layers[1].weights[5][0]",
        "layers[1].weights[0][9]",
        "layers[-1].bias[0]",
        "layers[0].bias[0]",
        "layers[1].bias[99]",
        "outputs[99][0]",
        "outputs[0][5]",
        "test_outputs[0][0]",
        "loss ",
        "__import__('os')",
        "",
        "layers[1].weights[0]",
        "layers[1e3].bias[0]",
        "layers[99999999999999999999].bias[0]",
        "epoch_loss[0]",
        "epoch_loss[100000]",
        "epoch_errors[-1]",
        "accuracy\x1b[31m",
        5,
        None,
        ["loss"],
    ]:
        doc = lesson_doc()
        doc["lesson"]["published"][0]["where"] = where
        w.doc(LESSON, f"where {where!r}", doc)
    for name, change in [
        ("epochs -1", lambda lesson: lesson.update(epochs=-1)),
        ("epochs 'abc'", lambda lesson: lesson.update(epochs="abc")),
        ("no title", lambda lesson: lesson.pop("title")),
        ("text a list", lambda lesson: lesson.update(text=["x"])),
        ("id ../../etc", lambda lesson: lesson.update(id="../../etc")),
        ("published not a list", lambda lesson: lesson.update(published={"where": "loss"})),
        ("tolerance NaN", lambda lesson: lesson["published"][0].update(tolerance=float("nan"))),
        ("after -5", lambda lesson: lesson["published"][0].update(after=-5)),
        (
            "code source with ESC",
            lambda lesson: lesson.update(
                code=[{"title": "t\x1b[2J", "language": "python", "source": "\x1b[2J\x07"}]
            ),
        ),
    ]:
        doc = lesson_doc()
        change(doc["lesson"])
        w.doc(LESSON, name, doc)
    doc = lesson_doc()
    doc["lesson"]["epochs"] = 10**12
    w.doc(LESSON, "epochs 10^12", doc, dangerous=True)


def _main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for case in generate(folder):
        print(f"{case.path.relative_to(folder)}\t{case}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
