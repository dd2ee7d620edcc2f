"""A month of scripted readings, read on the services' own schedule.

The user is in Tokyo and set up Genspark Free as the preset says (200 credits refilled
at 00:00 JST). The platform really refills at 09:00 JST (00:00 UTC). Over 30 days: a
video on odd days (charged 100 + 60 a few minutes after "Start"), chats of 3 credits,
two silent drains (4 x 40 credits, no task), a 45-credit drop with no task, two tasks
overlapping, and a task that never cost anything. The derived costs, the drain alerts
and the proposed rule fix must come out right, and few events must be written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktopapp.domain.events import Observation, Spend
from desktopapp.domain.schedule import Daily
from desktopapp.integrations.base import Reading
from desktopapp.services import (
    preferences,
    readings,
    readings_tasks,
    refill_fix,
    setup,
    sources,
)
from desktopapp.services.readings_findings import Finding
from desktopapp.services.readings_state import Offer
from desktopapp.store.ledger_file import LedgerFile

TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime(2026, 11, 1, 0, 17, tzinfo=TOKYO)
DAYS = 30


def jst(day: int, hh: int, mm: int) -> datetime:
    return datetime.combine(START.date() + timedelta(days=day), time(hh, mm), tzinfo=TOKYO)


@dataclass
class Platform:
    """What Genspark's balance really does, minute by minute."""

    balance: int = 200
    charges: list[tuple[datetime, int | None]] = field(default_factory=list)  # None: refill

    def advance(self, to: datetime) -> None:
        while self.charges and self.charges[0][0] <= to:
            _, delta = self.charges.pop(0)
            self.balance = 200 if delta is None else self.balance - delta


def script() -> tuple[Platform, list[tuple[datetime, str]]]:
    charges: list[tuple[datetime, int | None]] = []
    starts: list[tuple[datetime, str]] = []
    for d in range(DAYS):
        charges.append((jst(d, 9, 0), None))  # the real refill
        if d % 2 == 1:
            starts.append((jst(d, 10, 0), "video"))
            charges += [(jst(d, 10, 4), 100), (jst(d, 10, 9), 60)]
        if d % 4 == 2:
            charges.append((jst(d, 13, 0), 3))  # a chat
        if d in (4, 20):  # silent drain: something in the background
            charges += [(jst(d, 14, 10) + timedelta(minutes=30 * i), 40) for i in range(4)]
        if d == 8:
            charges.append((jst(d, 16, 0), 45))
        if d == 12:
            starts += [(jst(d, 11, 0), "slides"), (jst(d, 11, 2), "image")]
            charges += [(jst(d, 11, 6), 50), (jst(d, 11, 8), 30)]
        if d == 16:
            starts.append((jst(d, 15, 0), "research"))  # abandoned before any charge
    charges.sort(key=lambda c: c[0])
    starts.sort()
    return Platform(charges=charges), starts


def run_month(ledger: LedgerFile) -> tuple[list[Finding], list[Offer], int, Platform]:
    platform, starts = script()
    findings: list[Finding] = []
    offers: list[Offer] = []
    reads = 0
    t = START
    end = jst(DAYS, 0, 0)
    while t < end:
        nxt = readings.next_read_at(ledger, "genspark", t)
        assert nxt is not None
        if starts and starts[0][0] <= nxt:
            at, kind = starts.pop(0)
            readings_tasks.start_task(ledger, kind, now=at)
            t = at
            continue
        t = max(nxt, t)
        platform.advance(t)
        report = readings.record(ledger, "genspark", Reading(platform.balance, t), t)
        reads += 1
        findings += report.findings
        offers += report.offers
        t += timedelta(seconds=1)
    return findings, offers, reads, platform


def test_a_month_of_readings(tracker: LedgerFile) -> None:
    ledger = tracker
    setup.apply_preset(ledger, "genspark-free", now=START, lang="en", tz="Asia/Tokyo")
    preferences.set_value(ledger, "timezone", "Asia/Tokyo")
    sources.add_command(ledger, "genspark", ["unused"])  # readings are fed in directly
    findings, offers, reads, platform = run_month(ledger)

    # Derived costs: one offer per video, 160 each; the overlap is one question for both
    # tasks; the 45 credits with no task are asked about; nothing for the abandoned task.
    videos = [o for o in offers if [t.kind for t in o.tasks] == ["video"]]
    assert len(videos) == DAYS // 2 and {o.credits for o in videos} == {160}
    several = [o for o in offers if len(o.tasks) > 1]
    assert [(sorted(t.kind for t in o.tasks), o.credits) for o in several] == [
        (["image", "slides"], 80)
    ]
    asked = [o for o in offers if not o.tasks]
    assert [(o.credits, o.since.astimezone(TOKYO).day) for o in asked] == [(45, 9)]
    assert len(offers) == DAYS // 2 + 2

    # Silent drains: told once per episode, 120 credits when it passed the threshold.
    drains = [f for f in findings if f.code == "silent_drain"]
    assert [(f.params["credits"], datetime.fromisoformat(f.params["since"]).astimezone(TOKYO).day)
            for f in drains] == [(120, 5), (120, 21)]

    # The real refill time: 09:00 JST, not the preset's 00:00; the grant was right.
    mismatches = [f for f in findings if f.code == "refill_mismatch"]
    assert len(mismatches) == 1, "said once, not at every refill (the why dialog keeps it)"
    last = mismatches[-1].params
    assert last["proposed_rule"] == {"family": "daily", "at": "09:00", "tz": "Asia/Tokyo"}
    assert last["proposed_grant"] is None and last["rule_explains"] == 0
    explanation = refill_fix.explanation(ledger, "Genspark daily", "en")
    assert explanation is not None and "09:00 JST each day" in explanation
    assert "00:00 JST" in explanation
    fixed = refill_fix.apply_fix(ledger, "Genspark daily", now=jst(DAYS, 0, 5))
    assert fixed.rule == Daily(at=time(9, 0), tz="Asia/Tokyo")
    assert refill_fix.learned(ledger, "Genspark daily") is None

    # One click logs each video with its derived cost; the gauge still shows what was read.
    for o in videos:
        readings_tasks.accept(ledger, o.id, now=jst(DAYS, 0, 6))
    spends = [e for e in ledger.events() if isinstance(e, Spend)]
    assert sum(s.credits for s in spends) == 160 * (DAYS // 2)
    assert ledger.status(jst(DAYS, 0, 7)).total == platform.balance

    # Small: events only when the value changed (or the ledger had drifted from it).
    written = [e for e in ledger.events() if isinstance(e, Observation)]
    assert all(o.source == "genspark" for o in written)
    assert reads > 700 and len(written) < reads / 4
