"""Rows as shops export them: one line per item, order fields on the first line only, cancelled orders listed.

Every function here works on whole columns (numpy and pandas), never row by row over a file: a
million-row export must import as fast with these checks as without them.
- Continuation lines (Shopify leaves an order's customer, date, status and total empty on its later item
  lines) take those fields from the line above of the same order; they are not rejected.
- An order total repeated on every line of the order (WooCommerce, Xero) counts once (docs/metrics.md
  section 4).
- Orders whose status says they were no sale (cancelled, voided, failed, declined, refunded) are skipped
  and listed with their status.
- After the import, sanity checks say in numbers when the result looks like a misread file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from ltv_desktop.io.synonyms import NOT_A_SALE_STATUSES
from ltv_desktop.model.result import Notice

TextOf = Callable[[np.ndarray], np.ndarray]
"""Trimmed text of one column at some row positions."""

STATUS_NOISE = re.compile(r"[^\w]+")
SAMPLE = 5_000
"""Rows the one-order-per-customer check looks at before it looks at the whole file."""
STRIDED_ROWS = 10_000
"""Rows (every n-th) in which the customer with the largest share of revenue is looked for."""
SHARE_MIN_CUSTOMERS = 20
"""Below this many customers one of them holding a fifth of the revenue is ordinary, not a sign of a misread."""


def notice(code: str, **params: object) -> Notice:
    """A notice whose English text comes from the catalogue, so code and text never disagree."""
    return Notice.of(code, **params)


def continuation_rows(candidates: np.ndarray, order_text: TextOf) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the later lines of an order, and for each the position of the line it continues.

    `candidates` marks the rows with an empty customer, date or amount (few in a clean file). A
    candidate continues an order when its order number is that of the nearest non-candidate row above.
    """
    positions = np.flatnonzero(candidates)
    if not len(positions):
        return positions, positions
    rows = np.arange(len(candidates))
    last_full = np.maximum.accumulate(np.where(candidates, -1, rows))
    sources = last_full[positions]
    has_source = sources >= 0
    positions, sources = positions[has_source], sources[has_source]
    mine, theirs = order_text(positions), order_text(sources)
    same = (mine == theirs) & (mine != "")
    return positions[same], sources[same]


def fill_from(values: np.ndarray, empty: np.ndarray, positions: np.ndarray, sources: np.ndarray) -> int:
    """Copy `values[sources]` into `values[positions]` where the cell was empty; how many were filled."""
    fill = empty[positions]
    values[positions[fill]] = values[sources[fill]]
    return int(fill.sum())


def normalize_status(value: str) -> str:
    """`Cancelled`, `wc-cancelled`, `CANCELED ` → comparable words."""
    words = STATUS_NOISE.sub(" ", value.lower().replace("ё", "е")).strip()
    return words[3:] if words.startswith("wc ") else words


def not_a_sale(statuses: pd.Series) -> np.ndarray:
    """True where the order status says the order was no sale; each distinct status is judged once."""
    codes, uniques = pd.factorize(statuses, sort=False)
    verdict = np.array([normalize_status(str(status)) in NOT_A_SALE_STATUSES for status in uniques], dtype=bool)
    return np.where(codes >= 0, verdict[np.maximum(codes, 0)], False)


def apply_statuses(statuses: pd.Series, data: np.ndarray) -> np.ndarray:
    """The data rows whose order status is cancelled, voided, failed, declined or refunded."""
    return data & not_a_sale(statuses)


def collapse_repeated_totals(
    customers: np.ndarray, orders: np.ndarray, amounts: np.ndarray, keep: np.ndarray
) -> tuple[np.ndarray, int, int]:
    """Amounts with an order total repeated on each line of its order counted once (on its first line).

    It applies only when the amount column is an order's total: on (nearly) every order of several lines,
    every line carries the same amount. A file of line amounts where two lines happen to cost the same
    is left alone. Returns the amounts, the orders and the lines set to zero.
    """
    kept = np.flatnonzero(keep & pd.notna(orders))
    if len(kept) < 2:
        return amounts, 0, 0
    frame = pd.DataFrame(
        {"customer": customers[kept], "order": orders[kept], "amount": amounts[kept], "position": kept}
    )
    grouped = frame.groupby(["customer", "order"], sort=False)["amount"]
    sizes, lowest, highest = grouped.transform("size"), grouped.transform("min"), grouped.transform("max")
    multi = (sizes > 1).to_numpy()
    if not multi.any():
        return amounts, 0, 0
    constant = (lowest == highest).to_numpy()
    group_ids = grouped.ngroup().to_numpy()
    multi_groups = np.unique(group_ids[multi])
    constant_groups = np.unique(group_ids[multi & constant])
    if len(constant_groups) < 0.95 * len(multi_groups):
        return amounts, 0, 0
    repeat = multi & constant & frame.duplicated(["customer", "order"]).to_numpy()
    result = amounts.copy()
    result[frame["position"].to_numpy()[repeat]] = 0.0
    return result, len(constant_groups), int(repeat.sum())


