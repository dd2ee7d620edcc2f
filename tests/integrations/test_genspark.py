"""The Genspark source against a real HTTP server on the loopback (no mock of the
client): every shape and failure the endpoint is known or expected to give, the headers
it is sent, and the proxy it must go through."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from loopback import Script, Server, forwarding_proxy, genspark

from desktopapp.integrations.base import Failure, Reading
from desktopapp.integrations.genspark import GensparkSource, gsk_key, normalize_base_url
from desktopapp.version import version

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
KEY = "gsk-test-0123456789abcdef"


@pytest.fixture(autouse=True)
def no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY",
                "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    with genspark() as s:
        yield s


def read(server: Server, timeout: float = 5.0) -> Reading | Failure:
    return GensparkSource("genspark", KEY, server.base_url, timeout=timeout).read(NOW)


def test_a_balance_is_read_with_the_key_and_a_truthful_user_agent(server: Server) -> None:
    got = read(server)
    assert got == Reading(balance=1234, at=NOW, plan="Plus")  # a fraction is not promised
    (seen,) = server.seen
    assert seen.path == "/api/tool_cli/me"
    assert seen.headers["X-Api-Key"] == KEY
    assert seen.headers["User-Agent"] == f"CreditFuel/{version()}"


def test_the_shape_gsk_prints_is_read_too(server: Server) -> None:
    server.script = Script(body={"status": "ok", "message": "success",
                                 "data": {"plan": "free", "credit_balance": 88}})
    assert read(server) == Reading(balance=88, at=NOW, plan="free")


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_key_is_its_own_state(server: Server, status: int) -> None:
    server.script = Script(status=status, body={"detail": "Invalid API key"})
    got = read(server)
    assert isinstance(got, Failure) and got.code == "key_refused"
    assert KEY not in got.detail


def test_429_honours_retry_after_in_seconds(server: Server) -> None:
    server.script = Script(status=429, body={"message": "slow down"},
                           headers={"Retry-After": "120"})
    got = read(server)
    assert isinstance(got, Failure) and got.code == "rate_limited" and got.retry_after == 120


def test_429_honours_retry_after_as_a_date(server: Server) -> None:
    when = format_datetime(NOW + timedelta(minutes=10), usegmt=True)
    server.script = Script(status=429, body="", headers={"Retry-After": when})
    got = read(server)
    assert isinstance(got, Failure) and got.code == "rate_limited" and got.retry_after == 600


@pytest.mark.parametrize(
    ("script", "why"),
    [
        (Script(body="<!doctype html><html>Just a moment...</html>",
                content_type="text/html"), "a bot wall page"),
        (Script(body="<html>proxy login</html>", content_type="application/json"),
         "a page labelled as JSON"),
        (Script(body="credit_balance=12", content_type="text/plain"), "not JSON"),
        (Script(body={"email": "a@example.com", "plan": "Plus"}), "no credit_balance"),
        (Script(body={"credit_balance": "lots"}), "a balance that is no number"),
        (Script(body={"credit_balance": -5}), "a negative balance"),
        (Script(status=404, body={"detail": "Not Found"}), "no such endpoint"),
    ],
)
def test_an_unexpected_answer_pauses_instead_of_giving_a_wrong_number(
    server: Server, script: Script, why: str
) -> None:
    server.script = script
    got = read(server)
    assert isinstance(got, Failure) and got.code == "unexpected_answer", why


def test_a_redirect_is_not_followed_so_the_key_goes_nowhere_else(server: Server) -> None:
    with genspark() as elsewhere:
        server.script = Script(status=302, body="",
                               headers={"Location": elsewhere.base_url + "/login"})
        got = read(server)
        assert isinstance(got, Failure) and got.code == "unexpected_answer"
        assert elsewhere.seen == []


def test_server_trouble_and_no_network_are_quiet_offline_states(server: Server) -> None:
    server.script = Script(status=503, body="busy", content_type="text/plain")
    assert getattr(read(server), "code", None) == "offline"
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    got = GensparkSource("genspark", KEY, f"http://127.0.0.1:{port}").read(NOW)
    assert isinstance(got, Failure) and got.code == "offline"


def test_a_slow_answer_times_out_as_offline(server: Server) -> None:
    server.script = Script(delay=1.5)
    got = read(server, timeout=0.3)
    assert isinstance(got, Failure) and got.code == "offline"


@pytest.mark.parametrize("var", ["HTTP_PROXY", "http_proxy"])
def test_the_system_proxy_is_used(
    server: Server, monkeypatch: pytest.MonkeyPatch, var: str
) -> None:
    with forwarding_proxy() as proxy:
        monkeypatch.setenv(var, proxy.url)
        got = read(server)
        assert got == Reading(balance=1234, at=NOW, plan="Plus")
        assert proxy.seen == [server.base_url + "/api/tool_cli/me"]
        assert server.seen[0].headers.get("Via") == "1.1 test-proxy"


def test_no_proxy_is_honoured(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    with forwarding_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert isinstance(read(server), Reading)
        assert proxy.seen == []


def test_base_urls_are_checked() -> None:
    assert normalize_base_url("https://www.genspark.ai/") == "https://www.genspark.ai"
    assert normalize_base_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    for bad in ("ftp://x", "www.genspark.ai", "https://u:p@host", "https://h/?q=1", ""):
        assert normalize_base_url(bad) is None


def test_the_gsk_key_comes_from_its_variable_then_its_config(tmp_path: object) -> None:
    from pathlib import Path

    home = Path(str(tmp_path))
    assert gsk_key({}, home) is None
    (home / ".genspark-tool-cli").mkdir()
    (home / ".genspark-tool-cli" / "config.json").write_text('{"api_key": "from-file"}')
    assert gsk_key({}, home) == "from-file"
    assert gsk_key({"GSK_API_KEY": " from-env "}, home) == "from-env"
