"""docs/metrics.md section 2 on a tiny dataset whose every number was worked out by hand.

churn_days = 31, monthly periods, as_of = the last row (2024-04-01).
  a buys 2024-01-05 (100) and 2024-02-10 (50); refunds 20 on 2024-04-01.
  b buys 2024-01-20 (80) and 2024-03-15 (60).
  c buys 2024-03-03 (40).
Spells (active days): a Jan 5–Feb 4 and Feb 10–Mar 11 (gap 36 > 31), b Jan 20–Feb 19 and
Mar 15–Apr 14 (gap 55), c Mar 3–Apr 2.
"""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.errors import InvalidSettings, NoUsableData
from ltv_desktop.model.settings import Settings

ROWS = pd.DataFrame(
    {
        "customer_id": ["a", "a", "b", "c", "a", "b"],
        "date": ["2024-01-05", "2024-02-10", "2024-01-20", "2024-03-03", "2024-04-01", "2024-03-15"],
        "amount": [100.0, 50.0, 80.0, 40.0, -20.0, 60.0],
        "channel": ["Ads", "Shop", "Shop", None, None, "Ads"],
    }
)


@pytest.fixture(scope="module")
def result():
    spend = pd.DataFrame({"date": ["2024-01-15", "2024-03-10", "2023-12-01"], "amount": [30.0, 50.0, 999.0]})
    return analyze(ROWS, Settings(churn_days=31), spend=spend)


def test_periods_by_hand(result):
    periods = result.periods
    assert list(periods["period"]) == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert list(periods["active_start"]) == [0, 2, 1, 2]
    assert list(periods["active_end"]) == [2, 1, 2, 2]
    assert list(periods["new_customers"]) == [2, 0, 1, 0]
    assert list(periods["lost"]) == [0, 1, 1, 0]
    assert list(periods["reactivated"]) == [0, 0, 1, 0]
    assert list(periods["orders"]) == [2, 1, 2, 0]
    assert list(periods["buyers"]) == [2, 1, 2, 0]
    assert list(periods["revenue"]) == [180.0, 50.0, 100.0, -20.0]
    assert list(periods["complete"]) == [True, True, True, False]
    # the first row is 2024-01-05: March 1 is 56 days later, February 1 only 27
    assert list(periods["observable"]) == [False, False, True, True]
    # February is not observable yet (27 days after the first row): its churn is not reported
    assert np.isnan(periods["churn_rate"].iloc[1])
    assert periods["churn_rate"].iloc[2] == 1.0
    # March: a is lost, b comes back after a lapse: nobody active on Feb 29 is still active on Mar 31
    assert periods["retention_rate"].iloc[2] == 0.0
    assert periods["crr"].iloc[2] == 1.0  # (E − N) / S = (2 − 1) / 1: b's return counts as retained
    assert periods["reactivation_rate"].iloc[2] == 1.0
    assert np.isnan(periods["crr"].iloc[1])
    assert periods["arpu"].iloc[0] == 90.0
    assert np.isnan(periods["churn_rate"].iloc[0])
    assert list(periods["spend"]) == [30.0, 0.0, 50.0, 0.0]
    assert periods["end"].iloc[-1] == pd.Timestamp("2024-04-01")


def test_summary_by_hand(result):
    summary = result.summary
    assert (summary.customers, summary.orders) == (3, 5)
    assert summary.revenue == 310.0
    assert summary.aov == 62.0
    assert summary.window_periods == ("2024-03",)
    assert summary.churn_rate == 1.0  # a lost, of 1 active at the start of March
    assert summary.retention_rate == 0.0  # 1 − churn
    assert summary.crr == 1.0  # (E − N) / S = (2 − 1) / 1
    assert summary.reactivation_rate == 1.0  # b came back, of 1 active at the start
    assert summary.arpu == 50.0
    assert summary.purchase_frequency_per_year == 12.0  # 2 orders / 2 active × 12
    assert summary.lifespan_periods == 1.0
    assert summary.ltv == 50.0
    assert summary.ltv_discounted == 50.0
    assert summary.cac == 50.0  # March spend 50 / 1 new customer
    assert summary.ltv_cac_ratio == 1.0
    assert summary.payback_periods == 1.0
    # top ceil(20 % of 3) = 1 customer: b with 140 of 310
    assert summary.pareto_top20_share == pytest.approx(140 / 310)
    assert summary.observed_ltv_12m is None
    # docs/metrics.md section 2.4: the January cohort (2 of 3 customers, ≥ 25 %) reached age 2 and paid
    # 145 each; the formula's 50 × 1 is below it, and a notice says so with both numbers
    assert (summary.observed_value_broad, summary.observed_value_broad_age) == (145.0, 2)
    assert [notice.code for notice in summary.warnings] == ["short_window", "trust.formula_below_observed_months"]
    below = summary.warnings[1]
    assert below.params == {"formula": 50.0, "observed": 145.0, "count": 3, "age": 2}
    assert "50.00" in below.message and "145.00" in below.message and "first 3 months" in below.message


