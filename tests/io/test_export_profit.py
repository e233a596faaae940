"""Profit LTV and the win-back caps in the Excel report and the JSON (docs/metrics.md section 4).

The Summary sheet's margin from costs and profit LTV are live formulas over its own cells; read back, their
cached values are the analysis' numbers, and the formulas name the cells a spreadsheet recalculates from.
"""

from __future__ import annotations

import json

import numpy as np
import openpyxl
import pytest

from ltv_desktop.io.export import export_workbook
from ltv_desktop.io.report_json import analysis_document
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.settings import Settings
from tests.model.test_profit import shop_with_costs


@pytest.fixture(scope="module")
def costed():
    return analyze(shop_with_costs(), Settings(margin=0.6, churn_days=90))


def named(book: openpyxl.Workbook, name: str):
    sheet, cell = next(iter(book.defined_names[name].destinations))
    return book[sheet][cell.replace("$", "")]


def test_the_summary_sheet_writes_profit_ltv_as_a_live_formula(costed, tmp_path):
    path = export_workbook(costed, tmp_path / "report.xlsx")
    formulas, values = openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True)
    summary = costed.summary
    margin, profit_ltv = named(formulas, "profit_margin"), named(formulas, "profit_ltv")
    assert str(margin.value).startswith("=") and str(profit_ltv.value).startswith("=")
    # the profit LTV is ARPU × the margin from costs × the lifespan, each a cell of the same sheet
    for part in ("arpu", "profit_margin", "lifespan_periods"):
        assert named(formulas, part).coordinate in str(profit_ltv.value).replace("$", "")
    assert named(values, "profit_margin").value == pytest.approx(summary.profit_margin, rel=1e-12)
    assert named(values, "profit_ltv").value == pytest.approx(summary.profit_ltv, rel=1e-12)
    assert named(values, "ltv").value == pytest.approx(summary.ltv, rel=1e-12)
    assert summary.profit_ltv != pytest.approx(summary.ltv)


def test_without_costs_the_profit_rows_stay_blank(tmp_path):
    result = analyze(shop_with_costs().drop(columns=["cost", "quantity"]), Settings(margin=0.6, churn_days=90))
    values = openpyxl.load_workbook(export_workbook(result, tmp_path / "report.xlsx"), data_only=True)
    assert named(values, "profit_ltv").value in (None, "")
    assert named(values, "ltv").value == pytest.approx(result.summary.ltv)


def test_the_json_lists_each_key_customer_at_risk_with_its_win_back_cap(costed):
    document = json.loads(json.dumps(analysis_document(costed, {}), default=str))
    assert document["summary"]["profit_ltv"] == pytest.approx(costed.summary.profit_ltv)
    listed = document["win_back"]
    customers = costed.customers
    at_risk = customers[customers["at_risk"]]
    assert len(listed) == len(at_risk) > 0
    caps = [item["win_back_cap"] for item in listed]
    assert caps == sorted(caps, reverse=True)
    by_id = at_risk.set_index("customer_id")
    for item in listed:
        row = by_id.loc[item["customer_id"]]
        # a year of its own usual buying, with its own gross profit per purchase day
        expected = max(row["gross_profit"] / row["purchase_days"] * 365.25 / row["usual_gap_days"], 0.0)
        assert item["win_back_cap"] == pytest.approx(expected, rel=1e-12)
    assert np.isnan(customers.loc[~customers["at_risk"], "win_back_cap"]).all()
