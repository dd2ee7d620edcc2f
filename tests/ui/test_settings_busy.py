"""Settings > Tasks on a busy ledger (issue 11): the "Yours" column (every kind's 90-day
window) comes from a worker, says it is being worked out meanwhile, and fills with what a
small ledger shows. ``LARGE_WINDOW`` is lowered so a few logs make that window "busy".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktopapp.store import catch_up
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.settings_dialog import SettingsDialog
from tests.ui.dialog_support import add_free, make_session


@pytest.fixture
def busy(
    tracker: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LedgerFile]:
    add_free(tracker, now)
    for i, (kind, credits) in enumerate((("slides", 40), ("slides", 44), ("research", 25),
                                         ("video", 300), ("slides", 38))):
        at = now - timedelta(days=i + 1)
        tracker.log_spend(kind, credits=credits, at=at, now=at)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    yield tracker
    translations.install("en")


def open_settings(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> SettingsDialog:
    dialog = SettingsDialog(make_session(tracker, now))
    qtbot.addWidget(dialog)
    return dialog


def table(dialog: SettingsDialog) -> list[list[str]]:
    t = dialog.kinds_tab.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_yours_fills_from_the_worker_with_the_small_ledger_figures(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)
    expected = table(open_settings(qtbot, busy, now))
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)

    dialog = open_settings(qtbot, busy, now)
    assert dialog.session.computing  # not on the UI thread
    rows = table(dialog)
    assert {row[2] for row in rows} == {"working out…"}
    assert [row[:2] + row[3:] for row in rows] == [row[:2] + row[3:] for row in expected]
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert table(dialog) == expected
    slides = next(row for row in expected if row[0] == "Slides")
    assert slides[2] == "47 (3 runs)"  # the domain blends 3 own runs with typical figures


def test_the_tab_keeps_its_figures_while_the_language_changes(
    qtbot: QtBot, busy: LedgerFile, now: datetime
) -> None:
    dialog = open_settings(qtbot, busy, now)
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    translations.install("ja")
    dialog.retranslate()  # what a language switch does
    yours = [row[2] for row in table(dialog)]
    assert "working out…" not in yours  # the last figures stay until the new words come
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    slides = next(row for row in table(dialog) if row[2].startswith("47"))
    assert slides[2] != "47 (3 runs)"  # now in Japanese