def test_cohorts_by_hand(result):
    cohorts = result.cohorts
    assert list(cohorts.sizes.index) == ["2024-01", "2024-03"]
    assert list(cohorts.sizes) == [2, 1]
    assert cohorts.retention.loc["2024-01"].tolist() == [1.0, 0.5, 0.5]
    assert cohorts.cumulative_ltv.loc["2024-01"].tolist() == [90.0, 115.0, 145.0]
    assert cohorts.cumulative_ltv.loc["2024-03", 0] == 40.0
    assert np.isnan(cohorts.retention.loc["2024-03", 1])  # April is not complete
    # age 0: (180 + 40) / 3 customers; age 1 and 2: only the January cohort
    assert cohorts.observed_ltv_curve.tolist() == pytest.approx([220 / 3, 115.0, 145.0])


def test_customers_by_hand(result):
    customers = result.customers.set_index("customer_id")
    assert list(result.customers["customer_id"]) == ["b", "a", "c"]
    assert customers.loc["a", "revenue"] == 130.0
    assert customers.loc["a", "orders"] == 2
    assert customers.loc["a", "recency_days"] == 51
    assert customers.loc["a", "tenure_days"] == 87
    assert customers.loc["a", "status"] == "lost"
    assert customers.loc["b", "status"] == "active"
    assert customers.loc["a", "channel"] == "Ads"
    assert customers.loc["c", "channel"] == "(none)"
    assert list(customers["key_customer"]) == [True, True, False]
    # a's usual gap is 36 days and it has not bought for 51
    assert list(customers["at_risk"]) == [False, True, False]
    assert customers.loc["c", "usual_gap_days"] == 45.5


def test_channels(result):
    channels = result.channels.set_index("channel")
    assert channels.loc["Ads", "customers"] == 1
    assert channels.loc["Shop", "revenue"] == 140.0


def test_as_of_makes_a_holdout():
    result = analyze(ROWS, Settings(churn_days=31, as_of=dt.date(2024, 3, 31)))
    assert result.summary.revenue == 330.0
    assert result.rows_after_as_of == 1
    assert "rows_after_as_of" in [notice.code for notice in result.summary.warnings]
    assert result.periods["complete"].all()


def test_order_id_groups_rows_and_a_refunded_order_is_not_an_order():
    rows = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "a", "b"],
            "date": ["2024-01-01", "2024-01-01", "2024-02-01", "2024-02-03", "2024-01-02"],
            "amount": [10.0, 15.0, 30.0, -30.0, 5.0],
            "order_id": ["1", "1", "2", "2", None],
        }
    )
    result = analyze(rows)
    assert result.summary.orders == 2
    assert result.summary.revenue == 30.0


def test_no_history_for_churn_says_how_much_is_needed():
    result = analyze(ROWS, Settings(churn_days=180))  # 180 days > the 3 months of data
    assert result.summary.churn_rate is None
    assert result.summary.ltv is None
    notice = result.summary.warnings[0]
    assert notice.code == "not_enough_history"
    assert "180 days" in notice.message


def test_three_customers_cannot_choose_a_threshold_so_730_days_with_a_notice():
    result = analyze(ROWS)  # auto: 3 customers are far from 20 gaps of evidence at any candidate
    assert (result.threshold.days, result.threshold.auto, result.threshold.found) == (730, True, False)
    codes = [notice.code for notice in result.summary.warnings]
    assert codes[:2] == ["trust.churn_days_fallback", "not_enough_history"]
    assert "730 days" in result.summary.warnings[1].message
    assert result.settings.churn_days is None  # the owner's choice stays "auto"


def test_weeks_and_quarters_label_periods():
    weeks = analyze(ROWS, Settings(period="week", churn_days=14))
    assert weeks.periods["period"].iloc[0] == "2024-W01"
    assert weeks.periods["start"].iloc[0] == pd.Timestamp("2024-01-01")  # a Monday
    quarters = analyze(ROWS, Settings(period="quarter", churn_days=92))
    assert list(quarters.periods["period"]) == ["2024Q1", "2024Q2"]


def test_settings_are_validated():
    with pytest.raises(InvalidSettings) as caught:
        Settings(period="month", churn_days=20)
    assert caught.value.field == "churn_days"
    with pytest.raises(InvalidSettings):
        Settings(margin=0)
    for period, too_short in (("week", 6), ("month", 30), ("quarter", 91)):
        with pytest.raises(InvalidSettings):
            Settings(period=period, churn_days=too_short)
        Settings(period=period, churn_days=too_short + 1)
        Settings(period=period, churn_days=None)  # auto


def test_nothing_to_analyse_is_a_clear_error():
    with pytest.raises(NoUsableData):
        analyze(ROWS, Settings(as_of=dt.date(2020, 1, 1)))
    with pytest.raises(NoUsableData):
        analyze(pd.DataFrame({"customer_id": ["a"], "date": ["2024-01-01"], "amount": [-5.0]}))


def test_a_setting_out_of_range_carries_its_code_and_speaks_the_owners_language():
    from ltv_desktop.i18n.catalogue import say

    with pytest.raises(InvalidSettings) as caught:
        Settings(margin=1.5)
    error = caught.value
    assert (error.field, error.code, error.params) == ("margin", "settings.margin", {"value": 1.5})
    assert str(error) == "margin must be above 0 and at most 1 (got 1.5)."
    assert say(error, "ru") == "margin (валовая маржа) должна быть больше 0 и не больше 1 (указано 1.5)."
    assert say(error, "pl").startswith("margin (marża brutto)")
