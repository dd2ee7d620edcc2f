"""Build the translations: Qt .ts -> .qm and gettext .po -> .mo.

    python -m desktopapp.i18n.build            # lupdate, lrelease, compile the .po files
    python -m desktopapp.i18n.build --check    # also exit 1 if a Japanese text is missing

Sources translators edit, which no build rewrites except lupdate's own sync of the .ts:
- desktopapp/resources/translations/creditfuel_<lang>.ts  widget chrome (Qt Linguist);
  lupdate adds new source strings as unfinished and, with -no-obsolete, drops vanished ones.
- desktopapp/i18n/locale/<lang>/LC_MESSAGES/<domain>.po     the words both faces show.
Outputs (committed too, so an install from git or an sdist needs no Qt tools):
- desktopapp/resources/translations/creditfuel_<lang>.qm
- desktopapp/resources/locale/<lang>/LC_MESSAGES/<domain>.mo
An output is written only when its bytes change: building twice changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktopapp.i18n import po

PACKAGE = Path(__file__).resolve().parent.parent
QT_LANGS = {"ja": "ja_JP", "en": "en_US"}


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


def qt_sources(package: Path) -> list[Path]:
    """Every file with widget strings (tr/translate): the Qt shell and the composition root."""
    return [*sorted((package / "ui").rglob("*.py")), package / "app.py"]


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def lupdate(package: Path, lang: str) -> Path:
    ts = package / "resources" / "translations" / f"creditfuel_{lang}.ts"
    files = [str(f.relative_to(package)) for f in qt_sources(package) if f.exists()]
    # No line numbers (the .ts changes only when a string does) and no vanished entries.
    cmd = [
        tool("lupdate"), *files, "-locations", "none", "-no-obsolete", "-silent",
        "-source-language", "en_US", "-target-language", QT_LANGS[lang],
        "-ts", str(ts),
    ]
    subprocess.run(cmd, check=True, cwd=package, capture_output=True, text=True)
    return ts


def lrelease(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    scratch = ts.with_suffix(".qm.new")
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts), "-qm", str(scratch)],
        check=True, capture_output=True, text=True,
    )
    changed = _write_if_changed(qm, scratch.read_bytes())
    scratch.unlink()
    return changed


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of messages without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            empty = not (translation.text or "").strip() and not list(translation)
            if translation.get("type") == "unfinished" or empty:
                missing.append((name, message.findtext("source", "")))
    return missing


def po_files(package: Path) -> list[Path]:
    return sorted((package / "i18n" / "locale").glob("*/LC_MESSAGES/*.po"))


def mo_path(package: Path, source: Path) -> Path:
    lang, domain = source.parent.parent.name, source.stem
    return package / "resources" / "locale" / lang / "LC_MESSAGES" / f"{domain}.mo"


def compile_po(package: Path) -> list[Path]:
    """Every .po to its .mo; returns the .mo files whose bytes changed."""
    changed = []
    for source in po_files(package):
        target = mo_path(package, source)
        if _write_if_changed(target, po.mo_bytes(po.read(source))):
            changed.append(target)
    return changed


def help_texts(package: Path) -> set[str]:
    """The English of every ``help_text("...")`` in desktopapp/cli (msgids of the help .po)."""
    found: set[str] = set()
    for path in sorted((package / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "help_text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def missing_po(package: Path) -> list[str]:
    """What Japanese lacks: codes English has, and help texts the CLI marks."""
    locale = package / "i18n" / "locale"
    ja = {e.key for e in po.read(locale / "ja/LC_MESSAGES/creditfuel.po") if e.translated}
    en = {e.key for e in po.read(locale / "en/LC_MESSAGES/creditfuel.po") if e.msgid}
    help_po = locale / "ja/LC_MESSAGES/creditfuel_help.po"
    helps = {e.msgid for e in po.read(help_po) if e.translated} if help_po.exists() else set()
    return sorted(en - ja) + sorted(f"--help: {t}" for t in help_texts(package) - helps)


def build(package: Path = PACKAGE, check: bool = False) -> int:
    status = 0
    for lang in QT_LANGS:
        ts = lupdate(package, lang)
        qm_changed = lrelease(ts)
        missing = unfinished(ts) if lang == "ja" else []
        print(f"{ts.name}: {len(missing)} unfinished, .qm {'updated' if qm_changed else 'same'}")
        for context, source in missing:
            print(f"  unfinished [{context}] {source!r}")
        status |= bool(missing and check)
    changed = compile_po(package)
    print(f".po -> .mo: {len(po_files(package))} catalogues, {len(changed)} updated")
    gaps = missing_po(package)
    for gap in gaps:
        print(f"  no Japanese for {gap!r}")
    status |= bool(gaps and check)
    return int(status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--check", action="store_true", help="fail on missing Japanese")
    parser.add_argument("--package", type=Path, default=PACKAGE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return build(args.package.resolve(), check=args.check)


if __name__ == "__main__":
    sys.exit(main())
