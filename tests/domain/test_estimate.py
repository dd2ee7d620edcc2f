"""Estimates from the user's own runs: numbers pinned on small inline ledgers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.estimate import estimate, quantile, split_outliers
from desktopapp.domain.events import Origin, Outcome, Spend

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
_ids = itertools.count()


def sp(
    kind: str,
    credits: int,
    *,
    days_ago: float = 1,
    outcome: Outcome = "ok",
    size: float | None = None,
    project: str | None = None,
) -> Spend:
    at = NOW - timedelta(days=days_ago)
    return Spend(Origin(f"e{next(_ids)}", at, "dev", "me"), kind, credits,
                 outcome=outcome, size=size, project=project)


def test_no_runs_gives_the_article_defaults() -> None:
    e = estimate([], "video", now=NOW)
    assert e is not None
    assert (e.low, e.typical, e.high) == (100, 300, 800)
    assert (e.samples, e.source, e.history_weight) == (0, "defaults", 0.0)
    assert e.mostly_defaults


def test_five_runs_are_blended_half_and_half_with_defaults() -> None:
    # Own: p10 of 5 values (position 0.6) is the smallest, p90 (5.4) the largest.
    # Blend at 5/10: low (200+100)/2, typical (300+300)/2, high (400+800)/2.
    spends = [sp("video", c) for c in (200, 250, 300, 350, 400)]
    e = estimate(spends, "video", now=NOW)
    assert e is not None
    assert (e.low, e.typical, e.high) == (150, 300, 600)
    assert (e.samples, e.source, e.history_weight) == (5, "blended", 0.5)
    assert not e.mostly_defaults


def test_ten_runs_rest_on_history_alone() -> None:
    # 100..200 step 10 (11 runs). p10 at position 1.2: 100 + 0.2*10 = 102;
    # p90 at 10.8: 190 + 0.8*10 = 198; median 150.
    spends = [sp("slides", c) for c in range(100, 201, 10)]
    e = estimate(spends, "Slides", now=NOW)
    assert e is not None
    assert (e.low, e.typical, e.high) == (102, 150, 198)
    assert (e.samples, e.source) == (11, "history")


def test_a_runaway_run_is_left_out_not_stretched_into_the_range() -> None:
    spends = [sp("agent", c) for c in range(100, 200, 10)] + [sp("agent", 9000)]
    e = estimate(spends, "agent", now=NOW)
    assert e is not None
    assert e.outliers == 1 and e.samples == 10
    assert e.high < 200


def test_runs_older_than_the_window_do_not_count() -> None:
    spends = [sp("chat", 3, days_ago=10), sp("chat", 50, days_ago=91)]
    e = estimate(spends, "chat", now=NOW)
    assert e is not None and e.samples == 1
    e30 = estimate(spends, "chat", now=NOW, window_days=5)
    assert e30 is not None and e30.samples == 0


def test_failed_runs_are_counted_apart() -> None:
    spends = [sp("video", 300) for _ in range(4)]
    spends += [sp("video", 120, outcome="failed"), sp("video", 80, outcome="failed")]
    spends += [sp("video", 280, outcome="retake")]
    e = estimate(spends, "video", now=NOW)
    assert e is not None
    assert e.samples == 4  # only successful runs set the typical cost
    assert e.failures == 2
    assert e.failure_rate == round(2 / 7, 3)
    assert e.failure_typical == 100  # median of 120 and 80


def test_size_uses_cost_per_second_of_the_users_own_videos() -> None:
    # 4 credits per second in every run; at 60 s that is 240 each.
    spends = [sp("video", 120, size=30), sp("video", 240, size=60), sp("video", 360, size=90)]
    spends.append(sp("video", 999))  # no size logged: cannot be used for a sized estimate
    e = estimate(spends, "video", now=NOW, size=60)
    assert e is not None
    # Weight 3/10 against the 60 s default 200/400/800.
    assert (e.low, e.typical, e.high) == (212, 352, 632)
    assert (e.samples, e.unsized, e.size) == (3, 1, 60)


def test_a_size_for_a_kind_without_sizes_is_ignored() -> None:
    spends = [sp("research", c) for c in (50, 60, 70)]
    e = estimate(spends, "research", now=NOW, size=40)
    assert e is not None
    assert (e.size, e.samples, e.unsized) == (None, 3, 0)
    # A sized kind keeps the size and says how many runs lacked one.
    v = estimate([sp("video", 300)], "video", now=NOW, size=30)
    assert v is not None and (v.size, v.samples, v.unsized, v.typical) == (30, 0, 1, 200)


def test_unknown_kind_rests_on_the_users_runs_only() -> None:
    assert estimate([], "podcast", now=NOW) is None
    e = estimate([sp("Podcast", 40), sp("podcast", 60)], "podcast", now=NOW)
    assert e is not None
    assert (e.low, e.typical, e.high, e.source) == (40, 50, 60, "history")


def test_quantile_and_outlier_helpers() -> None:
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert quantile([5.0], 0.9) == 5.0
    kept, out = split_outliers([100, 100, 350])  # 3.5x the median is a normal spread
    assert out == 0 and kept == [100, 100, 350]


# -- properties ---------------------------------------------------------------------------

kinds = st.sampled_from(["video", "slides", "chat", "developer", "podcast"])
spend_lists = st.lists(
    st.builds(
        lambda k, c, d, o, s: sp(k, c, days_ago=d, outcome=o, size=s),
        kinds,
        st.integers(0, 5000),
        st.floats(0, 120),
        st.sampled_from(["ok", "ok", "ok", "failed", "retake"]),
        st.one_of(st.none(), st.floats(1, 300)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(spend_lists, kinds, st.one_of(st.none(), st.floats(1, 200)))
def test_the_range_always_contains_the_typical_value(
    spends: list[Spend], kind: str, size: float | None
) -> None:
    e = estimate(spends, kind, now=NOW, size=size)
    if e is not None:
        assert e.low <= e.typical <= e.high
        assert 0 <= e.history_weight <= 1


@settings(max_examples=100, deadline=None)
@given(kinds, st.integers(0, 3000), st.integers(1, 25), st.one_of(st.none(), st.floats(1, 120)))
def test_more_identical_runs_never_widen_the_range(
    kind: str, credits: int, n: int, size: float | None
) -> None:
    def width(count: int) -> int:
        e = estimate([sp(kind, credits, size=size) for _ in range(count)], kind, now=NOW,
                     size=size)
        assert e is not None
        return e.high - e.low

    assert width(n + 1) <= width(n)
