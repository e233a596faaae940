"""What the first order says about a customer's value: first-purchase drivers, docs/metrics.md section 4.

Each customer is described by its first order: the product(s) and category(ies) on it, its discount code
and the customer's channel. For every value that at least 20 customers seen for a full year share, the
value they brought in their first 12 months is compared with every such customer's (`lift`), with an
interval from a bootstrap over customers. Owners act on these numbers (what to advertise, which discount
to stop), and the tools they compare us with print the ratio alone, so noise reads as a finding: a driver
is called `clear` only when its interval excludes 1.

The first order is everything the customer ordered on its first purchase day: a line-item export without
order ids gives each line its own order, and the lines of one basket share their day.

Two choices keep this honest and fast:
- The intervals hold for all the drivers at once (90 % that every driver's interval holds its true lift),
  not 90 % each: with 40 values tested, 90 % intervals each would show about 4 "clear" drivers in a shop
  where nothing matters. Each interval is the driver's bootstrap spread on the log scale, widened by the
  factor that keeps 90 % of the resamples inside all the intervals together (the max-t band).
- The bootstrap weights each customer 0 or 2 with even odds (mean 1 and variance 1 like the classic
  Poisson(1) weights: the exchangeable weighted bootstrap of Praestgaard & Wellner, Annals of Statistics
  1993), so a resample is one random bit per customer. Within each attribute, customers with the same
  values are laid out side by side, eight to a byte, and a table of the 256 sums a byte can select turns
  a resample into one look-up per eight customers instead of eight random numbers. Where thousands of
  customers share the same values, their sum is drawn from the normal law with its exact mean and
  covariance instead (its skew is exactly zero with these weights; customers heavy enough to matter
  stay exact).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import format_value, text
from ltv_desktop.model.activity import Orders, Prepared, first_rows, order_numbers, row_codes, sorted_distinct
from ltv_desktop.model.calendar import to_days

ATTRIBUTES: tuple[str, ...] = ("first_product", "first_category", "first_discount_code", "channel")
"""What a driver describes, in the JSON contract's words (docs/metrics.md section 4)."""

COLUMN_OF: dict[str, str] = {
    "first_product": "product",
    "first_category": "category",
    "first_discount_code": "discount_code",
    "channel": "channel",
}
"""The column of the transactions each attribute is read from."""

MIN_CUSTOMERS = 20
"""Fewer customers than this and one customer's basket moves the value's LTV by 5 % or more."""

RESAMPLES = 1000
"""Bootstrap resamples: enough for the 90 % quantile of the band to move by well under a percent."""

CONFIDENCE = 0.90
"""The share of resamples the intervals of all drivers together must hold."""

HORIZON_MONTHS = 12
"""ltv_12m looks at a customer's first 12 months, so only customers first seen that long ago count."""

TARGET_LTV_CAC = 3.0
"""The LTV:CAC ratio a healthy acquisition keeps; the most one may pay for a customer is LTV / 3."""

DEFAULT_SEED = 20_261_130
"""A fixed seed, so the same file gives the same intervals every time it is analysed."""

CHUNK_BYTES = 2_000_000
"""Resamples are drawn in chunks of about this many random bytes (8 customers each), bounding memory."""

NORMAL_MIN = 100
"""Atoms with at least this many light customers draw their sum from the normal law (`_normal_part`): the
count of n customers then has an excess kurtosis of −2 / n, within the 0.02 that `HEAVY_SHARE` allows the
revenue."""

HEAVY_SHARE = 0.01
"""A customer holding more than 1 % of its atom's Σ revenue² is drawn exactly, never approximated."""

NO_CODE = None
"""The `value` of the customers whose first order used no discount code: the baseline of the discounts."""

_BITS = ((np.arange(256)[:, None] >> np.arange(8)[None, :]) & 1).astype(np.float64)
"""Row v: which of the eight customers of a byte the value v selects."""


