"""Devices for team tests: each has its own SQLite file; all share one team folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktopapp.cli.main import main

SETUP = "2026-11-25T08:00:00+09:00"
NOW = "2026-11-25T12:00:00+09:00"


@dataclass
class Device:
    db: Path
    capsys: pytest.CaptureFixture[str]
    now: str = NOW

    def run(self, *args: str, now: str | None = None) -> tuple[int, str, str]:
        code = main(["--db", str(self.db), "--now", now or self.now, "--lang", "en", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, now: str | None = None) -> str:
        code, out, err = self.run(*args, now=now)
        assert code == 0, err
        return out

    def json(self, *args: str, now: str | None = None) -> Any:
        return json.loads(self.ok(*args, "--json", now=now))


def device(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> Device:
    (tmp_path / name).mkdir(parents=True, exist_ok=True)
    return Device(tmp_path / name / "ledger.sqlite3", capsys)


def views(d: Device, now: str = NOW) -> tuple[Any, Any]:
    """What must be identical on every device once all have synced."""
    return d.json("status", now=now), d.json("history", "--by", "day", now=now)
