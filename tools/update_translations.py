"""Bring the translations up to date with the sources, and compile them.

    .venv/bin/python tools/update_translations.py          # update .ts, then build .qm
    .venv/bin/python tools/update_translations.py --check  # exit 1 if anything is missing
    .venv/bin/python tools/update_translations.py --fill ko texts.json  # add translations

``pyside6-lupdate`` reads every ``self.tr("…")``, ``QCoreApplication.translate(…)`` and
``QT_TRANSLATE_NOOP(…)`` of ``playground/``; the templates of the engine's, the loader's and
the document's ``Message("…", …)`` (which cannot import Qt) are collected here from the
sources and handed to lupdate in context ``Message``. New texts come in unfinished; a
translator fills them in ``resources/translations/playground_<lang>.ts`` (Qt Linguist, or
any editor), and ``pyside6-lrelease`` compiles each into the ``.qm`` the app loads.
``--check`` updates a copy instead and reports texts that are new, unfinished or empty.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "playground"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (pip install PySide6-Essentials)")
    return found


def message_templates(root: Path = SOURCES) -> list[str]:
    """Every literal first argument of a ``Message(...)`` call under ``root``, in order."""
    found: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    return list(found)


def update(ts: Path) -> None:
    """Run lupdate over the sources (and the message templates) into ``ts``."""
    with tempfile.TemporaryDirectory() as scratch:
        catalogue = Path(scratch) / "messages.py"
        catalogue.write_text(
            "".join(f'QT_TRANSLATE_NOOP("Message", {t!r})\n' for t in message_templates()),
            encoding="utf-8",
        )
        files = [str(p) for p in sorted(SOURCES.rglob("*.py"))] + [str(catalogue)]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                ts.stem.split("_")[-1],
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def problems(ts: Path) -> list[str]:
    """The texts of ``ts`` that have no finished translation."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished",)
            if unfinished or not (translation.text or "").strip():
                found.append(f"{name}: {message.findtext('source')!r}")
    return found


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Put ``translations`` ({context: {source: text}}) into ``ts``; how many were used."""
    tree = ET.parse(ts)
    used = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if text is None or not text.strip():
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            used += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    parser.add_argument(
        "--fill", nargs=2, metavar=("LANG", "JSON"), help="add {context: {source: text}}"
    )
    args = parser.parse_args(argv)
    if args.fill:
        language, source = args.fill
        ts = TRANSLATIONS / f"playground_{language}.ts"
        update(ts)
        used = fill(ts, json.loads(Path(source).read_text(encoding="utf-8")))
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {used} translations filled in, {len(problems(ts))} still missing")
        return 0
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"playground_{language}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / ts.name
                shutil.copy(ts, copy)
                update(copy)
                missing = problems(copy)
        else:
            update(ts)
            release(ts, ts.with_suffix(".qm"))
            missing = problems(ts)
        for line in missing:
            print(f"{ts.name}: not translated: {line}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
