"""Automatic balance readings: when to read, what a reading records, what it finds.

A reading is kept as an Observation event with its source, **only when the value
changed**: a steady balance writes no event, so a year of readings stays small. Every
failure is a state (``desktopapp.integrations.base.FAILURE_CODES``), never a crash or a
wrong number. Reading happens off the UI thread: ``due``/``fetch`` need no ledger,
``record`` is the short write that follows on the ledger's own thread.

When: never more often than every 5 minutes, and that only while there is a reason (a
task running, the panel open, a drop in the last 30 minutes); otherwise at most hourly;
plus one on demand ("Read now", ``creditfuel source read``). A refused key stops reading
until the user acts; a 429 is honoured to its Retry-After, even on demand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktopapp.domain.events import Event
from desktopapp.integrations.base import Answer, Failure, Reading
from desktopapp.services import readings_state as rs
from desktopapp.services import sources
from desktopapp.store.ledger_file import LedgerFile

if TYPE_CHECKING:  # the findings and tasks load with a reading, not with `status --json`
    from desktopapp.services.readings_findings import Finding

FAST = timedelta(minutes=5)
SLOW = timedelta(hours=1)
RECENT_DROP = timedelta(minutes=30)
SETTLE_GAP = timedelta(minutes=2)  # "the same value twice, minutes apart"
DEFAULT_RETRY = timedelta(seconds=60)  # a 429 without a usable Retry-After
# States that stop the schedule until the user acts (a new key, "Read now").
STOPPING = frozenset({"key_refused", "key_missing", "secrets_unavailable"})


@dataclass
class ReadReport:
    source: str
    meter: str | None
    reading: Reading | None = None
    failure: Failure | None = None
    recorded: Event | None = None
    findings: list[Finding] = field(default_factory=list)
    offers: list[rs.Offer] = field(default_factory=list)
    contacted: bool = True  # False: Retry-After not over, the platform was not asked
    state_changed: bool = True  # False: the same failure as last time (windows stay quiet)

    def to_json(self, ledger: LedgerFile, lang: str) -> dict[str, Any]:
        from desktopapp.services.readings_words import finding_json, offer_json

        return {
            "source": self.source,
            "meter": self.meter,
            "reading": None
            if self.reading is None
            else {
                "balance": self.reading.balance,
                "plan": self.reading.plan,
                "at": self.reading.at.isoformat(),
            },
            "state": self.failure.code if self.failure else "ok",
            "contacted": self.contacted,
            "recorded": None
            if self.recorded is None
            else {"event_id": self.recorded.origin.id, "balance": self.reading.balance
                  if self.reading else None},
            "findings": [finding_json(f, lang) for f in self.findings],
            "offers": [offer_json(ledger, o, lang) for o in self.offers],
        }


# -- when ----------------------------------------------------------------------------------
def has_reason(
    ledger: LedgerFile, cfg: sources.SourceConfig, now: datetime, panel_open: bool
) -> bool:
    from desktopapp.services import readings_tasks as tasks_mod

    st = rs.source_state(ledger, cfg.name)
    recent_drop = st.drop_at is not None and now - st.drop_at <= RECENT_DROP
    return panel_open or recent_drop or bool(tasks_mod.running(ledger, now, cfg.meter_id))


def next_read_at(
    ledger: LedgerFile, name: str, now: datetime, *, panel_open: bool = False
) -> datetime | None:
    """When this source should be read next (None: stopped until the user acts)."""
    cfg = sources.config(ledger, name)
    st = rs.source_state(ledger, name)
    if st.failure in STOPPING:
        return None
    fast = has_reason(ledger, cfg, now, panel_open) and st.failure != "unexpected_answer"
    when = st.attempt_at + (FAST if fast else SLOW) if st.attempt_at else now
    if st.retry_at is not None:
        when = max(when, st.retry_at)
    return when


def gate(ledger: LedgerFile, name: str, now: datetime) -> Failure | None:
    """A Failure when even an on-demand read must wait (the platform's Retry-After)."""
    st = rs.source_state(ledger, name)
    if st.retry_at is not None and now < st.retry_at:
        wait = (st.retry_at - now).total_seconds()
        return Failure("rate_limited", now, retry_after=wait, detail="waiting")
    return None


def fetch(cfg: sources.SourceConfig, now: datetime) -> Answer:
    """One read (network or a subprocess; blocks: never on the UI thread). The key is
    taken from the keyring here and dropped when the read is over."""
    source = sources.build(cfg)
    if isinstance(source, str):
        return Failure(source, now)  # type: ignore[arg-type]
    return source.read(now)


def read_now(ledger: LedgerFile, name: str | None, now: datetime) -> ReadReport:
    """One read on demand (the CLI; the app does fetch off-thread then ``record``)."""
    from desktopapp.services.readings_findings import Finding

    cfg = sources.config(ledger, name)
    waiting = gate(ledger, cfg.name, now)
    if waiting is not None:
        meter = sources.meter_of(ledger, cfg)
        report = ReadReport(cfg.name, meter.name if meter else None, failure=waiting)
        report.contacted = False
        report.findings.append(Finding("rate_limited", {"retry_after": waiting.retry_after}))
        return report
    return record(ledger, cfg.name, fetch(cfg, now), now)


# -- what a reading records ----------------------------------------------------------------
def record(ledger: LedgerFile, name: str, answer: Answer, now: datetime) -> ReadReport:
    from desktopapp.services import readings_findings as findings_mod
    from desktopapp.services import readings_tasks as tasks_mod
    from desktopapp.services.readings_findings import Finding

    cfg = sources.config(ledger, name)
    meter = sources.meter_of(ledger, cfg)
    st = rs.source_state(ledger, name)
    st.attempt_at = now
    report = ReadReport(cfg.name, meter.name if meter else None)
    if isinstance(answer, Failure):
        report.failure = answer
        report.state_changed = st.failure != answer.code
        st.failure, st.failure_at = answer.code, now
        st.retry_at = None
        if answer.code == "rate_limited":
            wait = timedelta(seconds=answer.retry_after) if answer.retry_after else DEFAULT_RETRY
            st.retry_at = now + wait
        if answer.code in findings_mod.FAILURE_FINDINGS:
            report.findings.append(Finding(answer.code, {"retry_after": answer.retry_after}))
        rs.save_source_state(ledger, name, st)
        return report
    report.reading = answer
    st.failure = st.failure_at = st.retry_at = None
    if meter is None:  # the meter was removed: read, but there is nowhere to record
        report.findings.append(Finding("source_meter_gone", {}))
        rs.save_source_state(ledger, name, st)
        return report
    value, prev, prev_seen = answer.balance, st.value, st.seen_at
    tasks_mod.refresh_baselines(ledger, meter.id, value, now)
    # Also when the ledger has drifted from the reading (a refill its rule expected that
    # did not come yet): the gauge must show what was read.
    if prev is None or value != prev or _drifted(ledger, meter.id, value, now):
        report.recorded = ledger.observe(meter.name, value, at=now, now=now, source=cfg.name)
        st.changed_at = now
    if prev is not None and prev_seen is not None:
        quiet = st.drop_at is not None and now - st.drop_at > findings_mod.DRAIN_QUIET
        if quiet or value > prev:  # a drop with no task is over: ask what it was
            report.offers += tasks_mod.end_episode(ledger, meter.id, st, prev, now)
        if value > prev:
            report.findings += findings_mod.on_rise(ledger, meter, st, prev, prev_seen, value, now)
            tasks_mod.rebase_after_refill(ledger, meter.id, prev, value)
        elif value < prev:
            report.findings += findings_mod.on_drop(ledger, meter, st, prev, prev_seen, value, now)
        elif now - prev_seen >= SETTLE_GAP:
            report.offers += tasks_mod.settle(ledger, meter.id, st, value, now)
    report.findings += findings_mod.on_plan(meter, st, answer.plan)
    st.value, st.seen_at = value, now
    if st.settled is None:
        st.settled, st.settled_at = value, now
    rs.save_source_state(ledger, name, st)
    return report


def _drifted(ledger: LedgerFile, meter_id: str, value: int, now: datetime) -> bool:
    pool = ledger.state(now).pools.get(meter_id)
    return pool is not None and pool.balance != value


# -- what the faces show -------------------------------------------------------------------
def observed(ledger: LedgerFile) -> dict[str, dict[str, Any]]:
    """Per meter id, the last reading: ``balance``, ``at`` (when it was last read, the
    gauge's "read 12 min ago") and ``source``."""
    out: dict[str, dict[str, Any]] = {}
    for cfg in sources.configs(ledger):
        st = rs.source_state(ledger, cfg.name)
        if st.value is not None and st.seen_at is not None:
            seen = out.get(cfg.meter_id)
            if seen is None or seen["at"] < st.seen_at.isoformat():
                out[cfg.meter_id] = {
                    "balance": st.value,
                    "at": st.seen_at.isoformat(),
                    "source": cfg.name,
                }
    return out


def state_of(ledger: LedgerFile, name: str) -> rs.SourceState:
    return rs.source_state(ledger, name)


def acknowledge(ledger: LedgerFile, name: str) -> None:
    """The user acted (a new key, "Read now"): a stopped source may be read again."""
    st = rs.source_state(ledger, name)
    if st.failure in STOPPING:
        st.failure = None
        rs.save_source_state(ledger, name, st)
