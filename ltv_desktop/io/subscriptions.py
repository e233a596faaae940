"""From a subscription export to the canonical subscriptions of docs/metrics.md section 5, or exactly why not.

One row per subscription (or per change of one): Stripe's subscriptions export (`Customer ID`, `Plan`, `Quantity`,
`Interval`, `Amount`, `Status`, `Start (UTC)`, `Trial End (UTC)`, `Canceled At (UTC)`, `Ended At (UTC)`, …), a
membership register (member, membership, joined, expires, monthly fee) or a 1C/Excel contract list in Russian or
Polish (Контрагент, Дата начала, Дата окончания, Сумма, Периодичность / Klient, Data rozpoczęcia, Data zakończenia,
Kwota, Okres rozliczeniowy). The steps are the sales import's and call its functions: the grid (readers), header
synonyms (mapping), dates, amounts; a row that cannot be used is rejected with its row number, column, value and
reason, and never changes how the other rows are read.

The monthly amount is `mrr` where the file has it, otherwise amount × quantity over the billing interval in months
(month 1, quarter 3, half-year 6, year 12, week 12/52, day 12/365, times `Interval Count` where given).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.dates import ParsedDates, _strip_time, human_format, in_range, parse_dates
from ltv_desktop.io.errors import EmptyFile, MissingColumn
from ltv_desktop.io.importer import (
    ImportOptions,
    ImportReport,
    SkippedRow,
    _report,
    _Table,
    _text,
    _total_rows,
)
from ltv_desktop.io.mapping import DIGIT, header_chosen, header_score, keyed_headers, normalize, unique_headers
from ltv_desktop.io.numbers import parse_amounts
from ltv_desktop.io.readers import HEADER_SEARCH_ROWS, read_grid
from ltv_desktop.model.errors import NoUsableData
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import SOURCE_ROW, Rejection, rejection

SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer id", "customer_id", "customer", "customer name", "customer email", "member", "member id",
        "member name", "client", "client name", "subscriber", "name", "email", "контрагент", "клиент", "абонент",
        "покупатель", "заказчик", "член клуба", "участник", "фио", "klient", "kontrahent", "nabywca", "członek",
        "uczestnik", "imię i nazwisko", "abonent",
    ),
    "start": (
        "start (utc)", "start date (utc)", "start", "start date", "started", "started at", "joined", "join date",
        "member since", "created (utc)", "created", "дата начала", "начало", "дата заключения", "дата договора",
        "дата вступления", "действует с", "data rozpoczęcia", "początek", "data zawarcia", "data przystąpienia",
        "data od", "od",
    ),
    "end": (
        "ended at (utc)", "ended at", "end", "end date", "ended", "expires", "expiry date", "expiration date",
        "cancellation date", "cancelled on", "дата окончания", "окончание", "дата расторжения", "дата отмены",
        "действует до", "data zakończenia", "koniec", "data rozwiązania", "data wygaśnięcia", "ważna do", "data do",
        "do",
    ),
    "canceled_at": ("canceled at (utc)", "canceled at", "cancelled at"),
    "trial_end": ("trial end (utc)", "trial end"),
    "mrr": (
        "mrr", "monthly amount", "monthly fee", "monthly price", "per month", "сумма в месяц", "ежемесячный платеж",
        "абонентская плата", "абонплата", "kwota miesięczna", "opłata miesięczna", "abonament miesięczny",
    ),
    "amount": (
        "amount", "price", "fee", "plan amount", "сумма", "стоимость", "цена", "kwota", "cena", "opłata", "wartość",
        "kwota brutto",
    ),
    "interval": (
        "interval", "billing interval", "billing period", "billing cycle", "period", "периодичность",
        "период оплаты", "период", "okres rozliczeniowy", "okres", "częstotliwość", "cykl",
    ),
    "interval_count": ("interval count", "billing interval count"),
    "quantity": ("quantity", "qty", "количество", "кол во", "ilość"),
    "plan": (
        "plan", "product", "membership", "membership type", "tier", "тариф", "план", "абонемент", "вид абонемента",
        "услуга", "pakiet", "karnet", "rodzaj karnetu", "taryfa", "usługa",
    ),
    "status": ("status", "state", "статус", "состояние", "stan"),
}  # fmt: skip
NORMALIZED = {role: tuple(normalize(word) for word in words) for role, words in SYNONYMS.items()}
HEADER_WORDS = {word for words in NORMALIZED.values() for word in words}
_WORDS_HAVE_DIGITS = any(DIGIT.search(word) for word in HEADER_WORDS)

INTERVAL_MONTHS: dict[str, float] = {
    **dict.fromkeys(("month", "monthly", "mo", "m", "месяц", "мес", "ежемесячно", "miesiąc", "miesięcznie"), 1.0),
    **dict.fromkeys(("quarter", "quarterly", "квартал", "ежеквартально", "kwartał", "kwartalnie"), 3.0),
    **dict.fromkeys(("half year", "semiannual", "полгода", "półrocze", "półrocznie"), 6.0),
    **dict.fromkeys(("year", "yearly", "annual", "annually", "y", "год", "ежегодно", "rok", "rocznie"), 12.0),
    **dict.fromkeys(("week", "weekly", "w", "неделя", "еженедельно", "tydzień", "tygodniowo"), 12.0 / 52.0),
    **dict.fromkeys(("day", "daily", "d", "день", "ежедневно", "dzień", "dziennie"), 12.0 / 365.0),
}  # fmt: skip
"""Billing intervals as exports write them, in months (a week is 12/52 of a month, as ChartMogul normalises)."""
ENDED_STATUSES = frozenset(
    {"canceled", "cancelled", "ended", "expired", "incomplete_expired", "закрыт", "расторгнут",
     "завершен", "отменен", "истек", "zakończona", "zakończony", "anulowana", "anulowany", "wygasła", "wygasł"}
)  # fmt: skip
NOT_PAYING_STATUSES = frozenset({"trialing", "trial", "incomplete", "incomplete_expired", "пробный", "próbny"})
"""A trial or an unpaid first invoice brings no recurring revenue (ChartMogul counts neither as MRR)."""
SALES_INTERVALS = {"month": (1, 20, 45), "year": (12, 300, 430)}
"""Interval → (months, shortest and longest gap in days between two payments that still continue a run)."""


def map_subscription_columns(headers: list[str], overrides: dict[str, str]) -> dict[str, str]:
    """role → header: the owner's choices first, then each role's first synonym that a header is (as written,
    without a bracket or a trailing unit), then one that a header contains as whole words."""
    by_key = keyed_headers(headers)
    mapping = {role: header_chosen(role, header, headers, by_key) for role, header in overrides.items()}
    used = set(mapping.values())
    for role, words in NORMALIZED.items():
        if role in mapping:
            continue
        choice = next((by_key[word] for word in words if word in by_key and by_key[word] not in used), None)
        if choice is None:
            for word in (w for w in words if len(w) > 3):
                pattern = re.compile(rf"(^| ){re.escape(word)}( |$)")
                choice = next((h for h in headers if h not in used and pattern.search(normalize(h))), None)
                if choice:
                    break
        if choice is not None:
            mapping[role] = choice
            used.add(choice)
    return mapping


@dataclasses.dataclass(frozen=True)
class SubscriptionImport:
    """The canonical subscriptions and what could not be read.

    `frame` columns: source_row, customer_id (str), start (datetime64), end (datetime64, NaT while running),
    mrr (float, per month), plan and status (str, may be missing).
    """

    frame: pd.DataFrame
    rejections: tuple[Rejection, ...]
    report: ImportReport

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.report.to_dict(),
            "rows_used": len(self.frame),
            "rejections": [item.to_dict() for item in self.rejections],
        }


def _own_rejection(row: int, column: str, value: str, code: str, **params: Any) -> Rejection:
    """A rejection whose reason is this module's catalogue entry reject.<code>."""
    reason = text(f"reject.{code}", "en", **params)
    return Rejection(row, column, value, reason, code, tuple((k, str(v)) for k, v in params.items()))


