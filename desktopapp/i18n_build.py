"""Regenerate the translation files: .py sources -> .ts (lupdate) -> .qm (lrelease).

    python -m desktopapp.i18n_build            # update .ts, apply catalogs, build .qm
    python -m desktopapp.i18n_build --check    # exit 1 if a Japanese string is untranslated

The .ts files are the source of truth for translations (Qt Linguist edits them; lupdate
keeps what is there). So that several people can add Japanese without editing one XML
file at once, ``resources/translations/catalog_<lang>_*.json`` files also feed it:
``{"Context": {"English source": "翻訳"}}``; a catalog entry wins over the .ts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGS = {"ja": "ja_JP", "en": "en_US"}


def sources() -> list[Path]:
    """Every file with user-visible strings: the Qt shell and the composition root."""
    ui = sorted((ROOT / "desktopapp" / "ui").rglob("*.py"))
    return [*ui, ROOT / "desktopapp" / "app.py"]


def tool(name: str) -> str:
    """pyside6-<name> from this venv's bin, else the binary inside the PySide6 package."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        for candidate in (package / name, package / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    raise FileNotFoundError(f"pyside6-{name} not found; install PySide6-Essentials")


def lupdate(lang: str, files: list[Path]) -> Path:
    ts = OUT / f"creditfuel_{lang}.ts"
    OUT.mkdir(parents=True, exist_ok=True)
    # No line numbers: the .ts then changes only when a string does, not on every edit.
    cmd = [
        tool("lupdate"), *map(str, files), "-locations", "none",
        "-target-language", LANGS[lang], "-ts", str(ts),
    ]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
    return ts


def catalogs(lang: str) -> dict[tuple[str, str], str]:
    merged: dict[tuple[str, str], str] = {}
    for path in sorted(OUT.glob(f"catalog_{lang}_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, translation in entries.items():
                merged[(context, source)] = translation
    return merged


def apply_catalogs(ts: Path, entries: dict[tuple[str, str], str]) -> int:
    """Write catalog translations into the .ts; returns how many messages changed."""
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            wanted = entries.get((name, source))
            translation = message.find("translation")
            if wanted is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                continue  # plural forms are edited in the .ts itself
            if translation.text != wanted or translation.get("type") == "unfinished":
                translation.text = wanted
                translation.attrib.pop("type", None)
                changed += 1
    # Always written in one layout (not only when something changed): lupdate's own
    # layout differs, and a build must leave an unchanged .ts byte-for-byte alone.
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with ts.open("r+", encoding="utf-8") as f:  # lupdate's doctype, which ET drops
        text = f.read().replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    return changed


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of messages still unfinished (obsolete ones do not count)."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            empty = not (translation.text or "").strip() and not list(translation)
            if kind == "unfinished" or empty:
                missing.append((name, message.findtext("source", "")))
    return missing


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True
    )
    return qm


def build(check: bool = False) -> int:
    files = [f for f in sources() if f.exists()]
    status = 0
    for lang in LANGS:
        ts = lupdate(lang, files)
        changed = apply_catalogs(ts, catalogs(lang))
        qm = lrelease(ts)
        missing = untranslated(ts) if lang == "ja" else []
        print(f"{ts.name}: {changed} from catalogs, {len(missing)} untranslated -> {qm.name}")
        if missing and check:
            for context, source in missing:
                print(f"  untranslated [{context}] {source!r}")
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--check", action="store_true", help="fail on untranslated Japanese")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return build(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
