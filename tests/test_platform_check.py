"""The xcb plugin check reads the installed plugin, names what is missing and how to get it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from playground.platform_check import (
    PACKAGES,
    Resolver,
    StartupProblem,
    describe,
    linked_libraries,
    linker_dirs,
    missing_libraries,
    plugin_files,
    read_dynamic,
    startup_problem,
)

ROOT = Path(__file__).resolve().parent.parent
FILES = plugin_files()
needs_plugin = pytest.mark.skipif(len(FILES) != 2, reason="PySide6's xcb plugin not installed")


@needs_plugin
def test_every_library_the_plugin_links_has_a_package_named_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = linked_libraries(FILES)
    assert "libxcb-icccm.so.4" in linked and "libxcb-keysyms.so.1" in linked
    for name in linked:
        assert name in PACKAGES, f"{name}: no Debian package in platform_check.PACKAGES"
        assert re.search(rf"(?<![\w-]){re.escape(PACKAGES[name])}(?![\w-])", readme), (
            f"README does not name {PACKAGES[name]} ({name})"
        )
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"):
        assert package in {PACKAGES[name] for name in linked}


@needs_plugin
def test_the_plugin_needs_its_qt_library_found_on_its_runpath():
    needed, runpath = read_dynamic(FILES[0])
    assert "libQt6XcbQpa.so.6" in needed
    assert any((folder / "libQt6XcbQpa.so.6").is_file() for folder in runpath)
    assert "libQt6XcbQpa.so.6" not in linked_libraries(FILES)  # Qt's own, not the system's


@needs_plugin
@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_reading_the_elf_files_finds_what_ldd_finds():
    by_ldd = missing_libraries(FILES)
    by_elf = missing_libraries(FILES, search_dirs=linker_dirs())
    assert sorted(by_elf) == sorted(by_ldd)


@needs_plugin
def test_libraries_missing_from_the_search_path_are_named_with_their_packages(tmp_path):
    """A folder that holds every library the plugin needs but two (links to the real ones):
    exactly those two are missing, and the message installs their packages."""
    real = linker_dirs()
    for name in _closure(FILES, real):
        if name not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            (tmp_path / name).symlink_to(Resolver.find(name, real))
    missing = missing_libraries(FILES, search_dirs=[tmp_path])
    assert sorted(missing) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    line = startup_problem(environ={"DISPLAY": ":0"}, search_dirs=[tmp_path])
    assert line == (
        "error: Qt's xcb platform plugin cannot load: missing libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1; install with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )
    assert "\n" not in line


@needs_plugin
def test_on_wayland_a_missing_x11_library_is_a_note_not_a_stop(tmp_path):
    line = startup_problem(environ={"WAYLAND_DISPLAY": "wayland-0"}, search_dirs=[tmp_path])
    assert line.startswith("note: Qt's xcb platform plugin cannot load: missing ")


def test_a_library_without_a_known_package_is_still_named():
    assert describe(["libfoo.so.3"]) == (
        "Qt's xcb platform plugin cannot load: missing libfoo.so.3"
    )
    assert describe(["libfoo.so.3", "libX11.so.6"]).endswith(
        "; install with: sudo apt-get install libx11-6"
    )


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
        {},  # no display at all: Qt's own message is the right one
    ],
)
def test_no_check_where_qt_will_not_use_xcb(environ, tmp_path):
    assert startup_problem(environ=environ, search_dirs=[tmp_path]) is None


@needs_plugin
def test_the_installed_plugin_loads_here_so_there_is_nothing_to_say():
    if missing_libraries(FILES):
        pytest.skip("this machine lacks some of the plugin's libraries")
    assert startup_problem(environ={"DISPLAY": ":0"}) is None


def test_the_check_imports_no_qt():
    code = (
        "import sys; from playground import platform_check; "
        "platform_check.startup_problem(environ={'DISPLAY': ':0'}); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _closure(files, dirs) -> set[str]:
    """Every library name ``files`` need, directly or not, resolved in ``dirs``."""
    names: set[str] = set()
    todo, seen = list(files), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        needed, runpath = read_dynamic(path)
        for name in needed:
            found = Resolver.find(name, [*runpath, *dirs])
            if found is not None:
                todo.append(found)
                if not any((folder / name).exists() for folder in runpath):
                    names.add(name)
    return names


def test_playground_stops_with_the_one_line_before_qt_starts(monkeypatch, capsys):
    from playground import __main__ as entry
    from playground import platform_check

    line = describe(["libxcb-icccm.so.4"])
    monkeypatch.setattr(
        platform_check, "startup_problem", lambda: StartupProblem(f"error: {line}", fatal=True)
    )
    assert entry.main(["playground"]) == 1
    assert capsys.readouterr().err == f"error: {line}\n"
