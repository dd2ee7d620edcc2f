"""Names, projects, notes and kinds come from users, imports and other devices: the CLI
never prints their control or bidi characters raw (no terminal escape injection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopapp.cli.main import main
from desktopapp.cli.safe_text import safe

NOW = "2026-11-25T09:00:00+00:00"
EVIL = "ACME\x1b]0;pwned\x07\x1b[2J\u202etxt.exe\nTotal: 0 credits"
RAW = ("\x1b", "\x07", "\u202e", "\x9b")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--now", NOW, "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_safe_escapes_controls_and_bidi_and_keeps_japanese() -> None:
    assert safe("請求書\x1b[31m\u202e\n") == "請求書\\x1b[31m\\u202e\\x0a"
    assert safe("\x9b\u2066x\u2069") == "\\x9b\\u2066x\\u2069"
    assert safe("ジェンスパーク 100") == "ジェンスパーク 100"


@pytest.mark.parametrize(
    "command",
    [["history", "--by", "project"], ["history", "--by", "kind"], ["report"], ["status"],
     ["meter", "list"]],
)
def test_data_is_printed_with_its_control_characters_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "ledger.sqlite3"
    for args in (
        ("meter", "add", f"m{EVIL}", "--grant", "100", "--reset", "never"),
        ("log", f"k{EVIL}", "--credits", "3", "--project", EVIL, "--note", EVIL),
    ):
        code, _, err = run(capsys, db, *args)
        assert code == 0, err
        assert not any(c in _ for c in RAW)  # the confirmation line too
    code, out, err = run(capsys, db, *command)
    assert code == 0, err
    for text in (out, err):
        assert not any(c in text for c in RAW), repr(text)
        assert not any(line.startswith("Total: 0 credits") for line in text.splitlines())
