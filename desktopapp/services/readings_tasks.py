"""Tasks marked as running, and the costs the readings derived for them.

"Start" in the pre-task warning (or "I'm starting…") marks a task. When the readings
settle (the same value twice, minutes apart) below the balance the task started from,
the drop becomes an offer: "Video done: 312 credits", logged with one click. Several
tasks at once, or a drop with none running, are offered as a question: the app never
splits a drop between tasks or invents a task by guessing.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from desktopapp.domain.events import Outcome, Spend
from desktopapp.domain.limits import check_size, check_text, problem
from desktopapp.services import readings_state as rs
from desktopapp.services import sources
from desktopapp.store.ledger_file import LedgerFile

FRESH = timedelta(minutes=3)  # a reading this close to a start is its baseline
TASK_MAX_AGE = timedelta(hours=6)  # a task that never moved the balance is let go
ASK_MIN = 20  # a drop with no task smaller than this (a few chats) is not asked about
MAX_OFFERS = 30  # offers nobody answered are let go, oldest first (settings stay small)


def start_task(
    ledger: LedgerFile,
    kind: str,
    *,
    now: datetime,
    size: float | None = None,
    project: str | None = None,
    meter: str | None = None,
) -> rs.Task:
    kind = kind.strip()
    if not kind:
        raise problem("empty_kind")
    check_size(size)
    check_text(project, "project")
    meter_id = ledger.meter(meter).id if meter else None
    baseline, fresh = None, False
    for cfg in sources.configs(ledger):
        if meter_id in (None, cfg.meter_id):
            st = rs.source_state(ledger, cfg.name)
            if st.value is not None:
                baseline = st.value
                fresh = st.seen_at is not None and now - st.seen_at <= FRESH
                meter_id = meter_id or cfg.meter_id
            if st.drain_start is not None:  # a task explains what follows: not a drain
                st.drain_start, st.drain_from, st.drain_told = None, None, False
                rs.save_source_state(ledger, cfg.name, st)
            break
    task = rs.Task(
        id=str(uuid.uuid4()),
        kind=kind,
        started_at=now,
        meter_id=meter_id,
        size=size,
        project=(project or "").strip() or None,
        baseline=baseline,
        fresh=fresh,
    )
    rs.save_tasks(ledger, [*rs.tasks(ledger), task])
    return task


def running(ledger: LedgerFile, now: datetime, meter_id: str | None = None) -> list[rs.Task]:
    live = [t for t in rs.tasks(ledger) if now - t.started_at <= TASK_MAX_AGE]
    return [t for t in live if meter_id is None or t.meter_id in (None, meter_id)]


def cancel_task(ledger: LedgerFile, task_id: str) -> bool:
    items = rs.tasks(ledger)
    kept = [t for t in items if t.id != task_id]
    rs.save_tasks(ledger, kept)
    return len(kept) != len(items)


def settle(
    ledger: LedgerFile, meter_id: str, st: rs.SourceState, value: int, now: datetime
) -> list[rs.Offer]:
    """The readings settled at ``value``: offer what the running tasks (or no task) cost."""
    all_tasks = rs.tasks(ledger)
    mine = [t for t in all_tasks if t.meter_id in (None, meter_id)]
    stale = [t for t in mine if now - t.started_at > TASK_MAX_AGE]
    live = [t for t in mine if t not in stale]
    made: list[rs.Offer] = []
    if live:
        baselines = [t.baseline for t in live if t.baseline is not None]
        top = max(baselines) if baselines else st.settled
        cost = (top - value) if top is not None else 0
        if cost > 0:
            made.append(
                rs.Offer(
                    id=str(uuid.uuid4()),
                    meter_id=meter_id,
                    credits=cost,
                    since=min(t.started_at for t in live),
                    until=now,
                    tasks=live,
                )
            )
            live = []
    if made or not live:
        st.settled, st.settled_at = value, now
    if made or stale:
        rs.save_tasks(ledger, [t for t in all_tasks if t not in mine or t in live])
    if made:
        rs.save_offers(ledger, [*rs.offers(ledger), *made][-MAX_OFFERS:])
    return made


def end_episode(
    ledger: LedgerFile, meter_id: str, st: rs.SourceState, value: int, now: datetime
) -> list[rs.Offer]:
    """A drop with no task is over (quiet for a while, or a refill came): ask what it was
    when it was more than a few chats and not already told as a silent drain."""
    if st.drain_start is None or st.drain_from is None:
        return []
    gone, told, since = st.drain_from - value, st.drain_told, st.drain_start
    st.drain_start, st.drain_from, st.drain_told = None, None, False
    st.settled, st.settled_at = value, now
    if told or gone < ASK_MIN:
        return []
    offer = rs.Offer(id=str(uuid.uuid4()), meter_id=meter_id, credits=gone, since=since,
                     until=now)
    rs.save_offers(ledger, [*rs.offers(ledger), offer][-MAX_OFFERS:])
    return [offer]


def rebase_after_refill(ledger: LedgerFile, meter_id: str, before: int, after: int) -> None:
    """A refill during a task: keep what it had cost so far, measured from the new level."""
    items = rs.tasks(ledger)
    changed = False
    for t in items:
        if t.meter_id in (None, meter_id) and t.baseline is not None:
            t.baseline = after + max(t.baseline - before, 0)
            changed = True
    if changed:
        rs.save_tasks(ledger, items)


def refresh_baselines(ledger: LedgerFile, meter_id: str, value: int, now: datetime) -> None:
    """The first reading just after a start is a truer baseline than an older one."""
    items = rs.tasks(ledger)
    changed = False
    for t in items:
        if t.meter_id in (None, meter_id) and not t.fresh and now - t.started_at <= FRESH:
            t.baseline, t.fresh, t.meter_id = value, True, meter_id
            changed = True
    if changed:
        rs.save_tasks(ledger, items)


def pending(ledger: LedgerFile) -> list[rs.Offer]:
    return rs.offers(ledger)


def accept(
    ledger: LedgerFile,
    offer_id: str,
    *,
    now: datetime,
    kind: str | None = None,
    outcome: Outcome = "ok",
    project: str | None = None,
) -> Spend:
    """Log an offer as a spend of its derived cost. Dated at the task's start, before the
    readings that showed the drop, so the balance they recorded stays as read."""
    offers = rs.offers(ledger)
    offer = next((o for o in offers if o.id == offer_id), None)
    if offer is None:
        raise problem("offer_gone")
    task = offer.tasks[0] if len(offer.tasks) == 1 else None
    kind = kind or (task.kind if task else None)
    if not kind:
        raise problem("empty_kind")
    meter = next((m for m in ledger.meters() if m.id == offer.meter_id), None)
    spend = ledger.log_spend(
        kind,
        credits=offer.credits,
        meter=meter.name if meter else None,
        project=project or (task.project if task else None),
        outcome=outcome,
        size=task.size if task else None,
        at=offer.since,
        now=now,
    )
    rs.save_offers(ledger, [o for o in offers if o.id != offer_id])
    return spend


def dismiss(ledger: LedgerFile, offer_id: str) -> None:
    rs.save_offers(ledger, [o for o in rs.offers(ledger) if o.id != offer_id])
