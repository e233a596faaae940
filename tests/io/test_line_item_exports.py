"""Line-item exports of three platforms read right, and their first-product drivers are the ones counted by hand.

The fixtures (tests/fixtures/exports/make_line_item_exports.py) are shaped as Superstore, Square's item
sales and WooCommerce's Advanced Order Export write them, over two years. Everything expected here is
counted with the csv module and plain arithmetic, as an owner would from the platform's documentation:
which column is the customer, the order, the product and its category, the discount code, what a line is
worth (WooCommerce without an order total: quantity × the unit's price), which statuses are no sale. The
importer and docs/metrics.md section 4's drivers must reach the same numbers on their own.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ltv_desktop.io import read_transactions
from ltv_desktop.model.drivers import first_purchase_drivers

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def dollars(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


@dataclass(frozen=True)
class Platform:
    """Where each role is in one platform's export, and how a line's amount and date are read by hand."""

    customer: str
    order: str
    date_column: str
    date: Callable[[str], dt.date]
    amount: Callable[[dict[str, str]], float]
    product: str
    category: str
    quantity: str
    discount_code: str | None = None
    unit_price: str | None = None
    status: str | None = None
    not_sales: tuple[str, ...] = ()
    repeater: str = ""
    """The first product the generator made customers come back for: a clear driver above 1×."""


def us_date(text: str) -> dt.date:
    month, day, year = (int(part) for part in text.split("/"))
    return dt.date(year, month, day)


PLATFORMS = {
    "superstore_two_years.csv": Platform(
        "Customer ID", "Order ID", "Order Date", us_date, lambda row: float(row["Sales"]), "Product Name", "Category",
        "Quantity", repeater="Avery Binders",
    ),
    "square_item_sales_two_years.csv": Platform(
        "Customer ID", "Transaction ID", "Date", dt.date.fromisoformat, lambda row: dollars(row["Gross Sales"]), "Item",
        "Category", "Qty", repeater="Bean Subscription Bag",
    ),
    "woocommerce_items_no_total.csv": Platform(
        "Email (Billing)", "Order Number", "Order Date", lambda text: dt.date.fromisoformat(text[:10]),
        lambda row: float(row["Quantity"]) * float(row["Item Cost"]), "Item Name", "Category", "Quantity",
        discount_code="Coupon Code", unit_price="Item Cost", status="Order Status", not_sales=("Cancelled",),
        repeater="Sourdough Starter Kit",
    ),
}  # fmt: skip


@dataclass
class Line:
    row: int
    customer: str
    order: str
    day: dt.date
    amount: float
    values: dict[str, str | None]


def lines_by_hand(name: str) -> tuple[list[Line], int]:
    """The sale lines (header = row 1) and how many lines name no customer (each one rejected)."""
    platform = PLATFORMS[name]
    with (EXPORTS / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lines, nobody = [], 0
    for position, row in enumerate(rows, start=2):
        if not row[platform.customer].strip():
            nobody += 1
            continue
        if platform.status and row[platform.status] in platform.not_sales:
            continue
        code = row[platform.discount_code].strip() if platform.discount_code else ""
        values = {"first_product": row[platform.product].strip(), "first_category": row[platform.category].strip(),
                  "first_discount_code": code or None}  # fmt: skip
        day = platform.date(row[platform.date_column])
        lines.append(Line(position, row[platform.customer].strip(), row[platform.order], day, platform.amount(row),
                          values))  # fmt: skip
    return lines, nobody


def drivers_by_hand(lines: list[Line], as_of: dt.date, with_codes: bool) -> dict[tuple[str, str | None], dict]:
    """docs/metrics.md section 4 by hand: each customer's first purchase day, what its first order held, its
    revenue in the 12 months from that day and whether it bought again in them; values of ≥ 20 customers."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    order_day: dict[tuple[str, str], dt.date] = {}
    for line in lines:
        key = (line.customer, line.order)
        totals[key] += line.amount
        order_day[key] = min(order_day.get(key, line.day), line.day)
    positive = {key for key, total in totals.items() if total > 0}
    first: dict[str, dt.date] = {}
    for customer, order in positive:
        day = order_day[(customer, order)]
        first[customer] = min(first.get(customer, day), day)
    year_end = {customer: day.replace(year=day.year + 1) for customer, day in first.items()}
    eligible = {customer for customer, end in year_end.items() if end <= as_of}
    revenue = dict.fromkeys(eligible, 0.0)
    described: dict[str, set[tuple[str, str | None]]] = {customer: set() for customer in eligible}
    for line in lines:
        if line.customer not in eligible:
            continue
        if first[line.customer] <= line.day < year_end[line.customer]:
            revenue[line.customer] += line.amount
        key = (line.customer, line.order)
        if key in positive and order_day[key] == first[line.customer]:
            for attribute, value in line.values.items():
                if value is not None and (attribute != "first_discount_code" or with_codes):
                    described[line.customer].add((attribute, value))
    repeat = {customer: any(c == customer and first[c] < order_day[(c, o)] < year_end[c] for c, o in positive)
              for customer in eligible}  # fmt: skip
    if with_codes:
        for customer in eligible:
            if not any(attribute == "first_discount_code" for attribute, _ in described[customer]):
                described[customer].add(("first_discount_code", None))
    average = sum(revenue.values()) / len(eligible)
    groups: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for customer, pairs in described.items():
        for pair in pairs:
            groups[pair].append(customer)
    return {
        pair: {
            "customers": len(members),
            "ltv_12m": sum(revenue[m] for m in members) / len(members),
            "repeat_rate": sum(repeat[m] for m in members) / len(members),
            "lift": sum(revenue[m] for m in members) / len(members) / average,
        }
        for pair, members in groups.items()
        if 20 <= len(members) < len(eligible)
    }


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_the_line_item_roles_are_found_with_no_column_typed(name):
    platform = PLATFORMS[name]
    report = read_transactions(EXPORTS / name).report
    assert report.mapping["customer_id"] == platform.customer
    assert report.mapping["order_id"] == platform.order
    assert report.mapping["product"] == platform.product
    assert report.mapping["category"] == platform.category
    assert report.mapping["quantity"] == platform.quantity
    assert report.mapping.get("discount_code") == platform.discount_code
    if platform.unit_price:
        assert report.mapping["unit_price"] == platform.unit_price


