"""Short versions of the robustness campaigns (the full ones: benchmarks/*_campaign.py).

Each runs the real script as a user would, in its own process, and checks the figures it
prints. A fixed seed keeps CI repeatable; CREDITFUEL_CAMPAIGN_SEED explores other ones.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = os.environ.get("CREDITFUEL_CAMPAIGN_SEED", "20261125")

pytestmark = pytest.mark.campaign


def run(script: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--short", "--seed", SEED],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    return output


def figure(output: str, name: str) -> int:
    m = re.search(rf"\b{name}=(\d+)", output)
    assert m, output
    return int(m.group(1))


def test_killed_writer_loses_no_acknowledged_log() -> None:
    out = run("crash_campaign.py")
    assert figure(out, "kills") == 30
    assert figure(out, "acknowledged") > 300  # the writer did real work between kills
    assert figure(out, "lost") == 0
    assert figure(out, "half_written") == 0  # a retried id is never written twice
    figure(out, "retried_already_logged")  # writes in flight are retried under their id
    assert "integrity=ok" in out


def test_hostile_cli_arguments_and_import_files_never_crash_or_half_write() -> None:
    out = run("fuzz_campaign.py")
    assert figure(out, "tried") == 500
    assert figure(out, "crashes") == 0
    assert figure(out, "partial_writes") == 0
    assert figure(out, "later_broken") == 0  # status, log, history, check after each input
    assert figure(out, "follow_up_commands") == 4 * 500
    assert figure(out, "2") > 100  # most hostile inputs are rejected, with exit 2
