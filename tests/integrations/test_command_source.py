"""The generic source: a command the user names, run for real (no shell)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest

from desktopapp.integrations.base import Failure, Reading
from desktopapp.integrations.command_source import CommandSource, parse_output

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PY = sys.executable


def run(code: str, timeout: float = 10.0) -> Reading | Failure:
    return CommandSource("mine", (PY, "-c", code), timeout=timeout).read(NOW)


def test_json_with_a_balance_and_a_plan() -> None:
    got = run('print(\'{"balance": 512.9, "plan": "Pro"}\')')
    assert got == Reading(balance=512, at=NOW, plan="Pro")


def test_a_bare_number() -> None:
    assert run("print('chatter first'); print('1,024')") == Reading(balance=1024, at=NOW)


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("import sys; sys.exit(3)", "command_failed"),
        ("print('no idea')", "unexpected_answer"),
        ("print('{\"credits\": 5}')", "unexpected_answer"),
        ("import time; time.sleep(5)", "offline"),
    ],
)
def test_failures_are_states(code: str, state: str) -> None:
    got = run(code, timeout=0.5)
    assert isinstance(got, Failure) and got.code == state


def test_a_missing_program_is_a_failed_command() -> None:
    got = CommandSource("x", ("/nonexistent/creditfuel-balance",)).read(NOW)
    assert isinstance(got, Failure) and got.code == "command_failed"


def test_parse_output() -> None:
    assert parse_output('{"credit_balance": 7}') == (7, None)
    assert parse_output("") is None
    assert parse_output("NaN") is None
