"""What a write changed, so each screen redraws only what it shows.

Areas: ``ledger`` (logs, undos, packs, balance readings), ``meters``, ``settings``,
``rules``, and ``file`` (the whole file: a restore, an import, another process's write),
which touches every area.
"""

from __future__ import annotations

from dataclasses import dataclass

AREAS = ("ledger", "meters", "settings", "rules", "file")


@dataclass(frozen=True)
class Change:
    areas: frozenset[str]

    def touches(self, *areas: str) -> bool:
        """Whether any of ``areas`` may have changed (a whole-file change touches all)."""
        return "file" in self.areas or any(a in self.areas for a in areas)


def change(*areas: str) -> Change:
    unknown = set(areas) - set(AREAS)
    if unknown:
        raise ValueError(f"unknown change areas: {sorted(unknown)}")
    return Change(frozenset(areas))


LEDGER = change("ledger")
METERS = change("meters")
SETTINGS = change("settings")
RULES = change("rules")
FILE = change("file")
EVERYTHING = FILE
