"""The project's small hierarchy of errors a user can fix.

Every one carries a message fit to show as it is: the CLI prints it on one line,
the GUI puts it in a dialog. Names say what went wrong (docs/architecture.md).
"""

from __future__ import annotations

from typing import Any, Self


class LtvError(Exception):
    """Base of every error the user can do something about.

    `code` and `params` let the window say it in the user's language; `message` is the English text
    the CLI prints and the fallback for a code the window does not know.
    """

    def __init__(self, message: str, code: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = dict(params or {})

    def __str__(self) -> str:
        return self.message

    @classmethod
    def because(cls, code: str, **params: Any) -> Self:
        """The error of a catalogue code: its English sentence as `message`, the code and params to translate it."""
        from ltv_desktop.i18n.catalogue import text

        return cls(text(code, "en", **params), code, params)


class InvalidInput(LtvError):
    """A value the user typed or passed is outside its valid range.

    `field` names the input (the name in docs/metrics.md), so a form can mark it.
    """

    def __init__(self, field: str, message: str, code: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(message, code, params)
        self.field = field


class InvalidSettings(InvalidInput):
    """An analysis setting (docs/metrics.md 2.2) is out of range."""


class NoUsableData(LtvError):
    """Nothing is left to analyse: every row was rejected or the file holds no sales."""


class Cancelled(LtvError):
    """The user pressed Cancel; whatever was running stops and changes nothing."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