def _find_header(cells: pd.DataFrame, header_row: int | None, row_numbers: np.ndarray) -> int:
    if header_row is not None:
        positions = np.flatnonzero(row_numbers == header_row)
        return int(positions[0]) if len(positions) else 0
    top = cells.head(HEADER_SEARCH_ROWS)
    scores = [
        header_score(row) + sum(_is_header_word(cell) for cell in row) for row in top.itertuples(index=False, name=None)
    ]
    return int(np.argmax(scores)) if scores and max(scores) > 0 else 0


def _is_header_word(cell: object) -> bool:
    """Whether a cell is one of this importer's column names: a cell with a digit is not, as no name has one."""
    value = str(cell)
    if not _WORDS_HAVE_DIGITS and DIGIT.search(value):
        return False
    return _normalized_in_words(value)


@functools.lru_cache(maxsize=4096)
def _normalized_in_words(value: str) -> bool:
    return normalize(value) in HEADER_WORDS


def _missing(role: str, headers: list[str]) -> MissingColumn:
    return MissingColumn.of(role, headers)


def read_subscriptions(path: str | Path, options: ImportOptions | None = None) -> SubscriptionImport:
    """The canonical subscriptions of a subscription export, with rejections and what was detected."""
    options = options or ImportOptions()
    path = Path(path)
    grid = read_grid(path, options.sheet, options.encoding, options.delimiter)
    if grid.cells.empty:
        raise EmptyFile.because("no_rows", name=path.name)
    header_index = _find_header(grid.cells, options.header_row, grid.row_numbers)
    headers, _renamed = unique_headers(list(grid.cells.iloc[header_index]))
    body = grid.cells.iloc[header_index + 1 :, : len(headers)].reset_index(drop=True)
    body.columns = headers
    rows = grid.row_numbers[header_index + 1 :]
    titles = [
        SkippedRow(int(grid.row_numbers[i]), "title", " ".join(str(c) for c in grid.cells.iloc[i] if str(c).strip()))
        for i in range(header_index)
        if any(str(c).strip() for c in grid.cells.iloc[i])
    ]
    table = _Table(grid, header_index, headers, body, rows, titles)
    mapping = map_subscription_columns(headers, dict(options.columns))
    for role in ("customer_id", "start"):
        if role not in mapping:
            raise _missing(role, headers)
    if "mrr" not in mapping and "amount" not in mapping:
        raise _missing("mrr", headers)

    # a row is blank when the columns that make a subscription are: Stripe leaves many other columns empty
    blank = _blank_rows(body[list(dict.fromkeys(mapping.values()))])
    customer = _text(body[mapping["customer_id"]])

    def dates(role: str) -> ParsedDates:
        return _read_dates(body[mapping[role]], options, grid.date1904, grid.typed)

    starts = dates("start")
    totals = _total_rows(body, mapping, ~blank & pd.isna(starts.values))
    data = ~blank & ~totals
    warnings: list[Notice] = [starts.warning] if starts.warning else []
    skipped = titles + [SkippedRow(int(r), "blank", "") for r in rows[blank]]
    skipped += [SkippedRow(int(r), "total", "") for r in rows[totals]]
    rejections: list[Rejection] = []

    def reject(mask: np.ndarray, role: str, code: str, own: bool = False, **params: Any) -> None:
        if not mask.any():
            return
        column = mapping[role]
        for row, value in zip(rows[mask], body[column][mask], strict=True):
            raw = "" if value is None else str(value)
            item = _own_rejection(int(row), column, raw, code, **params) if own else rejection(
                int(row), column, raw, code, **params)  # fmt: skip
            rejections.append(item)

    status = _distinct_text(body[mapping["status"]], str.lower) if "status" in mapping else pd.Series([""] * len(body))
    status_values = status.to_numpy(dtype=object)
    not_paying = data & np.isin(status_values, list(NOT_PAYING_STATUSES))
    skipped += [SkippedRow(int(r), "not_paying", str(s)) for r, s in zip(rows[not_paying], status_values[not_paying],
                                                                        strict=True)]  # fmt: skip
    if not_paying.any():
        count = int(not_paying.sum())
        warnings.append(Notice.of("subs.not_paying_skipped", count=count))
    data &= ~not_paying

    bad = data & (customer == "").to_numpy()
    reject(bad, "customer_id", "customer_empty")
    no_start = data & ~bad & pd.isna(starts.values)
    empty_start = no_start.copy()
    empty_start[no_start] = (_text(body[mapping["start"]][no_start]) == "").to_numpy()
    reject(empty_start, "start", "date_empty")
    if starts.date_format:
        reject(no_start & ~empty_start, "start", "not_a_date_in_format", format=human_format(starts.date_format))
    else:
        reject(no_start & ~empty_start, "start", "not_a_date")
    bad |= no_start
    start = starts.values.copy()
    if "trial_end" in mapping:  # the paid part of a subscription begins when its trial ends
        trial = dates("trial_end")
        later = ~pd.isna(trial.values) & (pd.isna(start) | (trial.values > start))
        start[later & ~bad] = trial.values[later & ~bad]

    end = np.full(len(body), np.datetime64("NaT"), dtype="datetime64[ns]")
    ended = np.isin(status_values, list(ENDED_STATUSES))
    for role in ("end", "canceled_at"):
        if role not in mapping:
            continue
        parsed = dates(role)
        unread = data & ~bad & pd.isna(parsed.values)
        unread[unread] = (_text(body[mapping[role]][unread]) != "").to_numpy()
        if role == "end":
            reject(unread, role, "not_a_date")
            bad |= unread
            end = parsed.values.copy()
        else:  # Canceled At fills the end only of a subscription whose status says it has ended
            fill = ended & np.isnat(end) & ~pd.isna(parsed.values)
            end[fill] = parsed.values[fill]
    no_end = data & ~bad & ended & np.isnat(end)
    if no_end.any():
        reject(no_end, "status" if "status" in mapping else "customer_id", "subs.ended_without_date", own=True)
        bad |= no_end
    backwards = data & ~bad & ~np.isnat(end) & (end < start)
    reject(backwards, "end" if "end" in mapping else "canceled_at", "subs.end_before_start", own=True)
    bad |= backwards

    mrr, amount_info = _monthly_amounts(body, mapping, data & ~bad, reject, warnings)
    bad |= data & ~np.isfinite(mrr)

    keep = data & ~bad
    frame = pd.DataFrame({
        SOURCE_ROW: rows[keep],
        "customer_id": customer.to_numpy()[keep],
        "start": start[keep],
        "end": end[keep],
        "mrr": mrr[keep],
    })  # fmt: skip
    for role in ("plan", "status"):
        if role in mapping:
            values = _distinct_text(body[mapping[role]])[keep]
            frame[role] = values.mask(values == "").to_numpy()
    rejections.sort(key=lambda item: item.row)
    skipped.sort(key=lambda item: item.row)
    rows_read = int(data.sum() + not_paying.sum())
    if frame.empty:
        if not rejections:
            raise NoUsableData(text("subs.no_subscriptions", "en"), "subs.no_subscriptions")
        first = rejections[0]
        raise NoUsableData(
            text("every_row_rejected", "en", name=path.name, rejected=len(rejections), row=first.row,
                 column=first.column, value=first.value, reason=first.reason),
            "every_row_rejected",
            {"name": path.name, "rejected": len(rejections), "first": first},
        )  # fmt: skip
    report = _report(table, path, mapping, skipped, warnings, rows_read, date_format=starts.date_format, **amount_info)
    return SubscriptionImport(frame, tuple(rejections), report)


