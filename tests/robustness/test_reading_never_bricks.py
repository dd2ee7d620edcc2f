"""One bad value never breaks CreditFuel for good: refused on every write path, and when
one is already in a file (an older version, another device, a hand edit), only that
meter or setting is left out and shown as a problem; every command keeps working."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktopapp.cli.main import main
from desktopapp.domain.problems import InvalidInput
from desktopapp.store import exchange
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = "2026-11-25T09:00:00+00:00"
T = datetime(2026, 11, 25, 9, tzinfo=UTC)
ME = Identity(device="d1", member="tester")
TINY_EVERY = '{"family": "every", "hours": 1e-12, "anchor": "2026-11-01T00:00:00+00:00"}'
BOGUS_DAILY = '{"family": "daily", "at": "09:00", "tz": "Bogus/Zone"}'
EVERYDAY = ("status", "history", "report", "forecast")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--now", NOW, "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "ledger.sqlite3"
    for args in (
        ("meter", "add", "good", "--grant", "100", "--reset", "daily", "--at", "09:00",
         "--tz", "UTC"),
        ("meter", "add", "bad", "--grant", "50", "--reset", "every", "--hours", "5",
         "--anchor", "2026-11-01T00:00:00Z"),
        ("log", "chat", "--credits", "3", "--meter", "good"),
    ):
        code, _, err = run(capsys, path, *args)
        assert code == 0, err
    return path


def hand_edit(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_a_window_under_a_minute_is_refused_by_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "ledger.sqlite3"
    code, _, err = run(capsys, db, "meter", "add", "X", "--grant", "10", "--reset", "every",
                       "--hours", "1e-12", "--anchor", "2026-11-01T00:00:00Z")
    assert code == 2 and "1e-12" in err
    with LedgerFile.open(db, ME) as ledger:
        assert ledger.meters() == []


@pytest.mark.parametrize("rule", [TINY_EVERY, BOGUS_DAILY, "not json", '{"family": "every"}'])
def test_a_bad_meter_row_is_left_out_and_everything_else_keeps_working(
    capsys: pytest.CaptureFixture[str], db: Path, rule: str
) -> None:
    hand_edit(db, "UPDATE meters SET rule = ? WHERE name = 'bad'", rule)
    for command in EVERYDAY:
        code, out, err = run(capsys, db, command)
        assert code == 0, (command, err)
    code, out, err = run(capsys, db, "status")
    assert "good" in out and '"bad"' in err  # the problem is named, with what to do
    code, _, err = run(capsys, db, "log", "chat", "--credits", "2", "--meter", "good")
    assert code == 0, err
    code, _, err = run(capsys, db, "check", "chat")
    assert code in (0, 1), err  # a verdict, not a crash
    with LedgerFile.open(db, ME) as ledger:
        assert ledger.meter_problems() == ["bad"]
        assert [m.name for m in ledger.meters()] == ["good"]
    # The user can fix it...
    code, _, err = run(capsys, db, "meter", "edit", "bad", "--reset", "every", "--hours", "5",
                       "--anchor", "2026-11-01T00:00:00Z")
    assert code == 0, err
    with LedgerFile.open(db, ME) as ledger:
        assert ledger.meter_problems() == []
        assert sorted(m.name for m in ledger.meters()) == ["bad", "good"]


def test_a_bad_meter_row_can_be_removed(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    hand_edit(db, "UPDATE meters SET rule = ? WHERE name = 'bad'", TINY_EVERY)
    code, _, err = run(capsys, db, "meter", "remove", "bad")
    assert code == 0, err
    code, _, err = run(capsys, db, "status")
    assert code == 0 and "bad" not in err


@pytest.mark.parametrize(
    ("key", "value"),
    [("tz", "Bogus/Zone"), ("alerts.fired", 5), ("alerts.fired", [1, None]), ("lang", "xx"),
     ("alerts.vanish_hours", "abc"), ("price.per_credit", -1)],
)
def test_a_bad_setting_in_the_file_is_ignored_and_named(
    capsys: pytest.CaptureFixture[str], db: Path, key: str, value: object
) -> None:
    hand_edit(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key,
              json.dumps(value))
    for command in (*EVERYDAY, "check chat"):
        code, _, err = run(capsys, db, *command.split())
        assert code in (0, 1), (command, err)
        assert "Traceback" not in err
    code, _, err = run(capsys, db, "status")
    assert key in err
    with LedgerFile.open(db, ME) as ledger:
        assert ledger.get_setting(key, "default") == "default"
        assert ledger.setting_problems() == [key]


def test_a_bad_setting_is_never_stored(tmp_path: Path) -> None:
    with LedgerFile.open(tmp_path / "l.sqlite3", ME) as ledger:
        for key, value in (("tz", "Bogus/Zone"), ("alerts.fired", "x"), ("lang", 3)):
            with pytest.raises(InvalidInput):
                ledger.set_setting(key, value)
        ledger.set_setting("tz", "Asia/Tokyo")
        ledger.set_setting("alerts.fired", ["low:abc"])
        assert ledger.setting_problems() == []


def _export_doc(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    with LedgerFile.open(tmp_path / "src.sqlite3", ME) as src:
        from desktopapp.domain.schedule import Every

        src.add_meter("m", 10, Every(hours=5, anchor=T), now=T)
        out = tmp_path / "export.json"
        exchange.export_to_file(src.db, out, fmt="json", now=T)
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("where", "bad"),
    [
        ("meter", {"family": "every", "hours": 1e-12, "anchor": "2026-11-01T00:00:00+00:00"}),
        ("meter", {"family": "daily", "at": "09:00", "tz": "Bogus/Zone"}),
        ("setting", ("tz", "Bogus/Zone")),
        ("setting", ("alerts.fired", 5)),
        ("setting", ("alerts.fired", ["ok", 7])),
    ],
)
def test_an_import_reports_what_it_cannot_accept_and_stores_nothing(
    tmp_path: Path, where: str, bad: object
) -> None:
    doc = _export_doc(tmp_path)
    if where == "meter":
        doc["meters"][0]["rule"] = bad
    else:
        assert isinstance(bad, tuple)
        doc["settings"] = {bad[0]: bad[1]}
    with LedgerFile.open(tmp_path / "dst.sqlite3", ME) as dst:
        with pytest.raises(InvalidInput) as refused:
            exchange.import_document(dst.db, doc)
        codes = {p.code for p in refused.value.problems}
        assert codes & {"import_bad_field", "import_bad_setting"}
        assert dst.meters() == [] and dst.setting_problems() == []


def test_an_import_keeps_unknown_settings_it_does_not_read(tmp_path: Path) -> None:
    doc = _export_doc(tmp_path)
    doc["settings"] = {"someday.feature": {"x": 1}, "tz": "Asia/Tokyo"}
    with LedgerFile.open(tmp_path / "dst.sqlite3", ME) as dst:
        exchange.import_document(dst.db, doc)
        assert dst.get_setting("tz") == "Asia/Tokyo"
        assert dst.get_setting("someday.feature") == {"x": 1}
