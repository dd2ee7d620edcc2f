"""One GET of a JSON endpoint over urllib, every failure turned into a ``Failure``.

The system or corporate proxy is honoured (``urllib.request.getproxies``: the
HTTP(S)_PROXY / NO_PROXY variables, the Windows registry, macOS settings). Redirects are
refused: following one would send the key to whichever host the redirect names, and a
login or bot-wall page is not a balance anyway.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktopapp.integrations.base import TIMEOUT_S, Failure

MAX_BODY = 256 * 1024  # a balance answer is a few hundred bytes; a page may be huge


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx reaches us as an HTTPError


def user_agent() -> str:
    from desktopapp.version import version

    return f"CreditFuel/{version()}"


def opener() -> urllib.request.OpenerDirector:
    """A fresh opener reading the proxy settings as they are now (a user who changes
    them need not restart the app)."""
    proxies = urllib.request.getproxies()
    return urllib.request.build_opener(urllib.request.ProxyHandler(proxies), _NoRedirect())


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max((when - now).total_seconds(), 0.0)


def get_json(
    url: str, headers: Mapping[str, str], now: datetime, timeout: float = TIMEOUT_S
) -> Any | Failure:
    """The decoded JSON body, or a Failure. ``detail`` never holds a header or the body."""
    request = urllib.request.Request(url, method="GET")
    request.add_header("User-Agent", user_agent())
    request.add_header("Accept", "application/json")
    for name, value in headers.items():
        request.add_header(name, value)
    try:
        with opener().open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            body = response.read(MAX_BODY + 1)
    except urllib.error.HTTPError as error:
        error.close()
        status = error.code
        if status in (401, 403):
            return Failure("key_refused", now, detail=f"HTTP {status}")
        if status == 429:
            wait = retry_after_seconds(error.headers.get("Retry-After"), now)
            return Failure("rate_limited", now, retry_after=wait, detail="HTTP 429")
        if status >= 500:
            return Failure("offline", now, detail=f"HTTP {status}")
        return Failure("unexpected_answer", now, detail=f"HTTP {status}")
    except (http.client.HTTPException, OSError) as error:  # URLError, timeouts, resets
        reason = getattr(error, "reason", error)
        return Failure("offline", now, detail=type(reason).__name__)
    if len(body) > MAX_BODY:
        return Failure("unexpected_answer", now, detail="answer too large")
    text = body.decode("utf-8", "replace").strip()
    if kind == "text/html" or text.startswith("<"):
        return Failure("unexpected_answer", now, detail="web page")
    try:
        return json.loads(text)
    except ValueError:
        return Failure("unexpected_answer", now, detail="not JSON")
