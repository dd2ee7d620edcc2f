"""`creditfuel` end to end against real temporary database files.

Most tests call ``main(argv)`` in-process (fast); one runs the real command in a
subprocess to prove the entry point works as a user would start it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.cli.main import main

NOW = "2026-11-25T09:00:00+09:00"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str, now: str = NOW,
        lang: str = "en") -> tuple[int, str, str]:
    code = main(["--db", str(db), "--now", now, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def status(capsys: pytest.CaptureFixture[str], db: Path, now: str = NOW, lang: str = "en"
           ) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, db, "status", "--json", now=now, lang=lang)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def genspark(capsys: pytest.CaptureFixture[str], db: Path) -> Path:
    """A Genspark-like setup: a daily free grant and a monthly plan on day 31."""
    assert run(capsys, db, "meter", "add", "free", "--grant", "200", "--reset", "daily",
               "--at", "09:00", "--tz", "Asia/Tokyo")[0] == 0
    assert run(capsys, db, "meter", "add", "plus", "--grant", "10000", "--reset", "monthly",
               "--day", "31", "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000")[0] == 0
    return db


def test_status_json_is_the_documented_contract(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    s = status(capsys, genspark)
    assert s["as_of"] == NOW
    assert s["total"] == 5_200
    assert s["packs"] == []
    free, plus = s["meters"]
    # ``meter`` repeats ``name`` under the key forecast and check use (issue 8).
    assert set(free) == {"name", "meter", "balance", "grant", "mode", "next_reset",
                         "seconds_to_reset", "zone", "unit", "account", "family", "observed",
                         "mismatch"}
    assert free["meter"] == free["name"]
    # 09:00 in Tokyo is the reset instant itself: the next one is strictly after now.
    assert free == {
        "name": "free", "meter": "free", "balance": 200, "grant": 200, "mode": "overwrite",
        "next_reset": "2026-11-26T09:00:00+09:00", "seconds_to_reset": 86_400,
        "zone": "Asia/Tokyo", "unit": "credits", "account": "default", "family": "daily",
        "observed": None,  # no automatic reading (issue 12)
        "mismatch": False,  # a balance below zero from old data (issue 9)
    }
    # Day 31 in a 30-day month clamps to the 30th.
    assert plus["next_reset"] == "2026-11-30T00:00:00+09:00"
    assert plus["seconds_to_reset"] == (4 * 24 + 15) * 3600
    assert plus["balance"] == 5_000


def test_the_json_is_the_same_in_every_language(capsys, genspark: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    english = status(capsys, genspark, lang="en")
    assert status(capsys, genspark, lang="ja") == english
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.setenv("TZ", "America/New_York")
    code = main(["--db", str(genspark), "--now", NOW, "status", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == english


def test_log_spends_undo_and_redo(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, genspark, "log", "slides", "--credits", "50", "--meter", "free",
                       "--project", "client-a")
    assert code == 0 and "50" in out
    code, out, _ = run(capsys, genspark, "log", "video", "--balance-now", "4,000", "--meter",
                       "plus", "--outcome", "retake")
    assert code == 0 and "1,000" in out  # the cost is the drop since the last known balance
    assert [m["balance"] for m in status(capsys, genspark)["meters"]] == [150, 4_000]

    code, out, _ = run(capsys, genspark, "undo")
    assert code == 0 and "video" in out and "1,000" in out
    assert [m["balance"] for m in status(capsys, genspark)["meters"]] == [150, 5_000]
    code, out, _ = run(capsys, genspark, "--lang", "ja", "redo")
    assert code == 0 and "元に戻しました" in out
    assert [m["balance"] for m in status(capsys, genspark)["meters"]] == [150, 4_000]


def test_now_stamps_logs_and_status_ignores_what_comes_after(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    later = "2026-11-25T12:00:00+09:00"
    assert run(capsys, genspark, "log", "chat", "--credits", "5", "--meter", "free",
               now=later)[0] == 0
    assert status(capsys, genspark, now=NOW)["meters"][0]["balance"] == 200
    assert status(capsys, genspark, now=later)["meters"][0]["balance"] == 195
    # The daily overwrite at 09:00 the next day gives the grant back.
    assert status(capsys, genspark, now="2026-11-26T09:00:00+09:00")["meters"][0]["balance"] == 200
    stamped = sqlite3.connect(genspark).execute(
        "SELECT at_ms FROM events WHERE kind = 'chat'").fetchone()[0]
    assert stamped == 1_795_575_600_000  # 2026-11-25T03:00Z in unix ms


def test_log_at_backdates_a_task(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, genspark, "log", "image", "--credits", "30", "--meter", "free",
               "--at", "2026-11-25T10:00:00+09:00", now="2026-11-25T11:00:00+09:00")[0] == 0
    assert status(capsys, genspark, now="2026-11-25T09:30:00+09:00")["meters"][0]["balance"] == 200
    assert status(capsys, genspark, now="2026-11-25T10:30:00+09:00")["meters"][0]["balance"] == 170


def test_packs_count_in_the_total_until_they_expire(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, genspark, "pack", "add", "10000", "--expires",
                       "2027-02-25T00:00:00+09:00")
    assert code == 0, err
    s = status(capsys, genspark)
    assert s["total"] == 15_200
    (pack,) = s["packs"]
    assert pack["credits"] == pack["credits_left"] == 10_000
    assert pack["expires_at"] == "2027-02-24T15:00:00+00:00"
    after = status(capsys, genspark, now="2027-03-01T00:00:00+09:00")
    assert after["packs"] == []


@pytest.mark.parametrize(
    ("args", "family", "next_reset"),
    [
        (["--reset", "weekly", "--weekday", "mon", "--at", "09:00", "--tz", "Europe/London"],
         "weekly", "2026-11-30T09:00:00+00:00"),
        (["--reset", "every", "--hours", "5", "--anchor", "2026-11-25T00:00:00+00:00"],
         "every", "2026-11-25T05:00:00+00:00"),
        (["--reset", "rolling", "--hours", "5"], "rolling", None),
    ],
)
def test_other_reset_families(capsys, db: Path, args, family, next_reset) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, db, "meter", "add", "m", "--grant", "100", *args)
    assert code == 0, err
    (m,) = status(capsys, db)["meters"]
    assert (m["family"], m["next_reset"]) == (family, next_reset)


def test_meter_list_edit_remove(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, genspark, "meter", "list", "--json")
    names = [m["name"] for m in json.loads(out)["meters"]]
    assert names == ["free", "plus"]
    code, out, err = run(capsys, genspark, "meter", "edit", "free", "--grant", "100",
                         "--at", "00:00", "--tz", "UTC")
    assert code == 0, err
    free = status(capsys, genspark)["meters"][0]
    assert (free["grant"], free["zone"], free["next_reset"]) == (
        100, "UTC", "2026-11-26T00:00:00+00:00")
    assert run(capsys, genspark, "meter", "remove", "plus")[0] == 0
    assert [m["name"] for m in status(capsys, genspark)["meters"]] == ["free"]
    code, out, _ = run(capsys, genspark, "--lang", "ja", "meter", "list")
    assert "メーター" in out and "毎日 00:00" in out


def test_human_status_speaks_the_users_language(capsys, genspark: Path) -> None:  # type: ignore[no-untyped-def]
    _, en, _ = run(capsys, genspark, "status")
    _, ja, _ = run(capsys, genspark, "status", lang="ja")
    assert "Balance" in en and "Total: 5,200 credits" in en
    assert "残高" in ja and "合計: 5,200" in ja and "クレジット" in ja


def test_presets_list_and_apply(capsys, db: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, db, "preset", "list", "--json")
    keys = [p["key"] for p in json.loads(out)["presets"]]
    assert {"genspark-free", "genspark-plus", "genspark-pro"} <= set(keys)
    code, _, err = run(capsys, db, "preset", "apply", "genspark-plus", "--tz", "Asia/Tokyo",
                       "--billing-day", "31")
    assert code == 0, err
    (m,) = status(capsys, db)["meters"]
    assert (m["grant"], m["account"], m["next_reset"]) == (
        10_000, "Genspark", "2026-11-30T00:00:00+09:00")


BAD_INPUTS = [
    (["meter", "add", "x", "--grant", "1", "--reset", "daily", "--at", "09:00", "--tz",
      "Mars/Base"], "Mars/Base"),
    (["meter", "add", "x", "--grant", "1", "--reset", "daily", "--at", "25:00", "--tz",
      "UTC"], "25:00"),
    (["meter", "add", "x", "--grant", "1", "--reset", "monthly", "--day", "32", "--at",
      "09:00", "--tz", "UTC"], "32"),
    (["log", "chat", "--credits", "-5"], "-5"),
    (["log", "chat", "--credits", "five"], "five"),
    (["meter", "add", "x", "--grant", "lots", "--reset", "rolling", "--hours", "5"], "lots"),
    (["log", "chat", "--credits", "5", "--meter", "nope"], "nope"),
    (["pack", "add", "-100"], None),
    (["log", "chat", "--credits", "5", "--at", "yesterday"], "yesterday"),
    (["meter", "add", "x", "--grant", "1", "--reset", "hourly"], "hourly"),
    (["meter", "add", "x", "--grant", "1", "--reset", "daily"], None),
    (["log", "chat"], None),
    (["frobnicate"], "frobnicate"),
    (["status", "--colour"], "--colour"),
    (["meter", "edit", "free", "--tz", "Nowhere/Else"], "Nowhere/Else"),
    ([], None),
]


@pytest.mark.parametrize(("args", "quoted"), BAD_INPUTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_bad_input_exits_2_with_one_plain_line_and_writes_nothing(  # type: ignore[no-untyped-def]
    capsys, genspark: Path, args, quoted, lang
) -> None:
    before = dump(genspark)
    code, out, err = run(capsys, genspark, *args, lang=lang)
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err and "usage:" not in err
    if quoted:
        assert quoted in err
    if lang == "ja":
        assert any("\u3040" <= c <= "\u30ff" for c in err), err  # kana: written in Japanese
    assert dump(genspark) == before


def test_unknown_zone_in_japanese(capsys, db: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, db, "meter", "add", "x", "--grant", "1", "--reset", "daily",
                       "--at", "09:00", "--tz", "Mars/Base", lang="ja")
    assert code == 2
    assert err == "タイムゾーン「Mars/Base」が見つかりません。例: Asia/Tokyo\n"


def test_a_db_that_is_not_sqlite_is_refused_untouched(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("my shopping list\n")
    code, out, err = run(capsys, notes, "status")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "notes.txt" in err
    assert notes.read_text() == "my shopping list\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_bad_now_is_refused(capsys, db: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, db, "status", now="2026-13-45T99:00")
    assert code == 2 and "2026-13-45T99:00" in err
    assert not db.exists()


def test_the_installed_command_runs_as_a_user_would(tmp_path: Path) -> None:
    env = {**os.environ, "CREDITFUEL_DB": str(tmp_path / "env.sqlite3"), "LANG": "ja_JP.UTF-8",
           "PYTHONPATH": str(ROOT)}
    env.pop("CREDITFUEL_LANG", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    base = [sys.executable, "-m", "desktopapp.cli", "--now", NOW]
    add = subprocess.run(
        [*base, "meter", "add", "free", "--grant", "200", "--reset", "daily", "--at", "09:00",
         "--tz", "Asia/Tokyo"], env=env, capture_output=True, text=True, timeout=60)
    assert add.returncode == 0, add.stderr
    assert "メーター" in add.stdout  # LANG=ja picks Japanese
    st = subprocess.run([*base, "status", "--json"], env=env, capture_output=True, text=True,
                        timeout=60)
    assert json.loads(st.stdout)["meters"][0]["balance"] == 200
    bad = subprocess.run([*base, "log", "chat", "--credits", "-1"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stdout == ""


def test_a_preset_applied_in_japanese_names_its_meters_in_japanese(  # type: ignore[no-untyped-def]
    capsys, db: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, db, "preset", "apply", "genspark-free", lang="ja")
    assert code == 0, err
    assert [m["name"] for m in status(capsys, db)["meters"]] == ["Genspark 毎日"]
    english = tmp_path / "en.sqlite3"
    code, _, err = run(capsys, english, "preset", "apply", "genspark-free")
    assert code == 0, err
    assert [m["name"] for m in status(capsys, english)["meters"]] == ["Genspark daily"]
