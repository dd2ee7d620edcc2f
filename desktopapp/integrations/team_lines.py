"""One line of a device's team log: JSON with a format version and a checksum.

A line is either an event (a log: spend, balance, pack, correction, undo) keyed by its
id, or a register (a meter, a rule, a shared setting, an approval) keyed by name and
resolved last-writer-wins by its hybrid-clock stamp. Every line is one JSON object with
sorted keys and a last member ``"sum"``: the CRC-32 (8 hex digits) of the line's bytes
with that member left out (``{...}`` as if it ended before ``,"sum"``). It tells a line
damaged by a sync engine from one this app wrote, and is checked without re-encoding.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

FORMAT = 1
KINDS = ("header", "event", "reg")


@dataclass(frozen=True)
class Record:
    kind: str  # "header" | "event" | "reg"
    device: str
    hlc: str = ""
    key: str = ""
    body: dict[str, Any] | None = None


class BadLine(ValueError):
    """A complete line that cannot be used (not JSON, wrong checksum, missing fields)."""


class NewerFormat(ValueError):
    """A line written by a newer CreditFuel: refused, never half-read."""

    def __init__(self, version: int) -> None:
        super().__init__(str(version))
        self.version = version


def _canonical(d: dict[str, Any]) -> bytes:
    return json.dumps(d, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


SUM = b',"sum":"'


def encode(record: Record) -> bytes:
    d: dict[str, Any] = {"v": FORMAT, "k": record.kind, "dev": record.device}
    if record.kind != "header":
        d.update(hlc=record.hlc, key=record.key, body=record.body or {})
    body = _canonical(d)
    return body[:-1] + SUM + f"{zlib.crc32(body):08x}".encode() + b'"}\n'


def decode(line: bytes) -> Record:
    """A complete line (without its newline) back to a record; BadLine / NewerFormat."""
    try:
        d = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadLine("not JSON") from exc
    if not isinstance(d, dict):
        raise BadLine("not an object")
    version = d.get("v")
    if isinstance(version, int) and version > FORMAT:
        raise NewerFormat(version)  # checked first: a newer format may sum differently
    cut = line.rfind(SUM)
    expected = f"{zlib.crc32(line[:cut] + b'}'):08x}".encode() + b'"}'
    if cut < 0 or line[cut + len(SUM) :] != expected:
        raise BadLine("checksum")
    kind, device = d.get("k"), d.get("dev")
    if version != FORMAT or kind not in KINDS or not isinstance(device, str) or not device:
        raise BadLine("fields")
    if kind == "header":
        return Record(kind="header", device=device)
    hlc, key, body = d.get("hlc"), d.get("key"), d.get("body")
    if not (isinstance(hlc, str) and isinstance(key, str) and key and isinstance(body, dict)):
        raise BadLine("fields")
    return Record(kind=kind, device=device, hlc=hlc, key=key, body=body)
