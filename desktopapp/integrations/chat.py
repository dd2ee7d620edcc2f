"""Posting a message to a team chat: Apprise URLs (Slack, Discord, Google Chat, Teams
Workflows, generic JSON…) and Chatwork, which Apprise does not speak.

Chatwork destinations are written ``chatwork://TOKEN@ROOM_ID`` and go to
``POST https://api.chatwork.com/v2/rooms/{ROOM_ID}/messages`` with the token in the
``X-ChatWorkToken`` header (``?api=URL`` points at another base, for a test server).
URLs carry tokens: callers keep them in the keyring only, and nothing here logs or
words one (failures name the kind of destination and the HTTP status, never the URL).
Apprise is imported only when a message is sent, so a solo PC never loads it.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

CHATWORK_API = "https://api.chatwork.com"
DEFAULT_TIMEOUT = 10.0


class SendFailed(Exception):
    """Not delivered; ``detail`` is safe to show (no token, no URL)."""

    def __init__(self, detail: str, *, timeout: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.timeout = timeout


@dataclass(frozen=True)
class Chatwork:
    token: str
    room: str
    api: str = CHATWORK_API


def scheme(url: str) -> str:
    """What kind of destination, safe to show ("slack", "chatwork", "json"...)."""
    return url.split("://", 1)[0].lower() if "://" in url else ""


def parse_chatwork(url: str) -> Chatwork | None:
    if scheme(url) != "chatwork":
        return None
    parts = urllib.parse.urlsplit(url)
    token = urllib.parse.unquote(parts.username or "")
    room = (parts.hostname or "").strip()
    api = urllib.parse.parse_qs(parts.query).get("api", [CHATWORK_API])[0].rstrip("/")
    if not token or not room.isdigit():
        return None
    return Chatwork(token=token, room=room, api=api)


def valid(url: str) -> bool:
    """Whether ``url`` is a destination this app can post to (no network used)."""
    if scheme(url) == "chatwork":
        return parse_chatwork(url) is not None
    if not scheme(url):
        return False
    import apprise  # only when a destination is added or used

    return bool(apprise.Apprise().add(url))


def send(url: str, title: str, body: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Post once; SendFailed when it did not arrive (the caller retries)."""
    cw = parse_chatwork(url)
    if cw is not None:
        _send_chatwork(cw, f"[info][title]{title}[/title]{body}[/info]", timeout)
        return
    _send_apprise(url, title, body, timeout)


def _send_chatwork(cw: Chatwork, text: str, timeout: float) -> None:
    data = urllib.parse.urlencode({"body": text}).encode("utf-8")
    req = urllib.request.Request(
        f"{cw.api}/v2/rooms/{urllib.parse.quote(cw.room)}/messages",
        data=data,
        method="POST",
        headers={"X-ChatWorkToken": cw.token,
                 "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if not 200 <= resp.status < 300:
                raise SendFailed(f"chatwork: HTTP {resp.status}")
    except urllib.error.HTTPError as exc:
        raise SendFailed(f"chatwork: HTTP {exc.code}") from None
    except TimeoutError:
        raise SendFailed("chatwork: timeout", timeout=True) from None
    except urllib.error.URLError as exc:
        timed_out = isinstance(exc.reason, TimeoutError)
        raise SendFailed("chatwork: " + ("timeout" if timed_out else "no connection"),
                         timeout=timed_out) from None


def _send_apprise(url: str, title: str, body: str, timeout: float) -> None:
    import apprise

    if "rto=" not in url and scheme(url) in ("json", "jsons", "form", "forms", "xml", "xmls"):
        sep = "&" if "?" in url else "?"
        url = f"{url}{sep}rto={timeout:g}"
    ap = apprise.Apprise()
    if not ap.add(url):
        raise SendFailed(f"{scheme(url)}: not a destination Apprise knows")
    result = ap.notify(body=body, title=title)
    if not result:
        timed_out = bool(getattr(result, "timeout_count", 0))
        raise SendFailed(f"{scheme(url)}: " + ("timeout" if timed_out else "not delivered"),
                         timeout=timed_out)
