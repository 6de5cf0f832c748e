"""Every command README.md shows a newcomer is run here, as written (paths made absolute,
outputs into a temporary folder), and every lesson and example it names exists."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from playground.lessons import list_lessons

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def cli_commands() -> list[str]:
    """The ``playground-cli …`` lines of README's shell blocks, comments cut off."""
    lines = []
    for block in code_blocks("bash"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("playground-cli "):
                lines.append(command)
    return lines


def test_readme_shows_the_command_line():
    assert len(cli_commands()) >= 5


@pytest.mark.parametrize("command", cli_commands())
def test_each_cli_command_of_the_readme_runs(command, tmp_path):
    words = shlex.split(command)[1:]
    words = [str(ROOT / w) if w.startswith("resources/") else w for w in words]
    done = subprocess.run(
        [sys.executable, "-m", "playground.cli", *words],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_the_notebook_example_of_the_readme_runs():
    blocks = [b for b in code_blocks("python") if "from playground.engine import" in b]
    assert blocks
    namespace: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)  # noqa: S102 (our README)
    trace = namespace["trace"]
    assert trace.loss == pytest.approx(0.298371108760003)
    assert trace.layers[1].grad_weights[0, 0] == pytest.approx(0.0821670405)


def test_every_lesson_and_example_file_the_readme_names_exists():
    ids = {entry.id for entry in list_lessons()}
    named = set(re.findall(r"lesson check ([a-z0-9][\w-]+)", README))
    assert named and named <= ids
    for path in re.findall(r"resources/[\w/.-]+\.(?:json|npz)", README):
        assert (ROOT / path).is_file(), path


def test_the_desktop_entry_commands_run(tmp_path):
    """README's install and uninstall lines, into a private XDG data folder."""
    lines = [
        line.split("#")[0].split()
        for block in code_blocks("bash")
        for line in block.splitlines()
        if "--install-desktop" in line or "--uninstall-desktop" in line
    ]
    assert len(lines) == 2
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    for words in lines:
        option = words[-1]
        done = subprocess.run(
            [sys.executable, "-m", "playground", option],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode == 0, done.stderr
    assert not list((tmp_path / "applications").glob("*.desktop"))  # uninstalled again
