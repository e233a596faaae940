"""Languages of the window: English (the source), Russian and Polish catalogues compiled to .qm.

The catalogues live beside this module (`ltv_desktop_ru.ts` / `.qm`), so the same lookup works from a
checkout, an installed wheel and the frozen app. `update_catalogues.py` refreshes them from the code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ltv_desktop.i18n import LANGUAGES

CATALOGUES = Path(__file__).resolve().parent


def system_language() -> str:
    """The system's language when we speak it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Load our catalogue and Qt's own (dialog buttons) for `language`; returns them to keep them alive."""
    language = language if language in LANGUAGES else system_language()
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(CATALOGUES / f"ltv_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":  # the source language: only "1 order" / "2 orders" for the %n messages
        system = QLocale.system()
        # the "C" locale of a bare system has no thousands separator ("11489 orders"): English as in the US then
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale({"ru": "ru_RU", "pl": "pl_PL"}[language]))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
