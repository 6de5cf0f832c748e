"""MNIST and Fashion-MNIST, found where a learner already has them; never downloaded.

The built-ins ``mnist`` and ``fashion_mnist`` are read from the first of these places that
holds them (the home folder and the environment are read at each call):

1. ``$PLAYGROUND_DATA_DIR``: ``mnist.npz`` / ``fashion-mnist.npz`` (Keras' keys), or a folder
   ``mnist/`` / ``fashion-mnist/`` holding the four idx files;
2. Keras' cache (``$KERAS_HOME``, else ``~/.keras``): ``datasets/mnist.npz`` as
   ``keras.datasets.mnist.load_data()`` leaves it, and ``datasets/fashion-mnist/`` with
   the four idx ``.gz`` files of ``keras.datasets.fashion_mnist.load_data()``;
3. Debian's ``dataset-fashion-mnist`` package: ``/usr/share/datasets/fashion-mnist/``.

The four idx files are ``{train,t10k}-{images-idx3,labels-idx1}-ubyte``, each plain or
``.gz`` (``train-images.idx3-ubyte`` is found too).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from playground.engine import dataset_files
from playground.engine.datasets import DataNotFound, Dataset, DatasetError
from playground.engine.messages import Message

ENV_VAR = "PLAYGROUND_DATA_DIR"
SYSTEM_DATA_DIR = Path("/usr/share/datasets")  # Debian's dataset-* packages
FOLDERS = {"mnist": "mnist", "fashion_mnist": "fashion-mnist"}
CLASS_NAMES = {
    "mnist": tuple(str(d) for d in range(10)),
    "fashion_mnist": (
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Sneaker",
        "Bag",
        "Ankle boot",
    ),  # fmt: skip
}
IDX_STEMS = (  # training images and labels, test images and labels
    ("train", "images", 3),
    ("train", "labels", 1),
    ("t10k", "images", 3),
    ("t10k", "labels", 1),
)
WHAT_TO_DO = {
    "mnist": Message("copy Keras' mnist.npz into ~/.keras/datasets/"),
    "fashion_mnist": Message(
        "install Debian's dataset-fashion-mnist or copy Keras' fashion-mnist "
        "folder into ~/.keras/datasets/"
    ),
}


@dataclass(frozen=True)
class Place:
    """Where a data set may be: an ``.npz`` file with Keras' keys, or a folder of idx files."""

    path: Path
    kind: str  # "npz" or "idx"

    def files(self) -> tuple[Path, ...] | None:
        """The file(s) holding the data set here, or None when they are not all here."""
        if self.kind == "npz":
            return (self.path,) if self.path.is_file() else None
        found = [_idx_file(self.path, *stem) for stem in IDX_STEMS]
        return None if None in found else tuple(found)

    def __str__(self) -> str:
        return str(self.path) if self.kind == "npz" else f"{self.path}{os.sep}"


def _idx_file(folder: Path, part: str, what: str, dims: int) -> Path | None:
    """``folder``'s idx file of ``part`` (train/t10k) ``what`` (images/labels), if any."""
    for separator in ("-", "."):
        for suffix in (".gz", ""):
            path = folder / f"{part}-{what}{separator}idx{dims}-ubyte{suffix}"
            if path.is_file():
                return path
    return None


def _keras_datasets() -> Path:
    """Keras' download cache, as ``keras.utils.get_file`` chooses it."""
    home = os.environ.get("KERAS_HOME") or str(Path.home() / ".keras")
    return Path(home).expanduser() / "datasets"


def places(name: str) -> list[Place]:
    """Where ``name`` is looked for, in order (see the module's text)."""
    folder = FOLDERS[name]
    found: list[Place] = []
    override = os.environ.get(ENV_VAR)
    if override:
        root = Path(override).expanduser()
        found += [Place(root / f"{folder}.npz", "npz"), Place(root / folder, "idx")]
    keras = _keras_datasets()
    if name == "mnist":
        found.append(Place(keras / "mnist.npz", "npz"))
    else:
        found += [Place(keras / folder, "idx"), Place(SYSTEM_DATA_DIR / folder, "idx")]
    return found


def locate(name: str) -> tuple[Place, tuple[Path, ...]]:
    """The first place holding ``name`` and its files; DataNotFound when none does."""
    searched = places(name)
    for place in searched:
        files = place.files()
        if files is not None:
            return place, files
    looked = [str(place) for place in searched]
    if not os.environ.get(ENV_VAR):
        looked.append(Message("${variable} (not set)", variable=ENV_VAR))
    raise DataNotFound(
        Message(
            "{name} is not on this machine (looked in {places}); the playground never downloads: "
            "{what_to_do}, or use the built-in digits",
            name=name,
            places=", ".join(looked),
            what_to_do=WHAT_TO_DO[name],
        ),
        dataset=name,
        places=tuple(looked),
    )


def load_found(name: str, *, samples: int, test_samples: int) -> Dataset:
    """``mnist`` or ``fashion_mnist`` from the first place that has it: the first
    ``samples`` training and ``test_samples`` test images as rows of pixel/255, with
    one-hot targets over the ten classes."""
    place, files = locate(name)
    if place.kind == "npz":
        parts = _npz_parts(files[0], samples=samples, test_samples=test_samples)
    else:
        train = dataset_files.read_idx_pair(files[0], files[1])
        test = dataset_files.read_idx_pair(files[2], files[3])
        parts = [
            (x[:limit], y[:limit]) for (x, y), limit in ((train, samples), (test, test_samples))
        ]
    return dataset_files.labelled_dataset(
        name, parts, path=files[0], n_classes=10, class_names=CLASS_NAMES[name]
    )


def _npz_parts(path: Path, *, samples: int, test_samples: int) -> list:
    """The (images, labels) of an ``.npz`` file with Keras' four keys, cut to size."""
    keys, arrays = dataset_files.read_archive(path)
    if keys != dataset_files.KERAS_KEYS or len(arrays) != 4:
        raise DatasetError(
            Message("{file}: expected Keras' x_train, y_train, x_test and y_test", file=path.name)
        )
    parts = []
    for x_key, y_key, limit in (
        ("x_train", "y_train", samples),
        ("x_test", "y_test", test_samples),
    ):
        x, y = arrays[x_key], arrays[y_key]
        if len(x) != len(y) or not dataset_files.is_label_vector(y):
            raise DatasetError(
                Message(
                    "{file}: {y_key} must hold one whole-number label per image of {x_key}",
                    file=path.name,
                    y_key=y_key,
                    x_key=x_key,
                )
            )
        parts.append((x[:limit], y.reshape(-1)[:limit]))
    return parts
