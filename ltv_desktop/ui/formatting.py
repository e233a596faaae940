"""Numbers, money, percentages and dates as the owner writes them (QLocale): views format, nobody else."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale

CURRENCY_BY_COUNTRY = {
    QLocale.Country.Russia: "₽",
    QLocale.Country.Poland: "zł",
    QLocale.Country.Ukraine: "₴",
    QLocale.Country.UnitedStates: "$",
    QLocale.Country.UnitedKingdom: "£",
}
SYMBOLS = {"RUB": "₽", "PLN": "zł", "UAH": "₴", "USD": "$", "EUR": "€", "GBP": "£"}
"""The symbol shown for a currency the importer found in the amounts (it names them by ISO code)."""


def default_currency(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "$"
    return CURRENCY_BY_COUNTRY.get(
        locale.territory(), locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or "€"
    )


def currency_in_use(own: str, found: str | None, locale: QLocale | None = None) -> str:
    """The one currency every view and the export show: the owner's own choice in the settings, else the one the
    sales file writes beside its amounts, else the language's (₽ in Russian, zł in Polish)."""
    if own.strip():
        return own.strip()
    if found:
        return SYMBOLS.get(found.upper(), found)
    return default_currency(locale)


class Formatter:
    """Formats for one locale and currency; `None` and NaN show as a dash."""

    DASH = "–"

    def __init__(self, locale: QLocale | None = None, currency: str = "") -> None:
        locale = locale or QLocale()
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)  # "C" has no grouping or currency
        self.locale = locale
        self.currency = currency or default_currency(self.locale)

    def with_currency(self, currency: str) -> Formatter:
        """The same locale with another currency symbol."""
        return Formatter(self.locale, currency)

    @staticmethod
    def _missing(value: float | None) -> bool:
        return value is None or (isinstance(value, float) and math.isnan(value))

    def number(self, value: float | None, decimals: int = 2) -> str:
        if self._missing(value):
            return self.DASH
        return self.locale.toString(float(value), "f", decimals)

    def integer(self, value: float | None) -> str:
        if self._missing(value):
            return self.DASH
        return self.locale.toString(round(float(value)))

    def money(self, value: float | None, decimals: int = 2) -> str:
        """`1 234,56 ₽`, `1 234,56 zł`, `$1,234.56`: the symbol where the owner's convention puts it."""
        if self._missing(value):
            return self.DASH
        return self.locale.toCurrencyString(float(value), self.currency, decimals)

    def percent(self, share: float | None, decimals: int = 1) -> str:
        if self._missing(share):
            return self.DASH
        return self.locale.toString(float(share) * 100, "f", decimals) + "\u00a0%"

    def ratio(self, value: float | None) -> str:
        return self.DASH if self._missing(value) else self.number(value, 2) + ":1"

    def date(self, value: dt.date | None) -> str:
        if value is None or value != value:  # None, NaT (a customer with no next purchase expected)
            return self.DASH
        if hasattr(value, "date") and callable(value.date):
            value = value.date()
        return self.locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
