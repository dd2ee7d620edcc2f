"""One ledger file, two faces (the ledger vertical): ``creditfuel ... --json`` and what the
tray shows (its session and windows over the same services) give the same numbers and
the same instants for status and export.

Each drift the two faces used to have is pinned here, and fails on the old code:
- Quick log's inline Undo undid "the last log", which could be a CLI log made since;
- ``creditfuel status`` printed the computer's zone, unlabelled; the tray the user's;
- durations: the welcome wizard floored ("7 h 52 min") where the tooltip rounded up;
- Quick log named CLI flags (an empty amount: "--credits ... or --balance-now"; no meter:
  "creditfuel preset apply ...");
- preferences: no ``creditfuel config``; the CLI spoke the environment's language only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktopapp.cli import words
from desktopapp.cli.main import main
from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.services import balances, preferences
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui import data_actions
from desktopapp.ui.countdown_text import remaining
from desktopapp.ui.formatting import fmt_duration
from desktopapp.ui.quick_log import QuickLogDialog
from desktopapp.ui.session import Session
from desktopapp.ui.tray import tooltip_text
from tests.ui.dialog_support import Clock, make_session

# 09:07:30 UTC = 18:07:30 in Tokyo; the daily refill at 01:00 Tokyo (16:00 UTC) is
# 6 h 52 min 30 s away: rounded up as the tray's countdown rounds, "6 h 53 min".
NOW = datetime(2026, 11, 25, 9, 7, 30, tzinfo=UTC)
NOW_ARG = "2026-11-25T09:07:30+00:00"
Cap = pytest.CaptureFixture[str]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cf.sqlite3"


@pytest.fixture
def ledger(path: Path) -> Iterator[LedgerFile]:
    """Daily 200 at 01:00 Tokyo, a monthly plan, a pack; the user's zone is Tokyo while
    this computer (the test run) is in UTC."""
    t = LedgerFile.open(path, Identity("dev", "me"))
    t.set_setting("tz", "Asia/Tokyo")
    t.set_setting("lang", "en")
    t.add_meter("Daily", 200, Daily(time(1), "Asia/Tokyo"), now=NOW - timedelta(days=3))
    t.add_meter("Plus", 10_000, Monthly(1, time(0), "Asia/Tokyo"),
                now=NOW - timedelta(days=10), balance=4_200)
    t.add_pack(3_000, expires_at=NOW + timedelta(days=40), at=NOW - timedelta(days=1), now=NOW)
    t.log_spend("slides", credits=60, project="Acme", at=NOW - timedelta(hours=2), now=NOW)
    try:
        yield t
    finally:
        t.close()


def cli(capsys: Cap, path: Path, *args: str, lang: str | None = "en") -> tuple[int, str, str]:
    flags = ["--lang", lang] if lang else []
    code = main(["--db", str(path), "--now", NOW_ARG, *flags, *args])
    out, err = capsys.readouterr()
    return code, out, err


def session_for(qtbot: QtBot, ledger: LedgerFile) -> Session:
    session = make_session(ledger, NOW, zone="Asia/Tokyo", lang="en")
    return session


# -- status ------------------------------------------------------------------------------------
def test_status_json_and_the_tray_show_the_same_numbers_and_instants(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    session = session_for(qtbot, ledger)
    code, out, err = cli(capsys, path, "status", "--json")
    assert code == 0, err
    shown = json.loads(out)
    tray = session.status()
    assert shown["total"] == tray.total == 200 - 60 + 4_200 + 3_000
    assert shown["as_of"] == tray.as_of.isoformat()
    assert shown["display_zone"] == session.user_zone() == "Asia/Tokyo"
    for row, m in zip(shown["meters"], tray.meters, strict=True):
        assert (row["name"], row["balance"], row["grant"]) == (m.name, m.balance, m.grant)
        assert row["meter"] == row["name"]
        assert m.next_reset is not None
        assert datetime.fromisoformat(row["next_reset"]) == m.next_reset
        assert row["seconds_to_reset"] == m.seconds_to_reset
    [pack] = shown["packs"]
    assert pack["credits_left"] == tray.packs[0].credits_left == 3_000
    assert shown == balances.status_json(session.ledger, session.now())


def test_status_shows_times_in_the_users_zone_labelled_like_the_tooltip(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    # Before: `creditfuel status` printed the computer's zone (UTC here) with no label,
    # "2026-11-25 16:00", while the tray said 01:00 JST.
    session = session_for(qtbot, ledger)
    code, out, err = cli(capsys, path, "status")
    assert code == 0, err
    assert "As of 2026-11-25 18:07 JST" in out
    assert "2026-11-26 01:00 JST" in out  # Daily's next refill, on the user's clock
    assert "16:00" not in out
    tip = tooltip_text(session.status(), session.user_zone())
    assert "01:00 JST" in tip


def test_one_duration_rounding_in_the_cli_the_tooltip_and_the_wizard(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    session = session_for(qtbot, ledger)
    daily = next(m for m in session.status().meters if m.name == "Daily")
    assert daily.next_reset is not None and daily.seconds_to_reset is not None
    tooltip = remaining(NOW, daily.next_reset)
    assert tooltip == "6 h 53 min"
    assert fmt_duration(daily.seconds_to_reset) == tooltip  # the wizard's words (was 52)
    assert words.duration(daily.seconds_to_reset, "en") == tooltip
    _, out, _ = cli(capsys, path, "status")
    assert "6 h 53 min" in out
    # 30 s short of a day: every face says "1 d 0 h", none "23 h 59 min" or "0 d".
    almost = 24 * 3600 - 30
    assert fmt_duration(almost) == words.duration(almost, "en") == "1 d 0 h"


# -- export ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_from_the_cli_and_from_settings_is_the_same_file(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile, tmp_path: Path, fmt: str
) -> None:
    session = session_for(qtbot, ledger)
    from_cli = tmp_path / f"cli.{fmt}"
    code, _, err = cli(capsys, path, "export", "--format", fmt, "--out", str(from_cli))
    assert code == 0, err
    from_app = tmp_path / f"app.{fmt}"
    done: list[object] = []
    data_actions.jobs(session).finished.connect(done.append)
    assert data_actions.start_export(session, from_app, fmt)  # what Settings > Data does
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    count = done[0].result  # type: ignore[attr-defined]
    assert from_cli.read_bytes() == from_app.read_bytes()
    assert count == 3  # the balance reading, the pack, the spend


def test_the_csv_local_time_is_in_the_users_zone(
    capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    # Before: the CLI wrote local_time in the stored "tz" or else UTC, the app in its zone.
    code, out, err = cli(capsys, path, "export", "--format", "csv")
    assert code == 0, err
    spend_row = next(line for line in out.splitlines() if ",spend," in line)
    assert spend_row.startswith("2026-11-25 16:07")  # 07:07 UTC on the Tokyo clock


# -- undo by id --------------------------------------------------------------------------------
def test_quick_logs_undo_undoes_its_own_log_not_a_later_cli_log(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    session = session_for(qtbot, ledger)
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.kind.setEditText("chat")
    dialog.amount.setText("5")
    mine = dialog.save()
    assert mine is not None
    code, _, err = cli(capsys, path, "log", "research", "--credits", "40")
    assert code == 0, err
    dialog.undo()
    kinds = [s.kind for s in ledger.spends(since=NOW - timedelta(days=1), until=NOW)]
    assert "research" in kinds and "chat" not in kinds
    # Undone already (e.g. from the menu): the bar says so, nothing else is undone.
    dialog._logged = mine
    dialog.undo()
    assert "already" in dialog.confirmation.label.text()
    assert "research" in [s.kind for s in ledger.spends(since=NOW - timedelta(days=1),
                                                        until=NOW)]


def test_the_menus_undo_says_what_it_undid(qtbot: QtBot, ledger: LedgerFile) -> None:
    from desktopapp.ui.ticker import Ticker
    from desktopapp.ui.tray import TrayController

    session = session_for(qtbot, ledger)
    ticker = Ticker(session, lambda: 0.0)
    tray = TrayController(session, ticker)
    said: list[str] = []
    tray.notify = lambda title, text: said.append(text)  # type: ignore[method-assign]
    session.log_spend("video", credits=300)
    tray.undo()
    assert said == ["Undid: Video · 300 credits"]
    tray.close()


# -- no CLI flag in a window -------------------------------------------------------------------
def _quick_log_problem(qtbot: QtBot, session: Session) -> str:
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.kind.setEditText("chat")
    dialog.amount.setText("")
    assert dialog.save() is None
    return dialog.message.text()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_quick_log_problems_name_no_cli_flag(qtbot: QtBot, ledger: LedgerFile, lang: str,
                                             tmp_path: Path) -> None:
    session = make_session(ledger, NOW, lang=lang)
    empty_amount = _quick_log_problem(qtbot, session)
    bare = LedgerFile.open(tmp_path / "bare.sqlite3", Identity("dev", "me"))
    try:
        no_meter = make_session(bare, NOW, lang=lang)
        dialog = QuickLogDialog(no_meter)
        qtbot.addWidget(dialog)
        dialog.kind.setEditText("chat")
        dialog.used.setChecked(False)
        dialog.balance_now.setChecked(True)
        dialog.amount.setText("100")
        assert dialog.save() is None
        no_meter_text = dialog.message.text()
    finally:
        bare.close()
    for shown in (empty_amount, no_meter_text):
        assert shown and "--" not in shown and "creditfuel" not in shown, shown
    if lang == "en":
        assert "balance" in empty_amount and "meter" in no_meter_text


# -- preferences -------------------------------------------------------------------------------
def test_config_round_trip_is_what_the_tray_reads(
    qtbot: QtBot, capsys: Cap, path: Path, ledger: LedgerFile
) -> None:
    session = Session(ledger, Clock(NOW))
    assert cli(capsys, path, "config", "set", "timezone", "Europe/Berlin")[0] == 0
    assert cli(capsys, path, "config", "set", "price_per_credit", "0.3")[0] == 0
    assert cli(capsys, path, "config", "set", "currency", "jpy")[0] == 0
    assert session.user_zone() == "Europe/Berlin"
    assert preferences.price_per_credit(ledger) == pytest.approx(0.3)
    code, out, _ = cli(capsys, path, "config", "get", "timezone")
    assert (code, out.strip()) == (0, "Europe/Berlin")
    code, out, _ = cli(capsys, path, "--json", "config", "list")
    assert json.loads(out) == {"timezone": "Europe/Berlin", "language": "en",
                               "currency": "JPY", "price_per_credit": 0.3}
    assert cli(capsys, path, "config", "unset", "timezone")[0] == 0
    assert preferences.get(ledger, "timezone") == session.user_zone() != "Europe/Berlin"


def test_config_set_refuses_a_bad_zone_in_one_line_and_creates_nothing(
    capsys: Cap, tmp_path: Path
) -> None:
    fresh = tmp_path / "none" / "cf.sqlite3"
    code, out, err = cli(capsys, fresh, "config", "set", "timezone", "Bogus/Zone")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Bogus/Zone" in err
    assert not fresh.exists() and not fresh.parent.exists()


def test_the_cli_speaks_the_apps_language_unless_told(
    capsys: Cap, path: Path, ledger: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli(capsys, path, "config", "set", "language", "ja")[0] == 0
    _, out, _ = cli(capsys, path, "status", lang=None)
    assert "合計" in out  # the app's language beats the environment
    _, out, _ = cli(capsys, path, "status", lang="en")
    assert "Total" in out  # --lang still wins
    assert cli(capsys, path, "config", "unset", "language")[0] == 0
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    _, out, _ = cli(capsys, path, "status", lang=None)
    assert "合計" in out  # no choice made: the environment's
    assert os.environ["LANG"].startswith("ja")


def test_quick_log_asks_for_the_meter_only_with_several_accounts(
    qtbot: QtBot, ledger: LedgerFile
) -> None:
    session = session_for(qtbot, ledger)
    one = QuickLogDialog(session)
    qtbot.addWidget(one)
    # One account, two meters: a task is paid in the usual order unless a meter is picked
    # ("balance now" needs one: issue 9, never a sum of meters).
    assert one.meter.itemData(0) is None and one.meter.count() == 3
    ledger.add_meter("Claude", 50, Daily(time(0), "UTC"), account="Claude",
                     now=NOW - timedelta(days=1))
    several = QuickLogDialog(session)
    qtbot.addWidget(several)
    assert not several.meter.isHidden()
    several.kind.setEditText("chat")
    several.meter.setCurrentIndex(several.meter.findData("Claude"))
    several.amount.setText("7")
    spend = several.save()
    assert spend is not None and spend.account == "Claude"
