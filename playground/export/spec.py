"""What every exported script rebuilds, read once from a network file: the layers with their
weights, masks and biases, the data, the loss, the optimizer and the training settings.

The numbers are the trainer's own (``PlaygroundFile.make_trainer``): the training samples as
float64 arrays, the batch size the loop really takes (the perceptron rule's 1, a batch
larger than the data cut to the data), the optimizer's every hyper-parameter with Keras'
defaults filled in. A script starts training fresh from the file's weights with a fresh
optimizer, as ``playground-cli train`` does.
"""

from __future__ import annotations

import json
import math
import textwrap
from dataclasses import dataclass

import numpy as np

from playground.engine import found_data
from playground.engine.datasets import FOUND_NAMES
from playground.io import PlaygroundFile

MAX_INLINE_NUMBERS = 5_000_000
"""The most training numbers (inputs and targets) a script writes out: about 50 MB of text."""


@dataclass(frozen=True)
class FoundData:
    """MNIST or Fashion-MNIST where the playground found it on this machine: a script reads
    the first ``samples`` training images from ``files`` (an ``.npz`` with Keras' keys, or
    idx images and labels) rather than carrying 47 million numbers."""

    name: str
    kind: str  # "npz" or "idx"
    files: tuple[str, ...]
    samples: int


class ExportError(ValueError):
    """A network the scripts cannot carry (its data is too big to write into a script)."""


@dataclass(frozen=True)
class LayerSpec:
    """One non-input layer: weights (n_in, n_out), biases, 0/1 mask (None: fully
    connected), whether its biases train, and its activation's name."""

    activation: str
    weights: np.ndarray
    bias: np.ndarray
    mask: np.ndarray | None
    train_bias: bool

    @property
    def units(self) -> int:
        return self.weights.shape[1]

    @property
    def n_in(self) -> int:
        return self.weights.shape[0]


@dataclass(frozen=True)
class Spec:
    """Everything a script needs, as the engine's trainer holds it."""

    name: str
    layers: tuple[LayerSpec, ...]
    loss: str
    reduction: str  # "mean" or "sum": how a batch's loss gathers its samples' losses
    optimizer: dict[str, object]  # {"name": ..., every hyper-parameter}
    inputs: np.ndarray
    targets: np.ndarray
    batch_size: int  # the samples of one update; an epoch's last batch may be smaller
    shuffle: bool
    seed: int
    epochs: int
    found: FoundData | None = None  # the data is read from these files, not written out

    @property
    def input_units(self) -> int:
        return self.inputs.shape[1]

    @property
    def n_samples(self) -> int:
        return self.inputs.shape[0]

    @property
    def activations(self) -> list[str]:
        return [layer.activation for layer in self.layers]


def default_epochs(pf: PlaygroundFile) -> int:
    """The epochs a script trains unless told: the lesson's (at least 1), else 1."""
    if pf.lesson is not None and pf.lesson.epochs >= 1:
        return pf.lesson.epochs
    return 1


def read_spec(pf: PlaygroundFile, *, epochs: int | None = None) -> Spec:
    """The parts of ``pf`` a script rebuilds; ``epochs`` None: :func:`default_epochs`."""
    trainer = pf.make_trainer()  # the data, checked, and the optimizer with its defaults
    found = _found(pf, trainer.n_samples)
    size = trainer.inputs.size + trainer.targets.size
    if found is None and size > MAX_INLINE_NUMBERS:
        raise ExportError(
            f"the training data holds {size:,} numbers; a script carries at most "
            f"{MAX_INLINE_NUMBERS:,} (export a network trained on fewer samples)"
        )
    layers = tuple(
        LayerSpec(
            activation=layer.activation,
            weights=layer.weights.copy(),
            bias=layer.bias.copy(),
            mask=None if layer.is_fully_connected else layer.mask.copy(),
            train_bias=layer.train_bias,
        )
        for layer in pf.network.layers
    )
    return Spec(
        name=pf.name or pf.network.name or "network",
        layers=layers,
        loss=pf.network.loss,
        reduction=pf.network.reduction,
        optimizer=trainer.optimizer.config(),
        inputs=trainer.inputs.copy(),
        targets=trainer.targets.copy(),
        batch_size=trainer.effective_batch_size,
        shuffle=trainer.shuffle,
        seed=trainer.seed,
        epochs=default_epochs(pf) if epochs is None else epochs,
        found=found,
    )


def _found(pf: PlaygroundFile, samples: int) -> FoundData | None:
    """Where the file's MNIST-like built-in was found, or None for any other data."""
    if pf.data.kind != "builtin" or pf.data.name not in FOUND_NAMES:
        return None
    place, files = found_data.locate(pf.data.name)
    return FoundData(
        name=pf.data.name,
        kind=place.kind,
        files=tuple(str(path.absolute()) for path in files[:2]),
        samples=samples,
    )


