"""``sync``: share what this device wrote, then merge what the others wrote.

Order matters: local changes are stamped and written out first, so a change made here
is never overwritten by an older one read in the same pass. Merging is idempotent (by
event id; registers by stamp) and append-only. How far each file was read is kept in
the settings, so a sync reads only what is new; a file that shrank or was replaced is
read again from its start (nothing counts twice). Events that name a meter this ledger
does not know yet wait (their file is read again next time) until the meter arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktopapp.domain import hlc
from desktopapp.domain.events import Event
from desktopapp.integrations.team_folder import FolderProblem, Position, TeamFolder
from desktopapp.integrations.team_lines import Record
from desktopapp.services import team_shared
from desktopapp.services.ledger import LedgerFile
from desktopapp.store import connection, queries, team_store
from desktopapp.store.codec import to_ms
from desktopapp.store.team_store import Register

CLOCK = "team.clock"
EXPORTED = "team.exported_seq"
READ = "team.read"
PROBLEMS = "team.problems"
LAST_SYNC = "team.last_sync"
SEEN = "team.seen"  # device -> the newest stamp read from it (its "last seen")
MAX_PROBLEMS = 200
BATCH = 2_000  # events per write transaction: what another writer may wait behind


@dataclass
class SyncReport:
    written: int = 0
    merged: int = 0
    changes: int = 0
    waiting: int = 0
    held_back: int = 0  # rule/plan edits made here by a member: not shared
    problems: list[FolderProblem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "merged": self.merged,
            "changes": self.changes,
            "waiting": self.waiting,
            "held_back": self.held_back,
            "problems": [p.as_dict() for p in self.problems],
        }


class Clock:
    """The device's hybrid clock, kept in the settings between runs."""

    def __init__(self, ledger: LedgerFile, device: str, now: datetime) -> None:
        saved = ledger.get_setting(CLOCK)
        try:
            self.last = hlc.decode(saved) if isinstance(saved, str) else hlc.ZERO
        except hlc.BadStamp:
            self.last = hlc.ZERO
        self.device = device
        self.now_ms = to_ms(now)
        self._seen = self.last.encode()

    def tick(self) -> str:
        self.last = hlc.tick(self.last, self.now_ms, self.device)
        return self.last.encode()

    def observe(self, stamp: str) -> None:
        if stamp <= self._seen:  # stamps sort as text: most lines read are older
            return
        try:
            seen = hlc.decode(stamp)
        except hlc.BadStamp:
            return
        self._seen = stamp
        if seen > self.last:
            self.last = hlc.observe(self.last, seen, self.now_ms, self.device)

    def save(self, ledger: LedgerFile) -> None:
        if self.last != hlc.ZERO:
            ledger.set_setting(CLOCK, self.last.encode())


def _append_own(ledger: LedgerFile, folder: TeamFolder, device: str, month: str,
                records: list[Record]) -> None:
    """Append, and when this PC had read its own file to the end, move that mark past
    the new lines too: a PC never reads back what it just wrote."""
    path = folder.log_path(device, month)
    rel = path.relative_to(folder.root).as_posix()
    before = path.stat().st_size if path.exists() else 0
    read = dict(ledger.get_setting(READ) or {})
    pos = read.get(rel)
    folder.append(device, month, records)
    if before == 0 or (pos is not None and int(pos[0]) == before):
        lines = (int(pos[1]) if pos is not None and before else 0) + len(records)
        read[rel] = [path.stat().st_size, lines + (0 if before else 1)]  # + the header
        ledger.set_setting(READ, read)


def share_pending(
    ledger: LedgerFile, folder: TeamFolder, device: str, *, lead: bool, now: datetime
) -> tuple[int, int]:
    """Write this device's new events and changes to its file; (lines, held back)."""
    db = ledger.db
    clock = Clock(ledger, device, now)
    month = f"{now:%Y-%m}"
    written = 0
    changes, held = team_shared.local_changes(db, lead=lead)
    records: list[Record] = []
    regs: list[Register] = []
    for key, value in changes:
        stamp = clock.tick()
        regs.append(Register(key, stamp, device, value))
        records.append(Record("reg", device, stamp, key, {"value": value}))
    for reg in team_store.pending_registers(db):
        stamp = clock.tick()  # restamped now: it reaches the others from here on
        regs.append(Register(reg.key, stamp, device, reg.value))
        records.append(Record("reg", device, stamp, reg.key, {"value": reg.value}))
    if records:
        with connection.transaction(db):
            _append_own(ledger, folder, device, month, records)
            for reg in regs:
                team_store.put_register(db, reg)
            clock.save(ledger)
        written += len(records)
    after = int(ledger.get_setting(EXPORTED, 0) or 0)
    while True:
        batch = team_store.unstamped_after(db, after, limit=BATCH)
        if not batch:
            break
        stamps = [(e.origin.id, clock.tick()) for _, e in batch]
        lines = [
            Record("event", device, s, e.origin.id, team_store.event_to_dict(e))
            for (_, e), (_, s) in zip(batch, stamps, strict=True)
        ]
        # Written (and fsynced) inside the transaction that records it: a crash before
        # the commit writes the same lines again next time, which readers take once.
        after = batch[-1][0]
        with connection.transaction(db):
            _append_own(ledger, folder, device, month, lines)
            team_store.stamp(db, stamps)
            ledger.set_setting(EXPORTED, after)
            clock.save(ledger)
        written += len(batch)
    if written:
        _remember_seen(ledger, {device: clock.last.encode()})
    return written, held


