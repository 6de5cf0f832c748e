"""Before the window opens: can Qt's xcb platform plugin load, and if not, what is missing?

Qt's own message when its X11 plugin cannot load names a guess (``libxcb-cursor0``), not the
libraries that are missing. This module reads them off the installed plugin instead: the
plugin ``PySide6/Qt/plugins/platforms/libqxcb.so`` and ``libQt6XcbQpa.so*`` beside Qt, with
``ldd`` where it exists, else by resolving each ELF file's ``DT_NEEDED`` entries against its
``RUNPATH`` and the linker's directories, and says in one line which Debian/Ubuntu packages
hold them. The check costs one ``dlopen`` of the plugin when all is well, which Qt does a
moment later anyway. No Qt is imported here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

# glob, platform, shutil, struct, subprocess and sysconfig are imported where the check
# failed: start-up pays for none of them.

# The shared libraries the xcb plugin links (and a few they link), and the Debian/Ubuntu
# package of each. README's system-packages line names every one of these packages.
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
}
# The C and C++ run-time every program has: never the missing piece worth naming.
RUNTIME = re.compile(r"^(libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|ld-linux.*)\.so")
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


class StartupProblem(str):
    """The line to print; ``fatal``: the window cannot open (exit 1), else only a note."""

    fatal: bool

    def __new__(cls, line: str, *, fatal: bool) -> StartupProblem:
        problem = super().__new__(cls, line)
        problem.fatal = fatal
        return problem


def startup_problem(
    *, environ: Mapping[str, str] | None = None, search_dirs: Sequence[Path] | None = None
) -> StartupProblem | None:
    """One line for the user when Qt is going to use xcb and its plugin cannot load, else
    None. ``search_dirs`` replaces the linker's directories (tests)."""
    environ = os.environ if environ is None else environ
    if environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return None
    files = plugin_files()
    if not files or (search_dirs is None and _loads(files[0])):
        return None
    import struct

    try:
        missing = missing_libraries(files, search_dirs=search_dirs)
    except (OSError, ValueError, IndexError, struct.error):
        return None  # an odd file: Qt's own message is better than a traceback
    if not missing:
        return None  # something else is wrong: Qt's own message says what
    if environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in environ:
        # Qt may still open the window on Wayland
        return StartupProblem(f"note: {describe(missing)}", fatal=False)
    return StartupProblem(f"error: {describe(missing)}", fatal=True)


def describe(missing: Sequence[str]) -> str:
    """Which libraries are missing and the apt command that installs them, in one line."""
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    text = f"Qt's xcb platform plugin cannot load: missing {', '.join(sorted(missing))}"
    if packages:
        text += f"; install with: sudo apt-get install {' '.join(packages)}"
    return text


def plugin_files(qt_dir: Path | None = None) -> list[Path]:
    """The installed xcb plugin and its ``libQt6XcbQpa.so*``, those that exist."""
    qt_dir = qt_directory() if qt_dir is None else qt_dir
    if qt_dir is None:
        return []
    plugin = qt_dir / "plugins" / "platforms" / "libqxcb.so"
    qpa = sorted((qt_dir / "lib").glob("libQt6XcbQpa.so*"))
    return [path for path in [plugin, *qpa[:1]] if path.is_file()]


def qt_directory() -> Path | None:
    """PySide6's ``Qt`` folder, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(
    files: Sequence[Path], *, search_dirs: Sequence[Path] | None = None
) -> list[str]:
    """The shared libraries ``files`` need, directly or not, that the linker cannot find."""
    import shutil
    import subprocess

    if search_dirs is None and shutil.which("ldd"):
        found: dict[str, None] = {}
        for path in files:
            result = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
            found.update(dict.fromkeys(NOT_FOUND.findall(result.stdout)))
        return list(found)
    resolver = Resolver(linker_dirs() if search_dirs is None else search_dirs)
    return resolver.missing(files)


def linked_libraries(files: Sequence[Path]) -> list[str]:
    """The system libraries ``files`` link directly: neither Qt's own (found on their
    ``RUNPATH``) nor the C/C++ run-time."""
    names: dict[str, None] = {}
    for path in files:
        needed, runpath = read_dynamic(path)
        for name in needed:
            if not RUNTIME.match(name) and not any((d / name).exists() for d in runpath):
                names[name] = None
    return list(names)


class Resolver:
    """Resolves ``DT_NEEDED`` names as the dynamic linker does, roughly: each file's own
    ``RUNPATH``/``RPATH``, then ``dirs``; transitively."""

    def __init__(self, dirs: Sequence[Path]) -> None:
        self.dirs = [Path(d) for d in dirs]

    def missing(self, files: Sequence[Path]) -> list[str]:
        missing: dict[str, None] = {}
        seen: set[Path] = set()
        todo = [Path(f) for f in files]
        while todo:
            path = todo.pop()
            if path in seen:
                continue
            seen.add(path)
            needed, runpath = read_dynamic(path)
            for name in needed:
                found = self.find(name, [*runpath, *self.dirs])
                if found is None:
                    missing[name] = None
                else:
                    todo.append(found)
        return list(missing)

    @staticmethod
    def find(name: str, dirs: Sequence[Path]) -> Path | None:
        for directory in dirs:
            candidate = directory / name
            if candidate.exists():
                return candidate.resolve()
        return None


def read_dynamic(path: Path) -> tuple[list[str], list[Path]]:
    """An ELF file's ``DT_NEEDED`` names and its ``RUNPATH``/``RPATH`` folders (``$ORIGIN``
    replaced), from its ``SHT_DYNAMIC`` section and the string table that section links."""
    import struct

    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return [], []
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        section, entry = end + "IIQQQQIIQQ", end + "qQ"
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        section, entry = end + "IIIIIIIIII", end + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    paths: list[str] = []
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == 0:  # DT_NULL
                break
            if tag not in (1, 15, 29):  # DT_NEEDED, DT_RPATH, DT_RUNPATH: strings
                continue
            text = data[strings + value : data.index(b"\0", strings + value)].decode()
            (needed if tag == 1 else paths).extend([text] if tag == 1 else text.split(":"))
    origin = str(Path(path).parent)
    runpath = [Path(p.replace("$ORIGIN", origin).replace("${ORIGIN}", origin)) for p in paths]
    return needed, runpath


def linker_dirs() -> list[Path]:
    """The folders the dynamic linker searches: ``/etc/ld.so.conf``'s, then the standard."""
    import platform
    import sysconfig

    arch = sysconfig.get_config_var("MULTIARCH") or f"{platform.machine()}-linux-gnu"
    dirs = [Path(d) for d in _ld_so_conf(Path("/etc/ld.so.conf"), depth=0)]
    for base in ("/lib", "/usr/lib"):
        dirs += [Path(base, arch), Path(f"{base}64"), Path(base)]
    return list(dict.fromkeys(d for d in dirs if d.is_dir()))


def _ld_so_conf(path: Path, *, depth: int) -> list[str]:
    import glob

    try:
        lines = path.read_text().splitlines()
    except OSError:
        return []
    dirs: list[str] = []
    for line in (line.split("#", 1)[0].strip() for line in lines):
        if line.startswith("include ") and depth < 4:
            for included in sorted(glob.glob(line.split(None, 1)[1])):
                dirs += _ld_so_conf(Path(included), depth=depth + 1)
        elif line.startswith("/"):
            dirs.append(line)
    return dirs


def _loads(plugin: Path) -> bool:
    """Whether the dynamic linker loads the plugin: the whole check when all is well."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True
