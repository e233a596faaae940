"""Subscription exports to canonical subscriptions (docs/metrics.md section 5), with every unusable row rejected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.i18n.catalogue import say
from ltv_desktop.io.errors import MissingColumn
from ltv_desktop.io.subscriptions import read_subscriptions, subscriptions_from_sales
from ltv_desktop.model.errors import NoUsableData
from ltv_desktop.model.subscriptions import analyze_subscriptions

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "subscriptions"
T = pd.Timestamp


def test_stripe_subscriptions_export():
    result = read_subscriptions(FIXTURES / "stripe_subscriptions.csv")
    frame = result.frame
    assert result.report.mapping["customer_id"] == "Customer ID"
    assert result.report.mapping["start"] == "Start (UTC)"
    assert result.report.mapping["end"] == "Ended At (UTC)"
    # (file row, customer, start, end, monthly amount) worked out from the CSV by hand
    expected = [
        (2, "cus_PaA001", "2024-01-10", "2024-03-15", 30.0),
        (3, "cus_PaA001", "2024-03-15", None, 50.0),
        (4, "cus_PaB002", "2024-01-20", "2024-04-02", 2 * 50.0),  # Quantity 2
        (5, "cus_PaB002", "2024-04-02", None, 2 * 30.0),
        (6, "cus_PaC003", "2024-02-03", "2024-04-20", 30.0),
        (7, "cus_PaD004", "2024-01-05", "2024-02-10", 30.0),
        (8, "cus_PaD004", "2024-05-12", None, 30.0),
        (9, "cus_PaE005", "2024-02-14", None, 1200.0 / 12),  # yearly
        (11, "cus_PaG007", "2024-03-02", "2024-03-25", 30.0),
        (12, "cus_PaH008", "2024-05-01", None, 30.0),  # paid from its Trial End
        (13, "cus_PaI009", "2024-05-20", "2024-06-05", 30.0),  # canceled, no Ended At: Canceled At
    ]
    assert frame["source_row"].tolist() == [row[0] for row in expected]
    assert frame["customer_id"].tolist() == [row[1] for row in expected]
    assert frame["start"].tolist() == [T(row[2]) for row in expected]
    assert [None if pd.isna(v) else v for v in frame["end"]] == [row[3] and T(row[3]) for row in expected]
    assert frame["mrr"].tolist() == pytest.approx([row[4] for row in expected])
    assert frame["plan"].iloc[7] == "price_team_y"
    # the trialing subscription is skipped and said, the three bad rows rejected with their row numbers
    assert [(s.row, s.kind) for s in result.report.skipped] == [(10, "not_paying")]
    assert [w.code for w in result.report.warnings] == ["subs.not_paying_skipped"]
    rejected = [(r.row, r.column, r.value, r.code) for r in result.rejections]
    assert rejected == [
        (14, "Amount", "abc", "not_a_number"),
        (15, "Customer ID", "", "customer_empty"),
        (16, "Interval", "fortnight", "subs.unknown_interval"),
    ]
    assert say(result.rejections[2], "ru").startswith("не периодичность")


def test_stripe_export_gives_the_hand_worked_movements():
    frame = read_subscriptions(FIXTURES / "stripe_subscriptions.csv").frame
    months = analyze_subscriptions(frame, as_of=T("2024-06-30")).months
    assert months["mrr"].tolist() == pytest.approx([160, 260, 280, 210, 300, 270])  # tests/model/test_subscriptions


def test_membership_register_day_first_with_a_bad_date():
    result = read_subscriptions(FIXTURES / "membership_register.csv")
    assert result.report.mapping == {
        "customer_id": "Member", "start": "Joined", "end": "Expires", "mrr": "Monthly fee", "plan": "Membership",
    }  # fmt: skip
    assert result.frame["start"].tolist() == [T(d) for d in ("2024-01-05", "2024-01-12", "2024-03-28",
                                                              "2024-02-20", "2024-03-03")]  # fmt: skip
    assert result.frame["mrr"].tolist() == [45, 25, 45, 25, 45]
    assert [(s.row, s.kind) for s in result.report.skipped] == [(7, "blank")]
    (bad,) = result.rejections
    assert (bad.row, bad.column, bad.value, bad.code) == (8, "Joined", "31/04/2024", "not_a_date_in_format")


def test_russian_contract_list_with_title_total_and_intervals():
    result = read_subscriptions(FIXTURES / "contracts_ru.csv")
    frame = result.frame
    assert frame["customer_id"].tolist() == ['ООО "Ромашка"', "ИП Соколов А. В.", 'ООО "Вектор"', 'ООО "Ромашка"']
    # 1 500 a month; 36 000 a year; 4 500 a quarter; 700 a month
    assert frame["mrr"].tolist() == pytest.approx([1500, 36000 / 12, 4500 / 3, 700])
    assert frame["end"].iloc[1] == T("2025-03-31")
    assert [(s.row, s.kind) for s in result.report.skipped] == [(1, "title"), (8, "total")]
    (bad,) = result.rejections
    assert (bad.row, bad.value, bad.code) == (7, "01.04.2024", "subs.end_before_start")
    assert say(bad, "ru") == "заканчивается раньше, чем начинается"


def test_polish_contract_list_in_cp1250_with_a_negative_amount():
    result = read_subscriptions(FIXTURES / "contracts_pl.csv")
    assert result.frame["customer_id"].tolist() == ["Kowalski Jan", "Nowak Anna", "Wiśniewska Ewa"]
    assert result.frame["mrr"].tolist() == pytest.approx([149, 1440 / 12, 149])
    (bad,) = result.rejections
    assert (bad.row, bad.column, bad.value, bad.code) == (5, "Kwota", "-99,00", "subs.negative_amount")
    assert say(bad, "pl") == "kwota jest ujemna"


def test_workbook_with_real_date_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Klient", "Data rozpoczęcia", "Data zakończenia", "Opłata miesięczna"])
    sheet.append(["Nowak Anna", dt.datetime(2024, 1, 15), None, 99.5])
    sheet.append(["Kowalski Jan", dt.datetime(2024, 2, 1), dt.datetime(2024, 5, 31), 120])
    path = tmp_path / "umowy.xlsx"
    book.save(path)
    frame = read_subscriptions(path).frame
    assert frame["start"].tolist() == [T("2024-01-15"), T("2024-02-01")]
    assert pd.isna(frame["end"].iloc[0]) and frame["end"].iloc[1] == T("2024-05-31")
    assert frame["mrr"].tolist() == [99.5, 120]


def test_missing_columns_and_nothing_usable(tmp_path):
    path = tmp_path / "no_amount.csv"
    path.write_text("Customer,Start\nA,2024-01-01\n", encoding="utf-8")
    with pytest.raises(MissingColumn) as error:
        read_subscriptions(path)
    assert error.value.role == "mrr"
    assert "monthly amount" in say(error.value, "en")
    path.write_text("Customer,Start,MRR\nA,soon,10\n", encoding="utf-8")
    with pytest.raises(NoUsableData) as every:
        read_subscriptions(path)
    assert every.value.code == "every_row_rejected"


INTERVALS = {"month": 1, "Monthly": 1, "год": 12, "rocznie": 12, "quarter": 3, "kwartał": 3, "week": 12 / 52}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10_000_000), st.sampled_from(sorted(INTERVALS))), min_size=1, max_size=8))
def test_amounts_in_russian_format_normalised_to_a_month(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("subs") / "contracts.csv"
    lines = ["Клиент;Дата начала;Сумма;Периодичность"]
    for number, (cents, interval) in enumerate(rows):
        written = f"{cents // 100:,}".replace(",", "\u00a0") + f",{cents % 100:02d}"
        lines.append(f"Клиент {number};01.0{number % 9 + 1}.2024;{written};{interval}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_subscriptions(path)
    assert not result.rejections
    expected = [cents / 100 / INTERVALS[interval] for cents, interval in rows]
    assert result.frame["mrr"].to_numpy() == pytest.approx(np.array(expected), rel=1e-12)


def test_sales_with_recurring_payments_become_subscriptions():
    sales = pd.DataFrame(
        {
            "customer_id": ["m"] * 4 + ["y"] * 2 + ["once"] + ["gone"] * 2,
            "date": pd.to_datetime(
                [
                    "2024-01-05",
                    "2024-02-05",
                    "2024-03-05",
                    "2024-04-05",  # monthly, still paying
                    "2023-03-01",
                    "2024-03-01",  # yearly 1,200 then 1,320
                    "2024-02-10",  # one payment: not recurring
                    "2024-01-31",
                    "2024-02-29",
                ]  # monthly, stopped: ends a month after its last payment
            ),
            "amount": [30, 30, 50, 50, 1200, 1320, 99, 20, 20],
        }
    )
    subs, notices = subscriptions_from_sales(sales)
    assert [n.code for n in notices] == ["subs.sales_not_recurring"]
    assert notices[0].params == {"count": 1}
    by = {c: g.reset_index(drop=True) for c, g in subs.groupby("customer_id")}
    assert set(by) == {"m", "y", "gone"}
    assert by["m"]["mrr"].tolist() == [30, 30, 50, 50]
    assert by["m"]["end"].tolist()[:3] == [T("2024-02-05"), T("2024-03-05"), T("2024-04-05")]
    assert pd.isna(by["m"]["end"].iloc[3])  # the next payment is due after the last date in the file
    assert by["y"]["mrr"].tolist() == [100, 110]
    assert by["y"]["end"].iloc[0] == T("2024-03-01")
    assert by["gone"]["end"].tolist() == [T("2024-02-29"), T("2024-03-29")]
    months = analyze_subscriptions(subs, as_of=T("2024-04-30")).months.set_index("month")
    assert months.loc[pd.Period("2024-03", "M"), "expansion"] == pytest.approx(20 + 10)  # m 30 → 50, y 100 → 110
    assert months.loc[pd.Period("2024-03", "M"), "churn"] == pytest.approx(20)  # gone ended on 29 March
