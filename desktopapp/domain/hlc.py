"""Hybrid logical clock: wall milliseconds + counter + device id.

Each device stamps what it shares with the team with ``tick``; reading another
device's stamp advances the clock past it with ``observe``. So a stamp made after
seeing another one is always greater, even when the two computers' clocks disagree
by hours, and two stamps never tie (the device id breaks the last tie). The text form
sorts the same way as the values, so the store can compare stamps as strings.
Pure: the wall clock is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 15  # milliseconds since 1970 fit in 15 digits for the next 30,000 years
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1


class BadStamp(ValueError):
    """Text that is not a stamp this app writes."""


@dataclass(frozen=True, order=True)
class Hlc:
    wall: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"


ZERO = Hlc(0, 0, "")


def decode(text: str) -> Hlc:
    wall, sep1, rest = text.partition("-")
    counter, sep2, device = rest.partition("-")
    if not (sep1 and sep2 and len(wall) == WALL_DIGITS and len(counter) == COUNTER_DIGITS):
        raise BadStamp(text)
    if not (wall.isdigit() and counter.isdigit() and device):
        raise BadStamp(text)
    return Hlc(int(wall), int(counter), device)


def _next(wall: int, counter: int, device: str) -> Hlc:
    # A counter that overflows moves the wall on by one millisecond: still greater.
    if counter > MAX_COUNTER:
        return Hlc(wall + 1, 0, device)
    return Hlc(wall, counter, device)


def tick(last: Hlc, now_ms: int, device: str) -> Hlc:
    """The stamp for something this device writes now: greater than ``last``."""
    if now_ms > last.wall:
        return Hlc(now_ms, 0, device)
    return _next(last.wall, last.counter + 1, device)


def observe(last: Hlc, seen: Hlc, now_ms: int, device: str) -> Hlc:
    """The clock after reading ``seen`` from another device: greater than both."""
    wall = max(last.wall, seen.wall, now_ms)
    if wall == last.wall == seen.wall:
        counter = max(last.counter, seen.counter) + 1
    elif wall == last.wall:
        counter = last.counter + 1
    elif wall == seen.wall:
        counter = seen.counter + 1
    else:
        counter = 0
    return _next(wall, counter, device)
