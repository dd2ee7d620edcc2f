"""Load the UI's translations: ours (creditfuel_<lang>.qm) and Qt's own (qtbase_<lang>.qm).

Qt only keeps a pointer to an installed QTranslator, so the objects must outlive the
installation (Vorta's lesson: translations "stop working" once Python collects them);
they live in ``_installed`` until replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGS = ("ja", "en")
_installed: list[QTranslator] = []


def translations_dirs() -> list[Path]:
    """Where our .qm files may be: the source tree (resources/) or inside the package."""
    here = Path(__file__).resolve().parent
    return [here.parent / "resources" / "translations", here / "resources" / "translations"]


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def locale_for(lang: str) -> QLocale:
    if lang == "ja":
        return QLocale("ja_JP")
    # English words, but the user's own territory for dates and numbers when it is English.
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_US")


def install(lang: str, app: QCoreApplication | None = None) -> list[str]:
    """Switch the UI to ``lang`` ("ja" | "en"); returns the files loaded (for logs/tests).

    Safe to call again (the Settings language switch): old translators are removed first.
    """
    app = app or QCoreApplication.instance()
    lang = lang if lang in LANGS else "en"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    loaded: list[str] = []
    if app is None:
        return loaded
    candidates = [(d, f"creditfuel_{lang}") for d in translations_dirs()]
    candidates.append((Path(qt_translations_dir()), f"qtbase_{lang}"))
    seen: set[str] = set()
    for folder, name in candidates:
        if name in seen:
            continue
        qm = folder / f"{name}.qm"
        if not qm.exists():
            continue
        translator = QTranslator(app)
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(qm))
            seen.add(name)
    return loaded
