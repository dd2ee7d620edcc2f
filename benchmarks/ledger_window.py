"""The ledger window on ledgers of 10,000, 100,000 and 1,000,000 events.

What a user waits for: opening the window (the first page), scrolling to the next page,
changing a filter (a kind; words in notes that match rarely), and an Excel export of
10,000 rows. Times print as ratios to the smallest ledger measured in the same run
(machines are noisy; only ratios compare). Target: opening, paging and a kind filter at
1,000,000 events within 3x of 10,000 events. A search in notes scans until it has a page
(SQLite LIKE has no index), so a word that matches rarely costs in proportion to history:
its figure is printed for the record.

The ledgers are real SQLite files; the rows are written by SQLite itself (a recursive
SELECT), so building a million takes seconds. The status the window's balance line shows
is warmed first, as the tray has always computed it before the window opens.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ledger_window.py [--sizes ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktopapp.domain.schedule import Monthly
from desktopapp.store import connection
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ME = Identity(device="bench", member="bench")
KINDS = ("chat", "slides", "sheets", "research", "image", "video", "developer")


def build(path: Path, count: int) -> LedgerFile:
    ledger = LedgerFile.open(path, ME)
    ledger.add_meter("Plus", 10**9, Monthly(1, clock_time(0), "Asia/Tokyo"), account="G",
                     now=NOW - timedelta(days=4000))
    start_ms = int((NOW - timedelta(days=3650)).timestamp() * 1000)
    step_ms = 3649 * 86_400_000 // max(count, 1)
    kinds = " ".join(f"WHEN {i} THEN '{k}'" for i, k in enumerate(KINDS))
    with connection.transaction(ledger.db):
        ledger.db.conn.execute(
            f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO events (id, type, at_ms, recorded_ms, device, member, account,
                                    kind, credits, project, outcome, note)
                SELECT printf('00000000-0000-4000-8000-%012d', i), 'spend', ? + i * ?, ?,
                       'bench', 'bench', 'G', CASE i % 7 {kinds} END, 1 + i % 50,
                       'client ' || (i % 40), 'ok',
                       CASE WHEN i % 5000 = 0 THEN 'rare word' ELSE 'note ' || i END
                FROM n""",
            [count, start_ms, step_ms, int(NOW.timestamp() * 1000)],
        )
    return ledger


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median CPU time: the window's work is in this process, and CPU time stays honest
    on a machine busy with other work."""
    fn()  # warm: first-use imports and Qt's own one-off set-up are not the window's cost
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def measure(count: int, runs: int, folder: Path) -> dict[str, float]:
    from desktopapp.ui.ledger_export import all_rows, write
    from desktopapp.ui.ledger_source import fetch
    from desktopapp.ui.ledger_window import LedgerWindow
    from desktopapp.ui.session import Session

    ledger = build(folder / f"bench-{count}.sqlite3", count)
    ledger.set_setting("tz", "Asia/Tokyo")
    session = Session(ledger, lambda: NOW)
    session.status()  # the tray's figure, computed before any window opens
    window = LedgerWindow(session)
    bar = window.filters
    def next_page() -> None:
        window.reload()
        window.model.fetchMore()

    def kind_filter() -> None:
        bar.kind.setCurrentIndex(bar.kind.findData("video"))
        bar.kind.setCurrentIndex(0)

    figures = {
        "open": timed(lambda: LedgerWindow(session).deleteLater(), runs),
        "next page": timed(next_page, runs),
        "kind filter": timed(kind_filter, runs) / 2,
    }

    def search() -> None:
        bar.search.setText("rare word")
        bar.flush()
        bar.search.setText("")
        bar.flush()

    figures["rare search"] = timed(search, max(1, runs // 3)) / 2
    query = bar.query()
    rows = 10_000

    def export() -> None:
        pages = all_rows(fetch(ledger, query, NOW))
        limited = (r for r, _ in zip(pages, range(rows), strict=False))
        write(folder / "bench.xlsx", "xlsx", limited, "Asia/Tokyo", "Ledger")

    figures["xlsx 10k rows"] = timed(export, 1) if count >= rows else float("nan")
    figures["csv 10k rows"] = (
        timed(lambda: write(folder / "bench.csv", "csv", (r for r, _ in zip(
            all_rows(fetch(ledger, query, NOW)), range(rows), strict=False)),
            "Asia/Tokyo", "Ledger"), 1)
        if count >= rows else float("nan")
    )
    window.deleteLater()
    ledger.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: measure(n, args.runs, Path(tmp)) for n in sizes}
    base = results[sizes[0]]
    print("CPU time, median; (ratio to the smallest ledger)")
    print(f"{'events':>10} " + " ".join(f"{k:>22}" for k in base))
    for n, figures in results.items():
        cells = []
        for key, value in figures.items():
            ratio = value / base[key] if base[key] > 0 else 0
            cells.append(f"{value * 1000:9.1f} ms ({ratio:4.1f}x)")
        print(f"{n:>10} " + " ".join(f"{c:>22}" for c in cells))
    del app


if __name__ == "__main__":
    main()
