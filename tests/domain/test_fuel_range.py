"""The range line quotes only what the user's own history supports."""

from __future__ import annotations

from desktopapp.domain.estimate import Estimate
from desktopapp.domain.fuel_range import candidate_kinds, fuel_range


def est(kind: str, typical: int, samples: int) -> Estimate:
    return Estimate(kind=kind, size=None, typical=typical, low=typical // 2, high=typical * 2,
                    samples=samples, source="history" if samples >= 10 else "blended",
                    history_weight=min(1.0, samples / 10))


def test_balance_divided_by_typical_costs_most_expensive_first() -> None:
    r = fuel_range(450, [est("chat", 5, 40), est("video", 300, 4), est("slides", 60, 12)])
    assert [(i.kind, i.count) for i in r.items] == [("video", 1), ("slides", 7), ("chat", 90)]
    assert r.enough_history


def test_not_enough_history_is_said_not_guessed() -> None:
    r = fuel_range(450, [est("video", 300, 1), est("slides", 60, 0), None])
    assert r.items == () and not r.enough_history


def test_kinds_without_history_are_left_out_and_list_is_capped() -> None:
    r = fuel_range(1000, [est("video", 300, 2), est("a", 10, 5), est("b", 20, 5),
                          est("c", 30, 5), est("d", 40, 5)], max_items=3)
    assert [i.kind for i in r.items] == ["d", "c", "b"]


def test_negative_balance_buys_nothing() -> None:
    assert fuel_range(-20, [est("chat", 5, 9)]).items[0].count == 0


def test_candidates_start_with_the_users_kinds() -> None:
    assert candidate_kinds(["image", "chat"]) == ["image", "chat", "video", "slides"]
