"""A real HTTP server on 127.0.0.1 that plays Genspark's ``/api/tool_cli/me`` (shapes
and failures scripted per test), and a real forwarding HTTP proxy on another port."""

from __future__ import annotations

import http.client
import http.server
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Script:
    """What the next requests get: status, body, content type, extra headers, a delay."""

    status: int = 200
    body: Any = field(default_factory=lambda: {"email": "a@example.com", "plan": "Plus",
                                               "credit_balance": 1234.5})
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class Server:
    def __init__(self, httpd: http.server.ThreadingHTTPServer) -> None:
        self.httpd = httpd
        self.script = Script()
        self.seen: list[Seen] = []

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"


def _handler(server: Server) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            server.seen.append(Seen(self.path, {k: v for k, v in self.headers.items()}))
            s = server.script
            if s.delay:
                time.sleep(s.delay)
            body = s.body if isinstance(s.body, bytes | str) else json.dumps(s.body)
            data = body.encode() if isinstance(body, str) else body
            try:
                self.send_response(s.status)
                self.send_header("Content-Type", s.content_type)
                self.send_header("Content-Length", str(len(data)))
                for k, v in s.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (its timeout)

    return Handler


@contextmanager
def genspark() -> Iterator[Server]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server = Server(httpd)
    httpd.RequestHandlerClass = _handler(server)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()


class Proxy:
    def __init__(self, httpd: http.server.ThreadingHTTPServer) -> None:
        self.httpd = httpd
        self.seen: list[str] = []  # absolute URLs asked for

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"


@contextmanager
def forwarding_proxy() -> Iterator[Proxy]:
    """A plain HTTP proxy: takes ``GET http://host:port/path`` and forwards it."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    proxy = Proxy(httpd)

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            proxy.seen.append(self.path)
            target = urlsplit(self.path)
            conn = http.client.HTTPConnection(target.hostname or "", target.port or 80,
                                              timeout=5)
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("proxy-connection", "connection")}
            headers["Via"] = "1.1 test-proxy"
            conn.request("GET", target.path or "/", headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for k, v in answer.getheaders():
                if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()

    httpd.RequestHandlerClass = Handler
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield proxy
    finally:
        httpd.shutdown()
        httpd.server_close()
