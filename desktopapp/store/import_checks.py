"""An import's events, read and checked, as a stream of messages for the writer.

``checked_events`` turns the file's records into rows in batches, with the problems of
the records in file order. ``read_ahead`` runs it on a second thread while the caller
writes the batches: SQLite's work (most of an import's time) lets go of the interpreter,
so on two cores reading the next batch and writing the last one overlap. Nothing else
changes: the messages arrive in the order they were made, an error the reader met (a
truncated file, too many events) arrives where it was met, and at most ``AHEAD`` batches
wait in between, so memory stays flat.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktopapp.domain import validation as v
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store.import_rows import METER, Row, event_row, quick_row

AHEAD = 4  # batches read before the writer takes them


@dataclass
class MeterRefs:
    """Which meter ids an event may name, and the file's ids merged into local ones."""

    known: set[str]
    mapping: dict[str, str]
    live_by_name: Mapping[str, str]
    names: Mapping[str, Any] = field(default_factory=dict)  # a parsed document's meter names


# A message: ("rows", a full batch) or ("problems", what one record got wrong).
Message = tuple[str, Any]


def checked_events(
    events: Iterator[tuple[Any, str | None]],
    refs: MeterRefs,
    *,
    batch: int,
    most: int,
    too_many: InvalidInput,
) -> Generator[Message, None, None]:
    """("rows", rows) for each full batch and the last one; ("problems", problems) as
    records fail. After the first problem no more rows come: nothing more is written."""
    rows: list[Row] = []
    failed = False
    for i, (rec, name) in enumerate(events):
        if i >= most:
            raise too_many
        row = quick_row(rec)
        if row is None:
            wrong = v.check_event(rec, i)
            if wrong:
                failed = True
                yield "problems", wrong
                continue
            row = event_row(rec)
        ref = row[METER]
        if isinstance(ref, str):
            here = refs.mapping.get(ref)
            if here is None and ref not in refs.known:
                name = name if name is not None else refs.names.get(ref)
                if isinstance(name, str) and name in refs.live_by_name:
                    here = refs.mapping[ref] = refs.live_by_name[name]  # a CSV row names it
                else:
                    failed = True
                    yield "problems", [
                        Problem("import_unknown_meter", {"index": str(i), "meter": ref})
                    ]
                    continue
            if here is not None:
                row[METER] = here
        if not failed:
            rows.append(row)
            if len(rows) >= batch:
                yield "rows", rows
                rows = []
    if not failed:
        yield "rows", rows


def read_ahead(messages: Iterator[Message]) -> Generator[Message, None, None]:
    """The same messages, made on a second thread while the caller handles each one.
    Stopping early (the caller's problems are enough, or it failed) stops the reader."""
    waiting: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def put(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for message in messages:
                if not put(message):
                    return
            put(("end", None))
        except BaseException as exc:  # handed to the caller, raised there in order
            put(("error", exc))
        finally:
            close = getattr(messages, "close", None)
            if close is not None:
                close()  # the file is closed on the thread that read it

    reader = threading.Thread(target=read, name="import-reader", daemon=True)
    reader.start()
    try:
        while True:
            kind, payload = waiting.get()
            if kind == "end":
                return
            if kind == "error":
                raise payload
            yield kind, payload
    finally:
        stop.set()
        reader.join()
