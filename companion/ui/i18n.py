"""Translations: Companion's strings and Qt's own (dialog buttons), for the chosen language.

Every user-facing string goes through tr()/QCoreApplication.translate, so `pyside6-lupdate`
collects them into companion/i18n/ts/companion_<lang>.ts (run
`companion/i18n/update_translations.py`); the compiled companion/i18n/qm/companion_<lang>.qm
files ship in the package and are loaded here.

The language follows the system unless Settings chose one ("system", "en" or "es", kept in
the startup file so the unlock screen speaks it too). `current_language()` tells the rest
of the UI which language is in use, e.g. for `Exercise.localized(lang)` and
`Prompt.text_for(lang)`. A new language only needs its .qm file and a line in LANGUAGES.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# Each language is named in its own words (someone who cannot read the current language
# must still find theirs). "system" is translated where it is shown (Settings).
LANGUAGES = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
QM_DIR = Path(__file__).resolve().parents[1] / "i18n" / "qm"

_current = SOURCE_LANGUAGE
_default_before: QLocale | None = None


def current_language() -> str:
    """The two-letter code of the language the interface is shown in ("en", "es")."""
    return _current


def language_for(choice: str, locale: QLocale | None = None) -> str:
    """What a Settings choice ("system", "en", "es") means here: a language Companion has."""
    if choice in LANGUAGES:
        return choice
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():  # e.g. ["es-MX", "es", "en"]: the first one we have wins
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install(app: QApplication, choice: str = "system", locale: QLocale | None = None) -> list[QTranslator]:
    """Load the translations for `choice` (once, at start-up). Returns the translators installed."""
    global _current, _default_before
    language = language_for(choice, locale)
    _current = language
    if choice in LANGUAGES:  # an explicit choice also sets dates, numbers and QLocale()
        _default_before = QLocale()
        QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return installed  # the source strings are English
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(f"companion_{language}", str(QM_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def uninstall(app: QApplication, translators: list[QTranslator]) -> None:
    """Back to the source language (tests and screenshots switch languages in one process)."""
    global _current, _default_before
    for translator in translators:
        app.removeTranslator(translator)
    _current = SOURCE_LANGUAGE
    if _default_before is not None:
        QLocale.setDefault(_default_before)
        _default_before = None


def core_text(sentence: str) -> str:
    """A sentence from the Qt-free core (e.g. why the keychain cannot be used), translated when a
    translation exists (context "CoreMessages", extracted by update_translations.py)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CoreMessages", sentence)


class PseudoTranslator(QTranslator):
    """Wraps every translated string in ⟦…⟧: text on screen without the marks never went
    through tr(), so no translation could ever reach it (used by the translatable test)."""

    OPEN, CLOSE = "\u27e6", "\u27e7"

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        if not source_text:
            return source_text
        return f"{self.OPEN}{source_text}{self.CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False
