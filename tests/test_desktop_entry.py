"""``playground --install-desktop`` writes a valid entry, icon and file type, and takes them
back; the file type claims network files by content, not every ``*.json``."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from playground import desktop_entry
from playground.desktop_entry import APP_ID, MIME_TYPE, install, user_data_dir
from playground.io.network_file import FORMAT

ROOT = Path(__file__).resolve().parent.parent
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def run_playground(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    code = "import sys; from playground.__main__ import main; sys.exit(main(sys.argv))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def test_install_with_a_prefix_writes_the_xdg_layout_and_uninstall_removes_it(tmp_path):
    result = run_playground("--install-desktop", "--prefix", str(tmp_path))
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    desktop = share / "applications" / "nn-playground.desktop"
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / "nn-playground.svg"
    mime = share / "mime" / "packages" / "nn-playground.xml"
    png = share / "icons" / "hicolor" / "48x48" / "apps" / "nn-playground.png"
    for path in (desktop, svg, mime, png):
        assert path.is_file(), path
        assert f"installed {path}" in result.stdout
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "nn-playground.svg").read_bytes()

    result = run_playground("--uninstall-desktop", "--prefix", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for path in (desktop, svg, mime, png):
        assert not path.exists(), path
        assert f"removed {path}" in result.stdout


def test_installing_loads_no_qt(tmp_path):
    code = (
        "import sys; from playground.__main__ import main; "
        f"main(['playground', '--install-desktop', '--prefix', {str(tmp_path)!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.splitlines()[-1] == "[]", result.stderr


def test_the_desktop_entry_opens_network_files_with_the_playground(tmp_path):
    install(tmp_path / "share")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(tmp_path / "share" / "applications" / "nn-playground.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].endswith("playground %f")
    assert Path(section["Exec"].removesuffix(" %f")).name == "playground"
    assert section["Icon"] == APP_ID
    assert section["MimeType"] == f"{MIME_TYPE};"
    assert section["Categories"] == "Education;Science;"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry(tmp_path):
    install(tmp_path / "share")
    desktop = tmp_path / "share" / "applications" / "nn-playground.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    # Hints only: the playground belongs under both main categories, Education and Science.
    complaints = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert complaints == []


def test_the_mime_type_matches_the_format_line_not_every_json(tmp_path):
    install(tmp_path / "share")
    tree = ET.parse(tmp_path / "share" / "mime" / "packages" / "nn-playground.xml")
    (mime_type,) = tree.getroot().findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime_type.findall(f"{MIME_NS}glob") == []  # the format has no suffix of its own
    matches = mime_type.findall(f"{MIME_NS}magic/{MIME_NS}match")
    values = {match.get("value") for match in matches}
    assert values == {f'"format": "{FORMAT}"', f'"format":"{FORMAT}"'}
    assert all(match.get("type") == "string" for match in matches)
    start, end = (int(n) for n in matches[0].get("offset").split(":"))
    example = (ROOT / "resources" / "examples" / "xor.json").read_text(encoding="utf-8")
    position = example.index(f'"format": "{FORMAT}"')
    assert start <= position <= end  # a saved file's format line lies in the range searched


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info")
def test_the_mime_database_built_from_the_package_knows_the_type(tmp_path):
    install(tmp_path / "share")
    mime = tmp_path / "share" / "mime"
    assert (mime / "mime.cache").is_file()  # update-mime-database ran
    types = (mime / "types").read_text(encoding="utf-8").split()
    assert MIME_TYPE in types


def test_user_install_follows_xdg_data_home(tmp_path):
    assert user_data_dir({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert user_data_dir({}) == Path.home() / ".local" / "share"
    assert user_data_dir({"XDG_DATA_HOME": "relative/ignored"}) == (
        Path.home() / ".local" / "share"
    )
    result = run_playground("--install-desktop", "--user", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "applications" / "nn-playground.desktop").is_file()
    result = run_playground("--uninstall-desktop", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "applications" / "nn-playground.desktop").exists()


def test_the_window_icon_is_the_installed_svg():
    from playground.ui.main_window import ICON

    assert ICON == desktop_entry.SVG_ICON
    assert ET.parse(ICON).getroot().tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.skipif(shutil.which("gio") is None, reason="no gio (GLib)")
def test_glib_recognises_a_network_file_by_its_content_and_leaves_other_json_alone(tmp_path):
    install(tmp_path / "share")
    network = tmp_path / "xor.json"
    network.write_bytes((ROOT / "resources" / "examples" / "xor.json").read_bytes())
    other = tmp_path / "other.json"
    other.write_text('{"name": "not a network"}\n', encoding="utf-8")
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share"}

    def content_type(path: Path) -> str:
        result = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
        )
        return result.stdout.rsplit(":", 1)[-1].strip()

    assert content_type(network) == MIME_TYPE
    assert content_type(other) == "application/json"


def test_a_wrong_option_is_one_error_line(tmp_path):
    result = run_playground("--install-desktop", "--prefix")
    assert result.returncode == 2
    assert result.stderr == "error: argument --prefix: expected one argument\n"
