"""Shared test set-up: no screen, no real keyring, no real user data folder.

Everything runs against real parts (SQLite files in tmp_path, keyrings.alt's plaintext
keyring in a temporary folder), never mocks of them.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

# Set before anything imports Qt or keyring (they read these once).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="creditfuel-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)  # a run leaves no trace
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_SESSION_HOME / "state")
# A test must never pick up the developer's own ledger or language.
os.environ.pop("CREDITFUEL_DB", None)
os.environ.pop("CREDITFUEL_LANG", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from desktopapp.store.ledger_file import Identity, LedgerFile  # noqa: E402

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "creditfuel.sqlite3"


@pytest.fixture
def tracker(db_path: Path) -> Iterator[LedgerFile]:
    """A LedgerFile over a real SQLite file in tmp_path (fixed identity for stable output)."""
    t = LedgerFile.open(db_path, Identity(device="test-device", member="tester"))
    try:
        yield t
    finally:
        t.close()


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """Windows a test left in reference cycles are freed here, on the thread that made
    them: a collection triggered on a worker thread (a figure, the team folder) would
    destroy them there, which Qt does not allow (the tray itself collects only on its UI
    thread: ui.quiet_gc)."""
    yield
    import gc

    gc.collect()
