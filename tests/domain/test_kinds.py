"""Task kinds: the article's default ranges, size-aware where it gives sizes."""

from __future__ import annotations

import pytest

from desktopapp.domain.kinds import (
    KINDS,
    DefaultRange,
    default_range,
    group_of,
    is_high_octane,
    kind_info,
    normalize_kind,
)


def test_every_kind_of_the_article_is_known_with_its_range() -> None:
    ranges = {k.code: (k.default_low, k.default_high) for k in KINDS}
    assert ranges == {
        "chat": (1, 5),
        "slides": (30, 150),
        "sheets": (10, 80),
        "sparkpage": (40, 200),
        "research": (20, 150),
        "image": (10, 80),
        "video": (100, 800),
        "developer": (100, 1000),
        "agent": (100, 1000),
    }
    for k in KINDS:
        assert k.default_low <= k.typical <= k.default_high


def test_high_octane_kinds_and_groups() -> None:
    assert {k.code for k in KINDS if k.high_octane} == {"video", "developer", "agent"}
    assert group_of("slides") == "drafting"
    assert group_of("research") == "research"
    assert group_of("video") == "visual"
    assert group_of("agent") == "developer"
    assert group_of("podcast") is None
    assert is_high_octane("Video") and not is_high_octane("chat")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Slides", "slides"), ("slide", "slides"), ("スライド", "slides"), ("  VIDEO ", "video"),
     ("動画", "video"), ("AI  Developer", "developer"), ("super agent", "agent"),
     ("Podcast", "podcast")],
)
def test_free_text_kinds_fold_onto_codes(typed: str, code: str) -> None:
    assert normalize_kind(typed) == code


def test_video_default_follows_the_articles_seconds() -> None:
    assert default_range("video", 30) == DefaultRange(100, 200, 300)
    assert default_range("video", 60) == DefaultRange(200, 400, 800)
    assert default_range("video", 90) == DefaultRange(200, 400, 800)
    # Between 30 s and 60 s: halfway interpolates halfway.
    assert default_range("video", 45) == DefaultRange(150, 300, 550)
    # Beyond 90 s: the 90 s figures per second (120 s = 4/3 of them).
    assert default_range("video", 120) == DefaultRange(267, 533, 1067)
    # Under 30 s: the 30 s figures per second.
    assert default_range("video", 15) == DefaultRange(50, 100, 150)


def test_slides_default_by_pages_and_no_size_means_the_kind_range() -> None:
    assert default_range("slides", 12) == DefaultRange(20, 50, 80)
    assert default_range("slides", 20) == DefaultRange(30, 90, 150)
    assert default_range("slides") == DefaultRange(30, 50, 150)
    assert default_range("sheets", 99) == DefaultRange(10, 30, 80)  # no sizes in the article


def test_unknown_kind_has_no_default() -> None:
    assert default_range("podcast") is None
    assert kind_info("podcast") is None