def _monthly_amounts(body: pd.DataFrame, mapping: dict[str, str], rows: np.ndarray, reject: Any,
                     warnings: list[Notice]) -> tuple[np.ndarray, dict[str, Any]]:  # fmt: skip
    """Each row's monthly amount (NaN where it cannot be read, and then rejected) and the detected separators."""
    role = "mrr" if "mrr" in mapping else "amount"
    parsed = parse_amounts(body[mapping[role]])
    values = parsed.values.copy()
    unread = rows & ~np.isfinite(values)
    empty = unread.copy()
    empty[unread] = (_text(body[mapping[role]][unread]) == "").to_numpy()
    reject(empty, role, "amount_empty")
    reject(unread & ~empty, role, "not_a_number")
    negative = rows & np.isfinite(values) & (values < 0)
    reject(negative, role, "subs.negative_amount", own=True)
    values[negative] = np.nan
    info = {"decimal": parsed.decimal, "thousands": parsed.thousands, "currency": parsed.currency}
    if role == "mrr":
        return values, info
    if "quantity" in mapping:
        quantity = parse_amounts(body[mapping["quantity"]]).values
        quantity = np.where(_empty(body[mapping["quantity"]], ~np.isfinite(quantity)), 1.0, quantity)
        bad = rows & np.isfinite(values) & ~(np.isfinite(quantity) & (quantity >= 0))
        reject(bad, "quantity", "not_a_number")
        values = np.where(bad, np.nan, values * quantity)
    months = np.ones(len(body))
    if "interval" in mapping:
        codes, uniques = pd.factorize(_distinct_text(body[mapping["interval"]]), use_na_sentinel=False)
        per_word = np.array([INTERVAL_MONTHS.get(_interval_word(str(word)), np.nan) for word in uniques], dtype=float)
        months = per_word[codes]
        bad = rows & np.isfinite(values) & ~np.isfinite(months)
        reject(bad, "interval", "subs.unknown_interval", own=True)
    else:
        warnings.append(Notice.of("subs.interval_assumed_month", column=mapping[role]))
    if "interval_count" in mapping:
        count = parse_amounts(body[mapping["interval_count"]]).values
        count = np.where(_empty(body[mapping["interval_count"]], ~np.isfinite(count)), 1.0, count)
        bad = rows & np.isfinite(values) & np.isfinite(months) & ~(np.isfinite(count) & (count >= 1))
        reject(bad, "interval_count", "not_a_number")
        months = np.where(bad, np.nan, months * count)
    return values / months, info


