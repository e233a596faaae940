"""Orders (docs/metrics.md 2.1) and activity, churn and retention per period (2.3).

A customer is active on day d when it bought in (d − churn_days, d]. Each
purchase day t therefore makes the customer active on [t, t + churn_days − 1];
purchases closer than churn_days merge into one "spell". Activity is needed on
only P + 1 days (the day before the first period and each period's end), so the
engine builds a customers × (P + 1) boolean matrix from the spells with one
difference-array pass and reads every per-period count off it by column
arithmetic: no loop over customers or rows.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pandas as pd

from ltv_desktop.model.calendar import period_index, to_days
from ltv_desktop.model.profit import CostBasis, cost_basis, line_cost
from ltv_desktop.model.transactions import missing_texts


@dataclasses.dataclass(frozen=True)
class RowCodes:
    """Each row's customer and order as integers, worked out once per analysis and shared by every stage.

    Hashing the customers' names (and the order ids) is the costliest step of preparing a million rows;
    the section 2 stages and the predictive one (docs/metrics.md section 3) see the same rows, so they
    share these codes and never hash a name twice. `customer` indexes `customer_ids`; `order` is −1 where
    a row has no order_id, None without the column.
    """

    customer: np.ndarray
    customer_ids: pd.Index
    order: np.ndarray | None
    parent: np.ndarray | None = None
    """For a `subset`, each customer's code among all the rows."""

    def subset(self, rows: np.ndarray) -> RowCodes:
        """The codes of the rows where `rows` holds, the customers numbered in order of first appearance
        among them: exactly what coding those rows alone would give."""
        customer, first = pd.factorize(self.customer[rows], sort=False)
        order = None if self.order is None else self.order[rows]
        return RowCodes(customer.astype(np.int64), self.customer_ids[first], order, first.astype(np.int64))

    def parent_codes(self) -> np.ndarray:
        """Each customer's code among all the rows (its own code when these are all the rows)."""
        return np.arange(len(self.customer_ids)) if self.parent is None else self.parent


def row_codes(frame: pd.DataFrame) -> RowCodes:
    """Customers and orders numbered in order of first appearance (pandas.factorize).

    The names are hashed as a plain object array, cheaper than through pandas' string dtype.
    """
    names = frame["customer_id"]
    customer, customer_ids = pd.factorize(names.to_numpy(dtype=object), sort=False)
    order = None
    if "order_id" in frame.columns:
        order = pd.factorize(frame["order_id"].to_numpy(dtype=object), sort=False)[0].astype(np.int64)
    return RowCodes(customer.astype(np.int64), pd.Index(customer_ids, dtype=names.dtype), order)


