"""The History window's CSV export is private (0600) and never writes through a planted
``.part`` symlink."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from desktopapp.ui import history_csv


@pytest.mark.skipif(sys.platform == "win32", reason="Unix modes and symlinks")
def test_the_csv_is_private_and_a_planted_part_link_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "history.csv"
    (tmp_path / "history.csv.part").symlink_to(victim)  # what another local user plants
    old = os.umask(0o022)
    try:
        history_csv.write(target, ["a", "b"], [["1", "2"]])
    finally:
        os.umask(old)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "1,2" in target.read_text(encoding="utf-8-sig")
