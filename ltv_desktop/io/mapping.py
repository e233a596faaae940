"""Which column is which: by its name first, then by what its values say, with a reason and a confidence.

A header is normalised before it is compared (case; CamelCase and run-together words, `CustomerID`,
`ORDERNUMBER`; separators; `*` marks; a bracketed unit such as `Created (UTC)` or `Kwota (PLN)`), then looked
up in the synonym tables of `synonyms.py`: first as the whole header, then as whole words inside a longer one.
A name is only a candidate: the first rows must agree (a date column reads as dates, an order number has
digits and repeats on the lines of one order and day but is no small count, a customer column is filled and
is not the order number again). A file without a header row gets its roles from the values alone, with a
low confidence. Each decision keeps a reason code and a confidence for the Data tab, the CLI and the JSON.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.errors import BadColumnsOption, MissingColumn, MixedCurrencies
from ltv_desktop.io.synonyms import EXACT_ONLY, LANGUAGES, ROLE_SYNONYMS, SPEND_SYNONYMS, UNIT_WORDS
from ltv_desktop.model.transactions import REQUIRED_COLUMNS, ROLES

LINE_ROLES: tuple[str, ...] = ("quantity", "unit_price", "status")
"""Roles beyond the canonical table: they shape the rows (amount = quantity × price, cancelled orders) and
are not passed on to the model."""
SALES_ROLES: tuple[str, ...] = ROLES + LINE_ROLES
ROLE_NAMES = {
    "customer_id": "customer",
    "date": "date",
    "amount": "amount",
    "order_id": "order number",
    "channel": "channel",
    "cost": "cost",
    "quantity": "quantity",
    "unit_price": "unit price",
    "status": "order status",
    "product": "product",
    "category": "category",
    "discount_code": "discount code",
}
PUNCTUATION = re.compile(r"[^\w\s]+")
SPACE = re.compile(r"\s+")
CAMEL = re.compile(r"(?<=[a-zа-яёß-ÿ0-9])(?=[A-ZА-ЯЁ])|(?<=[A-ZА-ЯЁ])(?=[A-ZА-ЯЁ][a-zа-яё])")
BRACKETS = re.compile(r"[(\[{][^)\]}]*[)\]}]")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DIGIT = re.compile(r"\d")
SMALL_WHOLE = re.compile(r"^\s*-?\d{1,3}(\.0+)?\s*$")
SAMPLE_ROWS = 400
"""Content checks look at the first rows only: a role is as clear in 400 rows as in a million, and the
checks (each candidate column's dates and numbers) then cost next to nothing beside reading the file."""

HIGH, MEDIUM, LOW = "high", "medium", "low"


def normalize(header: object) -> str:
    """`CustomerID` → `customer id`, `Kwota (PLN)` → `kwota pln`, `№ заказа` → `номер заказа`."""
    spaced = CAMEL.sub(" ", str(header)).replace("№", " номер ")
    lowered = spaced.lower().replace("ё", "е").replace("_", " ")
    return SPACE.sub(" ", PUNCTUATION.sub(" ", lowered)).strip()


def header_keys(header: object) -> tuple[str, ...]:
    """The forms a header is compared in: as written, without a bracketed part, without a trailing unit."""
    full = normalize(header)
    keys = [full]
    bare = normalize(BRACKETS.sub(" ", str(header)))
    if bare and bare not in keys:
        keys.append(bare)
    words = bare.split()
    while len(words) > 1 and words[-1] in UNIT_WORDS:
        words.pop()
        if " ".join(words) not in keys:
            keys.append(" ".join(words))
    return tuple(keys)


def _compact(key: str) -> str:
    return key.replace(" ", "")


@dataclasses.dataclass(frozen=True)
class _Synonym:
    key: str
    compact: str
    platform: str
    rank: int
    inside: str | None
    """The synonym between spaces: found in a header key between spaces, it is whole words inside a longer header
    (keys are normalized: words one space apart); None for names that count only whole."""


def _index(tables: Mapping[str, Sequence[tuple[str, str]]]) -> dict[str, tuple[_Synonym, ...]]:
    index = {}
    for role, words in tables.items():
        entries = []
        for rank, (word, platform) in enumerate(words):
            key = normalize(word)
            inside = None
            if key not in EXACT_ONLY and len(key) > 3:
                inside = f" {key} "
            entries.append(_Synonym(key, _compact(key), platform, rank, inside))
        index[role] = tuple(entries)
    return index


SALES_INDEX = _index(ROLE_SYNONYMS)
SPEND_INDEX = _index(SPEND_SYNONYMS)
_WHOLE_KEYS = {
    form for index in (SALES_INDEX, SPEND_INDEX) for entries in index.values() for s in entries
    for form in (s.key, s.compact)
}  # fmt: skip


NOT_A_NAME = re.compile(r"^[^()\[\]{}]*\d")
"""A digit outside any bracket: no known column name has one (_NAMES_HAVE_DIGITS), so a date, an amount or an order
number is passed over without the three regular expressions of `header_keys`; the header search reads 1,000 rows."""
_NAMES_HAVE_DIGITS = any(DIGIT.search(key) for key in _WHOLE_KEYS | set(UNIT_WORDS))


def header_score(cells: Sequence[object]) -> int:
    """How many cells of a row are known column names: the header row scores highest."""
    score = 0
    for cell in cells:
        value = str(cell)
        if not value.strip() or (not _NAMES_HAVE_DIGITS and NOT_A_NAME.match(value)):
            continue
        score += _is_known_name(value)
    return score


@functools.lru_cache(maxsize=4096)
def _is_known_name(value: str) -> bool:
    """Whether a cell is a known column name in any of its forms; data words (`active`, `usd`) repeat in every
    row of the 1,000 the header search reads, so each is worked out once."""
    return any(key in _WHOLE_KEYS or _compact(key) in _WHOLE_KEYS for key in header_keys(value))


def unique_headers(cells: Sequence[object]) -> tuple[list[str], list[str]]:
    """Header texts made unique ("Сумма", "Сумма (2)"), empty ones named by position, and the renamed ones.

    The renamed list is what the "duplicate columns" warning names: a header that merely ends in a bracket
    (`Created (UTC)`) is not a duplicate.
    """
    seen: dict[str, int] = {}
    headers, renamed = [], []
    for position, cell in enumerate(cells):
        label = str(cell).strip() if str(cell).strip() else f"Column {position + 1}"
        seen[label] = seen.get(label, 0) + 1
        if seen[label] == 1:
            headers.append(label)
        else:
            headers.append(f"{label} ({seen[label]})")
            renamed.append(headers[-1])
    return headers, renamed


@dataclasses.dataclass(frozen=True)
class RoleChoice:
    """Why a column got a role: a reason code (catalogue `import.reason.<code>`), its values, a confidence."""

    column: str
    reason: str
    confidence: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return text(f"import.reason.{self.reason}", "en", **self.params)

    def to_dict(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "reason": self.reason,
            "reason_text": self.message,
            "confidence": self.confidence,
            **({"platform": self.params["platform"]} if "platform" in self.params else {}),
        }


@dataclasses.dataclass(frozen=True)
class RoleMapping:
    """role → header for every role settled, and why each was chosen."""

    columns: dict[str, str]
    reasons: dict[str, RoleChoice]

    def canonical(self) -> dict[str, str]:
        """The roles of the canonical table only (docs/metrics.md 2.1), in their order."""
        return {role: self.columns[role] for role in ROLES if role in self.columns}


def _name_candidates(headers: Sequence[str], entries: Sequence[_Synonym]) -> list[tuple[str, int, _Synonym]]:
    """(header, level, synonym) by preference: whole-header matches (level 0) before words inside (level 1)."""
    found: dict[str, tuple[int, int, int, _Synonym]] = {}
    for position, header in enumerate(headers):
        keys = header_keys(header)
        compacts = {_compact(key) for key in keys}
        spaced = [f" {key} " for key in keys]
        for synonym in entries:
            if synonym.key in keys or synonym.compact in compacts:
                level = 0
            elif synonym.inside is not None and any(synonym.inside in key for key in spaced):
                level = 1
            else:
                continue
            rank = (level, synonym.rank, position, synonym)
            if header not in found or rank[:3] < found[header][:3]:
                found[header] = rank
    ordered = sorted(found.items(), key=lambda item: item[1][:3])
    return [(header, level, synonym) for header, (level, _, _, synonym) in ordered]


class _Sample:
    """The first rows of the body as trimmed text, with the parses the checks need, each made once.

    A few hundred values per column: plain Python lists are cheaper here than pandas objects, so the checks
    cost a constant few milliseconds whatever the size of the file.
    """

    def __init__(self, body: pd.DataFrame | None, typed: bool, date1904: bool, dayfirst: bool | None,
                 locale: str | None) -> None:  # fmt: skip
        self.body = body if body is not None else pd.DataFrame()
        self.typed, self.date1904, self.dayfirst, self.locale = typed, date1904, dayfirst, locale
        self._text: dict[str, list[str]] = {}
        self._filled: dict[str, np.ndarray] = {}
        self._dates: dict[str, np.ndarray] = {}
        self._numbers: dict[str, np.ndarray] = {}

    @property
    def empty(self) -> bool:
        return self.body.empty

    def text(self, column: str) -> list[str]:
        if column not in self._text:
            self._text[column] = [_cell(value) for value in self.body[column].tolist()]
        return self._text[column]

    def values(self, column: str) -> list[str]:
        """The filled cells only."""
        return [value for value in self.text(column) if value]

    def filled(self, column: str) -> np.ndarray:
        if column not in self._filled:
            self._filled[column] = np.array([value != "" for value in self.text(column)], dtype=bool)
        return self._filled[column]

    def dates(self, column: str) -> np.ndarray:
        if column not in self._dates:
            from ltv_desktop.io.dates import parse_dates

            parsed = parse_dates(self.body[column], self.dayfirst, self.locale, self.date1904, self.typed)
            self._dates[column] = ~pd.isna(parsed.values)
        return self._dates[column]

    def numbers(self, column: str) -> np.ndarray:
        if column not in self._numbers:
            from ltv_desktop.io.numbers import parse_amounts

            try:
                self._numbers[column] = parse_amounts(self.body[column], self.typed).values
            except MixedCurrencies:
                # Money in two currencies is still money: the import names the problem when it reads the column.
                self._numbers[column] = np.ones(len(self.body))
        return self._numbers[column]

    def share(self, mask: np.ndarray, column: str) -> float:
        """The share of the filled cells of `column` where `mask` holds (0 for a column with nothing in it)."""
        filled = self.filled(column)
        return float(mask[filled].mean()) if filled.any() else 0.0


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def _reads_as_dates(sample: _Sample, column: str) -> bool:
    return sample.share(sample.dates(column), column) >= 0.5


def _reads_as_numbers(sample: _Sample, column: str) -> bool:
    return sample.share(np.isfinite(sample.numbers(column)), column) >= 0.5


def _share_matching(values: list[str], pattern: re.Pattern[str], search: bool = False) -> float:
    if not values:
        return 0.0
    find = pattern.search if search else pattern.match
    return sum(1 for value in values if find(value)) / len(values)


def _small_counts(sample: _Sample, column: str) -> bool:
    """Whole numbers up to 999 that repeat a lot: a quantity or a line number, not an order number."""
    values = sample.values(column)
    if not values or _share_matching(values, SMALL_WHOLE) < 1:
        return False
    return len(set(values)) <= max(3, len(values) // 3)


def _groups_agree(sample: _Sample, key: str, other: str, rows: np.ndarray | None = None) -> float:
    """Among values of `key` that occur on several rows, the share whose rows agree on `other` (empty ignored).

    `rows` limits the look to some rows: the sales, since a refund of an order is dated later.
    """
    seen: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for position, (k, o) in enumerate(zip(sample.text(key), sample.text(other), strict=True)):
        if k and o and (rows is None or rows[position]):
            seen.setdefault(k, set()).add(o)
            count[k] = count.get(k, 0) + 1
    repeated = [k for k, n in count.items() if n > 1]
    if not repeated:
        return 1.0
    return sum(1 for k in repeated if len(seen[k]) == 1) / len(repeated)


def _repeats(sample: _Sample, column: str) -> bool:
    values = sample.values(column)
    return bool(values) and len(set(values)) < len(values)


def _one_to_one(sample: _Sample, first: str, second: str) -> bool:
    """Each value of `first` goes with one value of `second` and back: the same thing under two names."""
    pairs = {(a, b) for a, b in zip(sample.text(first), sample.text(second), strict=True) if a and b}
    firsts, seconds = {a for a, _ in pairs}, {b for _, b in pairs}
    return len(firsts) >= 2 and len(pairs) == len(firsts) == len(seconds)


def _order_check(sample: _Sample, column: str, chosen: Mapping[str, str]) -> str | None:
    """None when `column` cannot be the order number, else the reason code for it."""
    if sample.empty:
        return "named_as"
    values = sample.values(column)
    if not values or _share_matching(values, DIGIT, search=True) < 0.9 or _small_counts(sample, column):
        return None
    sales = None
    if "amount" in chosen:
        sales = ~(sample.numbers(chosen["amount"]) < 0)
    for role in ("date", "customer_id"):
        if role in chosen and _groups_agree(sample, column, chosen[role], sales) < 0.9:
            return None
    return "values_repeat_per_order" if _repeats(sample, column) else "named_as"


def _customer_check(sample: _Sample, column: str, chosen: Mapping[str, str]) -> str | None:
    if sample.empty:
        return "named_as"
    if sample.filled(column).mean() < 0.5:
        return None
    if _share_matching(sample.values(column), EMAIL) >= 0.8:
        return "values_are_emails"
    if "order_id" in chosen and _one_to_one(sample, column, chosen["order_id"]):
        return "every_customer_one_order"
    return "named_as"


def _check(role: str, sample: _Sample, column: str, chosen: Mapping[str, str]) -> str | None:
    """The reason code when the values agree with the role, None when they do not."""
    if role == "order_id":
        return _order_check(sample, column, chosen)
    if role == "customer_id":
        return _customer_check(sample, column, chosen)
    if sample.empty:
        return "named_as"
    if role == "date":
        return "named_as" if _reads_as_dates(sample, column) else None
    if role in ("amount", "quantity", "unit_price", "cost"):
        return "named_as" if _reads_as_numbers(sample, column) else None
    if role == "status":
        return None if _reads_as_numbers(sample, column) else "named_as"
    if role in ("product", "category", "discount_code") and _reads_as_dates(sample, column):
        return None
    return "named_as"


def _by_values(role: str, sample: _Sample, free: Sequence[str], chosen: Mapping[str, str]) -> RoleChoice | None:
    """A column for a required role when no header names it (a file without a header row): low confidence."""
    if sample.empty:
        return None
    if role == "date":
        for column in free:
            if sample.share(sample.dates(column), column) >= 0.8:
                return RoleChoice(column, "values_look_like_dates", LOW)
    if role == "amount":
        numeric = [
            c for c in free
            if sample.share(np.isfinite(sample.numbers(c)), c) >= 0.9 and not _reads_as_dates(sample, c)
        ]  # fmt: skip
        fractional = [c for c in numeric if (np.nan_to_num(sample.numbers(c)) % 1 != 0).any()]
        if fractional or numeric:
            return RoleChoice((fractional or numeric)[-1], "values_are_amounts", LOW)
    if role == "customer_id":
        for column in free:
            values = sample.values(column)
            if not values or sample.filled(column).mean() < 0.9 or _reads_as_dates(sample, column):
                continue
            numbers = sample.numbers(column)
            if np.isfinite(numbers).all() and (np.nan_to_num(numbers) % 1 != 0).any():
                continue
            if _share_matching(values, EMAIL) >= 0.8:
                return RoleChoice(column, "values_are_emails", MEDIUM)
            if len(set(values)) < len(values):
                return RoleChoice(column, "values_identify_customers", LOW)
    return None


ORDER_OF_DECISION: tuple[str, ...] = (
    "date", "amount", "quantity", "unit_price", "status", "order_id", "customer_id", "channel", "cost",
    "category", "discount_code", "product",
)  # fmt: skip
"""Dates and amounts are the easiest to tell; the order number is checked against the dates, the customer
against the order number."""


def keyed_headers(headers: Sequence[str]) -> dict[str, str]:
    """Each key of `header_keys` → the first header that has it, for finding a header the owner typed."""
    by_key: dict[str, str] = {}
    for header in reversed(headers):
        for key in header_keys(header):
            by_key[key] = header
    return by_key


def header_chosen(role: str, header: str, headers: Sequence[str], by_key: Mapping[str, str]) -> str:
    """The header the owner named for `role` (as written, or in another case or spacing); else `MissingColumn`."""
    if header in headers:
        return header
    found = by_key.get(normalize(header))
    if found is None:
        raise MissingColumn.of(role, headers, header)
    return found


def choose_roles(
    headers: Sequence[str],
    sample: pd.DataFrame | None = None,
    overrides: Mapping[str, str] | None = None,
    *,
    typed: bool = False,
    date1904: bool = False,
    dayfirst: bool | None = None,
    locale: str | None = None,
    required: Sequence[str] = REQUIRED_COLUMNS,
    spend: bool = False,
) -> RoleMapping:
    """Every role the file has, by name and by values; a required role that no column fills raises MissingColumn.

    `sample` is the first rows under the header (None: names only). The amount is also settled by a
    quantity and a unit price (the importer multiplies them).
    """
    index = SPEND_INDEX if spend else SALES_INDEX
    roles = tuple(index) if spend else ORDER_OF_DECISION
    data = _Sample(sample.head(SAMPLE_ROWS) if sample is not None else None, typed, date1904, dayfirst, locale)
    columns: dict[str, str] = {}
    reasons: dict[str, RoleChoice] = {}
    by_key = keyed_headers(headers)
    declined: set[str] = set()
    named_but_odd: dict[str, RoleChoice] = {}
    """A column named exactly as a required role whose sampled values mostly do not read as that role: used
    when nothing else fits, so its odd rows are rejected one by one instead of the whole file refused."""
    for role, header in (overrides or {}).items():
        if header == "":  # the owner said this optional column is not in the file: never guess one
            if role not in REQUIRED_COLUMNS:
                declined.add(role)
            continue
        header = header_chosen(role, header, headers, by_key)
        columns[role] = header
        reasons[role] = RoleChoice(header, "chosen_by_user", HIGH)

    def decide(role: str) -> None:
        used = set(columns.values())
        fallback: RoleChoice | None = None
        for header, level, synonym in _name_candidates(headers, index[role]):
            if header in used:
                continue
            reason = _check(role, data, header, columns)
            if reason is None:
                if level == 0 and role in REQUIRED_COLUMNS:
                    named_but_odd.setdefault(role, RoleChoice(header, "named_as_values_odd", LOW, {"header": header}))
                continue
            params = {"header": header, "synonym": synonym.key}
            if synonym.platform not in LANGUAGES:
                params["platform"] = synonym.platform
            if level == 1 and reason == "named_as":
                reason = "header_contains"
            elif reason == "named_as" and "platform" in params:
                reason = "named_as_platform"
            confidence = HIGH if level == 0 else MEDIUM
            if reason == "every_customer_one_order":
                fallback = fallback or RoleChoice(header, reason, LOW, params)
                continue
            columns[role], reasons[role] = header, RoleChoice(header, reason, confidence, params)
            return
        if fallback is not None:
            columns[role], reasons[role] = fallback.column, fallback

    for role in roles:
        if role not in columns and role not in declined:
            decide(role)
    for role in () if spend else REQUIRED_COLUMNS:
        if role in columns or (role == "amount" and "quantity" in columns and "unit_price" in columns):
            continue
        by_value = _by_values(role, data, [h for h in headers if h not in set(columns.values())], columns)
        if by_value is None and role in named_but_odd and named_but_odd[role].column not in columns.values():
            by_value = named_but_odd[role]
        if by_value is not None:
            columns[role], reasons[role] = by_value.column, by_value
    if (
        "order_id" in columns
        and "customer_id" in columns
        and reasons["order_id"].reason != "chosen_by_user"
        and not data.empty
        and _groups_agree(
            data,
            columns["order_id"],
            columns["customer_id"],
            ~(data.numbers(columns["amount"]) < 0) if "amount" in columns else None,
        )
        < 0.9
    ):
        del columns["order_id"], reasons["order_id"]
        decide("order_id")
    if "amount" not in columns and "quantity" in columns and "unit_price" in columns:
        reasons["amount"] = RoleChoice(
            "", "quantity_times_price", MEDIUM, {"quantity": columns["quantity"], "unit_price": columns["unit_price"]}
        )
    for role in required:
        if role not in columns and role not in reasons:
            raise MissingColumn.of(role, headers)
    order = roles if spend else SALES_ROLES
    return RoleMapping(
        {role: columns[role] for role in order if role in columns},
        {role: reasons[role] for role in order if role in reasons},
    )


def map_columns(
    headers: Sequence[str],
    overrides: dict[str, str] | None = None,
    spend: bool = False,
    required: Sequence[str] = REQUIRED_COLUMNS,
) -> dict[str, str]:
    """role -> header by names alone (no values to check): the spend file and quick callers."""
    return choose_roles(headers, None, overrides, required=required, spend=spend).columns


def parse_columns_option(text_option: str) -> dict[str, str]:
    """`customer_id=Клиент,amount=Сумма` -> {"customer_id": "Клиент", "amount": "Сумма"}."""
    mapping: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in text_option.split(","))):
        role, separator, header = part.partition("=")
        role = role.strip()
        if not separator or role not in SALES_ROLES or not header.strip():
            raise BadColumnsOption.because("columns.bad_option", roles=", ".join(SALES_ROLES), part=part)
        mapping[role] = header.strip()
    return mapping
