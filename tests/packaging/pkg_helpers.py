"""Helpers shared by the packaging tests (a plain module: the name "conftest" is taken
by several folders, so tests import this one instead)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The Xvfb + trayer harness of the end-to-end tests, shared, not copied.
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
import xvfb  # noqa: E402

APP_ID = "io.github.creditfuel.CreditFuel"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def needs(*tools: str) -> None:
    """Skip when a tool is missing on a developer machine; fail in CI (never a silent skip)."""
    missing = xvfb.missing_tools(tools)
    if missing:
        message = f"needs {', '.join(missing)} (./scripts/test installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the packaging tests: {message}")
        pytest.skip(message)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves plus a fresh HOME: no venv, no XDG_* of the machine."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], *, timeout: float = 300,
        cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    res = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                         timeout=timeout)
    assert res.returncode == 0, f"{cmd} exited {res.returncode}:\n{res.stdout}\n{res.stderr}"
    return res


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()
