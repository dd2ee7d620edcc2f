"""The catalogue both faces read: every code worded in English and Japanese, the same
placeholders in both, real plurals, and Japanese that follows the glossary."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from desktopapp import i18n
from desktopapp.domain.problems import Problem
from desktopapp.i18n import catalogue, po

PACKAGE = Path(__file__).resolve().parents[2] / "desktopapp"
LOCALE = PACKAGE / "i18n" / "locale"
EN = {e.key: e for e in po.read(LOCALE / "en/LC_MESSAGES/creditfuel.po") if e.msgid}
JA = {e.key: e for e in po.read(LOCALE / "ja/LC_MESSAGES/creditfuel.po") if e.msgid}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_english_and_japanese_word_the_same_codes() -> None:
    assert len(EN) > 250
    assert set(EN) == set(JA)
    assert all(e.translated for e in JA.values()), [k for k, e in JA.items() if not e.translated]


@pytest.mark.parametrize("key", sorted(EN))
def test_every_form_in_every_language_has_the_same_placeholders(key: str) -> None:
    forms = [*EN[key].msgstr, *JA[key].msgstr]
    assert {frozenset(placeholders(f)) for f in forms} == {frozenset(placeholders(forms[0]))}


def test_plurals_are_real_where_the_language_has_them() -> None:
    plural = {k for k, e in EN.items() if e.msgid_plural is not None}
    assert plural == set(catalogue.COUNT_PARAM)  # each plural knows which number decides
    en_header = po.header(po.read(LOCALE / "en/LC_MESSAGES/creditfuel.po"))
    ja_header = po.header(po.read(LOCALE / "ja/LC_MESSAGES/creditfuel.po"))
    assert en_header["Plural-Forms"].startswith("nplurals=2;")
    assert ja_header["Plural-Forms"].startswith("nplurals=1;")
    for key in plural:
        assert len(EN[key].msgstr) == 2 and EN[key].msgstr[0] != EN[key].msgstr[1]
        assert len(JA[key].msgstr) == 1  # Japanese has one form
        assert catalogue.COUNT_PARAM[key] in placeholders(EN[key].msgstr[0])
    assert i18n.text("text.preset_applied", "en", name="x", count="1", meters="a") == (
        'Preset "x" added 1 meter: a'
    )
    assert i18n.text("text.preset_applied", "en", name="x", count="3", meters="a") == (
        'Preset "x" added 3 meters: a'
    )
    assert i18n.text("text.logged", "en", kind="chat", credits="1,200", total="5").startswith(
        "Logged chat: 1,200 credits."
    )
    assert i18n.plural("text.export.done", 1, "en", events="1", path="f") == (
        "Exported 1 log entry to f"
    )
    assert "1件" in i18n.plural("text.export.done", 1, "ja", events="1", path="f")


def test_the_japanese_file_shows_translators_the_current_english() -> None:
    for key, entry in JA.items():
        english = EN[key].msgstr[-1]
        assert entry.comments == [f"en: {english}".strip()], key


def test_window_wording_exists_in_both_languages() -> None:
    app_keys = {k for k in EN if k.startswith(catalogue.APP_CONTEXT + po.CONTEXT_SEP)}
    assert len(app_keys) >= 4
    assert app_keys <= set(JA)


def test_lookups_fall_back_and_keep_unknown_placeholders() -> None:
    assert i18n.text("no.such.code", "ja") == "no.such.code"
    assert i18n.text("text.undone", "ja") == "取り消しました: {what}"
    assert i18n.describe(Problem("nope", {"a": "1"}), "en") == (
        "This input cannot be used (nope: a=1)."
    )
    assert i18n.describe(Problem("negative_number", {"field": "grant", "value": "-1"}), "ja")\
        .startswith("付与量")
    assert i18n.weekday_name("tue", "ja") == "火"
    assert i18n.kind_name("slides", "ja") == "スライド"
    assert i18n.kind_name("my own kind", "ja") == "my own kind"
    assert i18n.meter_name("Genspark daily", "ja") == "Genspark 毎日"
    assert i18n.field_name("cap", "en") == "The cap"


def test_the_catalogue_needs_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import desktopapp.i18n, desktopapp.i18n.build; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent)
    assert out.stdout.strip() == "[]"


# -- Japanese that reads as one product (desktopapp/i18n/GLOSSARY.md) -----------------------
def japanese_texts() -> list[tuple[str, str]]:
    """(where, text) of every Japanese sentence: the .po files and the .ts translations."""
    import xml.etree.ElementTree as ET

    out = [
        (f"{path.name}:{e.key}", s)
        for path in sorted((LOCALE / "ja" / "LC_MESSAGES").glob("*.po"))
        for e in po.read(path)
        if e.msgid
        for s in e.msgstr
    ]
    ts = ET.parse(PACKAGE / "resources" / "translations" / "creditfuel_ja.ts")
    for message in ts.getroot().iter("message"):
        source = message.findtext("source", "")
        for node in message.iter("translation"):
            texts = [node.text or ""] + [form.text or "" for form in node.iter("numerusform")]
            out += [(f".ts:{source}", t) for t in texts if t]
    return out


UNITS = "クレジット|件|回|個|日間|時間|分|文字|行目|番目|ページ|枚|秒"


@pytest.mark.parametrize(
    ("rule", "pattern"),
    [
        ("waste is 無駄, never ムダ", r"ムダ"),
        ("the register is です/ます", r"いい調子"),
        ("task is 作業, never タスク", r"タスク"),
        ("grant is 付与量", r"付与数"),
        ("balance is 残高", r"残量"),
        ("refill is 補充", r"(?<!プ)リセット|リフレッシュ"),
        ("pack is パック", r"追加パック"),
        ("team rule is チームルール", r"チームのルール"),
        ("estimate is 見積もり", r"見込み|予測"),
        ("import is 取り込み", r"インポート"),
        ("project is 案件", r"プロジェクト"),
        ("log is 記録", r"ログ(?!イン)"),
        ("the ledger file is データベース", r"台帳"),
        ("a computer is パソコン", r"(?<![A-Za-z])PC(?![A-Za-z])"),
        ("no space between a number and its unit", rf"(\{{\w+\}}|%L?\d|\d) ({UNITS})"),
        ("quoted values in 「」, never ASCII quotes", r'"'),
        ("quoted values in 「」, never curly quotes", r"[“”]"),
    ],
)
def test_japanese_follows_the_glossary(rule: str, pattern: str) -> None:
    # What a user types keeps its syntax: creditfuel meter edit "name" ..., {"balance": N}
    commands = re.compile(r"creditfuel [^。、()()]*|\{\"[^}]*\}")
    offenders = [
        (w, t) for w, t in japanese_texts() if re.search(pattern, commands.sub("", t))
    ]
    assert not offenders, f"{rule}: {offenders[:5]}"


def test_preset_sources_are_worded_in_both_languages() -> None:
    from desktopapp.domain.presets import PRESETS

    for key, preset in PRESETS.items():
        assert i18n.preset_source(key, "en") == preset.source  # one English, kept in step
        assert i18n.preset_source(key, "ja") not in ("", preset.source), key
    assert i18n.preset_source("new-one", "ja", "Vendor docs") == "Vendor docs"