ISO_DATE_TIMES = (("%Y-%m-%d %H:%M", 16), ("%Y-%m-%d %H:%M:%S", 19), ("%Y-%m-%d", 10))
"""The shapes Stripe and most databases write (zero-padded, so a fixed length): read by pandas in C, whole column
at once. A cell of any other shape (a zone, `T`, one-digit fields, spaces) goes through `_strip_time`."""


def _distinct_text(values: pd.Series, then: Any = None) -> pd.Series:
    """importer._text (and `then`, e.g. str.lower) worked out once per distinct cell: a status, plan or interval
    column holds a handful of values in 100,000 rows."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=False)
    texts = _text(pd.Series(uniques, dtype=object))
    if then is not None:
        texts = texts.map(then)
    return pd.Series(texts.to_numpy(dtype=object)[codes], index=values.index, dtype=object)


def _empty(values: pd.Series, where: np.ndarray) -> np.ndarray:
    """Which cells are empty text, looked at only `where` (the cells that did not read as a number)."""
    out = np.zeros(len(values), dtype=bool)
    out[where] = (_text(values[where]) == "").to_numpy()
    return out


def _read_dates(raw: pd.Series, options: ImportOptions, date1904: bool, typed: bool) -> ParsedDates:
    """A date column as parse_dates reads it, the common cases without a Python step per cell.

    When every filled cell has an ISO shape (ISO_DATE_TIMES) the column can only be `%Y-%m-%d`: no other format
    of dates.FORMATS reads a single one of them, so parse_dates would choose it and warn of nothing; the days are
    taken as read and only checked against the range of sales dates. Otherwise the texts without their times go
    through parse_dates, once per distinct text.
    """
    if typed:
        return parse_dates(raw, options.dayfirst, options.locale, date1904, typed)
    texts, days, left = _date_text(raw, typed)
    if not left.any():
        values, outside = in_range(days)
        if np.isnat(values).all():  # parse_dates chooses a format only on evidence: a date in the sales range
            return ParsedDates(values, None, None, np.zeros(len(values), dtype=bool))
        return ParsedDates(values, "%Y-%m-%d", None, outside)
    codes, uniques = pd.factorize(texts.to_numpy(dtype=object), use_na_sentinel=False)
    parsed = parse_dates(pd.Series(uniques, dtype=object), options.dayfirst, options.locale, date1904, typed)
    far = parsed.out_of_range[codes] if parsed.out_of_range is not None else None
    return ParsedDates(parsed.values[codes], parsed.date_format, parsed.warning, far)


ISO_DATE_TIMES = (("%Y-%m-%d %H:%M", 16), ("%Y-%m-%d %H:%M:%S", 19), ("%Y-%m-%d", 10))
"""The shapes Stripe and most databases write (zero-padded, so of a fixed length), read by pandas in C."""


def _date_text(raw: pd.Series, typed: bool) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Text dates without their time of day, the days of the cells of an ISO shape, and the other filled cells.

    Stripe writes `2024-01-10 09:15`: nearly every cell is distinct, and a regular expression per cell costs
    more than the rest of the import. Cells of an ISO shape are read in one vectorised call per shape and written
    as `YYYY-MM-DD`, which is what `_strip_time` makes of them; only the other cells are stripped, one distinct
    text at a time.
    """
    cells = raw.to_numpy(dtype=object)
    out = cells.copy()
    days = np.full(len(cells), np.datetime64("NaT"), dtype="datetime64[D]")
    left = np.ones(len(cells), dtype=bool)
    if len(cells) and not typed and pd.api.types.infer_dtype(cells, skipna=False) == "string":
        lengths = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
        left &= lengths > 0
        for date_format, length in ISO_DATE_TIMES:
            candidates = np.flatnonzero(left & (lengths == length))
            if not len(candidates):
                continue
            parsed = pd.to_datetime(pd.Series(cells[candidates], dtype=object), format=date_format, errors="coerce")
            found = parsed.to_numpy().astype("datetime64[D]")
            read = ~np.isnat(found)
            days[candidates[read]] = found[read]
            out[candidates[read]] = np.datetime_as_string(found[read], unit="D").astype(object)
            left[candidates[read]] = False
    if left.any():
        codes, uniques = pd.factorize(cells[left], use_na_sentinel=False)
        texts = pd.Series(uniques, dtype=object).map(lambda cell: cell if isinstance(cell, str) else str(cell))
        out[left] = _strip_time(texts.str.strip()).to_numpy(dtype=object)[codes]
    return pd.Series(out, index=raw.index, dtype=object), days, left


