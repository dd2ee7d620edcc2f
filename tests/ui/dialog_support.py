"""Helpers for the dialog tests: a session over a real LedgerFile with a clock tests move."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.session import Session


class Clock:
    """A fixed 'now' the test can move forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_session(
    tracker: LedgerFile, now: datetime, zone: str = "Asia/Tokyo", lang: str = "en"
) -> Session:
    """A session as the app makes one: settings saved, translator and locale installed."""
    tracker.set_setting("tz", zone)
    tracker.set_setting("lang", lang)
    translations.install(lang)
    return Session(tracker, Clock(now))


def add_free(tracker: LedgerFile, now: datetime, grant: int = 200) -> None:
    """Genspark Free: 200 a day at 09:00 Tokyo, overwrite; created two weeks ago."""
    tracker.add_meter(
        "Genspark Free", grant, Daily(time(9), "Asia/Tokyo"), account="Genspark",
        now=now - timedelta(days=14),
    )


def add_plus(tracker: LedgerFile, now: datetime, grant: int = 10_000) -> None:
    tracker.add_meter(
        "Genspark Plus", grant, Monthly(1, time(0), "Asia/Tokyo"), account="Genspark",
        now=now - timedelta(days=40),
    )
