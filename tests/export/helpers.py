"""What the export tests share: the CLI run in-process, a script run in a subprocess, and
the numbers ``train --json`` and a script report, in one shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from playground.cli import main

BIG_DATA = ("digits", "mnist", "fashion_mnist")  # thousands of samples: train few epochs


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def start_script(source: str, folder: Path) -> subprocess.Popen:
    """Write ``source`` to ``folder``/script.py and start it with this Python in a folder
    of its own, not waiting."""
    script = folder / "script.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script)],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def script_result(process: subprocess.Popen) -> dict:
    """The JSON object a script printed as its last line (it must exit 0)."""
    out, err = process.communicate()
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def train_result(capsys, path: str, epochs: int) -> dict:
    """``playground-cli train PATH --epochs N --json`` as a script reports it: the loss, and
    per layer after the inputs its weights and biases."""
    status, out, err = cli(capsys, "train", path, "--epochs", str(epochs), "--json")
    assert status == 0, err
    result = json.loads(out)
    layers = result["network"]["layers"][1:]
    return {
        "loss": result["loss"],
        "weights": [layer["weights"] for layer in layers],
        "biases": [layer["bias"] for layer in layers],
    }


def write_json(path, doc: dict) -> str:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)
