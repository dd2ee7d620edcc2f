"""Reading a JSON export as a stream: one record at a time, memory flat at any size.

The document is one object; its small sections (header, settings, meters, rules) are
read whole, each bounded by ``MAX_SECTION_CHARS``; the ``events`` array is walked one
element at a time, each bounded by ``MAX_RECORD_CHARS``. Any layout parses: the one
event per line the app writes, and a whole export on a single line (format_version 1
files from earlier versions, hand-made files). What ``json.loads`` refuses is refused
here too (NaN, 5000-digit numbers, nesting too deep), plus anything over a bound.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from json.scanner import make_scanner
from typing import Any, Protocol, cast

from desktopapp.domain.problems import InvalidInput, Problem

CHUNK_CHARS = 1 << 20
MAX_RECORD_CHARS = 1 << 20  # one event (a note is at most a few thousand characters)
MAX_SECTION_CHARS = 64 << 20  # settings, meters or rules, whole
MAX_KEYS = 64  # top-level keys: an export has seven
WHITESPACE = " \t\n\r"
_SPACE = re.compile(r"[ \t\n\r]*")
SECTIONS = ("settings", "meters", "rules")


class TextSource(Protocol):
    def read(self, size: int, /) -> str: ...


class BadJson(InvalidInput):
    def __init__(self, line: int | str) -> None:
        super().__init__(Problem("import_bad_json", {"line": str(line)}))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")  # NaN / Infinity are not JSON


class JsonStream:
    """A cursor over text read in chunks; values decoded with ``raw_decode``."""

    def __init__(self, text: TextSource) -> None:
        self.text = text
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines in text already dropped from ``buf``
        self.decoder = json.JSONDecoder(parse_constant=_no_constant)
        # what raw_decode runs, without its checks (typeshed's stub wants another type)
        self.scan: Callable[[str, int], tuple[Any, int]] = make_scanner(cast(Any, self.decoder))

    def line(self, at: int | None = None) -> int:
        return self.lines_before + self.buf.count("\n", 0, self.pos if at is None else at) + 1

    def _fill(self) -> bool:
        """Read more; False at the end of the file."""
        if self.eof:
            return False
        chunk = self.text.read(CHUNK_CHARS)
        if not chunk:
            self.eof = True
            return False
        self.lines_before += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end)."""
        while True:
            n = len(self.buf)
            while self.pos < n and self.buf[self.pos] in WHITESPACE:
                self.pos += 1
            if self.pos < n:
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, allowed: str) -> str:
        ch = self.peek()
        if ch == "" or ch not in allowed:
            raise BadJson(self.line())
        self.pos += 1
        return ch

    def value(self, limit: int) -> Any:
        """The next JSON value, at most ``limit`` characters long."""
        self.peek()
        while True:
            try:
                found, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > limit:
                    raise BadJson(self.line()) from exc
                if not self._fill():
                    raise BadJson(self.line(exc.pos)) from exc
                continue
            except (ValueError, RecursionError) as exc:  # 5000-digit ints, [[[[...]]]]
                raise BadJson(self.line()) from exc
            if end - self.pos > limit:
                raise BadJson(self.line())
            if end == len(self.buf) and not self.eof and self._fill():
                continue  # a number may go on in the next chunk: decode again
            self.pos = end
            return found

    def elements(self, limit: int) -> Iterator[Any]:
        """The elements of an array whose ``[`` was taken, through its ``]``; each at most
        ``limit`` characters long.

        An element followed at once by a comma (the app writes ``{...},`` on each line) is
        decoded where it lies in the buffer, with no more Python per element than that: a
        million of them is most of an import's reading. Anything else (the last element,
        a number cut by the buffer's end, a bad or oversized element) takes ``value``,
        which reads more, decodes again and says what is wrong."""
        scan, space = self.scan, _SPACE.match
        while True:
            self.peek()
            buf, pos = self.buf, self.pos
            while pos < len(buf):  # the elements this buffer holds whole
                try:
                    found, end = scan(buf, pos)
                except (StopIteration, ValueError, RecursionError):
                    break
                if not (end <= pos + limit and buf.startswith(",", end)):
                    break
                # "[ \t\n\r]*" matches anywhere (maybe empty): never None
                pos = self.pos = space(buf, end + 1).end()  # type: ignore[union-attr]
                yield found
            if pos >= len(buf) and not self.eof:
                continue  # read on (peek), then decode in place again
            yield self.value(limit)
            if self.take(",]") == "]":
                return

    def at_end(self) -> bool:
        return self.peek() == ""


def read_head(stream: JsonStream) -> tuple[dict[str, Any], bool]:
    """The top-level keys up to ``"events"`` (the stream is left at its first record),
    and whether ``events`` was found (False: the document ended without it)."""
    stream.take("{")
    head: dict[str, Any] = {}
    if stream.peek() == "}":
        stream.take("}")
        return head, False
    while True:
        key = stream.value(1_000)
        if not isinstance(key, str) or key in head or len(head) >= MAX_KEYS:
            raise BadJson(stream.line())
        stream.take(":")
        if key == "events":
            return head, True
        head[key] = stream.value(MAX_SECTION_CHARS)
        if stream.take(",}") == "}":
            _end(stream)
            return head, False


def iter_events(stream: JsonStream, head: dict[str, Any]) -> Iterator[Any]:
    """Each element of the events array; then the keys after it go into ``head``."""
    if stream.peek() != "[":
        # not an array: json.loads would give it, and the header check refuses it
        head["events"] = stream.value(MAX_SECTION_CHARS)
    else:
        stream.take("[")
        if stream.peek() == "]":
            stream.take("]")
        else:
            yield from stream.elements(MAX_RECORD_CHARS)
    while stream.take(",}") == ",":
        key = stream.value(1_000)
        if not isinstance(key, str) or key in head or key == "events" or len(head) >= MAX_KEYS:
            raise BadJson(stream.line())
        stream.take(":")
        head[key] = stream.value(MAX_SECTION_CHARS)
    _end(stream)


def _end(stream: JsonStream) -> None:
    if not stream.at_end():  # "extra data" after the document
        raise BadJson(stream.line())


def skip_events(stream: JsonStream, head: dict[str, Any]) -> None:
    """Walk past the events (to read sections written after them)."""
    for _ in iter_events(stream, head):
        pass
