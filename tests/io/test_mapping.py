"""Header recognition and role decisions (io/mapping.py), the synonym tables and the line-item rules."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ltv_desktop.io import MissingColumn
from ltv_desktop.io.line_items import collapse_repeated_totals, continuation_rows, not_a_sale, sanity_notices
from ltv_desktop.io.mapping import (
    SALES_ROLES,
    choose_roles,
    header_keys,
    header_score,
    map_columns,
    normalize,
    parse_columns_option,
    unique_headers,
)
from ltv_desktop.io.synonyms import NOT_A_SALE_STATUSES, ROLE_SYNONYMS, SPEND_SYNONYMS


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("CustomerID", "customer id"),
        ("InvoiceDate", "invoice date"),
        ("InvoiceNo", "invoice no"),
        ("UnitPrice", "unit price"),
        ("*InvoiceNumber", "invoice number"),
        ("ORDERNUMBER", "ordernumber"),
        ("order_id", "order id"),
        ("Дата отгрузки", "дата отгрузки"),
        ("Отчёт", "отчет"),
        ("№ заказа", "номер заказа"),
        ("Kwota (PLN)", "kwota pln"),
    ],
)
def test_normalize(header, key):
    assert normalize(header) == key


def test_brackets_and_trailing_units_give_extra_keys():
    assert "created" in header_keys("Created (UTC)")
    assert "kwota" in header_keys("Kwota (PLN)")
    assert "amount" in header_keys("Amount USD")
    assert "email" in header_keys("Email (Billing)")


@given(st.text(max_size=30))
def test_normalize_is_idempotent_and_lowercase(header):
    once = normalize(header)
    assert normalize(once) == once
    assert once == once.lower() or any(ch.lower() != ch and ch.lower().upper() != ch for ch in once)


WORDS = st.sampled_from(["order", "id", "kwota", "brutto", "сумма", "заказа", "date", "paid", "at", "(pln)", "_", "№"])


@given(st.lists(WORDS, max_size=6).map(" ".join), st.lists(WORDS, min_size=1, max_size=3).map(" ".join))
def test_a_synonym_is_whole_words_inside_a_header_exactly_as_a_word_boundary_search_finds(header, word):
    """The synonym between spaces, looked for in the header key between spaces, is the search for it preceded by
    the start or a space and followed by a space or the end, on every form `header_keys` gives."""
    synonym = normalize(word)
    assume(len(synonym) > 3)  # the synonyms looked for inside a header (mapping._index)
    for key in header_keys(header):
        assert (f" {synonym} " in f" {key} ") == bool(re.search(rf"(^| ){re.escape(synonym)}( |$)", key))


@given(st.lists(st.sampled_from(["Amount", "Amount", "Date", "", "Kwota (PLN)", "Created (UTC)"]), max_size=8))
def test_unique_headers_renames_only_real_duplicates(cells):
    headers, renamed = unique_headers(cells)
    assert len(set(headers)) == len(headers) == len(cells)
    labels = [cell if cell else None for cell in cells]
    duplicates = sum(1 for i, label in enumerate(labels) if label and label in labels[:i])
    assert len(renamed) == duplicates


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["ORDERNUMBER", "QUANTITYORDERED", "PRICEEACH", "SALES", "ORDERDATE", "CUSTOMERNAME"],
         {"customer_id": "CUSTOMERNAME", "date": "ORDERDATE", "amount": "SALES", "order_id": "ORDERNUMBER"}),
        (["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
         {"customer_id": "CustomerID", "date": "InvoiceDate", "order_id": "InvoiceNo", "quantity": "Quantity",
          "unit_price": "UnitPrice"}),
        (["Numer", "Data wystawienia", "Kontrahent", "Kwota (PLN)"],
         {"customer_id": "Kontrahent", "date": "Data wystawienia", "amount": "Kwota (PLN)", "order_id": "Numer"}),
        (["№", "Время", "Контрагент", "Сумма", "Статус"],
         {"customer_id": "Контрагент", "date": "Время", "amount": "Сумма", "order_id": "№", "status": "Статус"}),
        (["Datum", "Kunde", "Rechnungsnummer", "Bruttobetrag"],
         {"customer_id": "Kunde", "date": "Datum", "amount": "Bruttobetrag", "order_id": "Rechnungsnummer"}),
        (["Дата продажу", "Покупець", "Сума з ПДВ", "Номер замовлення"],
         {"customer_id": "Покупець", "date": "Дата продажу", "amount": "Сума з ПДВ", "order_id": "Номер замовлення"}),
    ],
)  # fmt: skip
def test_names_alone(headers, expected):
    assert {role: header for role, header in map_columns(headers).items() if role in expected} == expected


def test_status_words_inside_longer_headers_are_not_the_status():
    mapping = map_columns(["Name", "Email", "Fulfillment Status", "Created at", "Total"])
    assert "status" not in mapping
    assert mapping["customer_id"] == "Email"


def test_header_score_counts_known_names():
    assert header_score(["CustomerID", "InvoiceDate", "Quantity", "nonsense"]) == 3
    assert header_score(["2024-01-01", "15.30", ""]) == 0


def sample(**columns):
    return pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()})


def test_a_quantity_named_number_is_not_an_order():
    body = sample(
        customer=["A", "B", "A", "C", "B", "C"],
        date=["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06"],
        number=["1", "2", "1", "1", "2", "1"],
        amount=["10.5", "20", "3", "4", "5", "6"],
    )
    roles = choose_roles(list(body.columns), body)
    assert "order_id" not in roles.columns


def test_a_name_without_digits_is_the_customer_not_the_order():
    body = sample(Name=["Ann Lee", "Bob Roy", "Ann Lee"], Date=["2024-01-01", "2024-01-02", "2024-01-03"],
                  Amount=["1", "2", "3"])  # fmt: skip
    roles = choose_roles(list(body.columns), body)
    assert roles.columns["customer_id"] == "Name"
    assert "order_id" not in roles.columns


def test_a_refund_dated_later_keeps_its_order_number():
    body = sample(
        Customer=["A", "A", "B", "A"],
        Date=["2024-01-01", "2024-01-01", "2024-01-02", "2024-02-10"],
        Invoice=["FV/1", "FV/1", "FV/2", "FV/1"],
        Amount=["10", "5", "7", "-5"],
    )
    roles = choose_roles(list(body.columns), body)
    assert roles.columns["order_id"] == "Invoice"
    assert roles.reasons["order_id"].reason == "values_repeat_per_order"


def test_an_order_number_that_spans_customers_is_dropped():
    body = sample(
        Customer=["A", "B", "C", "D"],
        Date=["2024-01-01", "2024-01-01", "2024-01-01", "2024-01-01"],
        Invoice=["X1", "X1", "X1", "X1"],
        Amount=["1", "2", "3", "4"],
    )
    assert "order_id" not in choose_roles(list(body.columns), body).columns


def test_a_customer_that_is_one_to_one_with_the_order_yields_to_another_candidate():
    body = sample(
        Order=["#1", "#2", "#3", "#4"],
        Client=["#1", "#2", "#3", "#4"],
        Buyer=["ann", "bob", "ann", "bob"],
        Date=["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"],
        Total=["5", "6", "7", "8"],
    )
    roles = choose_roles(list(body.columns), body)
    assert roles.columns["customer_id"] == "Buyer"


def test_only_candidate_one_to_one_with_the_order_is_kept_with_low_confidence():
    body = sample(Order=["#1", "#2", "#3"], Client=["x1", "x2", "x3"], Date=["2024-01-01"] * 3, Total=["5", "6", "7"])
    roles = choose_roles(list(body.columns), body)
    assert roles.reasons["customer_id"].reason == "every_customer_one_order"
    assert roles.reasons["customer_id"].confidence == "low"


def test_overrides_win_and_a_wrong_override_names_its_role():
    body = sample(a=["x"], b=["2024-01-01"], c=["5"])
    roles = choose_roles(["a", "b", "c"], body, {"customer_id": "a", "date": "b", "amount": "c"})
    assert {choice.reason for choice in roles.reasons.values()} == {"chosen_by_user"}
    with pytest.raises(MissingColumn) as raised:
        choose_roles(["a", "b", "c"], body, {"customer_id": "zzz"})
    assert raised.value.role == "customer_id"


def test_every_synonym_table_is_data_with_a_platform_and_no_duplicates():
    for table in (ROLE_SYNONYMS, SPEND_SYNONYMS):
        for role, words in table.items():
            keys = [normalize(word) for word, _ in words]
            assert len(keys) == len(set(keys)), role
            assert all(platform for _, platform in words), role
    assert set(ROLE_SYNONYMS) == set(SALES_ROLES)


def test_parse_columns_option_takes_line_roles():
    assert parse_columns_option("quantity=Qty,unit_price=Price") == {"quantity": "Qty", "unit_price": "Price"}


@pytest.mark.parametrize(
    "status", ["Cancelled", "wc-cancelled", "VOIDED", "refunded", "Отменён", "Anulowane", "failed"]
)
def test_statuses_that_are_no_sale(status):
    assert not_a_sale(pd.Series([status], dtype=object)).all()


@pytest.mark.parametrize("status", ["paid", "pending", "Processing", "Completed", "partially_refunded", "Отгружен", ""])
def test_statuses_that_count(status):
    assert not not_a_sale(pd.Series([status], dtype=object)).any()


def test_no_sale_statuses_are_already_normalised():
    from ltv_desktop.io.line_items import normalize_status

    assert all(normalize_status(status) == status for status in NOT_A_SALE_STATUSES)


def test_continuation_rows_join_the_order_above_only():
    orders = np.array(["#1", "#1", "#1", "#2", "#3", "#3"], dtype=object)
    candidates = np.array([False, True, True, False, True, False])
    positions, sources = continuation_rows(candidates, lambda at: orders[at])
    assert positions.tolist() == [1, 2]
    assert sources.tolist() == [0, 0]


@given(st.lists(st.tuples(st.integers(1, 5), st.floats(1, 500, allow_nan=False)), min_size=1, max_size=12))
def test_a_total_repeated_on_every_line_counts_once(orders):
    customers, ids, amounts = [], [], []
    for number, (lines, total) in enumerate(orders):
        customers += [f"c{number % 3}"] * lines
        ids += [f"o{number}"] * lines
        amounts += [total] * lines
    keep = np.ones(len(amounts), dtype=bool)
    result, _, _ = collapse_repeated_totals(
        np.array(customers, dtype=object), np.array(ids, dtype=object), np.array(amounts), keep
    )
    assert result.sum() == pytest.approx(sum(total for _, total in orders))


def test_line_amounts_that_differ_are_left_alone():
    customers = np.array(["a", "a", "b", "b"], dtype=object)
    orders = np.array(["1", "1", "2", "2"], dtype=object)
    amounts = np.array([10.0, 12.0, 5.0, 5.0])
    result, collapsed, zeroed = collapse_repeated_totals(customers, orders, amounts, np.ones(4, dtype=bool))
    assert result.tolist() == amounts.tolist() and collapsed == zeroed == 0


def frame(customers, amounts, orders=None):
    data = {"customer_id": customers, "amount": np.array(amounts, dtype=float)}
    if orders is not None:
        data["order_id"] = orders
    return pd.DataFrame(data)


def test_sanity_one_order_each():
    customers = [f"#{n}" for n in range(30)]
    notices = sanity_notices(frame(customers * 2, [5.0] * 60, customers * 2), line_items=True)
    assert "import.check.one_order_each" in {notice.code for notice in notices}
    repeat = sanity_notices(frame(customers * 2, [5.0] * 60, [f"o{n}" for n in range(60)]), line_items=False)
    assert "import.check.one_order_each" not in {notice.code for notice in repeat}


def test_sanity_one_customer_share_and_quantities():
    customers = ["NA"] * 30 + [f"c{n}" for n in range(30)]
    notices = {n.code: n for n in sanity_notices(frame(customers, [1.0] * 60), line_items=False)}
    assert notices["import.check.one_customer_share"].params["customer"] == "NA"
    assert notices["import.check.one_customer_share"].params["share"] == pytest.approx(0.5)
    assert "import.check.amounts_look_like_quantities" in notices
    money = {n.code for n in sanity_notices(frame([f"c{n % 30}" for n in range(60)], [19.99] * 60), line_items=False)}
    assert not money


def test_sanity_order_unique_per_row_on_item_lines():
    customers = [f"c{n % 7}" for n in range(25)]
    orders = [f"L{n}" for n in range(25)]
    codes = {n.code for n in sanity_notices(frame(customers, [10.5] * 25, orders), line_items=True)}
    assert "import.check.order_unique_per_row" in codes
    codes = {n.code for n in sanity_notices(frame(customers, [10.5] * 25, orders), line_items=False)}
    assert "import.check.order_unique_per_row" not in codes


@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.one_of(st.none(), st.sampled_from(["o1", "o2", "o3"])),
                  st.floats(-50, 50, allow_nan=False)),
        min_size=1, max_size=30,
    )
)  # fmt: skip
def test_orders_per_customer_counts_positive_orders_as_metrics_say(rows):
    from ltv_desktop.io.line_items import _orders_per_customer

    data = frame([c for c, _, _ in rows], [a for _, _, a in rows], [o for _, o, _ in rows])
    codes, uniques = pd.factorize(data["customer_id"])
    totals: dict[tuple[str, object], float] = {}
    for position, (customer, order, amount) in enumerate(rows):
        key = (customer, order if order is not None else f"row{position}")
        totals[key] = totals.get(key, 0.0) + amount
    expected = [sum(1 for (c, _), t in totals.items() if c == name and t > 0) for name in uniques]
    assert _orders_per_customer(data, codes, len(uniques)).tolist() == expected
