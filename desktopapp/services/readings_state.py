"""What the readings remember between reads, kept in the ledger's settings (JSON).

Per source: the last value seen and when (so a steady balance writes no event), when it
last changed, the last attempt and failure, the last plan, the open drain episode.
Shared: tasks marked as running, offers waiting for the user, refill windows per meter.
No key ever goes here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from desktopapp.store.ledger_file import LedgerFile

STATE = "readings.state"
TASKS = "readings.tasks"
OFFERS = "readings.offers"
REFILLS = "readings.refills"
MAX_REFILLS = 120  # windows kept per meter (four months of daily refills)


def iso(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None


def dt(s: Any) -> datetime | None:
    return datetime.fromisoformat(s) if isinstance(s, str) else None


def must_dt(s: Any) -> datetime:
    found = dt(s)
    if found is None or found.tzinfo is None:
        raise ValueError("an instant with its offset is needed")
    return found


_INTS = frozenset({"value", "settled", "drain_from"})


@dataclass
class SourceState:
    value: int | None = None  # last balance read
    seen_at: datetime | None = None  # last reading (same value or not)
    changed_at: datetime | None = None  # last time the value changed (an event written)
    settled: int | None = None  # the value costs are measured from when no task runs
    settled_at: datetime | None = None
    attempt_at: datetime | None = None
    failure: str | None = None
    failure_at: datetime | None = None
    retry_at: datetime | None = None  # rate_limited: not before this
    plan: str | None = None
    plan_told: str | None = None  # the plan a preset was last suggested for
    refill_told: str | None = None  # the refill fix last proposed (not repeated daily)
    drop_at: datetime | None = None
    drain_start: datetime | None = None
    drain_from: int | None = None
    drain_told: bool = False

    def to_json(self) -> dict[str, Any]:
        return {k: (iso(v) if isinstance(v, datetime) else v) for k, v in asdict(self).items()}

    @staticmethod
    def from_json(d: dict[str, Any]) -> SourceState:
        s = SourceState()
        for k, default in asdict(s).items():
            if k in d:
                v = d[k]
                v = dt(v) if k.endswith(("_at", "_start")) else v
                kind = bool if k == "drain_told" else int if k in _INTS else str
                if v is not None and not k.endswith(("_at", "_start")) and (
                        not isinstance(v, kind) or (kind is int and isinstance(v, bool))):
                    raise ValueError(f"{k}: {type(v).__name__}")
                setattr(s, k, v if v is not None or default is None else default)
        return s


@dataclass
class Task:
    """A task the user said they are starting ("Start" in the pre-task warning)."""

    id: str
    kind: str
    started_at: datetime
    meter_id: str | None = None
    size: float | None = None
    project: str | None = None
    baseline: int | None = None  # the balance when it started
    fresh: bool = False  # the baseline was read within minutes of the start

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["started_at"] = iso(self.started_at)
        return d

    @staticmethod
    def from_json(d: dict[str, Any]) -> Task:
        return Task(**{**d, "started_at": must_dt(d["started_at"])})


@dataclass
class Offer:
    """"Video done: 312 credits": a derived cost waiting for the user's click. No task
    or several: the user says what it was (the app does not guess)."""

    id: str
    meter_id: str
    credits: int
    since: datetime
    until: datetime
    tasks: list[Task] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "meter_id": self.meter_id,
            "credits": self.credits,
            "since": iso(self.since),
            "until": iso(self.until),
            "tasks": [t.to_json() for t in self.tasks],
        }

    @staticmethod
    def from_json(d: dict[str, Any]) -> Offer:
        return Offer(
            id=d["id"],
            meter_id=d["meter_id"],
            credits=int(d["credits"]),
            since=must_dt(d["since"]),
            until=must_dt(d["until"]),
            tasks=[Task.from_json(t) for t in d.get("tasks", [])],
        )


@dataclass(frozen=True)
class Window:
    """The balance came back somewhere in (start, end]: ``before`` -> ``after``."""

    start: datetime
    end: datetime
    before: int
    after: int

    def to_json(self) -> list[Any]:
        return [iso(self.start), iso(self.end), self.before, self.after]

    @staticmethod
    def from_json(v: list[Any]) -> Window:
        return Window(must_dt(v[0]), must_dt(v[1]), int(v[2]), int(v[3]))


def _dict(ledger: LedgerFile, key: str) -> dict[str, Any]:
    raw = ledger.get_setting(key, {})
    return raw if isinstance(raw, dict) else {}


def _list(ledger: LedgerFile, key: str) -> list[Any]:
    raw = ledger.get_setting(key, [])
    return raw if isinstance(raw, list) else []


_BAD = (KeyError, TypeError, ValueError, AttributeError)  # a hand-edited or older value


def source_state(ledger: LedgerFile, name: str) -> SourceState:
    d = _dict(ledger, STATE).get(name)
    try:
        return SourceState.from_json(d) if isinstance(d, dict) else SourceState()
    except _BAD:
        return SourceState()  # start afresh rather than stop reading


def _parsed(items: list[Any], parse: Any) -> list[Any]:
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except _BAD:
            continue  # an unusable entry is left out, the others kept
    return out


def save_source_state(ledger: LedgerFile, name: str, state: SourceState) -> None:
    all_ = _dict(ledger, STATE)
    all_[name] = state.to_json()
    ledger.set_setting(STATE, all_)


def forget(ledger: LedgerFile, name: str) -> None:
    all_ = _dict(ledger, STATE)
    if all_.pop(name, None) is not None:
        ledger.set_setting(STATE, all_)


def tasks(ledger: LedgerFile) -> list[Task]:
    return _parsed(_list(ledger, TASKS), Task.from_json)


def save_tasks(ledger: LedgerFile, items: list[Task]) -> None:
    ledger.set_setting(TASKS, [t.to_json() for t in items])


def offers(ledger: LedgerFile) -> list[Offer]:
    return _parsed(_list(ledger, OFFERS), Offer.from_json)


def save_offers(ledger: LedgerFile, items: list[Offer]) -> None:
    ledger.set_setting(OFFERS, [o.to_json() for o in items])


def refill_windows(ledger: LedgerFile, meter_id: str) -> list[Window]:
    found = _dict(ledger, REFILLS).get(meter_id, [])
    return _parsed(found if isinstance(found, list) else [], Window.from_json)


def add_refill_window(ledger: LedgerFile, meter_id: str, window: Window) -> None:
    all_ = _dict(ledger, REFILLS)
    kept = [*all_.get(meter_id, []), window.to_json()][-MAX_REFILLS:]
    all_[meter_id] = kept
    ledger.set_setting(REFILLS, all_)
