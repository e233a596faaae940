"""Column names as shops and accounting programs write them: one table per role, with where each name comes from.

The tables are data, not code: they live in `column_names.tsv` beside this file, and `mapping.py` reads them
from here. Within a role the order is the preference (an email before a customer name, an order's total
before a line's price, gross before net). The second item of each pair says which export the name comes
from, or for a plain word of a language that language ("en", "ru", "pl", "uk", "de"); a platform is shown
to the owner as part of the reason a column was chosen.

Names are compared after normalising (see `mapping.normalize`): case, CamelCase and run-together words
(`CustomerID`, `ORDERNUMBER`), separators, `*` marks and a bracketed unit or qualifier (`Created (UTC)`,
`Kwota (PLN)`, `Email (Billing)`) do not matter.
"""

from __future__ import annotations

from importlib import resources

Names = tuple[tuple[str, str], ...]


def _read_tables() -> tuple[dict[str, Names], dict[str, Names]]:
    """The sales and the spend tables from `column_names.tsv`, in the file's order (the order is the preference).

    A spend file's channel is named as a sales file's is, so the spend table takes the sales table's.
    """
    tables: dict[str, dict[str, list[tuple[str, str]]]] = {"sales": {}, "spend": {}}
    lines = resources.files(__package__).joinpath("column_names.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line and not line.startswith("#"):
            table, role, name, source = line.split("\t")
            tables[table].setdefault(role, []).append((name, source))
    sales = {role: tuple(names) for role, names in tables["sales"].items()}
    spend = {role: tuple(names) for role, names in tables["spend"].items()}
    return sales, {**spend, "channel": sales["channel"]}


ROLE_SYNONYMS, SPEND_SYNONYMS = _read_tables()
"""Role → (name, where it comes from), for a sales file and for a spend file."""

LANGUAGES: frozenset[str] = frozenset({"en", "ru", "pl", "uk", "de"})
"""Tags of plain words (not a platform's own name for a column)."""

UNIT_WORDS: frozenset[str] = frozenset(
    {
        "utc", "gmt", "usd", "eur", "gbp", "pln", "zł", "zl", "rub", "руб", "рублей", "uah", "грн", "chf", "czk",
        "sek", "nok", "dkk", "cad", "aud",
    }
)  # fmt: skip
"""A currency, time zone or similar word at the end of a header (`Amount USD`, `Сумма руб`) is not part of
its name. (Bracketed units, `Kwota (PLN)`, go without being listed.)"""

EXACT_ONLY: frozenset[str] = frozenset(
    {
        "name", "total", "status", "id", "no", "nr", "num", "number", "order", "price", "net", "gross", "sales",
        "source", "contact", "created", "units", "data", "stan", "numer", "cena", "preis", "invoice",
        "customer", "client", "buyer", "kunde", "amount", "cost", "qty", "quantity", "время", "номер", "документ",
        "заказ", "цена", "value", "klient", "kwota", "wartość", "netto", "brutto", "сумма", "сума", "канал", "kanał",
        "item", "description", "product", "coupon", "voucher", "sku", "товар", "towar", "kupon", "купон", "artikel",
    }
)  # fmt: skip
"""Names that count only as the whole header: `Status` is the order status, `Fulfillment Status` is not;
`Name` may be Shopify's order, `Product Name` never is."""

NOT_A_SALE_STATUSES: frozenset[str] = frozenset(
    {
        "cancelled", "canceled", "voided", "void", "failed", "declined", "refunded", "denied", "reversed",
        "expired", "rejected", "cancelled by customer", "payment failed", "payment error",
        "отменен", "отменено", "отменен покупателем", "аннулирован", "аннулировано", "отклонен", "отклонено",
        "возврат", "возвращен", "не оплачен отменен",
        "anulowane", "anulowany", "anulowana", "odrzucone", "odrzucona", "zwrócone", "zwrot", "nieudane",
        "nieudana", "anulowano", "błąd płatności",
        "storniert", "abgelehnt", "erstattet", "fehlgeschlagen", "abgebrochen",
        "скасовано", "скасований", "відхилено", "повернено", "повернення",
    }
)  # fmt: skip
"""Order statuses that are no sale (compared after `mapping.normalize_status`): pending, processing, paid,
completed, shipped, partially refunded and the like still count."""
