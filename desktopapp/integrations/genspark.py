"""Genspark through the user's own API key: ``GET {base}/api/tool_cli/me`` with the
header ``X-Api-Key``, as Genspark's own CLI (``gsk me``) does. The answer carries
``email``, ``plan`` and ``credit_balance``; only the last two are used (the e-mail is
never kept). There is no per-task cost endpoint: costs come from balance changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktopapp.integrations.base import TIMEOUT_S, Answer, Failure, Reading, balance_from

DEFAULT_BASE_URL = "https://www.genspark.ai"
ENDPOINT = "/api/tool_cli/me"
USAGE_PAGE = "https://www.genspark.ai/"  # the account page where a person sees credits
GSK_ENV = "GSK_API_KEY"
GSK_CONFIG = Path("~/.genspark-tool-cli/config.json")


def normalize_base_url(base_url: str) -> str | None:
    """``https://host[:port][/prefix]`` without a trailing slash, or None when it is no
    http(s) address (a typo must not become a request somewhere else)."""
    text = base_url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    return text


def balance_of(answer: Any) -> tuple[int, str | None] | None:
    """(balance, plan) from the endpoint's JSON: raw, or wrapped as ``data`` the way
    ``gsk me`` prints it; None when the shape has no usable ``credit_balance``."""
    wrapped = isinstance(answer, dict) and isinstance(answer.get("data"), dict)
    if wrapped and "credit_balance" not in answer:
        answer = answer["data"]
    if not isinstance(answer, dict) or "credit_balance" not in answer:
        return None
    balance = balance_from(answer["credit_balance"])
    if balance is None:
        return None
    plan = answer.get("plan")
    return balance, (str(plan)[:40] if isinstance(plan, str | int) and plan != "" else None)


@dataclass
class GensparkSource:
    """``key`` comes from the keyring at the moment of reading; it is never stored here
    longer than one read, never logged, never part of a Failure."""

    name: str
    key: str
    base_url: str = DEFAULT_BASE_URL
    timeout: float = TIMEOUT_S

    def read(self, now: datetime) -> Answer:
        # urllib (http.client, ssl, email) loads only when a reading is taken.
        from desktopapp.integrations.http_json import get_json

        found = get_json(
            self.base_url + ENDPOINT, {"X-Api-Key": self.key}, now, timeout=self.timeout
        )
        if isinstance(found, Failure):
            return found
        parsed = balance_of(found)
        if parsed is None:
            return Failure("unexpected_answer", now, detail="no credit_balance")
        balance, plan = parsed
        return Reading(balance=balance, at=now, plan=plan)


def gsk_key(environ: dict[str, str] | None = None, home: Path | None = None) -> str | None:
    """The key gsk uses (``GSK_API_KEY``, else ``~/.genspark-tool-cli/config.json``),
    read only when the user agreed to import it once."""
    env = os.environ if environ is None else environ
    if env.get(GSK_ENV, "").strip():
        return env[GSK_ENV].strip()
    path = (home / GSK_CONFIG.relative_to("~")) if home else GSK_CONFIG.expanduser()
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    key = config.get("api_key") if isinstance(config, dict) else None
    return key.strip() if isinstance(key, str) and key.strip() else None