def _orders_per_customer(frame: pd.DataFrame, codes: np.ndarray, customers: int) -> np.ndarray:
    """Orders of each customer as docs/metrics.md section 2.1 counts them (a positive total per order)."""
    amounts = frame["amount"].to_numpy(dtype=np.float64)
    if "order_id" not in frame.columns:
        return np.bincount(codes[amounts > 0], minlength=customers)
    orders = frame["order_id"].to_numpy(dtype=object)
    has_order = pd.notna(orders)
    order_codes = np.empty(len(frame), dtype=np.int64)
    order_codes[has_order] = pd.factorize(orders[has_order], sort=False)[0]
    order_codes[~has_order] = has_order.sum() + np.flatnonzero(~has_order)  # no order number: a row is an order
    base = int(order_codes.max()) + 1 if len(order_codes) else 1
    pairs, pair_of_row = np.unique(codes.astype(np.int64) * base + order_codes, return_inverse=True)
    totals = np.bincount(pair_of_row, weights=amounts, minlength=len(pairs))
    return np.bincount((pairs // base)[totals > 0], minlength=customers)


def _sums(keys: np.ndarray, amounts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys and the sum of amounts of each."""
    codes, uniques = pd.factorize(keys, sort=False)
    return np.asarray(uniques, dtype=object), np.bincount(codes, weights=amounts, minlength=len(uniques))


def _top_customer(customers: np.ndarray, amounts: np.ndarray) -> tuple[object, float, int] | None:
    """The customer with the largest share of revenue (exact), its share, and a lower bound of customers.

    Hashing every customer of a million rows would cost as much as the rest of the checks together, so the
    candidates come from every n-th row (a customer holding a fifth of the revenue over many rows is there)
    and from the 100 largest rows (one holding it in a few large rows is there); each candidate's share is
    then summed exactly over the whole column when its estimate is above a tenth.
    """
    revenue = float(amounts.sum())
    if revenue <= 0:
        return None
    rows = len(amounts)
    strided = np.arange(0, rows, max(1, rows // STRIDED_ROWS))
    names, totals = _sums(customers[strided], amounts[strided])
    largest = np.argpartition(-amounts, 100)[:100] if rows > 100 else np.arange(rows)
    big_names, big_totals = _sums(customers[largest], amounts[largest])
    sample_revenue = float(totals.sum())
    candidates = [names[i] for i in np.argsort(-totals)[:3] if sample_revenue > 0 and totals[i] > 0.1 * sample_revenue]
    candidates += [big_names[i] for i in np.argsort(-big_totals)[:3] if big_totals[i] > 0.1 * revenue]
    best, best_share = None, 0.0
    for candidate in dict.fromkeys(candidates):
        share = float(amounts[customers == candidate].sum()) / revenue
        if share > best_share:
            best, best_share = candidate, share
    return best, best_share, len(names)


def sanity_notices(frame: pd.DataFrame, line_items: bool, orders_differ: bool = False) -> list[Notice]:
    """Signs that a column was misread, each a notice with its numbers (issue: real exports read right).

    - every customer has exactly one order (the "customer" is probably the order number);
    - one customer holds more than 20 % of the revenue (a placeholder such as "NA" or a total row);
    - a file of item lines whose order column is unique per row (every order would have one item);
    - amounts that look like quantities (whole numbers up to 100, the median at most 5).
    The first check runs on the first rows before the whole file: one customer with two orders there
    settles it, so a large export pays for it only when it is suspicious. `orders_differ`: the file's order
    numbers differed on every row, and the frame carries none (`Transactions.order_ids_different`); each
    row is then an order of its own, as the first check counts a frame without order numbers.
    """
    notices: list[Notice] = []
    if frame.empty:
        return notices
    amounts = frame["amount"].to_numpy(dtype=np.float64)
    customers = frame["customer_id"].to_numpy(dtype=object)
    head = frame.head(SAMPLE)
    head_codes, head_uniques = pd.factorize(head["customer_id"], sort=False)
    if len(head_uniques) >= 10 and (_orders_per_customer(head, head_codes, len(head_uniques)) <= 1).all():
        codes, uniques = pd.factorize(frame["customer_id"], sort=False)
        per_customer = _orders_per_customer(frame, codes, len(uniques))
        buyers = int((per_customer > 0).sum())
        if buyers >= 10 and (per_customer[per_customer > 0] == 1).all():
            notices.append(notice("import.check.one_order_each", count=buyers))
    top = _top_customer(customers, amounts)
    if top is not None and top[2] >= SHARE_MIN_CUSTOMERS and top[1] > 0.2:
        notices.append(notice("import.check.one_customer_share", customer=str(top[0]), share=top[1]))
    if line_items and orders_differ and len(frame) >= 20:
        notices.append(notice("import.check.order_unique_per_row", count=len(frame)))
    elif line_items and "order_id" in frame.columns:
        orders = frame["order_id"].dropna()
        if len(orders) >= 20 and orders.is_unique:
            notices.append(notice("import.check.order_unique_per_row", count=len(orders)))
    finite = amounts[np.isfinite(amounts)]
    if len(finite) >= 20 and (finite % 1 == 0).all() and np.abs(finite).max() <= 100 and np.median(finite) <= 5:
        notices.append(
            notice("import.check.amounts_look_like_quantities", count=len(finite), largest=float(np.abs(finite).max()))
        )
    return notices
