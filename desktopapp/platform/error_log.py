"""The log file for unexpected errors: the per-user log folder, rotated, never a secret.

Users never read logs, but a support request can attach one. Only errors go here (no
usage, no telemetry; nothing leaves the machine). Anything that looks like a key, token
or webhook address is masked before it is written, because tracebacks quote arguments.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

LOGGER_NAME = "creditfuel"
MAX_BYTES = 512 * 1024
BACKUPS = 3
_SECRETS = (
    # header or assignment style: X-Api-Key: abc, api_key=abc, "token": "abc", Bearer abc
    re.compile(
        r"(?i)((?:x-api-key|x-chatworktoken|api[_-]?key|token|secret|password|authorization)"
        r"[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)([^\s\"',}]+)"
    ),
    re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]{8,})"),
    # webhook URLs carry their secret in the path
    re.compile(r"(?i)(https?://[^\s/]*(?:hooks|webhook|chat\.googleapis)[^\s/]*/)(\S+)"),
)


def log_dir() -> Path:
    override = os.environ.get("CREDITFUEL_LOG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("CreditFuel", appauthor=False))


def mask_secrets(text: str) -> str:
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: m.group(1) + "***", text)
    return text


def log_file() -> Path:
    return log_dir() / "creditfuel.log"


def logger() -> logging.Logger:
    """The app's error logger, writing to the rotated file (set up once, lazily: logging
    is imported only when something went wrong, so start-up does not pay for it)."""
    import logging
    from logging.handlers import RotatingFileHandler

    class Masking(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return mask_secrets(super().format(record))

    log = logging.getLogger(LOGGER_NAME)
    target = str(log_file())
    for handler in list(log.handlers):
        # The log folder moved (a new CREDITFUEL_LOG_DIR): write to the one in force.
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename != target:
            log.removeHandler(handler)
            handler.close()
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = RotatingFileHandler(
                log_file(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
            os.chmod(log_file(), 0o600)
        except OSError:
            return log  # an unwritable log folder must not turn one error into two
        handler.setFormatter(Masking("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def record_exception(where: str, exc: BaseException) -> Path:
    """Write one unexpected error with its traceback; returns the log file's path."""
    logger().error("unexpected error in %s", where, exc_info=(type(exc), exc, exc.__traceback__))
    return log_file()
