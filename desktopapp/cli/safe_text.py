"""Text from the ledger made safe to print in a terminal.

Project names, notes, kinds and meter names come from users, imports and other devices.
Printed raw, an ESC sequence could rewrite the screen or the window title, a BEL ring, a
newline forge a line of output, and U+202E (right-to-left override) show "exe.txt" for
"txt.exe". ``safe`` shows each such character as a visible escape (``\\x1b``,
``\\u202e``) and leaves every other character, Japanese included, as it is.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline too: a cell must stay one cell), DEL, C1 controls, and the
# invisible direction and line-breaking marks a terminal or viewer acts on.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: object) -> str:
    """``text`` as a string with every control or bidi character shown as an escape."""
    s = text if isinstance(text, str) else str(text)
    return _UNSAFE.sub(_escape, s)


def safe_lines(text: str) -> str:
    """Like ``safe`` but keeps the newlines of a multi-line message the CLI wrote itself."""
    return "\n".join(safe(line) for line in text.split("\n"))