@dataclasses.dataclass(frozen=True)
class Driver:
    """One value of one attribute of the first order, and what its customers were worth in 12 months.

    `lift` = ltv_12m / ltv_12m of all customers seen for 12 months; `lift_low`–`lift_high` its interval
    (90 % for all drivers together); `clear` when that interval excludes 1. `max_cac` (with its range) is
    the most one may pay to acquire such a customer and keep LTV:CAC ≥ 3, given for clear drivers and for
    every channel; None elsewhere, where the data cannot tell this value from the average.
    """

    attribute: str
    value: str | None
    customers: int
    ltv_12m: float
    repeat_rate: float
    lift: float
    lift_low: float
    lift_high: float
    clear: bool
    max_cac: float | None = None
    max_cac_low: float | None = None
    max_cac_high: float | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON contract's keys (docs/metrics.md section 4), then the money cap: the fields, in their order."""
        return dataclasses.asdict(self)

    def sentence(self, language: str = "en") -> str:
        """The driver in plain words, e.g. "Customers whose first order had Starter Kit are worth 1.82× the
        average (1.51–2.13×).", followed by a warning when the range includes 1×."""
        code = f"drivers.{self.attribute}" if self.value is not NO_CODE else "drivers.first_no_discount_code"
        params = {"value": self.value, "lift": _ratio(self.lift), "low": _ratio(self.lift_low)}
        said = text(code, language, high=_ratio(self.lift_high), **params)
        if not self.clear:
            said = f"{said} {text('drivers.unclear', language)}"
        return said

    def repeat_sentence(self, language: str = "en") -> str:
        """How many of these customers bought again within 12 months, and how many there are."""
        return text("drivers.repeat_rate", language, repeat=self.repeat_rate, customers=self.customers)

    def cap_sentence(self, language: str = "en", money: Callable[[float | None], str] | None = None) -> str | None:
        """The most one may pay to acquire such a customer, in words; None without a cap.

        `money` writes an amount with the currency as the window or the report shows it (`money_text`, or
        the window's formatter), so "pay at most €88.93" reads like every other sum; without it, the
        amount alone.
        """
        if self.max_cac is None:
            return None
        amounts: dict[str, float | str | None] = {
            "cap": self.max_cac,
            "low": self.max_cac_low,
            "high": self.max_cac_high,
        }
        if money is not None:
            amounts = {name: money(value) for name, value in amounts.items()}  # type: ignore[arg-type]
        return text("drivers.max_cac", language, ratio=TARGET_LTV_CAC, **amounts)


PREFIXED_SYMBOLS = ("$", "£")
"""Symbols written before the amount ($88.93); every other currency follows it (88,93 zł, 88,93 €), as the
Excel report's money formats write them."""


def money_text(value: float | None, language: str, currency: str = "") -> str:
    """An amount in `language`'s number format with the currency symbol where the report puts it."""
    amount = format_value(value, "money", language)
    symbol = currency.strip()
    if value is None or not symbol:
        return amount
    if symbol in PREFIXED_SYMBOLS:
        return f"-{symbol}{amount[1:]}" if amount.startswith("-") else f"{symbol}{amount}"
    return f"{amount}\u00a0{symbol}"


def _ratio(value: float) -> float:
    """Lifts are read to two decimals: 1.82×, not 1.823×."""
    return round(value, 2)


@dataclasses.dataclass(frozen=True)
class FirstYear:
    """The customers first seen at least 12 months before as_of and what they did in that first year.

    `revenue` and `repeat` are per customer (positions in `customer_ids`); `groups` lists each
    (attribute, value) of their first orders, `pair_customer`/`pair_group` who has which.
    """

    customer_ids: np.ndarray
    revenue: np.ndarray
    repeat: np.ndarray
    groups: tuple[tuple[str, str | None], ...]
    pair_customer: np.ndarray
    pair_group: np.ndarray


