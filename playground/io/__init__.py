"""The version 1 network file: load (checked, precise errors) and save (atomic, exact bits).

>>> from playground.io import load, save
>>> playground_file = load("resources/examples/classic-2-2-2.json")
>>> trainer = playground_file.make_trainer()
"""

from playground.io.data_source import DATA_KINDS, DataSource
from playground.io.network_file import (
    FORMAT,
    VERSION,
    PlaygroundFile,
    TrainingSettings,
    build_trainer,
    dumps,
    from_dict,
    load,
    loads,
    save,
    to_dict,
)
from playground.io.validation import NetworkFileError

__all__ = [
    "DATA_KINDS",
    "FORMAT",
    "VERSION",
    "DataSource",
    "NetworkFileError",
    "PlaygroundFile",
    "TrainingSettings",
    "build_trainer",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "save",
    "to_dict",
]