def _blank_rows(frame: pd.DataFrame) -> np.ndarray:
    """Rows with nothing but empty or whitespace cells, as importer._is_blank decides (a row filled in every
    cell is never blank), but a partly empty row is done as soon as one column holds something: the customer
    column of a real export decides nearly every row at once, instead of trimming every column of every row."""
    filled = np.zeros((len(frame), len(frame.columns)), dtype=bool)
    for position, column in enumerate(frame.columns):
        filled[:, position] = frame[column].ne("").to_numpy() & frame[column].notna().to_numpy()
    count = filled.sum(axis=1)
    blank = count == 0
    undecided = (count > 0) & (count < len(frame.columns))
    for position, column in enumerate(frame.columns):
        rows = np.flatnonzero(undecided & filled[:, position])
        if not len(rows):
            continue
        cells = frame[column].to_numpy(dtype=object)[rows]
        # a number or date cell of a workbook holds a value; a text cell unless it is only whitespace
        holds = np.fromiter((not (isinstance(cell, str) and cell.isspace()) for cell in cells), bool, len(cells))
        undecided[rows[holds]] = False
    return blank | undecided


def _interval_word(value: str) -> str:
    """'Monthly', 'month', '1 month', 'Месяц', 'per year' → the key of INTERVAL_MONTHS."""
    word = normalize(value)
    word = re.sub(r"^(1|one|per|every|co|раз в|w)\s+", "", word)
    return word


