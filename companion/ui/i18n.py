"""Translations: Qt's own strings (dialog buttons) and Companion's, for the system language.

Companion's strings all go through tr()/QCoreApplication.translate, so `pyside6-lupdate`
can collect them into companion/resources/i18n/companion_<lang>.ts; compiled .qm files
placed there are picked up here. None ship yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def install(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed  # the source strings are English
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    folder = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    if folder.is_dir():
        ours = QTranslator(app)
        if ours.load(locale, "companion", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