def first_year(frame: pd.DataFrame, as_of: pd.Timestamp | str, prepared: Prepared | None = None) -> FirstYear:
    """Orders (docs/metrics.md section 2.1), each customer's first-order attributes and first 12 months.

    Rows dated after as_of are a holdout and left out. A customer's first 12 months run from its first
    purchase day up to the same day 12 months later (excluded); it counts when that day is on or before
    as_of, so its whole year is in the data. An analysis that already numbered the customers of the rows up
    to as_of passes them as `prepared` (its `customer` codes and `customer_ids`, its `orders`), so neither the
    names nor the orders are worked out a second time.
    """
    as_of = pd.Timestamp(as_of).normalize()
    in_scope = frame["date"] <= as_of
    data = frame if in_scope.all() else frame[in_scope]
    # text columns are hashed as plain object arrays: a third cheaper than through pandas' string dtype
    shared = prepared if prepared is not None and len(prepared.customer) == len(data) else None
    if shared is not None:
        customer, customer_ids = shared.customer, shared.customer_ids.to_numpy(dtype=object)
        day, amount, row_order, orders = shared.day, shared.amount, shared.order, shared.orders
    else:
        numbered = row_codes(data)
        customer, customer_ids = numbered.customer, numbered.customer_ids.to_numpy(dtype=object)
        day, amount = to_days(data["date"].to_numpy()), data["amount"].to_numpy(dtype=np.float64)
        row_order = None if numbered.order is None else order_numbers(customer, numbered.order)
        orders = Orders.of(customer, day, amount, row_order)
    count = len(customer_ids)
    order = np.arange(len(data)) if row_order is None else row_order
    order_day, order_customer = orders.first_day, orders.customer
    positive = orders.total > 0

    first_day = np.full(count, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_day, order_customer[positive], order_day[positive])
    has_order = first_day != np.iinfo(np.int64).max
    end_day = np.full(count, np.iinfo(np.int64).min, dtype=np.int64)
    starts = pd.DatetimeIndex(first_day[has_order].astype("datetime64[D]"))
    end_day[has_order] = to_days((starts + pd.DateOffset(months=HORIZON_MONTHS)).to_numpy())
    eligible = has_order & (end_day <= to_days(np.array([as_of.to_datetime64()]))[0])

    in_year = eligible[customer] & (day >= first_day[customer]) & (day < end_day[customer])
    revenue = np.bincount(customer[in_year], weights=amount[in_year], minlength=count)
    later = positive & (order_day > first_day[order_customer]) & (order_day < end_day[order_customer])
    repeat = np.bincount(order_customer[later], minlength=count) > 0

    position = np.full(count, -1, dtype=np.int64)
    position[eligible] = np.arange(int(eligible.sum()))
    on_first_order = positive[order] & (order_day[order] == first_day[customer]) & eligible[customer]

    groups: list[tuple[str, str | None]] = []
    pair_customers: list[np.ndarray] = []
    pair_groups: list[np.ndarray] = []
    for attribute in ATTRIBUTES:
        column = COLUMN_OF[attribute]
        if column not in data.columns:
            continue
        values = data[column].to_numpy(dtype=object)
        if attribute == "channel" and shared is not None:
            rows = shared.first_channel_rows
            rows = rows[eligible[customer[rows]]]
        elif attribute == "channel":
            # each eligible customer's first row that names a channel (docs/metrics.md section 2.6)
            rows = np.flatnonzero(eligible[customer])
            rows = first_rows(customer, day, rows[pd.notna(values[rows])], count)
        else:
            rows = np.flatnonzero(on_first_order)
            rows = rows[pd.notna(values[rows])]
        codes, uniques = _names(values[rows])
        rows, codes = rows[codes >= 0], codes[codes >= 0]
        pairs = sorted_distinct(position[customer[rows]] * (len(uniques) + 1) + codes)
        who, which = pairs // (len(uniques) + 1), pairs % (len(uniques) + 1)
        named: list[str | None] = list(uniques)
        if attribute == "first_discount_code":
            # customers whose first order used no code are the baseline an owner compares each code with
            has_code = np.zeros(len(position[eligible]), dtype=bool)
            has_code[who] = True
            without = np.flatnonzero(~has_code)
            who = np.concatenate((who, without))
            which = np.concatenate((which, np.full(len(without), len(uniques))))
            named.append(NO_CODE)
        pair_customers.append(who)
        pair_groups.append(which + len(groups))
        groups.extend((attribute, value) for value in named)

    chosen = np.flatnonzero(eligible)
    return FirstYear(
        customer_ids=customer_ids[chosen],
        revenue=revenue[chosen],
        repeat=repeat[chosen],
        groups=tuple(groups),
        pair_customer=np.concatenate(pair_customers) if pair_customers else np.zeros(0, dtype=np.int64),
        pair_group=np.concatenate(pair_groups) if pair_groups else np.zeros(0, dtype=np.int64),
    )


