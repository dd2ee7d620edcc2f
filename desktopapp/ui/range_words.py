"""The panel's range line in words: '7 slide decks' / 'スライド7件', kept whole when the
line wraps."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktopapp.ui.formatting import arg, fmt_int, kind_label

_RANGE_WORDS = {
    "chat": (QT_TRANSLATE_NOOP("Panel", "%1 chat"), QT_TRANSLATE_NOOP("Panel", "%1 chats")),
    "slides": (
        QT_TRANSLATE_NOOP("Panel", "%1 slide deck"),
        QT_TRANSLATE_NOOP("Panel", "%1 slide decks"),
    ),
    "sheets": (QT_TRANSLATE_NOOP("Panel", "%1 sheet"), QT_TRANSLATE_NOOP("Panel", "%1 sheets")),
    "sparkpage": (
        QT_TRANSLATE_NOOP("Panel", "%1 Sparkpage"),
        QT_TRANSLATE_NOOP("Panel", "%1 Sparkpages"),
    ),
    "research": (
        QT_TRANSLATE_NOOP("Panel", "%1 research run"),
        QT_TRANSLATE_NOOP("Panel", "%1 research runs"),
    ),
    "image": (
        QT_TRANSLATE_NOOP("Panel", "%1 image set"),
        QT_TRANSLATE_NOOP("Panel", "%1 image sets"),
    ),
    "video": (QT_TRANSLATE_NOOP("Panel", "%1 video"), QT_TRANSLATE_NOOP("Panel", "%1 videos")),
    "developer": (
        QT_TRANSLATE_NOOP("Panel", "%1 AI Developer task"),
        QT_TRANSLATE_NOOP("Panel", "%1 AI Developer tasks"),
    ),
    "agent": (
        QT_TRANSLATE_NOOP("Panel", "%1 agent session"),
        QT_TRANSLATE_NOOP("Panel", "%1 agent sessions"),
    ),
}


def unbreakable(words: str) -> str:
    """Keep one item of a wrapped line whole: Japanese may otherwise break inside a word
    ("スライ / ド97件"). Word joiners between characters, no-break spaces for spaces."""
    return "\u2060".join(words.replace(" ", "\u00a0"))


def range_words(kind: str, count: int) -> str:
    """'7 slide decks' / 'スライド7件': a count of a kind in natural words."""
    pair = _RANGE_WORDS.get(kind)
    if pair is None:  # a kind the user typed: "3 × podcast"
        template = QCoreApplication.translate("Panel", "%1 × %2")
        return arg(template, fmt_int(count), kind_label(kind))
    return arg(QCoreApplication.translate("Panel", str(pair[count != 1])), fmt_int(count))