def _remember_seen(ledger: LedgerFile, newest: dict[str, str]) -> None:
    seen = dict(ledger.get_setting(SEEN) or {})
    changed = False
    for device, stamp in newest.items():
        if stamp > str(seen.get(device, "")):
            seen[device] = stamp
            changed = True
    if changed:
        ledger.set_setting(SEEN, seen)


def merge_new(
    ledger: LedgerFile, folder: TeamFolder, device: str, leads: set[str], *, now: datetime
) -> SyncReport:
    """Read what is new in every device's files and merge it into this ledger."""
    db = ledger.db
    report = SyncReport()
    clock = Clock(ledger, device, now)
    saved = ledger.get_setting(READ) or {}
    positions = {k: Position(int(v[0]), int(v[1])) for k, v in saved.items()}
    new_positions: dict[str, Position] = {}  # files gone from the folder are forgotten
    incoming: dict[str, Register] = {}
    newest: dict[str, str] = {}
    events: list[tuple[str, Event, str]] = []  # (stamp, event, file)
    raw: list[tuple[str, str, dict[str, Any], str, int]] = []  # stamp, id, body, file, line
    for rel in folder.log_files():
        start = positions.get(rel, Position())
        got = folder.read(rel, start)
        report.problems.extend(got.problems)
        new_positions[rel] = got.end
        for record, _pos in got.records:
            clock.observe(record.hlc)
            if record.hlc > newest.get(record.device, ""):
                newest[record.device] = record.hlc
            body = record.body or {}
            if record.kind == "reg":
                reg = Register(record.key, record.hlc, record.device, body.get("value"))
                best = incoming.get(record.key)
                if best is None or reg.hlc > best.hlc:
                    incoming[record.key] = reg
            else:
                raw.append((record.hlc, record.key, body, rel, _pos.line))
        _let_go(got.records)
    # Most lines re-read (own files, conflicted copies) are known: decode only the new.
    known = queries.existing_event_ids(db, [key for _, key, _, _, _ in raw])
    for stamp, key, body, rel, line in raw:
        if key in known:
            continue
        known.add(key)
        try:
            events.append((stamp, team_store.event_from_dict(body), rel))
        except (KeyError, TypeError, ValueError):
            report.problems.append(FolderProblem("team_bad_line", rel, line, "event"))
    with connection.transaction(db):
        report.changes, reg_problems = team_shared.merge_registers(
            db, incoming, lambda d: d in leads
        )
        for code, key in reg_problems:
            report.problems.append(FolderProblem(code, "", 0, key))
        known_meters = team_store.meter_ids(db)
        ready: list[tuple[str, Event]] = []
        for stamp, event, rel in events:
            meter = getattr(event, "meter_id", None)
            if meter is not None and meter not in known_meters:
                report.waiting += 1
                new_positions[rel] = positions.get(rel, Position())  # read it again
                continue
            ready.append((stamp, event))
    ready.sort(key=lambda pair: pair[0])
    # In batches, each with its stamps: the write lock is let go between them, so a save
    # in the tray never waits behind a long merge (joining a team with years of history).
    # A crash between them leaves the read marks where they were: the next sync reads
    # the same lines again and takes each event once (by id), as after a partial sync.
    for i in range(0, len(ready), BATCH):
        chunk = ready[i:i + BATCH]
        with connection.transaction(db):
            report.merged += len(ledger.merge_events([e for _, e in chunk], now=now))
            team_store.stamp(db, [(e.origin.id, s) for s, e in chunk])
    with connection.transaction(db):
        ledger.set_setting(READ, {k: [p.offset, p.line] for k, p in new_positions.items()})
        _remember_seen(ledger, newest)
        after = int(ledger.get_setting(EXPORTED, 0) or 0)
        if report.merged and not team_store.unstamped_after(db, after, limit=1):
            # Everything up to here is shared or merged: the next share starts past it.
            ledger.set_setting(EXPORTED, queries.max_seq(db))
        clock.save(ledger)
    _let_go(raw, events, ready)
    return report


def _let_go(*heaps: list[Any]) -> None:
    """Free what a merge read a slice at a time: freeing a hundred thousand lines at
    once holds the GIL for half a second, and a tray's UI thread waits as long."""
    for heap in heaps:
        while heap:
            del heap[-BATCH:]


def remember_problems(ledger: LedgerFile, found: list[FolderProblem], folder: TeamFolder,
                      now: datetime) -> list[dict[str, Any]]:
    """Problems stay listed (team status) until their file is gone."""
    old = ledger.get_setting(PROBLEMS) or []
    keyed: dict[tuple[str, str, int], dict[str, Any]] = {}
    for p in [*old, *(x.as_dict() for x in found)]:
        if p.get("file") and not (folder.root / p["file"]).exists():
            continue
        keyed[(p["code"], p.get("file", ""), int(p.get("line", 0)))] = p
    kept = list(keyed.values())[-MAX_PROBLEMS:]
    with connection.transaction(ledger.db):
        ledger.set_setting(PROBLEMS, kept)
        ledger.set_setting(LAST_SYNC, now.isoformat())
    return kept
