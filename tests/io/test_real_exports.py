"""Real-shaped exports (tests/fixtures/exports) read right with no column typed.

Each expected result is computed here with the csv module and plain arithmetic, the way an owner would
count by hand from the platform's documentation: which column is the customer, which the order, what an
order's value is and which statuses are no sale. The importer must reach the same customers, orders and
revenue on its own.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from ltv_desktop.io import MissingColumn, preview, read_transactions

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def dot_money(text: str) -> float:
    return float(text.replace(",", "").replace("$", "").strip())


def comma_money(text: str) -> float:
    return float(re.sub(r"[^\d,.-]", "", text).replace(".", "").replace(",", "."))


@dataclass
class Reading:
    """How to count one export by hand."""

    customer: str
    order: str | None
    amount: Callable[[dict[str, str]], float]
    delimiter: str = ","
    skip_lines: int = 0
    not_sales: tuple[str, ...] = ()
    status: str | None = None
    order_total_on_every_line: bool = False
    continuation: bool = False
    """Later lines of an order leave its customer, status and total empty (Shopify)."""
    headerless: tuple[str, ...] = ()


READINGS = {
    "shopify_orders.csv": Reading("Email", "Name", lambda r: dot_money(r["Total"]), status="Financial Status",
                                  not_sales=("refunded", "voided"), order_total_on_every_line=True, continuation=True),
    "shopify_orders_resaved.csv": Reading("Email", "Name", lambda r: dot_money(r["Total"]), status="Financial Status",
                                          not_sales=("refunded", "voided"), order_total_on_every_line=True,
                                          continuation=True),
    "woocommerce_line_items.csv": Reading("Email (Billing)", "Order Number",
                                          lambda r: dot_money(r["Order Total Amount"]), status="Order Status",
                                          not_sales=("Cancelled", "Refunded", "Failed"),
                                          order_total_on_every_line=True),
    "stripe_payments.csv": Reading("Customer Email", "id", lambda r: dot_money(r["Amount"]), status="Status",
                                   not_sales=("Failed", "Refunded")),
    "uci_online_retail.csv": Reading("CustomerID", "InvoiceNo",
                                     lambda r: float(r["Quantity"]) * float(r["UnitPrice"])),
    "superstore.csv": Reading("Customer ID", "Order ID", lambda r: float(r["Sales"])),
    "sales_data_sample.csv": Reading("CUSTOMERNAME", "ORDERNUMBER", lambda r: float(r["SALES"]), status="STATUS",
                                     not_sales=("Cancelled",)),
    "moysklad_shipments.csv": Reading("Контрагент", "№", lambda r: comma_money(r["Сумма"]), delimiter=";",
                                      status="Статус", not_sales=("Отменен",)),
    "onec_sales_items.csv": Reading("Контрагент", "Документ", lambda r: comma_money(r["Сумма"]), delimiter=";",
                                    skip_lines=3),
    "subiekt_invoices.csv": Reading("Kontrahent", "Nr dokumentu", lambda r: comma_money(r["Wartość brutto"]),
                                    delimiter=";"),
    "comarch_optima_invoices.csv": Reading("Kontrahent", "Numer", lambda r: comma_money(r["Brutto (PLN)"]),
                                           delimiter=";", status="Status", not_sales=("Anulowany",)),
    "quickbooks_transactions.csv": Reading("Customer full name", "Num", lambda r: dot_money(r["Amount"]),
                                           skip_lines=4),
    "xero_sales_invoices.csv": Reading("EmailAddress", "*InvoiceNumber", lambda r: float(r["Total"]),
                                       order_total_on_every_line=True),
    "etsy_sold_orders.csv": Reading("Buyer User ID", "Order ID", lambda r: float(r["Order Total"])),
    "paypal_activity.csv": Reading("From Email Address", "Transaction ID", lambda r: dot_money(r["Gross"]),
                                   status="Status", not_sales=("Denied", "Refunded")),
    "allegro_orders.csv": Reading("E-mail kupującego", "Numer zamówienia",
                                  lambda r: comma_money(r["Kwota do zapłaty"]), delimiter=";",
                                  status="Status zamówienia", not_sales=("Anulowane",)),
    "no_header.csv": Reading("customer", None, lambda r: float(r["dollars"]),
                             headerless=("customer", "date", "cds", "dollars")),
    "number_of_cds.csv": Reading("customer_id", None, lambda r: float(r["dollar_value"])),
    "square_items.csv": Reading("Customer ID", "Transaction ID", lambda r: dot_money(r["Gross Sales"])),
    "infakt_invoices.csv": Reading("Nabywca", "Numer", lambda r: comma_money(r["Brutto"]), delimiter=";",
                                   status="Status", not_sales=("Anulowana",)),
    "rechnungen_de.csv": Reading("Kundennummer", "Rechnungsnummer", lambda r: comma_money(r["Betrag (EUR)"]),
                                 delimiter=";", status="Status", not_sales=("storniert",)),
    "zamovlennia_uk.csv": Reading("Покупець", "Номер замовлення", lambda r: comma_money(r["Сума з ПДВ"]),
                                  delimiter=";", status="Статус замовлення", not_sales=("Скасовано",)),
    "prestashop_orders.csv": Reading("Customer", "ID", lambda r: dot_money(r["Total"].replace("€", "")),
                                     delimiter=";", status="Status",
                                     not_sales=("Canceled", "Refunded", "Payment error")),
    "etsy_sold_order_items.csv": Reading("Buyer", "Order ID", lambda r: float(r["Item Total"])),
    "square_transactions.csv": Reading("Customer ID", "Transaction ID", lambda r: dot_money(r["Gross Sales"])),
}  # fmt: skip


def by_hand(name: str) -> tuple[set[str], int, float, int]:
    """Customers, orders (distinct customer and order with a positive total), revenue and the rows without a
    customer (a sale nobody can be credited with: rejected, not dropped), counted with csv."""
    reading = READINGS[name]
    with (EXPORTS / name).open(encoding="utf-8", newline="") as handle:
        for _ in range(reading.skip_lines):
            handle.readline()
        if reading.headerless:
            rows = [dict(zip(reading.headerless, row, strict=True)) for row in csv.reader(handle)]
        else:
            rows = list(csv.DictReader(handle, delimiter=reading.delimiter))
    if reading.continuation:  # later lines of an order take its fields from the order's first line
        first: dict[str, dict[str, str]] = {}
        for row in rows:
            if row[reading.order] not in first:
                first[row[reading.order]] = dict(row)
            else:
                for key, value in first[row[reading.order]].items():
                    if not row[key]:
                        row[key] = value
    totals: dict[tuple[str, str], float] = defaultdict(float)
    seen_orders: set[str] = set()
    revenue, nobody = 0.0, 0
    for position, row in enumerate(rows):
        if not row[reading.customer].strip():
            nobody += 1
            continue
        if reading.status and row[reading.status] in reading.not_sales:
            continue
        amount = reading.amount(row)
        order = row[reading.order] if reading.order else str(position)
        if reading.order_total_on_every_line:
            if order in seen_orders:
                amount = 0.0
            seen_orders.add(order)
        revenue += amount
        totals[(row[reading.customer].strip(), order)] += amount
    customers = {customer for (customer, _), total in totals.items() if total > 0}
    orders = sum(1 for total in totals.values() if total > 0)
    return customers, orders, revenue, nobody


def by_importer(frame: pd.DataFrame) -> tuple[set[str], int, float]:
    if "order_id" in frame.columns:
        keys = frame["order_id"].fillna(frame["source_row"].astype(str))
    else:
        keys = frame["source_row"].astype(str)
    totals = frame.assign(key=keys).groupby(["customer_id", "key"])["amount"].sum()
    positive = totals[totals > 0]
    return set(positive.index.get_level_values(0)), len(positive), float(frame["amount"].sum())


def test_a_workbook_reads_like_its_csv():
    customers, orders, revenue = by_importer(read_transactions(EXPORTS / "superstore.xlsx").transactions.frame)
    expected_customers, expected_orders, expected_revenue, _ = by_hand("superstore.csv")
    assert (customers, orders) == (expected_customers, expected_orders)
    assert revenue == pytest.approx(expected_revenue, abs=0.005)


@pytest.mark.parametrize("name", sorted(READINGS))
def test_each_export_gives_the_customers_orders_and_revenue_counted_by_hand(name):
    result = read_transactions(EXPORTS / name)
    customers, orders, revenue, nobody = by_hand(name)
    got_customers, got_orders, got_revenue = by_importer(result.transactions.frame)
    assert got_customers == customers
    assert got_orders == orders
    assert got_revenue == pytest.approx(revenue, abs=0.005)
    assert [r.code for r in result.transactions.rejections] == ["customer_empty"] * nobody
    document = json.loads(json.dumps(result.report.to_dict(), ensure_ascii=False))
    reasons = document["mapping_reasons"]
    assert {"customer_id", "date", "amount"} <= set(reasons)
    assert all(
        reason["confidence"] in ("high", "medium", "low") and reason["reason_text"] for reason in reasons.values()
    )


def test_the_customer_is_the_email_never_the_order_number():
    report = read_transactions(EXPORTS / "shopify_orders_resaved.csv").report
    assert report.mapping["customer_id"] == "Email"
    assert report.mapping["order_id"] == "Name"
    assert report.mapping_reasons["customer_id"].reason == "values_are_emails"
    assert report.mapping_reasons["order_id"].reason == "values_repeat_per_order"
    codes = {notice.code for notice in report.warnings}
    assert {"import.continuation_lines", "import.status_skipped", "import.order_total_once"} <= codes
    statuses = [row for row in report.skipped if row.kind == "status"]
    assert statuses and all(row.text in ("refunded", "voided") for row in statuses)


def test_squares_discount_name_is_the_discount_code_and_its_amounts_are_not():
    report = read_transactions(EXPORTS / "square_transactions.csv").report
    assert report.mapping["discount_code"] == "Discount Name"  # "Loyalty $3 off": what the owner offered
    assert "Discounts" not in report.mapping.values()  # the money it took off is no code


def test_a_count_named_with_number_is_not_the_order():
    report = read_transactions(EXPORTS / "number_of_cds.csv").report
    assert "order_id" not in report.mapping
    assert "number_of_cds" not in report.mapping.values()


def test_run_together_and_bracketed_headers_are_named_with_high_confidence():
    cases = {
        "uci_online_retail.csv": {"customer_id": "CustomerID", "date": "InvoiceDate", "order_id": "InvoiceNo"},
        "sales_data_sample.csv": {"customer_id": "CUSTOMERNAME", "date": "ORDERDATE", "order_id": "ORDERNUMBER"},
        "stripe_payments.csv": {"date": "Created (UTC)", "customer_id": "Customer Email"},
        "comarch_optima_invoices.csv": {"amount": "Brutto (PLN)", "order_id": "Numer"},
        "xero_sales_invoices.csv": {"order_id": "*InvoiceNumber", "date": "*InvoiceDate"},
    }
    for name, expected in cases.items():
        report = read_transactions(EXPORTS / name).report
        for role, header in expected.items():
            assert report.mapping[role] == header, (name, role)
            assert report.mapping_reasons[role].confidence == "high", (name, role)
        assert not [notice for notice in report.warnings if notice.code == "duplicate_columns"], name


def test_no_amount_column_means_quantity_times_price_and_says_so():
    report = read_transactions(EXPORTS / "uci_online_retail.csv").report
    assert "amount" not in report.mapping
    assert report.mapping_reasons["amount"].reason == "quantity_times_price"
    assert any(notice.code == "import.amount_from_quantity_price" for notice in report.warnings)


def test_a_file_without_a_header_row_gets_its_roles_from_the_values_with_low_confidence():
    report = read_transactions(EXPORTS / "no_header.csv").report
    assert report.header_row == 0
    assert report.mapping == {"customer_id": "Column 1", "date": "Column 2", "amount": "Column 4"}
    assert {choice.confidence for choice in report.mapping_reasons.values()} == {"low"}
    assert any(notice.code == "import.roles_assumed" for notice in report.warnings)


def test_a_file_without_a_customer_column_is_refused_naming_the_customer(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order Date,Order ID,Total\n2024-01-02,A-1,10.00\n2024-01-03,A-2,12.50\n", encoding="utf-8")
    with pytest.raises(MissingColumn) as raised:
        read_transactions(path)
    assert raised.value.role == "customer_id"


def test_the_preview_shows_the_roles_it_could_settle_and_why(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order Date,Order ID,Total\n2024-01-02,A-1,10.00\n2024-01-03,A-2,12.50\n", encoding="utf-8")
    shown = preview(path)
    assert shown.problem is not None and shown.problem.role == "customer_id"
    assert shown.mapping == {"date": "Order Date", "amount": "Total", "order_id": "Order ID"}
    assert set(shown.report.mapping_reasons) == {"date", "amount", "order_id"}
    full = preview(EXPORTS / "shopify_orders_resaved.csv")
    assert full.problem is None and full.mapping["customer_id"] == "Email"


def test_a_missing_line_amount_is_rejected_not_copied_from_the_line_above(tmp_path):
    path = tmp_path / "items.csv"
    path.write_text(
        "Документ;Дата;Контрагент;Количество;Сумма\n"
        "Р-1;01.03.2024;Ромашка;1;100,00\n"
        "Р-1;01.03.2024;Ромашка;2;250,00\n"
        "Р-2;02.03.2024;Лотос;1;80,00\n"
        "Р-2;02.03.2024;Лотос;3;\n",
        encoding="utf-8",
    )
    result = read_transactions(path)
    assert result.transactions.frame["amount"].sum() == pytest.approx(430.0)
    assert [(r.row, r.code) for r in result.transactions.rejections] == [(5, "amount_empty")]