def subscriptions_from_sales(
    sales: pd.DataFrame, interval: str = "auto", as_of: pd.Timestamp | None = None
) -> tuple[pd.DataFrame, list[Notice]]:
    """Subscriptions from a sales frame (customer_id, date, amount) whose payments recur monthly or yearly.

    How: each customer's payments are sorted by date. With `interval` "auto" a customer's interval is the one its
    median gap between payments fits (20–45 days: month, 300–430 days: year); a customer with one payment, or
    whose gaps fit neither, is left out and counted in a notice. Each payment becomes one subscription row that
    starts on its date with MRR = amount / interval months (a yearly 1,200 is 100 a month) and ends on the
    customer's next payment when that comes within the interval's longest gap; otherwise the customer stopped,
    and the row ends one interval after the payment (a month: the same day next month), or runs on if that day is
    after `as_of` (default: the last payment date in the file). Refunds (negative amounts) are left out, counted.
    """
    frame = sales.loc[:, ["customer_id", "date", "amount"]].copy()
    notices: list[Notice] = []
    refunds = frame["amount"] <= 0
    if refunds.any():
        count = int(refunds.sum())
        notices.append(Notice.of("subs.sales_refunds_left_out", count=count))
        frame = frame[~refunds]
    if frame.empty:
        raise NoUsableData(text("subs.no_subscriptions", "en"), "subs.no_subscriptions")
    as_of = pd.Timestamp(as_of) if as_of is not None else frame["date"].max()
    frame = frame.sort_values(["customer_id", "date"], kind="stable").reset_index(drop=True)
    customer = frame["customer_id"].to_numpy()
    dates = frame["date"].to_numpy(dtype="datetime64[ns]")
    same_next = np.append(customer[1:] == customer[:-1], False)
    gap_days = np.full(len(frame), np.nan)
    gap_days[same_next] = (dates[1:][same_next[:-1]] - dates[:-1][same_next[:-1]]) / np.timedelta64(1, "D")
    median_gap = pd.Series(gap_days).groupby(customer).transform("median").to_numpy()
    if interval == "auto":
        chosen = np.full(len(frame), "", dtype=object)
        for name, (_, shortest, longest) in SALES_INTERVALS.items():
            chosen[(median_gap >= shortest) & (median_gap <= longest)] = name
    elif interval in SALES_INTERVALS:
        chosen = np.where(np.isfinite(median_gap), interval, "").astype(object)
    else:
        raise ValueError(f"interval must be auto, month or year, not {interval!r}")
    recurring = chosen != ""
    left_out = int(pd.unique(customer[~recurring]).size)
    if left_out:
        notices.append(Notice.of("subs.sales_not_recurring", count=left_out))
    interval_months = np.array([SALES_INTERVALS[c][0] if c else 1 for c in chosen], dtype=int)
    longest_gap = np.array([SALES_INTERVALS[c][2] if c else 0 for c in chosen], dtype=float)
    continues = same_next & (gap_days <= longest_gap)
    next_date = np.append(dates[1:], np.datetime64("NaT"))
    stop = _add_months(dates, interval_months)
    end = np.where(continues, next_date, stop)
    end = np.where(~continues & (stop > np.datetime64(as_of)), np.datetime64("NaT"), end)
    out = pd.DataFrame({
        "customer_id": customer,
        "start": dates,
        "end": end.astype("datetime64[ns]"),
        "mrr": frame["amount"].to_numpy(dtype=float) / interval_months,
        "interval": chosen,
    })[recurring].reset_index(drop=True)  # fmt: skip
    return out, notices