def test_superstores_discount_rate_is_no_discount_code():
    report = read_transactions(EXPORTS / "superstore_two_years.csv").report
    assert "Discount" not in report.mapping.values()


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_customers_orders_revenue_and_each_line_are_the_ones_counted_by_hand(name):
    result = read_transactions(EXPORTS / name)
    frame = result.transactions.frame
    lines, nobody = lines_by_hand(name)
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for line in lines:
        totals[(line.customer, line.order)] += line.amount
    positive = {key for key, total in totals.items() if total > 0}
    got = frame.groupby(["customer_id", "order_id"])["amount"].sum()
    assert set(got[got > 0].index) == positive
    assert set(frame["customer_id"]) == {customer for customer, _ in positive}
    assert frame["amount"].sum() == pytest.approx(sum(line.amount for line in lines), abs=0.005)
    assert [r.code for r in result.transactions.rejections] == ["customer_empty"] * nobody
    # line by line: its amount, product, category and code, at the row number the owner sees
    by_row = frame.set_index("source_row")
    for line in lines:
        read = by_row.loc[line.row]
        assert read["amount"] == pytest.approx(line.amount, abs=1e-9)
        assert read["product"] == line.values["first_product"]
        assert read["category"] == line.values["first_category"]
        if PLATFORMS[name].discount_code:
            code = read["discount_code"]
            assert (None if code is None or code != code else code) == line.values["first_discount_code"]


def test_woocommerce_without_an_order_total_is_quantity_times_the_unit_price_and_says_so():
    report = read_transactions(EXPORTS / "woocommerce_items_no_total.csv").report
    assert "amount" not in report.mapping
    assert report.mapping_reasons["amount"].reason == "quantity_times_price"
    assert any(notice.code == "import.amount_from_quantity_price" for notice in report.warnings)
    assert any(notice.code == "import.status_skipped" for notice in report.warnings)


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_the_first_product_drivers_are_the_ones_counted_by_hand(name):
    platform = PLATFORMS[name]
    frame = read_transactions(EXPORTS / name).transactions.frame
    lines, _ = lines_by_hand(name)
    as_of = max(line.day for line in lines)
    assert frame["date"].max().date() == as_of
    expected = drivers_by_hand(lines, as_of, with_codes=platform.discount_code is not None)
    drivers = first_purchase_drivers(frame, as_of.isoformat())

    assert {(d.attribute, d.value) for d in drivers} == set(expected)
    assert any(d.attribute == "first_product" for d in drivers)
    for driver in drivers:
        hand = expected[(driver.attribute, driver.value)]
        assert driver.customers == hand["customers"]
        assert driver.ltv_12m == pytest.approx(hand["ltv_12m"], rel=1e-9)
        assert driver.repeat_rate == pytest.approx(hand["repeat_rate"], rel=1e-12)
        assert driver.lift == pytest.approx(hand["lift"], rel=1e-9)
        assert driver.lift_low <= driver.lift <= driver.lift_high
    # the product customers were made to come back for is found, with its interval above 1×
    repeater = next(d for d in drivers if d.attribute == "first_product" and d.value == platform.repeater)
    assert repeater.clear and repeater.lift_low > 1
    assert [d.lift for d in drivers] == sorted((d.lift for d in drivers), reverse=True)