@dataclasses.dataclass(frozen=True)
class Orders:
    """Every order of the rows (docs/metrics.md 2.1), indexed by its number: its total, first day and customer.

    Worked out once per analysis: the orders section 2 counts, the forecast's (free ones too) and the drivers'
    first orders are all read from it."""

    total: np.ndarray
    first_day: np.ndarray
    customer: np.ndarray

    @classmethod
    def of(cls, customer: np.ndarray, day: np.ndarray, amount: np.ndarray, order: np.ndarray | None) -> Orders:
        """`order`: each row's order number (`order_numbers`), None when every row is an order of its own."""
        if order is None:
            return cls(amount, day, customer)
        total = np.bincount(order, weights=amount)
        first_day = np.full(len(total), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first_day, order, day)
        owner = np.zeros(len(total), dtype=np.int64)
        owner[order] = customer
        return cls(total, first_day, owner)

    def counted(self, free_orders: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The counted orders' customer, first day and total: a positive total (`free_orders`: or zero)."""
        counted = self.total >= 0 if free_orders else self.total > 0
        return self.customer[counted], self.first_day[counted], self.total[counted]


@dataclasses.dataclass(frozen=True)
class Prepared:
    """The in-scope rows (dated on or before as_of) as integer arrays the engine shares.

    `customer` codes index `customer_ids`; customers without any order keep a
    code (their refunds count in revenue) but never become active.
    """

    customer_ids: pd.Index
    customer: np.ndarray
    day: np.ndarray
    amount: np.ndarray
    gross_profit: np.ndarray
    channel: pd.Series | None
    order_customer: np.ndarray
    order_day: np.ndarray
    order_amount: np.ndarray
    purchase_customer: np.ndarray
    purchase_day: np.ndarray
    orders: Orders
    """Every order, counted or not, by its number (the rows' `order`)."""
    cost_basis: CostBasis | None = None
    """How the cost column was read (per unit or per line), None without one."""
    order: np.ndarray | None = None
    """Each row's order (see `order_numbers`), None without an order_id column: every row is then an order."""

    @property
    def customer_count(self) -> int:
        return len(self.customer_ids)

    @functools.cached_property
    def first_channel_rows(self) -> np.ndarray:
        """Each customer's first row that names a channel (docs/metrics.md section 2.6), in customer order;
        worked out once for the customers table and the drivers."""
        if self.channel is None:
            return np.zeros(0, dtype=np.int64)
        named = np.flatnonzero(~missing_texts(self.channel))
        return first_rows(self.customer, self.day, named, self.customer_count)


def prepare(frame: pd.DataFrame, margin: float, free_orders: bool = False, codes: RowCodes | None = None) -> Prepared:
    """Integer-code the rows and build the orders of docs/metrics.md 2.1.

    An order is a distinct (customer_id, order_id) with a positive total, dated
    by its earliest row; rows without an order_id (or with no order_id column)
    are an order each when their amount is positive. Gross profit is
    amount − the line's cost where a cost is given (the cost × quantity when
    the column is per unit), else amount × margin. With
    `free_orders`, an order whose total is exactly zero (a free sample, a
    voucher) counts too: the predictive models count purchase events (section 3). `codes`: the rows'
    `row_codes`, when the caller has them already.
    """
    codes = codes if codes is not None else row_codes(frame)
    customer, customer_ids = codes.customer, codes.customer_ids
    day = to_days(frame["date"].to_numpy())
    amount = frame["amount"].to_numpy(dtype=np.float64)
    basis = None
    if "cost" in frame.columns and frame["cost"].notna().any():
        basis = cost_basis(frame)  # per unit or per line: the data decides (docs/metrics.md section 4)
        cost = line_cost(frame, basis)
        gross_profit = np.where(np.isnan(cost), amount * margin, amount - cost)
    else:
        gross_profit = amount * margin
    channel = frame["channel"] if "channel" in frame.columns else None

    order = None if codes.order is None else order_numbers(customer, codes.order)
    orders = Orders.of(customer, day, amount, order)
    order_customer, order_day, order_amount = orders.counted(free_orders)
    purchase_customer, purchase_day = distinct_purchase_days(order_customer, order_day)
    return Prepared(
        customer_ids=customer_ids,
        customer=customer,
        day=day,
        amount=amount,
        gross_profit=gross_profit,
        channel=channel,
        order_customer=order_customer,
        order_day=order_day,
        order_amount=order_amount,
        purchase_customer=purchase_customer,
        purchase_day=purchase_day,
        orders=orders,
        cost_basis=basis,
        order=order,
    )


def order_numbers(customer: np.ndarray, order_ids: np.ndarray) -> np.ndarray:
    """Each row's order (docs/metrics.md 2.1: a distinct customer and order_id; a row without an order_id
    is an order of its own), numbered 0 … orders − 1 in order of first appearance.

    `order_ids` are the rows' order_id codes (−1 where missing). Shops number orders once for all
    customers, so the order_id alone usually names the order: its codes are then used as they are, and
    the (customer, order_id) pairs are hashed only when some order_id is shared by two customers or missing.
    """
    if _first_appearance(order_ids):
        owner = np.empty(int(order_ids.max()) + 1, dtype=np.int64)
        owner[order_ids] = customer
        if np.array_equal(owner[order_ids], customer):
            return order_ids
    codes = order_ids.copy()
    without_id = codes < 0
    codes[without_id] = codes.max(initial=-1) + 1 + np.flatnonzero(without_id)
    order, _ = pd.factorize(customer * (codes.max(initial=0) + 1) + codes, sort=False)
    return order.astype(np.int64)


def first_rows(customer: np.ndarray, day: np.ndarray, rows: np.ndarray, customer_count: int) -> np.ndarray:
    """Each customer's first row among `rows` (ascending positions): on its earliest day, the first in the
    file; in customer order. Found without sorting the rows: the earliest day per customer first, then the
    first row on it (what a stable sort by customer and day would put first)."""
    who = customer[rows]
    earliest = np.full(customer_count, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(earliest, who, day[rows])
    rows = rows[day[rows] == earliest[who]]
    first = np.full(customer_count, len(customer), dtype=np.int64)
    np.minimum.at(first, customer[rows], rows)
    return first[first < len(customer)]


def _first_appearance(codes: np.ndarray) -> bool:
    """Are these codes 0 … n − 1 numbered in order of first appearance, as factorize numbers them? (Not so
    for the codes of a subset of the rows, which keep the numbering of all the rows.)"""
    if len(codes) == 0 or codes[0] != 0 or codes.min() < 0:
        return False
    reached = np.maximum.accumulate(codes)
    return bool((codes[1:] <= reached[:-1] + 1).all())


def distinct_purchase_days(order_customer: np.ndarray, order_day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (customer, day) pairs of orders, sorted by customer then day: a customer's purchase days.

    One sort of the key customer × span + day (span: the days from the first order to the last): one pass of
    a sort instead of np.lexsort's two, and the same pairs in the same order.
    """
    if not len(order_day):
        return order_customer.astype(np.int64), order_day.astype(np.int64)
    first = int(order_day.min())
    span = int(order_day.max()) - first + 1
    key = sorted_distinct(order_customer.astype(np.int64) * span + (order_day.astype(np.int64) - first))
    return key // span, key % span + first


def sorted_distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique` of an integer array by a sort and a comparison of neighbours: numpy's hash-based unique
    costs several times more on the hundreds of thousands of keys the engine meets."""
    ordered = np.sort(values)
    keep = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def sorted_codes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each value's place among the sorted distinct values of an integer array, and those values
    (`np.unique(values, return_inverse=True)`), from one stable sort as `sorted_distinct` finds them."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    codes = np.empty(len(values), dtype=np.int64)
    codes[order] = np.cumsum(new) - 1
    return codes, ordered[new]


def activity_matrix(
    customer: np.ndarray,
    day: np.ndarray,
    boundary_days: np.ndarray,
    customer_count: int,
    churn_days: int,
) -> np.ndarray:
    """Boolean matrix: is customer i active on boundary_days[j]? (docs/metrics.md 2.3)

    `customer`, `day` are the sorted distinct purchase days; `boundary_days` ascending.
    """
    boundaries = len(boundary_days)
    if len(day) == 0:
        return np.zeros((customer_count, boundaries), dtype=bool)
    new_spell = np.ones(len(day), dtype=bool)
    new_spell[1:] = (customer[1:] != customer[:-1]) | (day[1:] - day[:-1] > churn_days)
    spell_start_at = np.flatnonzero(new_spell)
    spell_last_at = np.append(spell_start_at[1:] - 1, len(day) - 1)
    spell_customer = customer[spell_start_at]
    spell_first = day[spell_start_at]
    spell_last_active = day[spell_last_at] + churn_days - 1
    first_covered = np.searchsorted(boundary_days, spell_first, side="left")
    after_covered = np.searchsorted(boundary_days, spell_last_active, side="right")
    covers = first_covered < after_covered
    width = boundaries + 1
    delta = np.zeros(customer_count * width, dtype=np.int8)
    base = spell_customer[covers] * width
    np.add.at(delta, base + first_covered[covers], 1)
    np.add.at(delta, base + after_covered[covers], -1)
    active = np.cumsum(delta.reshape(customer_count, width), axis=1, dtype=np.int8)[:, :boundaries]
    return active > 0


def take_rows(table: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """The rows of `table` at the positions `rows`, a row of missing values where a position is −1: what a
    left merge on the customer gives (integers turn to floats where one is missing), without hashing a name."""
    if len(rows) and (rows >= 0).all():
        return table.take(rows).reset_index(drop=True)
    return table.reset_index(drop=True).reindex(rows).reset_index(drop=True)


def period_table(
    prepared: Prepared,
    calendar: pd.DataFrame,
    churn_days: int,
    period: str,
    spend: pd.DataFrame | None,
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The per-period fields of docs/metrics.md 2.3.

    Returns the table, each customer's first-purchase period (position in the
    calendar, −1 for customers without an order) and its activity on as_of.
    """
    first_absolute = int(calendar["_index"].iloc[0])
    periods = len(calendar)
    customer_count = prepared.customer_count

    first_order_day = np.full(customer_count, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_order_day, prepared.order_customer, prepared.order_day)
    has_order = first_order_day != np.iinfo(np.int64).max
    first_period = np.full(customer_count, -1, dtype=np.int64)
    first_period[has_order] = period_index(first_order_day[has_order], period) - first_absolute

    customer, day = prepared.purchase_customer, prepared.purchase_day
    boundary_days = np.concatenate(([calendar["_start_day"].iloc[0] - 1], calendar["_end_day"].to_numpy()))
    active = activity_matrix(customer, day, boundary_days, customer_count, churn_days)
    at_start, at_end = active[:, :-1], active[:, 1:]

    active_start = np.count_nonzero(at_start, axis=0)
    active_end = np.count_nonzero(at_end, axis=0)
    new_customers = np.bincount(first_period[has_order], minlength=periods)[:periods]
    lost = np.count_nonzero(at_start & ~at_end, axis=0)
    bought_before = first_period[:, None] < np.arange(periods)[None, :]
    reactivated = np.count_nonzero(~at_start & at_end & bought_before & has_order[:, None], axis=0)

    order_period = period_index(prepared.order_day, period) - first_absolute
    orders = np.bincount(order_period, minlength=periods)[:periods]
    row_period = period_index(prepared.day, period) - first_absolute
    revenue = np.bincount(row_period, weights=prepared.amount, minlength=periods)[:periods]
    buyers = np.bincount(period_index(day, period) - first_absolute, minlength=periods)[:periods]

    # docs/metrics.md 2.3: before a period is observable, customers who bought before the export began are
    # invisible, so churn and retention there are not reported (they would read 0 % and 100 %).
    reported = (active_start > 0) & calendar["observable"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        churn_rate = np.where(reported, lost / active_start, np.nan)
        # docs/metrics.md section 2.3: retention is the share of the customers active at the start still
        # active at the end, so it never passes 1; the textbook CRR (E − N) / S also counts the customers who
        # came back after a lapse as retained, which is what lets it pass 1, so it is kept beside it, named.
        retention_rate = np.where(reported, (active_start - lost) / active_start, np.nan)
        crr = np.where(reported, (active_end - new_customers) / active_start, np.nan)
        reactivation_rate = np.where(reported, reactivated / active_start, np.nan)
        arpu = np.where(active_end > 0, revenue / active_end, np.nan)

    # the columns in the order of docs/metrics.md 2.3: counts of customers, of orders and money, then the rates
    table = calendar.assign(
        active_start=active_start, active_end=active_end, new_customers=new_customers, lost=lost,
        reactivated=reactivated, orders=orders, revenue=revenue, buyers=buyers,
        churn_rate=churn_rate, retention_rate=retention_rate, crr=crr, reactivation_rate=reactivation_rate, arpu=arpu,
    )  # fmt: skip
    if spend is not None:
        table["spend"] = spend_per_period(spend, calendar, period)
    return table, first_period, active[:, -1]


def spend_per_period(spend: pd.DataFrame, calendar: pd.DataFrame, period: str) -> np.ndarray:
    """Marketing spend summed into the calendar's periods; spend outside the calendar is not counted."""
    first_absolute = int(calendar["_index"].iloc[0])
    position = period_index(to_days(spend["date"].to_numpy()), period) - first_absolute
    last_day = int(calendar["_end_day"].iloc[-1])
    inside = (position >= 0) & (position < len(calendar)) & (to_days(spend["date"].to_numpy()) <= last_day)
    return np.bincount(
        position[inside], weights=spend["amount"].to_numpy(dtype=np.float64)[inside], minlength=len(calendar)
    )[: len(calendar)]