def _add_months(dates: np.ndarray, months: np.ndarray) -> np.ndarray:
    """dates + months calendar months, the day kept or clipped to the month's last day (Jan 31 + 1 → Feb 28/29)."""
    month = dates.astype("datetime64[M]")
    day = (dates.astype("datetime64[D]") - month.astype("datetime64[D]")).astype(np.int64)
    target = month + months.astype("timedelta64[M]")
    length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(int)
    return (target.astype("datetime64[D]") + np.minimum(day, length - 1).astype("timedelta64[D]")).astype(
        "datetime64[ns]"
    )


SUBSCRIPTION_ONLY_ROLES = ("end", "trial_end", "mrr", "interval", "interval_count")
"""Columns a sales export does not have: with a customer and a start, one of them makes a file a subscription list
(not a cancellation date: Shopify's orders have `Cancelled at`)."""


def looks_like_subscriptions(headers: list[str]) -> bool:
    """Whether a header reads as a subscription export (Stripe's, a membership register, a contract list).

    A sales export has a customer and a date too (Stripe's payments: `Created (UTC)`, read here as a start), so a
    customer, a start and a column that only subscriptions have (an end, a trial's end, a billing interval, MRR)
    are needed. The window reads such a file as subscriptions; the owner can still ask for either reading.
    """
    mapping = map_subscription_columns([str(header) for header in headers], {})
    return {"customer_id", "start"} <= mapping.keys() and any(role in mapping for role in SUBSCRIPTION_ONLY_ROLES)
