"""Settings → Team, the approvals window and the tray's team link, on real ledgers."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktopapp.domain.schedule import Daily
from desktopapp.services import approvals, team
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui.approvals_view import ApprovalsWindow, ask_for_approval
from desktopapp.ui.session import Session
from desktopapp.ui.settings_team import TeamTab
from desktopapp.ui.team_link import TeamLink

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def collect_here() -> Iterator[None]:
    """Windows and links a test made are freed on this (the UI) thread when it ends:
    left to the garbage collector, they could be freed on a team worker thread that
    happens to allocate, and a file watcher freed off its thread corrupts Qt's state."""
    yield
    gc.collect()


def settle(qtbot: QtBot, *links: TeamLink) -> None:
    """The links' syncs and shares run on worker threads: wait for their answers."""
    qtbot.waitUntil(lambda: not any(link.busy for link in links), timeout=10_000)


def sync_now(qtbot: QtBot, link: TeamLink) -> None:
    link.refresh()
    settle(qtbot, link)


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[tuple[Session, Session, Path]]:
    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    a = LedgerFile.open(tmp_path / "a.sqlite3", Identity("pc-a", "Ann"))
    b = LedgerFile.open(tmp_path / "b.sqlite3", Identity("pc-b", "Ben"))
    a.add_meter("free", 200, Daily(at=time(0), tz="UTC"), now=NOW)
    a.set_setting("lang", "en")
    b.set_setting("lang", "en")
    try:
        yield Session(a, lambda: NOW), Session(b, lambda: NOW), folder
    finally:
        a.close()
        b.close()


def test_create_join_sync_and_leave_from_settings(qtbot: QtBot,
                                                  pcs: tuple[Session, Session, Path]) -> None:
    ann, ben, folder = pcs
    tab_a, tab_b = TeamTab(ann), TeamTab(ben)
    qtbot.addWidget(tab_a)
    qtbot.addWidget(tab_b)
    assert "not in a team" in tab_a.state.text()
    tab_a.name.setText("Ann")
    assert tab_a.create_team(folder)
    tab_b.name.setText("Ben")
    assert tab_b.join_team(folder)
    assert "Ben" in tab_b.state.text() and "member" in tab_b.state.text()
    assert [m.name for m in ben.ledger.meters()] == ["free"]
    assert tab_a.sync_now()
    assert tab_a.members.rowCount() == 2
    assert "No problems" in tab_a.problems.text()
    assert "not access control" in tab_a.convention.text()
    assert tab_b.leave_team()
    assert team.config(ben.ledger) is None and "not in a team" in tab_b.state.text()


def test_a_bad_folder_is_said_plainly(qtbot: QtBot, pcs: tuple[Session, Session, Path],
                                      tmp_path: Path) -> None:
    _, ben, _ = pcs
    tab = TeamTab(ben)
    qtbot.addWidget(tab)
    tab.name.setText("Ben")
    assert not tab.join_team(tmp_path / "nowhere")
    assert "cannot be found" in tab.message.text()


def test_approval_round_trip_through_the_windows_and_notifications(
    qtbot: QtBot, pcs: tuple[Session, Session, Path]
) -> None:
    ann, ben, folder = pcs
    team.create(ann.ledger, folder, "Ann", now=NOW)
    team.join(ben.ledger, folder, "Ben", now=NOW)
    link_a, link_b = TeamLink(ann), TeamLink(ben)
    told_a: list[tuple[str, str]] = []
    told_b: list[tuple[str, str]] = []
    link_a.notice.connect(lambda t, x: told_a.append((t, x)))
    link_b.notice.connect(lambda t, x: told_b.append((t, x)))
    ask_for_approval(ben, "video", size=60, note="client demo")  # shared on write
    settle(qtbot, link_b)
    sync_now(qtbot, link_a)
    sync_now(qtbot, link_a)
    assert len(told_a) == 1 and "Ben" in told_a[0][1] and "client demo" in told_a[0][1]
    window = ApprovalsWindow(ann)
    qtbot.addWidget(window)
    assert window.table.rowCount() == 1 and window.approve_button.isVisibleTo(window)
    window.table.selectRow(0)
    window.note.setText("OK, keep it short")
    window.decide(True)
    settle(qtbot, link_a)
    sync_now(qtbot, link_b)
    sync_now(qtbot, link_b)
    assert len(told_b) == 1 and "Approved" in told_b[0][1] and "keep it short" in told_b[0][1]
    assert approvals.applying(ben.ledger, NOW, "video", 60) is not None
    member_view = ApprovalsWindow(ben)
    qtbot.addWidget(member_view)
    assert not member_view.approve_button.isVisibleTo(member_view)
    link_a.stop()
    link_b.stop()


