"""Which column is which: header synonyms in English, Russian, Polish, Ukrainian and German.

Headers are compared after normalising (case, ё/е, punctuation, spaces), first
exactly, then as whole words inside a longer header. The order of the synonyms
is the preference: "Сумма с НДС" before "Сумма", gross before net.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ltv_desktop.io.errors import BadColumnsOption, MissingColumn
from ltv_desktop.model.transactions import REQUIRED_COLUMNS, ROLES

SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer_id", "customer id", "customer", "customer name", "client", "client name", "name", "buyer",
        "customer email", "email", "контрагент", "покупатель", "клиент", "заказчик", "контрагент покупатель",
        "наименование контрагента", "kontrahent", "nabywca", "odbiorca", "klient", "nazwa kontrahenta",
        "kunde", "kundenname", "käufer", "покупець", "клієнт", "замовник",
    ),
    "date": (
        "date", "invoice date", "order date", "transaction date", "sale date", "дата", "дата документа",
        "дата продажи", "дата реализации", "data", "data sprzedaży", "data wystawienia", "data dokumentu",
        "datum", "rechnungsdatum", "belegdatum", "дата продажу",
    ),
    "amount": (
        "amount", "total", "total amount", "amount paid", "sales", "revenue", "line total", "gross amount", "gross",
        "сумма с ндс", "сумма", "сумма документа", "выручка", "стоимость", "wartość brutto", "brutto", "kwota",
        "kwota brutto", "wartość", "netto", "wartość netto", "net", "net amount", "betrag", "bruttobetrag", "umsatz",
        "сума з пдв",
        "сума",
    ),
    "order_id": (
        "order_id", "order id", "order", "order number", "invoice", "invoice number", "invoice no", "num",
        "no", "number", "transaction id", "документ", "номер", "номер документа", "заказ", "nr dokumentu",
        "numer", "numer faktury", "faktura", "nr faktury", "rechnungsnummer", "belegnummer", "номер замовлення",
    ),
    "channel": (
        "channel", "source", "acquisition channel", "utm source", "канал", "источник", "источник привлечения",
        "źródło", "kanał", "kanal", "quelle", "джерело",
    ),
    "cost": (
        "cost", "cogs", "cost of goods", "себестоимость", "закупочная стоимость", "koszt", "koszt własny",
        "koszt zakupu", "kosten", "einstandspreis", "собівартість",
    ),
}  # fmt: skip
ROLE_NAMES = {
    "customer_id": "customer",
    "date": "date",
    "amount": "amount",
    "order_id": "order number",
    "channel": "channel",
    "cost": "cost",
}
PUNCTUATION = re.compile(r"[^\w\s]+")
SPACE = re.compile(r"\s+")


def normalize(header: object) -> str:
    text = str(header).lower().replace("ё", "е").replace("_", " ")
    return SPACE.sub(" ", PUNCTUATION.sub(" ", text)).strip()


SPEND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "month", "period", "дата", "месяц", "период", "data", "miesiąc", "okres", "monat", "місяць"),
    "amount": (
        "amount", "spend", "cost", "budget", "marketing", "сумма", "расход", "расходы", "затраты", "бюджет",
        "kwota", "wydatki", "koszt", "budżet", "betrag", "kosten", "сума", "витрати",
    ),
    "channel": SYNONYMS["channel"],
}  # fmt: skip


def _normalized(synonyms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {role: tuple(normalize(word) for word in words) for role, words in synonyms.items()}


NORMALIZED = _normalized(SYNONYMS)
SPEND_NORMALIZED = _normalized(SPEND_SYNONYMS)
ALL_SYNONYMS = {word for words in (*NORMALIZED.values(), *SPEND_NORMALIZED.values()) for word in words}


def header_score(cells: Sequence[object]) -> int:
    """How many cells of a row look like column names: the header row scores highest."""
    return sum(1 for cell in cells if normalize(cell) in ALL_SYNONYMS)


def unique_headers(cells: Sequence[object]) -> list[str]:
    """Header texts made unique ("Сумма", "Сумма (2)") and empty ones named by position."""
    seen: dict[str, int] = {}
    headers = []
    for position, cell in enumerate(cells):
        text = str(cell).strip() if str(cell).strip() else f"Column {position + 1}"
        seen[text] = seen.get(text, 0) + 1
        headers.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return headers


def map_columns(
    headers: Sequence[str],
    overrides: dict[str, str] | None = None,
    synonyms: dict[str, tuple[str, ...]] | None = None,
    required: Sequence[str] = REQUIRED_COLUMNS,
) -> dict[str, str]:
    """role -> header for every role found; overrides win; a missing required role raises MissingColumn."""
    overrides = overrides or {}
    synonyms = synonyms or NORMALIZED
    roles = tuple(synonyms)
    mapping: dict[str, str] = {}
    by_normal = {normalize(header): header for header in reversed(headers)}
    for role, header in overrides.items():
        if header not in headers:
            found = by_normal.get(normalize(header))
            if found is None:
                raise MissingColumn(
                    f"There is no column '{header}' for the {ROLE_NAMES.get(role, role)}. "
                    f"The columns are: {', '.join(headers)}.",
                    role,
                    tuple(headers),
                    header,
                )
            header = found
        mapping[role] = header
    used = set(mapping.values())
    for role in roles:
        if role in mapping:
            continue
        choice = next((by_normal[w] for w in synonyms[role] if w in by_normal and by_normal[w] not in used), None)
        if choice is None:
            for word in synonyms[role]:
                pattern = re.compile(rf"(^| ){re.escape(word)}( |$)")
                choice = next(
                    (h for h in headers if h not in used and len(word) > 3 and pattern.search(normalize(h))), None
                )
                if choice:
                    break
        if choice is not None:
            mapping[role] = choice
            used.add(choice)
    for role in required:
        if role not in mapping:
            raise MissingColumn(
                f"No column for the {ROLE_NAMES[role]} was found. The columns are: {', '.join(headers)}. "
                f"Choose it by hand (--columns {role}=Header, or the Data tab).",
                role,
                tuple(headers),
            )
    return {role: mapping[role] for role in roles if role in mapping}


def parse_columns_option(text: str) -> dict[str, str]:
    """`customer_id=Клиент,amount=Сумма` -> {"customer_id": "Клиент", "amount": "Сумма"}."""
    mapping: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in text.split(","))):
        role, separator, header = part.partition("=")
        role = role.strip()
        if not separator or role not in ROLES or not header.strip():
            raise BadColumnsOption(
                f"--columns takes role=Header pairs separated by commas, with roles {', '.join(ROLES)}; "
                f"'{part}' is not one."
            )
        mapping[role] = header.strip()
    return mapping