# --- Python literals that give back the same bits ------------------------------------------


def number(value: float) -> str:
    """``value`` as Python source that reads back as the same float64: a whole number
    without its ``.0`` (``np.array(..., dtype=np.float64)`` makes it a float again), −0.0
    with its sign, anything else as ``repr`` writes it (shortest round trip)."""
    value = float(value)
    if not math.isfinite(value):
        return f"float({str(value)!r})"
    if value == 0.0 and math.copysign(1.0, value) < 0:
        return "-0.0"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def vector_text(values: np.ndarray) -> str:
    return "[" + ", ".join(number(x) for x in np.asarray(values).ravel()) + "]"


def matrix_text(values: np.ndarray, *, indent: int = 4) -> str:
    """A 2-D array as a list of rows, one row a line."""
    pad = " " * indent
    rows = [pad + vector_text(row) + "," for row in np.asarray(values)]
    return "[\n" + "\n".join(rows) + "\n" + " " * (indent - 4) + "]"


def array(values: np.ndarray, *, indent: int = 4) -> str:
    """``values`` as ``np.array([...], dtype=np.float64)`` source, rows one a line."""
    values = np.asarray(values)
    body = vector_text(values) if values.ndim == 1 else matrix_text(values, indent=indent)
    return f"np.array({body}, dtype=np.float64)"


def optimizer_settings(spec: Spec) -> str:
    """The optimizer in words for a script's comment: ``adam (learning_rate 0.001, ...)``."""
    params = ", ".join(f"{k} {v!r}" for k, v in spec.optimizer.items() if k != "name")
    return f"{spec.optimizer['name']} ({params})"


def settings_lines(spec: Spec) -> list[str]:
    """The training settings as constants every script starts with."""
    return [
        f"EPOCHS = {spec.epochs}",
        f"BATCH_SIZE = {spec.batch_size}  # samples per update; an epoch's last batch may be "
        "smaller",
        f"SHUFFLE = {spec.shuffle}  # reorder the samples at each epoch's start",
        f"SEED = {spec.seed}  # of np.random.default_rng, which shuffles the sample order",
        f"REDUCTION = {json.dumps(spec.reduction)}  # a batch's loss: its samples' mean or sum",
    ]


def optimizer_lines(spec: Spec) -> list[str]:
    """The optimizer's hyper-parameters as constants: ``LEARNING_RATE = 0.5`` ..."""
    lines = [f"# the optimizer: {spec.optimizer['name']}"]
    for key, value in spec.optimizer.items():
        if key != "name":
            lines.append(f"{key.upper()} = {value!r}")
    return lines


ORDER_CODE = '''
def epoch_orders(epochs):
    """Each epoch's order of the samples, as the playground draws it: one order shuffled in
    place by np.random.default_rng(SEED) at each epoch's start (or the samples' own order)."""
    order = np.arange(len(INPUTS))
    rng = np.random.default_rng(SEED)
    for _ in range(epochs):
        if SHUFFLE:
            rng.shuffle(order)
        yield order
'''
"""Shared by the scripts whose library would shuffle with a generator of its own."""


def data_lines(spec: Spec) -> list[str]:
    """``INPUTS`` and ``TARGETS``: the training samples, one row a line, or read from where
    the playground found them."""
    if spec.found is not None:
        return _found_lines(spec.found)
    return [
        f"# the training samples ({spec.n_samples}), one a row",
        f"INPUTS = {array(spec.inputs)}",
        f"TARGETS = {array(spec.targets)}",
    ]


def layer_lines(spec: Spec) -> list[str]:
    """``WEIGHTS``, ``BIASES``, ``MASKS``, ``TRAIN_BIAS`` and ``ACTIVATIONS``, layer by layer."""
    weights = ",\n".join(f"    {array(layer.weights, indent=8)}" for layer in spec.layers)
    biases = ",\n".join(f"    {array(layer.bias)}" for layer in spec.layers)
    masks = ",\n".join(
        "    None" if layer.mask is None else f"    {array(layer.mask, indent=8)}"
        for layer in spec.layers
    )
    return [
        "# per layer after the inputs: weights (n_in, n_out), row i the edges leaving node i",
        "# (Keras' set_weights layout), biases, the 0/1 mask of the edges that exist (None: all;",
        "# a missing edge's weight stays 0), whether the biases train, and the activation",
        f"WEIGHTS = [\n{weights},\n]",
        f"BIASES = [\n{biases},\n]",
        f"MASKS = [\n{masks},\n]",
        f"TRAIN_BIAS = {[layer.train_bias for layer in spec.layers]!r}",
        f"ACTIVATIONS = {json.dumps(spec.activations)}",
    ]


