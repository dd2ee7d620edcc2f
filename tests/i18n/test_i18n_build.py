"""The translation build: sources translators edit are never overwritten by it, it keeps
no vanished entries, and building twice changes nothing (byte for byte)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktopapp.i18n import build, po

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktopapp"


def outputs(package: Path) -> dict[str, bytes]:
    files = [
        *(package / "resources" / "translations").glob("*"),
        *(package / "resources" / "locale").rglob("*.mo"),
    ]
    return {str(f.relative_to(package)): f.read_bytes() for f in sorted(files) if f.is_file()}


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package, built once (the working tree is left alone)."""
    copy = tmp_path_factory.mktemp("i18n") / "desktopapp"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert build.build(copy) == 0
    return copy


def test_building_twice_changes_nothing(built_copy: Path) -> None:
    first = outputs(built_copy)
    assert build.build(built_copy) == 0
    assert outputs(built_copy) == first


def test_the_committed_translations_are_what_the_build_makes(built_copy: Path) -> None:
    assert outputs(built_copy) == outputs(PACKAGE), "run: python -m desktopapp.i18n.build"


def test_japanese_widget_chrome_is_complete_and_keeps_no_vanished_entries(
    built_copy: Path,
) -> None:
    ts = built_copy / "resources" / "translations" / "creditfuel_ja.ts"
    assert build.unfinished(ts) == []
    text = ts.read_text(encoding="utf-8")
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text
    assert text.count("<message") > 400


def test_every_code_and_help_text_has_japanese() -> None:
    assert build.missing_po(PACKAGE) == []
    assert len(build.help_texts(PACKAGE)) >= 60  # the CLI marks its --help texts


def test_every_help_text_goes_through_the_catalogue() -> None:
    """A plain help="..." would print English in `creditfuel --lang ja --help`."""
    import ast

    plain = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.keyword)
                and node.arg in ("help", "description")
                and isinstance(node.value, ast.Constant | ast.JoinedStr)
                and isinstance(getattr(node.value, "value", ""), str)
            ):
                plain.append(f"{path.name}:{node.value.lineno}")
    assert not plain, "wrap these in help_text(...): " + ", ".join(plain)


def test_no_side_channel_feeds_the_translations() -> None:
    assert not list(ROOT.rglob("catalog_*.json"))
    assert not (ROOT / "resources").exists()  # everything ships inside the package
    assert not list(PACKAGE.glob("messages*.py"))  # words live in the catalogue only


def test_mo_files_round_trip_through_gettext() -> None:
    import gettext
    import io

    entries = po.parse(
        'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgctxt "app"\nmsgid "a"\nmsgstr "window"\n\n'
        'msgid "a"\nmsgstr "cli \\"q\\"\\n"\n\n'
        '#, fuzzy\nmsgid "b"\nmsgstr "not ready"\n\n'
        'msgid "c"\nmsgid_plural "c"\nmsgstr[0] "one"\nmsgstr[1] "many"\n'
    )
    t = gettext.GNUTranslations(io.BytesIO(po.mo_bytes(entries)))
    assert t.gettext("a") == 'cli "q"\n'
    assert t.pgettext("app", "a") == "window"
    assert t.gettext("b") == "b"  # fuzzy entries are left out, like msgfmt does
    assert (t.ngettext("c", "c", 1), t.ngettext("c", "c", 5)) == ("one", "many")
    assert po.parse(po.render(entries)) == entries