def test_reports_box_keeps_the_address_out_of_sight(
    qtbot: QtBot, pcs: tuple[Session, Session, Path]
) -> None:
    ann, _, _ = pcs
    tab = TeamTab(ann)
    qtbot.addWidget(tab)
    box = tab.reports
    box.dest_name.setText("ui-hook")
    box.dest_url.setText("json://127.0.0.1:9/secret-path")
    assert box.add_destination()
    assert box.dest_url.text() == "" and box.list.count() == 1
    assert "secret-path" not in box.list.item(0).text()
    assert "Balance: free 200/200" in box.preview()
    box.day.setCurrentIndex(1)  # Monday
    assert box.save_schedule()
    assert ann.ledger.get_setting("report.schedule")["weekday"] == 0
    box.list.setCurrentRow(0)
    assert box.remove_destination()


def test_ask_for_approval_in_the_pre_task_warning_records_the_request(
    qtbot: QtBot, pcs: tuple[Session, Session, Path]
) -> None:
    from desktopapp.domain.rules import rule_from_dict
    from desktopapp.ui.preflight_dialog import PreflightDialog

    ann, ben, folder = pcs
    ann.ledger.add_meter("plus", 10_000, Daily(at=time(0), tz="UTC"), now=NOW)
    ann.ledger.add_rule(rule_from_dict({"id": "cap", "code": "task_cap",
                                        "params": {"limit": 50}}), now=NOW)
    team.create(ann.ledger, folder, "Ann", now=NOW)
    team.join(ben.ledger, folder, "Ben", now=NOW)
    link = TeamLink(ben)  # the tray shares what this app writes
    dialog = PreflightDialog(ben, "video", 60)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert dialog.approval_button.isVisibleTo(dialog)
    dialog.ask_for_approval()
    assert "reaches your lead" in dialog.message.text()
    settle(qtbot, link)
    team.sync(ann.ledger, now=NOW)
    (waiting,) = approvals.waiting_for_lead(ann.ledger, NOW)
    assert (waiting["member"], waiting["kind"], waiting["size"]) == ("Ben", "video", 60)
    assert waiting["rules"] == ["cap"]
    link.stop()


def test_settings_has_a_team_tab(qtbot: QtBot, pcs: tuple[Session, Session, Path]) -> None:
    from desktopapp.ui.settings_dialog import SettingsDialog

    ann, _, _ = pcs
    dialog = SettingsDialog(ann)
    qtbot.addWidget(dialog)
    index = dialog.tabs.indexOf(dialog.team_tab)
    assert index >= 0 and dialog.tabs.tabText(index) == "Team"


def test_the_lead_approves_until_a_time_and_picks_the_report_language(
    qtbot: QtBot, pcs: tuple[Session, Session, Path]
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    ann, ben, folder = pcs
    team.create(ann.ledger, folder, "Ann", now=NOW)
    team.join(ben.ledger, folder, "Ben", now=NOW)
    link_a, link_b = TeamLink(ann), TeamLink(ben)  # each tray shares what it writes
    ask_for_approval(ben, "slides", project="acme")
    settle(qtbot, link_b)
    team.sync(ann.ledger, now=NOW)
    window = ApprovalsWindow(ann)
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    window.until_box.setChecked(True)
    window.until.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(18, 0)))
    window.decide(True)
    settle(qtbot, link_a)
    sync_now(qtbot, link_b)
    (r,) = approvals.listing(ben.ledger, NOW)
    assert r["state"] == "approved" and r["decision"]["until"].startswith("2026-11-26T18:00")
    later = datetime(2026, 11, 27, tzinfo=UTC)
    assert approvals.applying(ben.ledger, later, "slides", project="acme") is None
    link_a.stop()
    link_b.stop()

    box = TeamTab(ann).reports
    qtbot.addWidget(box)
    box.report_lang.setCurrentIndex(box.report_lang.findData("ja"))
    assert box.save_schedule()
    team.sync(ann.ledger, now=NOW)
    team.sync(ben.ledger, now=NOW)
    from desktopapp.services import team_report

    assert team_report.team_language(ben.ledger) == "ja"
    assert team_report.compose(ben.ledger, NOW, "ja")["title"].startswith("CreditFuel レポート")


def test_sync_now_through_the_trays_link_says_a_missing_folder_as_before(
    qtbot: QtBot, pcs: tuple[Session, Session, Path]
) -> None:
    import shutil

    ann, _, folder = pcs
    team.create(ann.ledger, folder, "Ann", now=NOW)
    link = TeamLink(ann)  # the tray's: "Sync now" is asked of its worker
    tab = TeamTab(ann)
    qtbot.addWidget(tab)
    shutil.rmtree(folder)  # a USB disk unplugged
    with qtbot.waitSignal(ann.team_synced, timeout=10_000):
        assert tab.sync_now()
        assert not tab.sync_button.isEnabled() and tab.message.text() == ""
    assert "cannot be found" in tab.message.text()
    assert tab.sync_button.isEnabled()
    link.stop()
