"""The hybrid clock: stamps only grow, and a stamp made after reading another is greater,
whatever the two wall clocks say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktopapp.domain.hlc import MAX_COUNTER, ZERO, Hlc, decode, observe, tick

walls = st.integers(min_value=0, max_value=10**13)
counters = st.integers(min_value=0, max_value=MAX_COUNTER)
devices = st.text(alphabet="abcdef0123456789-", min_size=1, max_size=12)
stamps = st.builds(Hlc, walls, counters, devices)


@given(stamps, walls, devices)
def test_tick_is_after_the_last_stamp_even_when_the_clock_went_back(
    last: Hlc, now_ms: int, device: str
) -> None:
    new = tick(last, now_ms, device)
    assert (new.wall, new.counter) > (last.wall, last.counter)
    assert new.wall >= now_ms


@given(stamps, stamps, walls, devices)
def test_a_stamp_after_reading_another_is_greater_than_both(
    last: Hlc, seen: Hlc, now_ms: int, device: str
) -> None:
    new = observe(last, seen, now_ms, device)
    assert (new.wall, new.counter) > (last.wall, last.counter)
    assert (new.wall, new.counter) > (seen.wall, seen.counter)


@given(stamps, stamps)
def test_text_sorts_like_the_values_and_reads_back(a: Hlc, b: Hlc) -> None:
    assert decode(a.encode()) == a
    if (a.wall, a.counter) != (b.wall, b.counter):
        assert (a < b) == (a.encode() < b.encode())


@given(st.lists(walls, min_size=1, max_size=50))
def test_a_device_an_hour_behind_still_stamps_after_what_it_read(walls_seen: list[int]) -> None:
    hour = 3_600_000
    ahead = ZERO
    behind = ZERO
    for w in walls_seen:
        ahead = tick(ahead, w + hour, "ahead")
        behind = observe(behind, ahead, w, "behind")
        mine = tick(behind, w, "behind")
        assert mine > ahead
        behind = mine


def test_counter_overflow_moves_the_wall_on() -> None:
    last = Hlc(5, MAX_COUNTER, "d")
    assert tick(last, 0, "d") == Hlc(6, 0, "d")
