"""An import that carries an id already here with other content says so (the copy here
is kept: the ledger is append-only), instead of skipping it without a word."""

from __future__ import annotations

import json
from pathlib import Path

from desktopapp.cli.main import main

NOW = "2026-11-25T09:00:00+09:00"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "--now", NOW, "--lang", "en", *args])


def test_a_changed_copy_of_a_log_is_reported_and_the_one_here_kept(
    tmp_path: Path, capsys
) -> None:
    db = tmp_path / "here.sqlite3"
    assert run(db, "meter", "add", "Free", "--grant", "200", "--reset", "daily",
               "--at", "09:00", "--tz", "Asia/Tokyo") == 0
    assert run(db, "log", "slides", "--credits", "60",
               "--id", "0b6f1f6e-6a43-4d8e-9a55-2f9d7f1c0a01") == 0
    export = tmp_path / "out.json"
    assert run(db, "export", "--format", "json", "--out", str(export)) == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    for event in doc["events"]:
        if event["id"] == "0b6f1f6e-6a43-4d8e-9a55-2f9d7f1c0a01":
            event["credits"] = 90  # another device claims the same id for other content
    export.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert run(db, "import", str(export)) == 0
    out = capsys.readouterr().out
    assert "1 logs in the file have the id of a different log here" in out
    assert "0b6f1f6e-6a43-4d8e-9a55-2f9d7f1c0a01" in out
    assert run(db, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 140  # the 60 here was kept


def test_an_identical_copy_is_simply_already_here(tmp_path: Path, capsys) -> None:
    db = tmp_path / "here.sqlite3"
    assert run(db, "meter", "add", "Free", "--grant", "200", "--reset", "daily",
               "--at", "09:00", "--tz", "Asia/Tokyo") == 0
    assert run(db, "log", "slides", "--credits", "60") == 0
    export = tmp_path / "out.json"
    assert run(db, "export", "--format", "json", "--out", str(export)) == 0
    capsys.readouterr()
    assert run(db, "import", str(export)) == 0
    assert "different log" not in capsys.readouterr().out
