"""A command the user names that prints the balance: ``{"balance": N}`` (optionally
``"plan"``) or just a number. Run without a shell, with a timeout; on Windows without
flashing a console window. For platforms CreditFuel has no reader of its own for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime

from desktopapp.integrations.base import Answer, Failure, Reading, balance_from

TIMEOUT_S = 30.0
MAX_OUTPUT = 64 * 1024


def parse_output(text: str) -> tuple[int, str | None] | None:
    """(balance, plan) from what the command printed, or None."""
    text = text.strip()
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        value = text.splitlines()[-1].strip()  # a bare number on the last line
    if isinstance(value, dict):
        raw = value.get("balance", value.get("credit_balance"))
        balance = balance_from(raw)
        plan = value.get("plan")
        return None if balance is None else (balance, plan if isinstance(plan, str) else None)
    balance = balance_from(value)
    return None if balance is None else (balance, None)


@dataclass
class CommandSource:
    name: str
    argv: tuple[str, ...]
    timeout: float = TIMEOUT_S

    def read(self, now: datetime) -> Answer:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        try:
            done = subprocess.run(  # the user's own command, no shell
                list(self.argv),
                capture_output=True,
                stdin=subprocess.DEVNULL,
                timeout=self.timeout,
                check=False,
                creationflags=flags,
            )
        except subprocess.TimeoutExpired:
            return Failure("offline", now, detail=f"no answer within {self.timeout:g} s")
        except OSError as error:
            return Failure("command_failed", now, detail=type(error).__name__)
        if done.returncode != 0:
            return Failure("command_failed", now, detail=f"exit code {done.returncode}")
        parsed = parse_output(done.stdout[:MAX_OUTPUT].decode("utf-8", "replace"))
        if parsed is None:
            return Failure("unexpected_answer", now, detail="no balance in the output")
        balance, plan = parsed
        return Reading(balance=balance, at=now, plan=plan)
