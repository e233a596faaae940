"""Languages: one catalogue of sentences per language, Qt-free, for every front end.

`catalogue.text(code, language, **params)` renders a notice, error or rejection from its code in
English, Russian or Polish; the window, the command line and the Excel export all call it. Widget
labels stay in Qt's `.ts` catalogues (`qt.py` loads them); everything a model or io code can say
lives in `messages/<language>/*.po`.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "ru", "pl")


def normalise_language(name: str | None) -> str:
    """'ru_RU', 'pl-PL.UTF-8', 'RU' → 'ru'; a language we do not speak → 'en'."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def system_locale() -> str | None:
    """The operating system's locale name (`pl_PL`), or None where it names none (no Qt needed)."""
    import locale
    import os

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def system_language() -> str:
    """The operating system's language when we speak it, else English."""
    return normalise_language(system_locale())
