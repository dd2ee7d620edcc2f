"""An unexpected error is written to the per-user log file, never with a secret in it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktopapp.platform import error_log


@pytest.fixture()
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("CREDITFUEL_LOG_DIR", str(folder))
    yield folder
    import logging

    log = logging.getLogger(error_log.LOGGER_NAME)
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)


def _fail(key: str) -> None:
    raise RuntimeError(f"request failed with X-Api-Key: {key} and token={key}")


def test_an_error_lands_in_the_log_with_its_traceback_and_no_secret(log_dir: Path) -> None:
    key = "gsk-SECRET-1234567890"
    try:
        _fail(key)
    except RuntimeError as exc:
        path = error_log.record_exception("a test", exc)
    written = path.read_text(encoding="utf-8")
    assert path.parent == log_dir
    assert "unexpected error in a test" in written
    assert "_fail" in written  # the traceback is there for whoever helps the user
    assert key not in written
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer abcdefgh12345678",
        '{"api_key": "abcdefgh12345678"}',
        "https://hooks.slack.com/services/T000/B000/abcdefgh12345678",
        "X-ChatWorkToken: abcdefgh12345678",
    ],
)
def test_secrets_are_masked(text: str) -> None:
    assert "abcdefgh12345678" not in error_log.mask_secrets(text)


def test_an_unwritable_log_folder_does_not_raise(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CREDITFUEL_LOG_DIR", str(blocker / "logs"))
    try:
        raise ValueError("boom")
    except ValueError as exc:
        error_log.record_exception("a test", exc)  # must not raise
