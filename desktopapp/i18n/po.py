"""Read gettext .po files and write .mo files, with the standard library only.

Enough of the format for our catalogues (msgctxt, plurals, multi-line strings, flags and
comments); ``msgfmt`` semantics for the .mo: fuzzy and untranslated entries are left out
so the lookup falls back, and the output is byte-identical for the same input.
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path

CONTEXT_SEP = "\x04"  # gettext's separator between msgctxt and msgid in a .mo key


@dataclass
class Entry:
    msgid: str
    msgstr: list[str]  # one string, or one per plural form
    msgctxt: str | None = None
    msgid_plural: str | None = None
    flags: set[str] = field(default_factory=set)
    comments: list[str] = field(default_factory=list)  # "#." lines: notes for translators

    @property
    def key(self) -> str:
        return self.msgid if self.msgctxt is None else f"{self.msgctxt}{CONTEXT_SEP}{self.msgid}"

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        return not self.fuzzy and all(self.msgstr) and bool(self.msgstr)


def _unquote(line: str, where: str) -> str:
    line = line.strip()
    if not (line.startswith('"') and line.endswith('"')):
        raise ValueError(f"{where}: expected a quoted string, got {line!r}")
    value = ast.literal_eval(line)
    assert isinstance(value, str)
    return value


def parse(text: str, where: str = "<po>") -> list[Entry]:
    """Every entry of a .po file, the header (msgid "") included, in file order."""
    entries: list[Entry] = []
    fields: dict[str, str] = {}
    flags: set[str] = set()
    comments: list[str] = []
    current: str | None = None

    def flush() -> None:
        nonlocal fields, flags, comments, current
        if "msgid" in fields:
            plural_keys = sorted(
                (k for k in fields if k.startswith("msgstr[")), key=lambda k: int(k[7:-1])
            )
            msgstr = [fields[k] for k in plural_keys] if plural_keys else [fields.get("msgstr", "")]
            entries.append(
                Entry(
                    msgid=fields["msgid"],
                    msgstr=msgstr,
                    msgctxt=fields.get("msgctxt"),
                    msgid_plural=fields.get("msgid_plural"),
                    flags=flags,
                    comments=comments,
                )
            )
        fields, flags, comments, current = {}, set(), [], None

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        here = f"{where}:{number}"
        if not line:
            flush()
            continue
        if line.startswith("#,"):
            flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            continue
        if line.startswith("#."):
            comments.append(line[2:].strip())
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"{here}: a string outside an entry")
            fields[current] += _unquote(line, here)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in fields or (keyword == "msgctxt" and "msgid" in fields):
            flush()  # a new entry without a blank line between
        current = keyword
        fields[keyword] = _unquote(rest, here)
    flush()
    return entries


def read(path: Path) -> list[Entry]:
    return parse(path.read_text(encoding="utf-8"), str(path))


def header(entries: list[Entry]) -> dict[str, str]:
    for entry in entries:
        if entry.msgid == "" and entry.msgctxt is None:
            pairs = (line.partition(":") for line in entry.msgstr[0].splitlines())
            return {k.strip(): v.strip() for k, _, v in pairs if k.strip()}
    return {}


def mo_bytes(entries: list[Entry]) -> bytes:
    """A GNU .mo file: the header and every translated, non-fuzzy entry, sorted by key."""
    table: dict[bytes, bytes] = {}
    for entry in entries:
        if entry.msgid == "" and entry.msgctxt is None:
            table[b""] = entry.msgstr[0].encode("utf-8")
            continue
        if not entry.translated:
            continue
        original = entry.key
        if entry.msgid_plural is not None:
            original += "\0" + entry.msgid_plural
        table[original.encode("utf-8")] = "\0".join(entry.msgstr).encode("utf-8")
    keys = sorted(table)
    count = len(keys)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    index_o: list[int] = []
    index_t: list[int] = []
    blob = bytearray()
    for key in keys:
        index_o += [len(key), data_at + len(blob)]
        blob += key + b"\0"
    for key in keys:
        value = table[key]
        index_t += [len(value), data_at + len(blob)]
        blob += value + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, data_at)
    return head + struct.pack(f"<{2 * count}I", *index_o) + struct.pack(
        f"<{2 * count}I", *index_t
    ) + bytes(blob)


def quote(value: str) -> str:
    """A .po string literal; long or multi-line values are split the way msgcat does."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    parts = escaped.split("\n")
    if len(parts) == 1:
        return f'"{escaped}"'
    pieces = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in pieces)


def render(entries: list[Entry]) -> str:
    """Entries back to .po text (used once to create the catalogues, and by tests)."""
    blocks: list[str] = []
    for entry in entries:
        lines = [f"#. {c}" for c in entry.comments]
        if entry.flags:
            lines.append("#, " + ", ".join(sorted(entry.flags)))
        if entry.msgctxt is not None:
            lines.append(f"msgctxt {quote(entry.msgctxt)}")
        lines.append(f"msgid {quote(entry.msgid)}")
        if entry.msgid_plural is not None:
            lines.append(f"msgid_plural {quote(entry.msgid_plural)}")
            lines += [f"msgstr[{i}] {quote(s)}" for i, s in enumerate(entry.msgstr)]
        else:
            lines.append(f"msgstr {quote(entry.msgstr[0])}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
