"""Fixtures for the packaging tests: the repository's scripts run as a user runs them,
into a temporary HOME, and the bundle built once per session (cached by its inputs)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from pkg_helpers import ROOT, run


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle (cached while its inputs are "
        "unchanged) and starts it; runs in ./scripts/test and so in CI")


@pytest.fixture(scope="session")
def staged_share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/linux/stage.py's output: the menu entry, icons and metainfo."""
    out = tmp_path_factory.mktemp("stage")
    run([sys.executable, str(ROOT / "packaging" / "linux" / "stage.py"), "share", str(out)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    return out / "share"


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "home of a user"  # a space, as on many machines
    folder.mkdir()
    yield folder
