"""Fixtures for tests that need a real X screen and a real tray host (Xvfb + trayer)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The harness is plain Python shared with benchmarks/, imported from its own folder.
sys.path.insert(0, str(Path(__file__).parent))
import xvfb

# The screenshot checks use ImageMagick's import (camera) and convert (colour count).
TOOLS = (*xvfb.REQUIRED_TOOLS, "import", "convert")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[xvfb.Desktop]:
    """A virtual 1024x300 screen with trayer docked top right, ended after the test."""
    missing = xvfb.missing_tools(TOOLS)
    if missing:
        message = f"needs {', '.join(missing)} (./scripts/test installs them)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the tray tests: {message}")  # never a silent skip
        pytest.skip(message)
    logs = tmp_path / "x11-logs"
    logs.mkdir()
    with xvfb.virtual_desktop(logs=logs) as screen:
        yield screen
