"""An import's events, read and checked, as a stream of messages for the writer.

``checked_events`` turns the file's records into rows in batches of ``batch``, with the
problems of the records in file order, each as soon as it is found: the writer stops at
``MAX_PROBLEMS`` however they arrive, so the report is the one the file's order gives.

(Reading on a second thread while SQLite writes was tried: ``executemany`` takes the
interpreter back for every row, so the two threads mostly took turns, no faster.)
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktopapp.domain import validation as v
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store.import_rows import METER, Row, event_row, quick_row


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
