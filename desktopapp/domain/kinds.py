"""Task kinds and the seed article's default cost ranges (credits).

The figures are defaults the user's own history replaces as it grows (see estimate.py);
they are not truths. Where the article gives a range per size (video seconds, slide
pages, images per prompt) the default scales with the size asked about.

Users may log any kind as free text; ``normalize_kind`` folds common spellings onto the
known codes so "Slides", "slide" and "スライド" land in the same history.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Literal

SizeUnit = Literal["seconds", "pages", "images"]
Group = Literal["drafting", "research", "visual", "developer"]
GROUPS: tuple[Group, ...] = ("drafting", "research", "visual", "developer")


@dataclass(frozen=True)
class SizeBand:
    """The article's range for sizes in [size_low, size_high] (inclusive)."""

    size_low: float
    size_high: float
    low: int
    typical: int
    high: int


@dataclass(frozen=True)
class KindInfo:
    code: str
    default_low: int
    default_high: int
    typical: int
    size_unit: SizeUnit | None
    high_octane: bool
    group: Group
    bands: tuple[SizeBand, ...] = ()  # size-aware defaults, in increasing size


@dataclass(frozen=True)
class DefaultRange:
    low: int
    typical: int
    high: int


KINDS: tuple[KindInfo, ...] = (
    KindInfo("chat", 1, 5, 2, None, False, "drafting"),
    KindInfo(
        "slides",
        30,
        150,
        50,
        "pages",
        False,
        "drafting",
        # 10-15 pages first pass: 20-80 (~50); 10-20 pages overall: 30-150.
        (SizeBand(10, 15, 20, 50, 80), SizeBand(16, 20, 30, 90, 150)),
    ),
    KindInfo("sheets", 10, 80, 30, None, False, "drafting"),
    KindInfo("sparkpage", 40, 200, 80, None, False, "drafting"),
    KindInfo("research", 20, 150, 60, None, False, "research"),
    KindInfo(
        "image",
        10,
        80,
        40,
        "images",
        False,
        "visual",
        (SizeBand(4, 4, 10, 40, 80),),  # one prompt, four images
    ),
    KindInfo(
        "video",
        100,
        800,
        300,
        "seconds",
        True,
        "visual",
        # 30 s: 100-300; 60-90 s: 200-800.
        (SizeBand(30, 30, 100, 200, 300), SizeBand(60, 90, 200, 400, 800)),
    ),
    KindInfo("developer", 100, 1000, 300, None, True, "developer"),
    KindInfo("agent", 100, 1000, 300, None, True, "developer"),
)

_BY_CODE = {k.code: k for k in KINDS}

_ALIASES = {
    "text": "chat",
    "slide": "slides",
    "deck": "slides",
    "sheet": "sheets",
    "spreadsheet": "sheets",
    "page": "sparkpage",
    "sparkpages": "sparkpage",
    "search": "research",
    "data": "research",
    "images": "image",
    "videos": "video",
    "dev": "developer",
    "ai developer": "developer",
    "ai-developer": "developer",
    "super agent": "agent",
    "superagent": "agent",
    "agents": "agent",
    "チャット": "chat",
    "スライド": "slides",
    "シート": "sheets",
    "スパークページ": "sparkpage",
    "リサーチ": "research",
    "画像": "image",
    "動画": "video",
    "開発": "developer",
    "エージェント": "agent",
}


@functools.lru_cache(maxsize=1024)  # called per spend in every estimate; few distinct kinds
def normalize_kind(kind: str) -> str:
    """The code a free-text kind is filed under (unknown kinds kept, case-folded)."""
    key = " ".join(kind.strip().casefold().split())
    return _ALIASES.get(key, key)


def kind_info(kind: str) -> KindInfo | None:
    return _BY_CODE.get(normalize_kind(kind))


def group_of(kind: str) -> Group | None:
    info = kind_info(kind)
    return info.group if info else None


def is_high_octane(kind: str) -> bool:
    info = kind_info(kind)
    return bool(info and info.high_octane)


def default_range(kind: str, size: float | None = None) -> DefaultRange | None:
    """The article's range for a kind, at a size when it gives sizes (None: unknown kind).

    Inside a band the band's figures hold; between two bands the figures are interpolated;
    beyond the outermost band they scale in proportion to the size (cost per second or per
    page stays what the nearest band implies).
    """
    info = kind_info(kind)
    if info is None:
        return None
    base = DefaultRange(info.default_low, info.typical, info.default_high)
    if size is None or size <= 0 or not info.bands:
        return base
    bands = info.bands
    for band in bands:
        if band.size_low <= size <= band.size_high:
            return DefaultRange(band.low, band.typical, band.high)
    first, last = bands[0], bands[-1]
    if size < first.size_low:
        return _scaled(first, size / first.size_low)
    if size > last.size_high:
        return _scaled(last, size / last.size_high)
    for lower, upper in itertools.pairwise(bands):
        if lower.size_high < size < upper.size_low:
            t = (size - lower.size_high) / (upper.size_low - lower.size_high)
            return DefaultRange(
                round(lower.low + t * (upper.low - lower.low)),
                round(lower.typical + t * (upper.typical - lower.typical)),
                round(lower.high + t * (upper.high - lower.high)),
            )
    return base  # pragma: no cover - bands are sorted and contiguous by construction


def _scaled(band: SizeBand, factor: float) -> DefaultRange:
    low = max(1, round(band.low * factor))
    typical = max(low, round(band.typical * factor))
    high = max(typical, round(band.high * factor))
    return DefaultRange(low, typical, high)
