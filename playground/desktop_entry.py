"""``playground --install-desktop``: the freedesktop menu entry, icon and file type.

Installs, under an XDG data folder (``~/.local/share`` or ``$XDG_DATA_HOME`` with
``--user``, the default; ``DIR/share`` with ``--prefix DIR``)::

    applications/nn-playground.desktop             the menu entry, opening network files
    icons/hicolor/scalable/apps/nn-playground.svg   the icon (and PNG sizes beside it)
    mime/packages/nn-playground.xml                 application/x-nn-playground

The file type claims a JSON file by its content, ``"format": "nn-playground/network"``, not
by its name: the format has no suffix of its own, and ``*.json`` is everyone's.
``--uninstall-desktop`` removes the same files. No Qt is loaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from playground.io.network_file import FORMAT
from playground.paths import resource_path

APP_ID = "nn-playground"
MIME_TYPE = "application/x-nn-playground"
ICONS = resource_path("icons")
SVG_ICON = ICONS / f"{APP_ID}.svg"
MAGIC_RANGE = "0:2048"  # "format" comes first in a saved file; hand-written ones vary


def main(args: Sequence[str]) -> int:
    """``playground --install-desktop [--user | --prefix DIR]`` or ``--uninstall-desktop``."""
    parser = argparse.ArgumentParser(prog="playground", description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--install-desktop", action="store_true")
    action.add_argument("--uninstall-desktop", action="store_true")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="~/.local/share (the default)")
    where.add_argument("--prefix", type=Path, help="DIR/share, e.g. /usr/local")
    parser.error = _usage_error
    options = parser.parse_args(list(args))
    data_dir = options.prefix / "share" if options.prefix else user_data_dir()
    try:
        if options.install_desktop:
            paths = install(data_dir)
        else:
            paths = uninstall(data_dir)
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    verb = "installed" if options.install_desktop else "removed"
    for path in paths:
        print(f"{verb} {path}")
    return 0


def user_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if Path(value).is_absolute() else Path.home() / ".local" / "share"


def installed_files(data_dir: Path) -> dict[Path, Path | str]:
    """Each file the entry consists of, and its source: a resource to copy or text."""
    files: dict[Path, Path | str] = {
        data_dir / "applications" / f"{APP_ID}.desktop": desktop_entry(),
        data_dir / "mime" / "packages" / f"{APP_ID}.xml": mime_package(),
        data_dir / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": SVG_ICON,
    }
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        files[data_dir / "icons" / png.relative_to(ICONS)] = png
    return files


def install(data_dir: Path) -> list[Path]:
    """Writes the entry, icons and file type under ``data_dir``; refreshes the caches."""
    files = installed_files(data_dir)
    for target, source in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target)
        else:
            target.write_text(source, encoding="utf-8")
    refresh_caches(data_dir)
    return list(files)


def uninstall(data_dir: Path) -> list[Path]:
    """Removes what :func:`install` wrote (what is there of it); refreshes the caches."""
    removed = []
    for target in installed_files(data_dir):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh_caches(data_dir)
    return removed


def refresh_caches(data_dir: Path) -> None:
    """Runs the desktop, MIME and icon cache tools that exist; skips the others."""
    commands = [
        ["update-desktop-database", "-q", str(data_dir / "applications")],
        ["update-mime-database", str(data_dir / "mime")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(data_dir / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, capture_output=True, check=False)


def desktop_entry() -> str:
    """The ``.desktop`` file: opens the playground, and network files given to it."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Neural Network Playground",
            "Name[ko]=신경망 플레이그라운드",
            "GenericName=Neural network trainer",
            "Comment=Draw a network, step forward, backward and update, and check every number",
            f"Exec={_exec_command()} %f",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Education;Science;",
            f"MimeType={MIME_TYPE};",
            "Keywords=neural;network;backpropagation;gradient;deep learning;",
            "StartupNotify=true",
            "",
        ]
    )


def mime_package() -> str:
    """The shared-mime-info package: network files, recognised by their ``format`` line."""
    matches = "\n".join(
        f'      <match type="string" offset="{MAGIC_RANGE}" value={quoteattr(text)}/>'
        for text in (f'"format": "{FORMAT}"', f'"format":"{FORMAT}"')
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Neural Network Playground network</comment>
    <comment xml:lang="ko">신경망 플레이그라운드 네트워크</comment>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <magic priority="80">
{matches}
    </magic>
  </mime-type>
</mime-info>
"""


def _usage_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def _exec_command() -> str:
    """The ``playground`` launcher beside this Python (a venv's is not on the menu's PATH),
    else the bare name."""
    beside = Path(sys.executable).parent / "playground"
    if not beside.is_file():
        return "playground"
    text = str(beside)
    if any(c in text for c in ' \t"`$\\'):
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'
    return text
