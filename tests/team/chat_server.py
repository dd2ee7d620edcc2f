"""A real HTTP server on 127.0.0.1 standing in for a team chat (Apprise json:// and a
Chatwork-shaped endpoint): it records what arrives and answers as each test scripts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Chat:
    port: int
    script: list[str] = field(default_factory=list)  # "500", "slow", then "ok" for the rest
    got: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"127.0.0.1:{self.port}"


@contextmanager
def chat_server() -> Iterator[Chat]:
    chat = Chat(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            with chat.lock:
                action = chat.script.pop(0) if chat.script else "ok"
                chat.got.append(Received(self.path, dict(self.headers.items()), body))
            if action == "slow":
                time.sleep(2.0)
            code = 500 if action == "500" else 200
            try:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")
            except OSError:
                pass  # the client gave up (timeout)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    chat.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield chat
    finally:
        server.shutdown()
        server.server_close()
