"""The Excel export's sheet names, labels, formulas in words and table headers, looked up in the message catalogue.

The texts themselves live in `ltv_desktop/i18n/messages/<language>/export_labels.po`, one code a text, so a
translator sees them beside every other sentence of the program (io has no Qt translator)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from ltv_desktop.i18n import normalise_language
from ltv_desktop.i18n.catalogue import codes, say, text
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import Rejection

SECTIONS = {"label": "export.label.", "formula": "export.formula.", "column": "export.column."}
"""Where each kind of report text lives in the message catalogue (`messages/*/export_labels.po`): sheet names
and labels, the formula beside each metric in words (docs/metrics.md 1 and 2.4), and table headers."""


@functools.cache
def _section(kind: str, language: str) -> Mapping[str, str]:
    """key → text of one section in `language`, read once from the catalogue (English where untranslated)."""
    prefix = SECTIONS[kind]
    return MappingProxyType(
        {code.removeprefix(prefix): text(code, language) for code in sorted(codes()) if code.startswith(prefix)}
    )


CURRENCY_FORMATS = {
    "$": '"$"#,##0.00',
    "£": '"£"#,##0.00',
    "€": '#,##0.00\\ "€"',
    "₽": '#,##0.00\\ "₽"',
    "zł": '#,##0.00\\ "zł"',
    "₴": '#,##0.00\\ "₴"',
}


def labels(language: str) -> Mapping[str, str]:
    """Sheet names and labels of one language (English when unknown)."""
    return _section("label", normalise_language(language))


def formula_words(language: str) -> Mapping[str, str]:
    """The formulas in words of one language (English when unknown)."""
    return _section("formula", normalise_language(language))


def column_labels(language: str) -> Mapping[str, str]:
    """Every known table header of one language (English when unknown), by the model's column name."""
    return _section("column", normalise_language(language))


def column_label(column: str, language: str) -> str:
    """A table header in `language`; an unknown column (a new model field) keeps its name rather than vanish."""
    return column_labels(language).get(column, column)


def money_format(currency: str) -> str:
    """An Excel number format for money in `currency`; quotes and backslashes in an unknown symbol are
    dropped, as they would end the quoted literal and break the format."""
    if not currency:
        return "#,##0.00"
    if currency in CURRENCY_FORMATS:
        return CURRENCY_FORMATS[currency]
    symbol = currency.replace('"', "").replace("\\", "").strip()
    return f'#,##0.00\\ "{symbol}"' if symbol else "#,##0.00"


def notice_text(notice: Notice, language: str) -> str:
    """A model notice in `language`, from the message catalogue."""
    return say(notice, language)


def rejection_reason(rejection: Rejection, language: str) -> str:
    """Why a row was rejected, in `language`, from the message catalogue."""
    return say(rejection, language)
