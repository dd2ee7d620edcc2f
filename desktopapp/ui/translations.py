"""Load the UI's translations: ours (creditfuel_<lang>.qm) and Qt's own (qtbase_<lang>.qm).

Ours ship inside the package (desktopapp/resources/translations, read through
``desktopapp.resources``), so a wheel install finds them as a checkout does.

Qt only keeps a pointer to an installed QTranslator, so the objects must outlive the
installation (Vorta's lesson: translations "stop working" once Python collects them);
they live in ``_installed`` until replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktopapp import resources

LANGS = ("ja", "en")
_installed: list[QTranslator] = []


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


def qm_files(lang: str) -> list[Path]:
    """Ours first, then Qt's own; only those that exist."""
    found: list[Path] = []
    ours = resources.qm_file(lang)
    if ours.is_file():
        found.append(resources.real_path(ours))
    qt = Path(qt_translations_dir()) / f"qtbase_{lang}.qm"
    if qt.exists():
        found.append(qt)
    return found


def install(lang: str, app: QCoreApplication | None = None) -> list[str]:
    """Switch the UI to ``lang`` ("ja" | "en"); returns the files loaded (for logs/tests).

    Safe to call again (the Settings language switch): old translators are removed first.
    """
    app = app or QCoreApplication.instance()
    lang = lang if lang in LANGS else "en"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    loaded: list[str] = []
    if app is None:
        return loaded
    for qm in qm_files(lang):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(qm))
    return loaded
