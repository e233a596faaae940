"""The subscription workbook: ratios are live formulas over the movements sheet, and they compute the model's
figures (read back with openpyxl; recalculated by LibreOffice where it is installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from ltv_desktop import pipeline
from ltv_desktop.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "subscriptions"
SOFFICE = shutil.which("soffice")
SUMMARY = ("mrr", "customers", "arpa", "logo_churn_monthly", "revenue_churn_monthly", "grr_monthly", "nrr_monthly",
           "quick_ratio", "margin", "ltv", "grr_12m", "nrr_12m")  # fmt: skip


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """Two and a half years of a studio's memberships (Stripe's columns): enough months for a 12-month window."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from bench_subscriptions import write_stripe_csv

    path = tmp_path_factory.mktemp("studio") / "studio.csv"
    write_stripe_csv(path, 400)
    return pipeline.run_subscriptions(path, as_of="2024-12-31", margin=0.7)


def named(book: openpyxl.Workbook, name: str):
    sheet, cell = next(iter(book.defined_names[name].destinations))
    return book[sheet][cell.replace("$", "")].value


def by_hand(run) -> dict[str, float]:
    """The summary from the month table alone, pooled over the last 12 months (docs/metrics.md section 5)."""
    months = run.result.months
    window = months.iloc[-12:]
    base = months["mrr"].shift(1, fill_value=0.0).iloc[-12:].sum()
    lost = window["contraction"].sum() + window["churn"].sum()
    logo = window["customers_churned"].sum() / window["customers_start"].sum()
    arpa = months["mrr"].iloc[-1] / months["customers"].iloc[-1]
    return {
        "mrr": months["mrr"].iloc[-1], "customers": months["customers"].iloc[-1], "arpa": arpa,
        "logo_churn_monthly": logo, "revenue_churn_monthly": lost / base, "grr_monthly": (base - lost) / base,
        "nrr_monthly": (base + window["expansion"].sum() - lost) / base,
        "quick_ratio": (window["new"].sum() + window["expansion"].sum() + window["reactivation"].sum()) / lost,
        "margin": 0.7, "ltv": arpa * 0.7 / logo, "grr_12m": run.result.summary["grr_12m"],
        "nrr_12m": run.result.summary["nrr_12m"],
    }  # fmt: skip


def test_the_ratios_are_formulas_over_the_movements(studio, tmp_path):
    path = pipeline.export_subscriptions(studio, tmp_path / "subs.xlsx", "en")
    formulas = openpyxl.load_workbook(path)
    assert formulas.sheetnames == ["Subscriptions", "MRR movements", "Retention sBG"]
    last = len(studio.result.months) + 1
    assert named(formulas, "subs_mrr") == f"='MRR movements'!$B${last}"
    churn = named(formulas, "subs_logo_churn_monthly")
    assert churn.startswith("=IF(SUM(") and f"'MRR movements'!$J${last - 11}:$J${last}" in churn
    assert "'MRR movements'!$B$" in named(formulas, "subs_nrr_monthly")
    assert named(formulas, "subs_ltv").startswith("=IF(")
    assert isinstance(named(formulas, "subs_margin"), float)  # an input the owner may change
    movements = formulas["MRR movements"]
    assert movements["M3"].value == '=IF(B2=0,"",(B2+D3-E3-F3)/B2)'  # NRR of the second month
    assert movements["N3"].value == '=IF(B2=0,"",(B2-E3-F3)/B2)'
    assert formulas["Retention sBG"]["C6"].value == "=C5*($B$2+1)/($B$1+$B$2+1)"

    cached = openpyxl.load_workbook(path, data_only=True)
    expected = by_hand(studio)
    for key in SUMMARY:
        assert named(cached, f"subs_{key}") == pytest.approx(expected[key], rel=1e-9), key
    months = studio.result.months
    for row in range(3, last + 1):
        assert cached["MRR movements"][f"M{row}"].value == pytest.approx(months["nrr"].iloc[row - 2], rel=1e-12)


@pytest.mark.soffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_model_and_follows_an_edit(studio, tmp_path):
    path = pipeline.export_subscriptions(studio, tmp_path / "subs.xlsx", "en")
    book = openpyxl.load_workbook(path)
    last = len(studio.result.months) + 1
    book["MRR movements"][f"F{last}"].value = 0  # the owner decides last month's churn was a mistake
    sheet, cell = next(iter(book.defined_names["subs_sbg_alpha"].destinations))
    book[sheet][cell.replace("$", "")].value = 1.0
    book[sheet]["B2"].value = 3.0
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    out = tmp_path / "out"
    for source in (path, edited):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "xlsx",
             "--outdir", str(out / source.stem), str(source)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    recalculated = openpyxl.load_workbook(out / "subs" / "subs.xlsx", data_only=True)
    expected = by_hand(studio)
    for key in SUMMARY:
        assert named(recalculated, f"subs_{key}") == pytest.approx(expected[key], rel=1e-9), key
    projected = [recalculated["Retention sBG"][f"C{row}"].value for row in range(5, 17)]
    assert projected == pytest.approx(list(studio.retention.survival(12)), rel=1e-9)

    changed = openpyxl.load_workbook(out / "edited" / "edited.xlsx", data_only=True)
    months = studio.result.months.copy()
    months.loc[months.index[-1], "churn"] = 0.0
    window = months.iloc[-12:]
    base = months["mrr"].shift(1, fill_value=0.0).iloc[-12:].sum()
    nrr = (base + window["expansion"].sum() - window["contraction"].sum() - window["churn"].sum()) / base
    assert named(changed, "subs_nrr_monthly") == pytest.approx(nrr, rel=1e-9)
    # sBG with α = 1, β = 3: S(t) = Π (β + i − 1) / (α + β + i − 1) = 3 / (t + 3)
    survival = [changed["Retention sBG"][f"C{row}"].value for row in range(5, 11)]
    assert survival == pytest.approx([3 / (t + 3) for t in range(1, 7)], rel=1e-12)


def test_cli_writes_the_workbook_with_formulas(tmp_path, capsys):
    target = tmp_path / "report.xlsx"
    main(["subscriptions", str(FIXTURES / "stripe_subscriptions.csv"), "-o", str(target), "--language", "ru"])
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Подписки", "Движение MRR", "Удержание sBG"]
    assert str(named(book, "subs_nrr_monthly")).startswith("=IF(")
    values = openpyxl.load_workbook(target, data_only=True)
    assert named(values, "subs_mrr") == pytest.approx(270.0)  # as on the Subscriptions tab, by hand
    assert not np.isnan(pd.to_numeric(named(values, "subs_arpa")))
