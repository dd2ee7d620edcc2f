"""Quick log's inline "usually N credits" on a busy ledger (issue 11): the kind's estimate
comes from a worker, the line says it is being worked out meanwhile, and an estimate
never shows for a kind no longer selected.

``LARGE_WINDOW`` is lowered so a few logs make the 90-day window "busy".
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktopapp.store import catch_up
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.quick_log_keys import show_cost_context
from desktopapp.ui.session import Session
from tests.ui.dialog_support import add_plus, make_session


@pytest.fixture
def busy(tracker: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch) -> LedgerFile:
    add_plus(tracker, now)
    for i, credits in enumerate((520, 610, 480, 700, 90, 95)):
        at = now - timedelta(days=i + 1)
        tracker.log_spend("video" if credits > 100 else "developer", credits=credits,
                          at=at, now=at)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return tracker


def line(qtbot: QtBot, busy: LedgerFile, now: datetime) -> tuple[Session, QLabel]:
    session = make_session(busy, now)
    label = QLabel()  # where Quick log shows it: a label in its form
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    return session, label


def synchronous(session: Session, kind: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """What a small ledger shows at once (computed right here)."""
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)
    label = QLabel()
    show_cost_context(session, kind, label)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return label.text()


def test_the_estimate_arrives_and_equals_the_small_ledger_one(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, label = line(qtbot, busy, now)
    show_cost_context(session, "video", label)
    assert session.computing  # not on the UI thread
    assert label.isVisible() and label.text() == "Video: working out its usual cost…"
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    assert label.text() == synchronous(session, "video", monkeypatch)
    assert label.text().startswith("Video usually costs ")
    older = make_session(busy, now - timedelta(days=400))
    assert label.text() != synchronous(older, "video", monkeypatch)


def test_a_kind_no_longer_selected_never_gets_its_estimate_shown(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, label = line(qtbot, busy, now)
    show_cost_context(session, "video", label)
    show_cost_context(session, "chat", label)  # not high-octane: no line at all
    assert not label.isVisible()
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    assert not label.isVisible() and label.text() == ""

    show_cost_context(session, "video", label)
    show_cost_context(session, "developer", label)  # arrowing on before video's arrives
    assert label.text() == "AI Developer: working out its usual cost…"
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    assert label.text() == synchronous(session, "developer", monkeypatch)


def test_a_kind_already_worked_out_shows_at_once(
    qtbot: QtBot, busy: LedgerFile, now: datetime
) -> None:
    session, label = line(qtbot, busy, now)
    show_cost_context(session, "video", label)
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    show_cost_context(session, "video", label)  # the worker's connection is open now
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    first = label.text()
    show_cost_context(session, "developer", label)
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    show_cost_context(session, "video", label)  # back again: kept for this revision
    assert not session.computing and label.text() == first


def test_quick_logs_kind_field_shows_the_estimate_when_it_arrives(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktopapp.ui.quick_log import QuickLogDialog

    expected = synchronous(make_session(busy, now), "agent", monkeypatch)
    dialog = QuickLogDialog(make_session(busy, now))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("agent"))
    assert dialog.session.computing
    assert dialog.cost_note.text() == "Super agent: working out its usual cost…"
    dialog.kind.setCurrentIndex(dialog.kind.findData("chat"))  # moved on before it came
    assert not dialog.cost_note.isVisible()
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert not dialog.cost_note.isVisible()  # agent's estimate never shows under chat
    dialog.kind.setCurrentIndex(dialog.kind.findData("agent"))
    qtbot.waitUntil(lambda: dialog.cost_note.text() == expected, timeout=10_000)
    assert dialog.cost_note.isVisible()
