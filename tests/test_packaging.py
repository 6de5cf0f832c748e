"""``pip install .`` ships what the app reads: every lesson, example, dataset and icon.

``resources/`` stays at the repository root; ``pyproject.toml`` maps it to the data package
``playground._resources`` and ``playground/paths.py`` looks there first. The wheel test builds
a real wheel (setuptools' PEP 517 backend, no network) from a copy of the sources and reads
its file list.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from playground import paths

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
DATA_PACKAGE = "playground._resources"


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def resource_files() -> list[str]:
    """Every file the app may read from resources/, relative to it (its Python helpers,
    such as the icon renderer, are for developers and stay out)."""
    return sorted(
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    )


def test_every_package_is_listed():
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "playground").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(setuptools_config()["packages"])
    missing = sorted(on_disk - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert listed - {DATA_PACKAGE} == on_disk
    assert DATA_PACKAGE in listed


def test_resources_install_as_the_data_package():
    config = setuptools_config()
    assert config["package-dir"] == {DATA_PACKAGE: "resources"}
    assert config["package-data"][DATA_PACKAGE] == ["**/*"]
    for folder in ("lessons", "examples", "datasets", "icons"):
        assert (RESOURCES / folder).is_dir(), folder


def test_a_checkout_reads_the_repository_resources():
    assert not (ROOT / "playground" / "_resources").exists()
    assert paths.RESOURCES == RESOURCES
    assert paths.resource_path("lessons", "classic-2-2-2.json").is_file()


def test_installed_resources_come_first(tmp_path):
    installed, checkout = tmp_path / "_resources", tmp_path / "resources"
    checkout.mkdir()
    assert paths.find_resources(installed=installed, checkout=checkout) == checkout
    installed.mkdir()
    assert paths.find_resources(installed=installed, checkout=checkout) == installed


def _wheel_backend_problem() -> str | None:
    """Why setuptools here cannot build a wheel, or None."""
    try:
        import setuptools
    except ImportError:
        return "setuptools is not installed"
    try:
        import setuptools.command.bdist_wheel  # noqa: F401 (setuptools >= 70.1)
    except ImportError:
        try:
            import wheel  # noqa: F401 (older setuptools build wheels with it)
        except ImportError:
            return f"setuptools {setuptools.__version__} builds no wheel without `wheel`"
    return None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel ``pip install .`` would install, built from a copy of the sources."""
    problem = _wheel_backend_problem()
    if problem:
        pytest.skip(problem)
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("playground", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    build = "import sys, setuptools.build_meta as b; print(b.build_wheel(sys.argv[1]))"
    result = subprocess.run(
        [sys.executable, "-c", build, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with zipfile.ZipFile(out / result.stdout.strip().splitlines()[-1]) as archive:
        yield archive


def test_the_wheel_carries_every_resource(wheel):
    prefix = "playground/_resources/"
    shipped = sorted(name[len(prefix) :] for name in wheel.namelist() if name.startswith(prefix))
    assert shipped == resource_files()
    for needed in (
        "lessons/classic-2-2-2.json",
        "examples/xor.json",
        "datasets/digits.npz",
        "icons/nn-playground.svg",
    ):
        assert needed in shipped


def test_the_wheel_carries_every_module(wheel):
    modules = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "playground").rglob("*.py")
        if "__pycache__" not in path.parts
    )
    shipped = set(wheel.namelist())
    assert [module for module in modules if module not in shipped] == []
    assert not [name for name in shipped if name.startswith(("resources/", "tests/"))]


def test_the_wheel_installs_both_commands(wheel):
    entry_points = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    text = wheel.read(entry_points).decode()
    console = text.split("[console_scripts]")[1].split("[")[0]
    gui = text.split("[gui_scripts]")[1].split("[")[0]
    assert "playground-cli = playground.cli:main" in console
    assert "playground = playground.__main__:main" in gui
