"""A realistic demo ledger: four weeks of a small team on Genspark Plus.

Slides and research most days, images now and then, a few videos for two client jobs
(one failed on a bad connection, one retaken), one AI Developer task, chats in between.
Deterministic (a seeded random), in the user's local working hours, so the screenshots
and anyone trying the app see the same figures.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desktopapp.domain.rules import RepeatApproval, TaskCap, VariantLimit
from desktopapp.services import setup
from desktopapp.store.ledger_file import Identity, LedgerFile

ZONE = "Asia/Tokyo"
PROJECTS = {
    "en": ("Tanaka Foods", "Sakura Travel"),
    "ja": ("田中食品", "さくら旅行"),
}
NOTES = {
    "en": {"failed": "network dropped mid-render", "retake": "client wanted a warmer voice"},
    "ja": {"failed": "生成中に回線が切れた", "retake": "ナレーションの声を変更"},
}


def build(path: Path, now: datetime, lang: str = "en", days: int = 27) -> LedgerFile:
    """Create (or replace) a demo ledger at ``path`` ending at ``now``."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tracker = LedgerFile.open(path, Identity(device="demo", member="demo"))
    zone = ZoneInfo(ZONE)
    start = (now - timedelta(days=days)).astimezone(zone).replace(hour=8, minute=0)
    tracker.set_setting("tz", ZONE)
    tracker.set_setting("lang", lang)
    tracker.set_setting("price.credits_per_unit", 3.3)  # about ¥3,000 for 10,000 credits
    tracker.set_setting("price.currency", "JPY")
    setup.apply_preset(tracker, "genspark-plus", now=start, billing_day=5, tz=ZONE, lang=lang)
    tracker.add_rule(TaskCap("cap-600", 600), now=start)
    tracker.add_rule(RepeatApproval("video-first-run", kinds=("video",)), now=start)
    tracker.add_rule(VariantLimit("slides-3", "slides", 3), now=start)

    client_a, client_b = PROJECTS.get(lang, PROJECTS["en"])
    notes = NOTES.get(lang, NOTES["en"])
    rng = random.Random(20261125)

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        local = (start + timedelta(days=day)).date()
        return datetime.combine(local, time(hour, minute), tzinfo=zone)

    def log(when: datetime, kind: str, credits: int, **kw: object) -> None:
        if when <= now:
            tracker.log_spend(kind, credits=credits, at=when, now=now, **kw)  # type: ignore[arg-type]

    for day in range(days + 1):
        weekday = (start + timedelta(days=day)).weekday()
        if weekday >= 5 and rng.random() < 0.7:
            continue  # quiet weekends
        for _ in range(rng.randint(2, 6)):
            log(at(day, rng.randint(9, 18), rng.randint(0, 59)), "chat", rng.randint(1, 5))
        if rng.random() < 0.55:
            pages = rng.choice((10, 12, 15, 18))
            log(at(day, 10, 30), "slides", int(pages * rng.uniform(3.2, 6.5)), size=pages,
                project=rng.choice((client_a, client_b, None)))
        if rng.random() < 0.5:
            log(at(day, 14, 10), "research", rng.randint(25, 120),
                project=rng.choice((client_a, None)))
        if rng.random() < 0.25:
            log(at(day, 16, 0), "image", rng.randint(25, 80), size=4, project=client_b)
        if rng.random() < 0.15:
            log(at(day, 11, 15), "sheets", rng.randint(12, 60))

    # The video jobs: a 30 s teaser for A, a 60 s promo for B (failed once, retaken once).
    log(at(3, 15, 0), "video", 190, size=30, project=client_a)
    log(at(9, 13, 0), "video", 180, size=30, project=client_a, outcome="retake")
    log(at(12, 11, 0), "video", 360, size=60, project=client_b, outcome="failed",
        note=notes["failed"])
    log(at(12, 15, 30), "video", 410, size=60, project=client_b)
    log(at(19, 10, 0), "video", 380, size=60, project=client_b, outcome="retake",
        note=notes["retake"])
    log(at(24, 16, 0), "video", 240, size=30, project=client_a)
    log(at(17, 14, 0), "developer", 520, project=client_a)
    log(at(22, 10, 0), "sparkpage", 110, project=client_b)
    return tracker


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "demo.sqlite3")
    when = datetime.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else datetime.now().astimezone()
    t = build(target, when)
    print(target, t.status(when))
    t.close()
