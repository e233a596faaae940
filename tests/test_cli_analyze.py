"""`ltv-desktop analyze`: the JSON document of the foundation issue, on the hand-worked dataset."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ltv_desktop.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "canonical"


def run_json(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def test_analyze_json_document(capsys):
    code, data, _ = run_json(
        ["analyze", str(FIXTURES / "tiny.csv"), "--churn-days", "31", "--spend", str(FIXTURES / "tiny_spend.csv"),
         "--no-predictive", "--json"],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert set(data) >= {"input", "settings", "summary", "periods", "cohorts", "channels", "segments"}
    assert data["input"]["rows_read"] == 6
    assert data["input"]["rows_used"] == 6
    assert data["input"]["rows_rejected"] == 0
    assert data["input"]["rejections"] == []
    assert data["settings"]["churn_days"] == 31
    assert data["settings"]["as_of"] == "2024-04-01"
    summary = data["summary"]
    assert summary["customers"] == 3
    assert summary["revenue"] == 310
    assert summary["churn_rate"] == 1.0
    assert summary["ltv"] == 50
    assert summary["cac"] == 50
    assert summary["observed_ltv_12m"] is None
    assert isinstance(summary["warnings"], list)
    first = data["periods"][0]
    assert first["period"] == "2024-01"
    assert first["start"] == "2024-01-01"
    assert first["churn_rate"] is None
    assert [p["lost"] for p in data["periods"]] == [0, 1, 1, 0]
    assert data["cohorts"][0] == {
        "cohort": "2024-01", "size": 2, "retention": [1.0, 0.5, 0.5], "cumulative_ltv": [90.0, 115.0, 145.0],
    }  # fmt: skip


def test_weekly_labels(capsys):
    code, data, _ = run_json(
        ["analyze", str(FIXTURES / "tiny.csv"), "--period", "week", "--churn-days", "14", "--no-predictive", "--json"],
        capsys,
    )
    assert code == 0
    assert data["periods"][0]["period"] == "2024-W01"


def test_rejected_rows_are_listed_and_exit_2(capsys):
    code, data, err = run_json(["analyze", str(FIXTURES / "tiny_bad_rows.csv"), "--no-predictive", "--json"], capsys)
    assert code == 2
    rejections = data["input"]["rejections"]
    assert [(r["row"], r["column"], r["value"]) for r in rejections] == [(3, "amount", "abc"), (4, "customer_id", "")]
    assert data["summary"]["revenue"] == 140
    columns, rejected = err.strip().splitlines()
    assert columns.startswith("Columns: ")
    assert "row 3" in rejected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", 'Columns: customer ← "Покупатель", date ← "Дата заказа", amount ← "Сумма", order number ← "Номер"'),
        ("ru", "Столбцы: клиент ← «Покупатель», дата ← «Дата заказа», сумма ← «Сумма», номер заказа ← «Номер»"),
        ("pl", "Kolumny: klient ← „Покупатель”, data ← „Дата заказа”, kwota ← „Сумма”, numer zamówienia ← „Номер”"),
    ],
)
def test_the_columns_read_for_each_role_are_one_line_on_stderr(tmp_path, capsys, language, expected):
    """The owner sees which column became the customer, the date, the amount and the order, in their language;
    the JSON on stdout stays one clean document."""
    sales = tmp_path / "заказы.csv"
    sales.write_text(
        "Номер;Покупатель;Дата заказа;Сумма\n1001;anna@example.com;2024-01-05;120\n"
        "1002;boris@example.com;2024-02-11;80\n1003;anna@example.com;2024-03-02;45\n",
        encoding="utf-8",
    )
    code, data, err = run_json(["analyze", str(sales), "--no-predictive", "--json", "--language", language], capsys)
    assert code == 0
    assert data["input"]["mapping"] == {"customer_id": "Покупатель", "date": "Дата заказа", "amount": "Сумма",
                                        "order_id": "Номер"}  # fmt: skip
    assert err.strip().splitlines() == [expected]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["analyze", "no-such-file.csv"], "no-such-file.csv"),
        (["analyze", str(FIXTURES / "tiny.csv"), "--margin", "0"], "margin"),
        (["analyze", str(FIXTURES / "tiny.csv"), "--churn-days", "3"], "churn_days"),
        (["analyze", str(FIXTURES / "tiny.csv"), "--as-of", "31.12.2024"], "--as-of"),
    ],
)
def test_bad_input_exit_2_one_line(argv, says, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err
    assert len(err.strip().splitlines()) == 1


def test_installed_entry_point_runs_as_a_process():
    done = subprocess.run(
        [sys.executable, "-m", "ltv_desktop", "analyze", str(FIXTURES / "tiny.csv"), "--no-predictive"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "LTV" in done.stdout


def test_text_output_speaks_the_language_asked_for():
    """Labels, notes and numbers in Russian with --language ru; the same numbers as in English."""
    english = subprocess.run(
        [sys.executable, "-m", "ltv_desktop", "analyze", str(FIXTURES / "tiny.csv"), "--no-predictive",
         "--language", "en"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    russian = subprocess.run(
        [sys.executable, "-m", "ltv_desktop", "analyze", str(FIXTURES / "tiny.csv"), "--no-predictive",
         "--language", "ru"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Customers" in english and "Клиенты" in russian
    assert "Примечание:" in russian and "Note:" not in russian
    assert "строк" in russian.splitlines()[0]


def test_spend_rows_that_do_not_read_are_reported_not_dropped(tmp_path, capsys):
    spend = tmp_path / "spend.csv"
    spend.write_text("date,amount\n2024-01-15,30\n2024-02-30,20\n2024-03-10,fifty\n", encoding="utf-8")
    report = tmp_path / "report.xlsx"
    code, data, err = run_json(
        ["analyze", str(FIXTURES / "tiny.csv"), "--spend", str(spend), "--no-predictive", "--json", "-o", str(report)],
        capsys,
    )
    assert code == 2
    block = data["input"]["spend"]
    assert (block["rows_used"], block["rows_rejected"]) == (1, 2)
    assert [(r["row"], r["value"], r["reason"]) for r in block["rejections"]] == [
        (3, "2024-02-30", "not a date or month"),
        (4, "fifty", "not a number"),
    ]
    assert "spend file" in err and "row 3" in err
    import openpyxl

    book = openpyxl.load_workbook(report, read_only=True)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(max_row=8, max_col=2, values_only=True)}
    assert summary["Marketing spend rows rejected (see the sheet)"] == 2
    rejected = list(book["Rejected rows"].iter_rows(values_only=True))
    assert rejected[1][0] == "Every row was read."
    assert rejected[3][0] == "Marketing spend file: spend.csv"
    assert [row[:4] for row in rejected[4:6]] == [
        (3, "date", "2024-02-30", "not a date or month"),
        (4, "amount", "fifty", "not a number"),
    ]


def test_import_warnings_are_printed(tmp_path, capsys):
    sales = tmp_path / "sales.csv"
    sales.write_text("date;customer;amount\n03/04/2024;a;10\n05/06/2024;b;20\n", encoding="utf-8")
    assert main(["analyze", str(sales), "--no-predictive"]) == 0
    assert "Note: The dates could be read both day-first and month-first" in capsys.readouterr().out


def test_json_has_the_drivers_and_the_purchase_timing(capsys):
    demo = Path(__file__).parents[1] / "resources" / "demo" / "demo_sales.csv"
    assert main(["analyze", str(demo), "--no-predictive", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    keys = {"attribute", "value", "customers", "ltv_12m", "repeat_rate", "lift", "lift_low", "lift_high", "clear"}
    assert document["drivers"] and all(keys <= set(driver) for driver in document["drivers"])
    assert all(driver["lift_low"] <= driver["lift"] <= driver["lift_high"] for driver in document["drivers"])
    timing = document["timing"]
    for part in ("first_to_second", "later"):
        assert set(timing[part]) >= {"median_days", "q1_days", "q3_days", "histogram"}
        assert timing[part]["q1_days"] <= timing[part]["median_days"] <= timing[part]["q3_days"]


def test_ltv_on_profit_is_printed_only_when_the_file_has_costs(tmp_path, capsys):
    from tests.model.test_profit import shop_with_costs

    costed = tmp_path / "costed.csv"
    frame = shop_with_costs()
    frame[["customer_id", "date", "quantity", "amount", "cost"]].to_csv(costed, index=False)
    assert (
        main(["analyze", str(costed), "--no-predictive", "--margin", "0.6", "--churn-days", "90", "--language", "pl"])
        == 0
    )
    with_costs = capsys.readouterr().out
    assert "LTV z zysku (z kosztów)" in with_costs
    assert main(["analyze", str(FIXTURES / "tiny.csv"), "--no-predictive", "--language", "pl"]) == 0
    assert "LTV z zysku" not in capsys.readouterr().out
