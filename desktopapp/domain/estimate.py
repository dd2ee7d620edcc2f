"""What a task of a kind (and size) usually costs *this* user.

From the user's own successful runs in a rolling window: the median as the typical cost
and the 10th-90th percentiles as the 80 % range. While the user has few runs the figures
are blended with the article's defaults (kinds.py), and the result says how many runs it
rests on and whether it is still mostly defaults.

Choices, and why:
- Percentiles use the (n + 1) plotting position (Hyndman-Fan type 6). With n samples, the
  k-th smallest sits on average at the k / (n + 1) quantile of the true distribution, so
  this is the position that makes the range hold ~80 % of *future* runs; the common
  (n - 1) interpolation gives ranges that hold ~70 % at n = 20.
- Outliers (a run more than 3.5 robust standard deviations from the median, measured on a
  log scale because costs are skewed, and never closer than 5x the median) are left out
  and counted: one runaway agent session must not stretch every later range.
- Sizes: with a size asked about, only runs logged with a size count, as credits per
  unit (per second, per page) times the size; runs logged without a size are counted
  in ``unsized`` so the UI can ask the user to log sizes. A size for a kind with no size
  unit and no sized runs is ignored (the estimate says ``size=None``).
- Blending is linear in the number of runs: at ``full_trust`` runs the defaults no longer
  count. Blending low, typical and high separately keeps low <= typical <= high, and for
  identical runs the range only narrows as runs are added.
- Failed runs are kept apart: they do not move the typical cost, but the failure rate
  and the typical cost of a failure are reported (failures cost credits too).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from desktopapp.domain.events import Spend
from desktopapp.domain.kinds import default_range, kind_info, normalize_kind

Source = Literal["history", "blended", "defaults"]

WINDOW_DAYS = 90
FULL_TRUST = 10  # own runs at which the defaults stop counting
OUTLIER_Z = 3.5  # Iglewicz-Hoaglin modified z-score cut-off
OUTLIER_MIN_FACTOR = 5.0  # within 5x of the median is never an outlier
MAD_TO_SIGMA = 1.4826


@dataclass(frozen=True)
class Estimate:
    kind: str
    size: float | None
    typical: int
    low: int
    high: int
    samples: int  # the user's own successful runs the figures rest on
    source: Source
    history_weight: float  # 0..1: how much of the figures comes from the user's runs
    outliers: int = 0  # own runs left out as outliers
    unsized: int = 0  # own runs that could not be used because no size was logged
    failures: int = 0  # failed runs of this kind in the window
    failure_rate: float | None = None  # failed / all runs of this kind in the window
    failure_typical: int | None = None  # median cost of a failed run
    window_days: int = WINDOW_DAYS

    @property
    def mostly_defaults(self) -> bool:
        return self.history_weight < 0.5


@dataclass(frozen=True)
class _Spread:
    low: float
    typical: float
    high: float


def quantile(sorted_values: Sequence[float], p: float) -> float:
    """Type-6 quantile (position p * (n + 1)), clamped to the observed values."""
    n = len(sorted_values)
    if n == 0:
        raise ValueError("quantile of no values")
    h = p * (n + 1)
    if h <= 1:
        return sorted_values[0]
    if h >= n:
        return sorted_values[-1]
    below = math.floor(h)
    frac = h - below
    a, b = sorted_values[below - 1], sorted_values[below]
    return a + frac * (b - a)


def split_outliers(values: Sequence[float]) -> tuple[list[float], int]:
    """(kept values sorted, number left out). Needs 3+ values to call anything an outlier."""
    ordered = sorted(values)
    if len(ordered) < 3:
        return ordered, 0
    logs = [math.log1p(max(v, 0.0)) for v in ordered]
    centre = statistics.median(logs)
    mad = statistics.median(abs(x - centre) for x in logs)
    cut = max(OUTLIER_Z * MAD_TO_SIGMA * mad, math.log(OUTLIER_MIN_FACTOR))
    kept = [v for v, x in zip(ordered, logs, strict=True) if abs(x - centre) <= cut]
    return kept, len(ordered) - len(kept)


def spread(sorted_values: Sequence[float]) -> tuple[float, float, float]:
    """(10th percentile, median, 90th percentile) of sorted values."""
    return (
        quantile(sorted_values, 0.1),
        statistics.median(sorted_values),
        quantile(sorted_values, 0.9),
    )


def estimate(
    spends: Sequence[Spend],
    kind: str,
    *,
    now: datetime,
    size: float | None = None,
    window_days: int = WINDOW_DAYS,
    full_trust: int = FULL_TRUST,
) -> Estimate | None:
    """The estimate for ``kind`` (None: an unknown kind the user never logged)."""
    code = normalize_kind(kind)
    since = now - timedelta(days=window_days)
    runs = [
        s
        for s in spends
        if since <= s.origin.at <= now and normalize_kind(s.kind) == code
    ]
    ok = [s for s in runs if s.outcome == "ok"]
    with_size = [s for s in ok if s.size is not None and s.size > 0]
    info = kind_info(code)
    # A size only means something for kinds the article sizes or the user logged sizes
    # for; otherwise (``research --size 50`` with no sized runs) the size is ignored.
    sized = size is not None and size > 0 and (
        bool(with_size) or (info is not None and info.size_unit is not None)
    )
    if sized:
        assert size is not None
        values = [s.credits / s.size for s in with_size if s.size]
        unsized = len(ok) - len(with_size)
        scale = size
    else:
        values = [float(s.credits) for s in ok]
        unsized = 0
        scale = 1.0
    kept, outliers = split_outliers(values)
    n = len(kept)
    defaults = default_range(code, size if sized else None)
    if n == 0 and defaults is None:
        return None

    own: _Spread | None = None
    if n:
        lo, mid, hi = spread(kept)
        own = _Spread(lo * scale, mid * scale, hi * scale)
    # With no defaults (a kind of the user's own) the user's runs are all there is.
    weight = 1.0 if defaults is None or full_trust <= 0 else min(1.0, n / full_trust)
    prior = (
        _Spread(defaults.low, defaults.typical, defaults.high)
        if defaults is not None
        else _Spread(0.0, 0.0, 0.0)
    )
    mine = own if own is not None else prior
    blended = _Spread(
        weight * mine.low + (1 - weight) * prior.low,
        weight * mine.typical + (1 - weight) * prior.typical,
        weight * mine.high + (1 - weight) * prior.high,
    )
    source: Source = "defaults" if n == 0 else ("history" if weight >= 1.0 else "blended")

    # Round the typical value and the two gaps around it, not the ends: rounding each end
    # on its own could widen a narrowing range by a credit.
    typical = round(blended.typical)
    low = typical - round(blended.typical - blended.low)
    high = typical + round(blended.high - blended.typical)

    failed = [s.credits for s in runs if s.outcome == "failed"]
    return Estimate(
        kind=code,
        size=size if sized else None,
        typical=typical,
        low=low,
        high=high,
        samples=n,
        source=source,
        history_weight=round(weight, 3),
        outliers=outliers,
        unsized=unsized,
        failures=len(failed),
        failure_rate=round(len(failed) / len(runs), 3) if runs else None,
        failure_typical=round(statistics.median(failed)) if failed else None,
        window_days=window_days,
    )
