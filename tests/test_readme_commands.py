"""Every ``creditfuel ...`` command README.md's "The command line" section shows runs, in
the order shown, against a fresh database (one per example block), and succeeds.

The README's first block once broke half-way: ``pack add`` and then ``log slides``
answered "several accounts, use --meter" because the hand-made meters and the preset's
were two accounts. A meter or preset added to a ledger with one account now joins it.
"""

from __future__ import annotations

import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from desktopapp.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-25T09:00:00+09:00"


def section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def blocks(text: str) -> list[list[str]]:
    """The indented code blocks of a Markdown section, as lists of their lines."""
    found: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.startswith("    "):
            current.append(line[4:])
        elif line.strip() == "" and current:
            current.append("")
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


_LOOP = re.compile(r"^for (\w+) in ([^;]+); do (.+); done$")


_EXITS = re.compile(r"#\s*exits (\d+)\s*$")


def commands(block: list[str]) -> list[list[str]]:
    """Each command line as argv after ``creditfuel``; shell loops expanded; prompts,
    comments and shown output left out. A line ending in ``# exits N`` is expected to
    exit N (the README shows a refusal); its argv then starts with ``exits=N``."""
    out: list[list[str]] = []
    for raw in block:
        line = raw.strip()
        if line.startswith("$ "):
            line = line[2:].strip()
        loop = _LOOP.match(line)
        if loop:
            var, values, body = loop.groups()
            for value in values.split():
                out.extend(commands([body.replace(f"${var}", value)]))
            continue
        if not line.startswith("creditfuel "):
            continue  # a comment or the output an example shows
        words = shlex.split(line, comments=True)
        expected = _EXITS.search(line)
        out.append(([f"exits={expected.group(1)}"] if expected else []) + words[1:])
    return out


README_BLOCKS = blocks(section((ROOT / "README.md").read_text(encoding="utf-8"),
                               "The command line"))


def test_the_section_shows_commands() -> None:
    runnable = [commands(b) for b in README_BLOCKS]
    assert sum(len(c) for c in runnable) >= 15
    assert ["pack", "add", "10000", "--expires", "2027-02-25T00:00:00+09:00"] in runnable[0]


def _dump(db: Path) -> list[str]:
    """Everything in the ledger, read through its WAL as the app sees it."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("index", range(len(README_BLOCKS)))
def test_every_readme_command_runs_in_order(
    index: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / f"block{index}.sqlite3"
    for argv in commands(README_BLOCKS[index]):
        want = 0
        if argv and argv[0].startswith("exits="):
            want, argv = int(argv[0].split("=", 1)[1]), argv[1:]
        before = _dump(db) if want and db.exists() else None
        code = main(["--db", str(db), "--now", NOW, "--lang", "en", *argv])
        _, err = capsys.readouterr()
        assert code == want, f"creditfuel {shlex.join(argv)} -> exit {code}: {err.strip()}"
        if before is not None:  # a refusal the README shows writes nothing
            assert _dump(db) == before
        assert "--meter" not in err