def _names(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Codes of trimmed text values (−1 where empty) and the sorted names; each distinct value trimmed once."""
    raw_codes, raw = pd.factorize(values, sort=False)
    trimmed = pd.Series(raw, dtype=object).astype(str).str.strip()
    codes, uniques = pd.factorize(trimmed.where(trimmed != "").to_numpy(dtype=object), sort=True)
    return np.where(raw_codes >= 0, codes[np.maximum(raw_codes, 0)], -1), [str(value) for value in uniques]


def first_purchase_drivers(
    frame: pd.DataFrame,
    as_of: pd.Timestamp | str,
    margin: float = 1.0,
    min_customers: int = MIN_CUSTOMERS,
    resamples: int = RESAMPLES,
    seed: int = DEFAULT_SEED,
    prepared: Prepared | None = None,
) -> list[Driver]:
    """Every value of the first order's product, category, discount code and the channel with at least
    `min_customers` customers seen for 12 months, sorted by lift, highest first (docs/metrics.md section 4).

    A value every such customer shares says nothing and is left out. The margin scales ltv_12m and the
    money caps; the lifts do not depend on it. `prepared`: the analysis' numbering of the rows up to as_of
    (see `first_year`).
    """
    year = first_year(frame, as_of, prepared)
    customers = len(year.customer_ids)
    sizes = np.bincount(year.pair_group, minlength=len(year.groups))
    kept = np.flatnonzero((sizes >= min_customers) & (sizes < customers))
    total = float(year.revenue.sum())
    if customers == 0 or len(kept) == 0 or total <= 0:
        return []
    remap = np.full(len(year.groups), -1, dtype=np.int64)
    remap[kept] = np.arange(len(kept))
    take = remap[year.pair_group] >= 0
    who, group = year.pair_customer[take], remap[year.pair_group[take]]

    count = np.bincount(group, minlength=len(kept)).astype(np.float64)
    group_revenue = np.bincount(group, weights=year.revenue[who], minlength=len(kept))
    repeat_rate = np.bincount(group, weights=year.repeat[who].astype(np.float64), minlength=len(kept)) / count
    average = total / customers
    lift = group_revenue / count / average

    attribute_of = np.array([ATTRIBUTES.index(year.groups[original][0]) for original in kept])
    boot = _bootstrap_lifts(year.revenue, who, group, attribute_of, resamples, np.random.default_rng(seed))
    low, high = _simultaneous_band(lift, boot, CONFIDENCE)

    drivers = []
    for index, original in enumerate(kept):
        attribute, value = year.groups[original]
        clear = bool(low[index] > 1 or high[index] < 1)
        ltv = float(lift[index] * average * margin)
        capped = clear or attribute == "channel"
        drivers.append(
            Driver(
                attribute=attribute,
                value=value,
                customers=int(count[index]),
                ltv_12m=ltv,
                repeat_rate=float(repeat_rate[index]),
                lift=float(lift[index]),
                lift_low=float(low[index]),
                lift_high=float(high[index]),
                clear=clear,
                max_cac=ltv / TARGET_LTV_CAC if capped else None,
                max_cac_low=float(low[index] * average * margin / TARGET_LTV_CAC) if capped else None,
                max_cac_high=float(high[index] * average * margin / TARGET_LTV_CAC) if capped else None,
            )
        )
    drivers.sort(key=lambda driver: (-driver.lift, driver.attribute, str(driver.value)))
    return drivers


def _bootstrap_lifts(
    revenue: np.ndarray,
    who: np.ndarray,
    group: np.ndarray,
    group_attribute: np.ndarray,
    resamples: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Lift of each group in each resample (resamples × groups), each customer weighted 0 or 2.

    Each attribute is resampled on its own (its groups and its average from the same draws, so their
    dependence is exact); draws of different attributes are independent, which can only widen the band
    of `_simultaneous_band` (Šidák's inequality), never narrow it.
    """
    groups = len(group_attribute)
    lifts = np.empty((resamples, groups))
    for attribute in np.unique(group_attribute):
        mine = np.flatnonzero(group_attribute == attribute)
        local = np.full(groups, -1, dtype=np.int64)
        local[mine] = np.arange(len(mine))
        take = local[group] >= 0
        lifts[:, mine] = _attribute_lifts(revenue, who[take], local[group[take]], len(mine), resamples, rng)
    return lifts


def _attribute_lifts(
    revenue: np.ndarray, who: np.ndarray, group: np.ndarray, groups: int, resamples: int, rng: np.random.Generator
) -> np.ndarray:
    """The bootstrap lifts of one attribute's groups.

    Customers with the same set of the attribute's values (an "atom") only ever enter the sums together,
    and atoms share no customer, so each atom's (revenue, customers) sum is drawn on its own:
    - exactly for small atoms and for heavy customers (see `_normal_part`): laid out side by side, each
      atom padded to whole bytes, a resample draws one random byte per eight customers and reads off a
      256-entry table what the byte selects (revenue as the real part of a complex number, customers as
      its imaginary part, so one look-up and one sum serve both);
    - from the normal law with the same mean and covariance for the rest of a large atom.
    """
    atom = _atoms(len(revenue), who, group, groups)
    atoms = int(atom.max()) + 1
    normal, moments = _normal_part(revenue, atom, atoms)
    exact = np.flatnonzero(~normal)
    present, exact_atom = np.unique(atom[exact], return_inverse=True)
    order = exact[np.argsort(exact_atom, kind="stable")]
    atom_size = np.bincount(exact_atom, minlength=len(present))
    byte_start = np.concatenate(([0], np.cumsum((atom_size + 7) // 8)))
    total_bytes = int(byte_start[-1])
    # slot of each customer: its atom's first byte × 8 + its rank inside the atom
    rank = np.arange(len(order)) - np.repeat(np.cumsum(atom_size) - atom_size, atom_size)
    laid = np.zeros(total_bytes * 8, dtype=np.complex128)
    laid[byte_start[np.sort(exact_atom)] * 8 + rank] = revenue[order] + 1j
    # weights are 0 or 2: a selected customer counts twice
    table = (laid.reshape(total_bytes, 8) @ _BITS.T * 2).ravel()
    # resamples run along the second axis, so the 256 entries of one byte's table stay in the cache
    # while every resample of the chunk reads them
    offset = (np.arange(total_bytes, dtype=np.int32) * 256)[:, None]

    pair_atom, group_start = _atom_membership(atom, who, group, atoms, groups)
    lifts = np.empty((resamples, groups))
    chunk = max(1, CHUNK_BYTES // max(total_bytes, 1))
    for start in range(0, resamples, chunk):
        size = min(chunk, resamples - start)
        atom_sums = _normal_sums(moments, size, rng)
        if total_bytes:
            index = np.frombuffer(rng.bytes(size * total_bytes), dtype=np.uint8).reshape(total_bytes, size)
            looked_up = table[np.add(index, offset, dtype=np.int32)]
            atom_sums[present] += np.add.reduceat(looked_up, byte_start[:-1], axis=0)
        group_sums = np.add.reduceat(atom_sums[pair_atom], group_start, axis=0)
        totals = atom_sums.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            all_mean = totals.real / totals.imag
            lifts[start : start + size] = (group_sums.real / group_sums.imag / all_mean[None, :]).T
    return lifts


def _normal_part(revenue: np.ndarray, atom: np.ndarray, atoms: int) -> tuple[np.ndarray, np.ndarray]:
    """Which customers' sums are drawn from the normal law, and each atom's (count, Σ r, Σ r²) of them.

    With weights 0 or 2 the sum over n customers has no skew at all, and its excess kurtosis is
    −2 Σ r⁴ / (Σ r²)², at most −2 × the largest share of Σ r² one customer holds. So a customer holding
    more than `HEAVY_SHARE` of its atom's Σ r² (a whale, whose presence or absence splits the
    distribution in two) stays exact, and the others of an atom go to the normal law when at least
    `NORMAL_MIN` of them remain: their sums of revenue and of customers are then normal to within a kurtosis
    of 0.02.
    """
    square = revenue * revenue
    atom_square = np.bincount(atom, weights=square, minlength=atoms)
    light = square <= HEAVY_SHARE * atom_square[atom]
    light_count = np.bincount(atom[light], minlength=atoms)
    normal = light & (light_count[atom] >= NORMAL_MIN)
    moments = np.stack(
        (
            np.bincount(atom[normal], minlength=atoms).astype(np.float64),
            np.bincount(atom[normal], weights=revenue[normal], minlength=atoms),
            np.bincount(atom[normal], weights=square[normal], minlength=atoms),
        ),
        axis=1,
    )
    return normal, moments


def _normal_sums(moments: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """atoms × size draws of (revenue + i × customers) with the mean and covariance of the 0-or-2
    weighted sums: mean (Σ r, n), variances (Σ r², n), covariance Σ r."""
    count, first, second = moments[:, 0:1], moments[:, 1:2], moments[:, 2:3]
    drawn = count[:, 0] > 0
    sums = np.zeros((len(moments), size), dtype=np.complex128)
    if not drawn.any():
        return sums
    count, first, second = count[drawn], first[drawn], second[drawn]
    noise = rng.standard_normal((2, int(drawn.sum()), size))
    spread = np.sqrt(count)
    residual = np.sqrt(np.maximum(second - first * first / count, 0.0))
    customers = count + spread * noise[0]
    revenue = first + first / spread * noise[0] + residual * noise[1]
    sums[drawn] = revenue + 1j * customers
    return sums


def _atoms(customers: int, who: np.ndarray, group: np.ndarray, groups: int) -> np.ndarray:
    """Number the distinct sets of groups customers hold (0 … atoms − 1).

    A set is named by the sum of random 64-bit keys of its groups; the check below makes sure no two
    different sets share a name (then every customer is its own atom, which is exact, only slower).
    """
    keys = np.random.default_rng(0).integers(1, np.iinfo(np.int64).max, size=groups, dtype=np.int64)
    name = np.zeros(customers, dtype=np.int64)
    with np.errstate(over="ignore"):
        np.add.at(name, who, keys[group])
    atom, _ = pd.factorize(name, sort=False)
    atom = atom.astype(np.int64)
    per_customer = np.bincount(who, minlength=customers)
    distinct_pairs = sorted_distinct(atom[who] * groups + group)
    per_atom = np.bincount(distinct_pairs // groups, minlength=int(atom.max()) + 1)
    if np.any(per_atom[atom] != per_customer):
        return np.arange(customers, dtype=np.int64)
    return atom


def _atom_membership(
    atom: np.ndarray, who: np.ndarray, group: np.ndarray, atoms: int, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """The (group, atom) pairs where the atom's customers hold the group, sorted by group, and where each
    group's pairs start; every group has customers, so none is empty."""
    pairs = sorted_distinct(group * atoms + atom[who])
    pair_group, pair_atom = pairs // atoms, pairs % atoms
    return pair_atom, np.searchsorted(pair_group, np.arange(groups))


def _simultaneous_band(lift: np.ndarray, boot: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Intervals on the log scale, lift × exp(± c × spread), with c such that `confidence` of the
    resamples lie inside every interval at once (the max-t band over the groups)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        centre = np.log(np.maximum(lift, 1e-300))
        logs = np.log(np.maximum(boot, 1e-300))
    usable = np.isfinite(logs).all(axis=1)
    logs = logs[usable]
    spread = logs.std(axis=0, ddof=1) if len(logs) > 1 else np.zeros(len(lift))
    varied = spread > 0
    if not varied.any():
        return lift.copy(), lift.copy()
    deviation = np.abs(logs[:, varied] - centre[varied]) / spread[varied]
    widest = deviation.max(axis=1)
    factor = float(np.quantile(widest, confidence))
    low = np.exp(centre - factor * spread)
    high = np.exp(centre + factor * spread)
    return np.where(varied, low, lift), np.where(varied, high, lift)


def drivers_verdict(drivers: Sequence[Driver], language: str = "en", min_customers: int = MIN_CUSTOMERS) -> str | None:
    """What the list as a whole says when it holds no clear driver: too little data, or nothing beyond
    chance; None when some driver is clear (the drivers then speak for themselves)."""
    if not drivers:
        return text("drivers.too_few", language, count=min_customers)
    if not any(driver.clear for driver in drivers):
        return text("drivers.none_clear", language)
    return None


def by_effect(drivers: Sequence[Driver]) -> list[Driver]:
    """Clear drivers first, then the rest; each part by how far its lift is from 1 on the log scale, either
    way (a coupon that halves value matters as much as a product that doubles it): the order an owner reads
    them in, in the Drivers tab and the report."""
    return sorted(drivers, key=lambda d: (not d.clear, -abs(math.log(max(d.lift, 1e-12))), d.attribute, str(d.value)))


def drivers_to_dicts(drivers: Sequence[Driver]) -> list[dict[str, object]]:
    """The JSON `drivers` list."""
    return [driver.to_dict() for driver in drivers]