FOUND_CODE = {
    "npz": '''
def read_images():
    """The training images and labels of Keras' .npz file."""
    with np.load(DATA_FILES[0], allow_pickle=False) as archive:
        return archive["x_train"], archive["y_train"].reshape(-1)
''',
    "idx": '''
def read_idx(path):
    """The uint8 array of an idx file (MNIST's own format), gzip-compressed or plain."""
    with (gzip.open(path) if path.endswith(".gz") else open(path, "rb")) as file:
        data = file.read()
    if data[2] != 0x08:
        raise SystemExit(f"{path}: not 8-bit values, which this script reads")
    shape = np.frombuffer(data, dtype=">u4", count=data[3], offset=4)
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * data[3]).reshape(tuple(shape))


def read_images():
    """The training images and labels of the idx pair."""
    return read_idx(DATA_FILES[0]), read_idx(DATA_FILES[1])
''',
}

LOAD_FOUND = '''
def load_data():
    """The first SAMPLES training images as rows of pixel/255, the labels one-hot, as the
    playground reads them."""
    images, labels = read_images()
    images, labels = images[:SAMPLES], labels[:SAMPLES]
    inputs = np.array(images.reshape(len(images), -1), dtype=np.float64)
    if images.dtype == np.uint8:
        inputs /= 255.0
    return inputs, np.eye(10, dtype=np.float64)[labels.astype(np.intp)]


INPUTS, TARGETS = load_data()
'''


def _found_lines(found: FoundData) -> list[str]:
    return [
        f"# {found.name}: the first {found.samples} training images, read where the playground",
        "# found them on the machine it exported from (change the paths to yours)",
        "DATA_FILES = [",
        *(f"    {json.dumps(path, ensure_ascii=False)}," for path in found.files),
        "]",
        f"SAMPLES = {found.samples}",
        FOUND_CODE[found.kind],
        LOAD_FOUND,
    ]


def imports(spec: Spec, *names: str) -> str:
    """The script's import lines: json, math, gzip when it reads idx files, the standard
    modules among ``names`` (bare names), then ``names``' import lines as given."""
    standard = ["json", "math", *(["gzip"] if spec.found and spec.found.kind == "idx" else [])]
    standard += [name for name in names if not name.startswith(("import ", "from "))]
    others = [name for name in names if name.startswith(("import ", "from "))]
    head = [f"import {name}" for name in sorted(set(standard))]
    return "\n".join(head) + "\n\n" + "\n".join(others)


def header(spec: Spec, *, target: str, how: str) -> str:
    """The docstring every script opens with: what it is and what it prints last."""
    sizes = [spec.input_units, *(layer.units for layer in spec.layers)]
    shuffled = ", shuffled each epoch" if spec.shuffle else ""
    paragraphs = [
        f"It rebuilds the network with the playground's weights, biases and masks, trains it "
        f"on the same {spec.n_samples} samples for EPOCHS epochs (loss {spec.loss}, reduction "
        f"{spec.reduction}, optimizer {optimizer_settings(spec)}, batches of "
        f"{spec.batch_size}{shuffled}) from a fresh optimizer, as `playground-cli train FILE "
        "--epochs EPOCHS` does, and prints as its last line one JSON object:",
        "L is the loss over all the training samples at the weights after the last update "
        f'(the {spec.reduction} of the samples\' losses): the "loss" `playground-cli train '
        '--json` reports, not the mean over the last epoch\'s batches. "weights" holds each '
        'layer\'s (n_in, n_out) matrix and "biases" its biases, layer by layer after the '
        "inputs.",
        how,
    ]
    body = [textwrap.fill(p, width=92) for p in paragraphs]
    shape = "-".join(map(str, sizes))
    title = textwrap.fill(
        f'"""{_docstring_safe(spec.name)}: a {shape} network from the Neural Network '
        f"Playground, {target}.",
        width=92,
    )
    return (
        "\n\n".join(
            [
                title,
                body[0],
                '    {"loss": L, "weights": [...], "biases": [...]}',
                *body[1:],
            ]
        )
        + '\n"""'
    )


def _docstring_safe(text: str) -> str:
    """``text`` on one line, its quotes, backslashes and control characters escaped, so that
    a name in the file can neither end the docstring nor break the script."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)[1:-1]


def join(parts: list[str]) -> str:
    """A script from its sections, two blank lines between them, as a formatter lays out
    top-level code; empty sections left out."""
    return "\n\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n"
