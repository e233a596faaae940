"""Numbers an owner can trust (docs/metrics.md sections 2.3, 2.3.1 and 2.4).

Retention never passes 100 % while the textbook CRR may; the inactivity threshold is chosen from the data
by the rule of 2.3.1 (checked here against return shares worked out by hand); the formula LTV is checked
against what customers already paid, on a shop shaped like the Tableau Superstore sample: four years of
orders, customers who come back after lapses of half a year and more.
"""

import datetime as dt
import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.report_json import analysis_document
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.inactivity import CANDIDATE_DAYS, Threshold, choose_threshold, gaps
from ltv_desktop.model.settings import Settings


def superstore_like(seed: int = 7, customers: int = 400) -> pd.DataFrame:
    """Four years of orders; most customers arrive in the first year and a half and buy about every 7 months
    (gamma-distributed gaps, mean 225 days, many longer than 180), and after each order 1 in 10 leaves for good."""
    rng = np.random.default_rng(seed)
    start, end = np.datetime64("2014-01-03"), np.datetime64("2017-12-30")
    span = int((end - start).astype(int))
    rows = []
    for customer in range(customers):
        day = int(rng.integers(0, 540))
        while day <= span:
            rows.append(
                (f"C{customer:04d}", start + np.timedelta64(day, "D"), round(float(rng.lognormal(5.0, 0.8)), 2))
            )
            if rng.random() < 0.1:
                break
            day += int(rng.gamma(3.0, 75)) + 1
    return pd.DataFrame(rows, columns=["customer_id", "date", "amount"])


def hand_gaps(frame: pd.DataFrame) -> tuple[list[int], list[int]]:
    """Closed and open gaps in days from the frame with pandas and plain Python, independently of the engine."""
    as_of = pd.to_datetime(frame["date"]).max()
    closed, open_ = [], []
    for _, dates in frame[frame["amount"] > 0].groupby("customer_id")["date"]:
        unique = sorted(set(pd.to_datetime(dates).dt.normalize()))
        closed += [(later - earlier).days for earlier, later in itertools.pairwise(unique)]
        open_.append((as_of - unique[-1]).days)
    return closed, open_


def by_hand(frame: pd.DataFrame, days: int, hand: tuple[list[int], list[int]] | None = None) -> tuple[int, int]:
    """came_back(D) and stayed_away(D): the gaps longer than D that ended in a return, and those still open."""
    closed, open_ = hand or hand_gaps(frame)
    return sum(gap > days for gap in closed), sum(gap > days for gap in open_)


@pytest.fixture(scope="module")
def superstore():
    return superstore_like()


@pytest.fixture(scope="module")
def with_180_days(superstore):
    return analyze(superstore, Settings(churn_days=180))


def test_superstore_retention_stays_within_100_percent_while_crr_passes_it(with_180_days):
    periods = with_180_days.periods
    assert periods["retention_rate"].dropna().between(0, 1).all()
    crr = periods["crr"].dropna()
    assert (crr > 1).any()  # more customers came back after a lapse than were lost in those months
    passing = periods[periods["crr"] > 1]
    assert (passing["reactivated"] > passing["lost"]).all()
    summary = with_180_days.summary
    assert summary.retention_rate == pytest.approx(1 - summary.churn_rate)
    assert summary.crr == pytest.approx((summary.window_active_end - summary.window_new) / summary.window_active_start)


def test_superstore_formula_below_what_customers_already_paid_says_so(with_180_days):
    summary = with_180_days.summary
    formula = summary.arpu * summary.lifespan_periods
    # the observed curve at the oldest age whose cohorts still hold a quarter of the customers, by hand
    cohorts = with_180_days.cohorts
    sizes = cohorts.sizes.to_numpy()
    held = [sizes[cohorts.cumulative_ltv[age].notna().to_numpy()].sum() for age in cohorts.cumulative_ltv.columns]
    age = max(a for a, h in zip(cohorts.cumulative_ltv.columns, held, strict=True) if h >= sizes.sum() / 4)
    assert summary.observed_value_broad_age == age
    assert summary.observed_value_broad == pytest.approx(cohorts.observed_ltv_curve[age])
    assert formula < summary.observed_value_broad
    notice = next(n for n in summary.warnings if n.code == "trust.formula_below_observed_months")
    assert notice.params["formula"] == pytest.approx(formula)
    assert notice.params["observed"] == pytest.approx(summary.observed_value_broad)
    assert notice.params["count"] == age + 1
    assert f"{formula:,.2f}" in notice.message and f"{summary.observed_value_broad:,.2f}" in notice.message
    # 180 days called lost most of the customers who in fact came back: the data says so in words
    sentence = with_180_days.threshold.sentence()
    came_back, stayed_away = by_hand(superstore_like(), 180)
    assert (with_180_days.threshold.came_back, with_180_days.threshold.stayed_away) == (came_back, stayed_away)
    assert f"{stayed_away * 10 // (came_back + stayed_away)} in 10 customers who went 180 days" in sentence


def test_superstore_auto_threshold_follows_the_rule_and_lifts_ltv_above_what_was_paid(superstore, with_180_days):
    result = analyze(superstore)
    chosen = result.threshold
    assert chosen.auto and chosen.found
    # every shorter candidate fails the rule, the chosen one holds, computed from the rows by hand
    hand = hand_gaps(superstore)
    for days in CANDIDATE_DAYS:
        came_back, stayed_away = by_hand(superstore, days, hand)
        holds = came_back + stayed_away >= 20 and came_back <= 0.10 * (came_back + stayed_away)
        if days < chosen.days:
            assert not holds, days
        elif days == chosen.days:
            assert holds
            assert (chosen.came_back, chosen.stayed_away) == (came_back, stayed_away)
    assert result.periods["retention_rate"].dropna().between(0, 1).all()
    assert result.summary.ltv > with_180_days.summary.ltv
    assert not any(n.code.startswith("trust.formula_below") for n in result.summary.warnings)
    settings = analysis_document(result, {})["settings"]
    assert settings["churn_days"] == chosen.days
    assert settings["churn_days_auto"] is True
    assert settings["churn_days_return_share"] == pytest.approx(
        chosen.came_back / (chosen.came_back + chosen.stayed_away)
    )


def test_gaps_are_steps_between_purchase_days_and_the_wait_since_the_last():
    customer = np.array([0, 0, 0, 1, 2, 2])
    day = np.array([0, 10, 50, 5, 20, 100])
    closed, open_ = gaps(customer, day, 130)
    assert sorted(closed.tolist()) == [10, 40, 80]
    assert sorted(open_.tolist()) == [30, 80, 125]


def test_the_smallest_candidate_with_evidence_and_at_most_one_in_ten_back():
    closed = np.array([40] * 25 + [100] * 3 + [200])
    open_ = np.array([50] * 10 + [300] * 20)
    # by hand: D = 45, 60, 90: back 3 + 1 = 4, away 10 + 20 = 30, r = 4 / 34 = 0.118 > 0.10
    #          D = 120: back 1 (the 200), away 20 (the 300s), r = 1 / 21 = 0.048 ≤ 0.10
    assert choose_threshold(closed, open_, "month") == Threshold(120, True, 1, 20)
    # D = 30 is a candidate for weeks only: back 29, away 30, r = 0.49; the answer stays 120
    assert choose_threshold(closed, open_, "week").days == 120


def test_the_period_decides_the_first_candidate():
    closed = np.array([5] * 50)
    open_ = np.array([40] * 25)
    # D = 30: nobody came back after 30 days (r = 0 of 25): weeks take it
    assert choose_threshold(closed, open_, "week") == Threshold(30, True, 0, 25)
    # months start at 45, where no gap is that long: no evidence at any candidate, so 730 and not found
    assert choose_threshold(closed, open_, "month") == Threshold(730, True, 0, 0, found=False)


def test_the_boundaries_twenty_gaps_and_one_in_ten_hold():
    # D = 90: 2 back of 20 (r = 0.10 exactly, allowed); D = 60: also 3 closed gaps of 70 back, r = 5 / 23
    closed = np.array([70, 70, 70, 100, 100])
    open_ = np.array([400] * 18)
    assert choose_threshold(closed, open_, "month") == Threshold(90, True, 2, 18)
    # 19 gaps are not enough evidence, even with nobody back
    assert choose_threshold(np.array([], dtype=np.int64), np.array([400] * 19), "month").found is False
    # a gap counts when it is longer than D: three 90-day gaps are back at D = 60 (3 of 23), not at D = 90
    closed = np.array([90, 90, 90])
    open_ = np.array([400] * 20)
    assert choose_threshold(closed, open_, "month") == Threshold(90, True, 0, 20)


def test_no_candidate_holds_730_days_with_a_notice_and_the_share_at_730():
    closed = np.array([800] * 10)
    open_ = np.array([900] * 20)
    chosen = choose_threshold(closed, open_, "month")
    assert chosen == Threshold(730, True, 10, 20, found=False)
    assert chosen.return_share == pytest.approx(1 / 3)


def test_the_sentence_says_the_days_and_the_share_in_words():
    assert Threshold(270, True, 3, 47).sentence() == (
        "A customer counts as lost after 270 days without a purchase, a threshold chosen from this data. "
        "9 in 10 customers who went 270 days without buying did not come back (94.0%)."
    )
    assert "31 дня" in Threshold(31, False, 2, 20).sentence("ru")
    assert "(Twoje ustawienie)" in Threshold(31, False, 2, 20).sentence("pl")
    assert "only 4.0% did not" in Threshold(90, True, 24, 1).sentence()
    assert "None of the customers" in Threshold(90, True, 0, 5).sentence()
    assert "cannot check" in Threshold(90, False, 0, 0).sentence()


def test_a_given_threshold_overrides_and_reports_what_the_data_says(superstore):
    result = analyze(superstore, Settings(churn_days=45))
    assert (result.threshold.days, result.threshold.auto) == (45, False)
    assert (result.threshold.came_back, result.threshold.stayed_away) == by_hand(superstore, 45)
    document = analysis_document(result, {})
    assert document["settings"]["churn_days"] == 45
    assert document["settings"]["churn_days_auto"] is False
    assert {"crr", "reactivation_rate", "retention_rate"} <= set(document["periods"][0])
    assert {"crr", "reactivation_rate", "observed_value_broad"} <= set(document["summary"])


def test_every_new_sentence_renders_in_every_language():
    for language in ("en", "ru", "pl"):
        assert "730" in text("trust.churn_days_fallback", language, days=730)
        for code in ("trust.formula_below_observed_months", "trust.formula_below_observed_weeks"):
            sentence = text(code, language, formula=1431.0, observed=3327.0, count=47)
            # Polish groups from five digits (3327,00), as QLocale does; Russian from four (3 327,00)
            assert "47" in sentence and {"en": "3,327.00", "ru": "3\u00a0327,00", "pl": "3327,00"}[language] in sentence


START = dt.date(2022, 1, 1)


@st.composite
def shops(draw):
    """Up to 40 customers, each with 1–8 purchase days over three years and amounts that may be refunds."""
    customers = draw(st.integers(1, 40))
    rows = []
    for customer in range(customers):
        days = draw(st.lists(st.integers(0, 1100), min_size=1, max_size=8))
        for day in days:
            amount = draw(st.sampled_from([25.0, 80.0, 140.0, -10.0]))
            rows.append((f"c{customer}", START + dt.timedelta(days=day), amount))
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    if not (frame["amount"] > 0).any():
        frame.loc[0, "amount"] = 50.0
    return frame


@settings(max_examples=40, deadline=None)
@given(
    frame=shops(),
    chosen=st.sampled_from([Settings(), Settings(churn_days=60), Settings(period="week"), Settings(period="quarter")]),
)
def test_for_any_shop_retention_is_a_share_and_the_flows_add_up(frame, chosen):
    result = analyze(frame, chosen)
    periods = result.periods
    np.testing.assert_array_equal(
        periods["active_end"],
        periods["active_start"] - periods["lost"] + periods["new_customers"] + periods["reactivated"],
    )
    retention = periods["retention_rate"].dropna()
    assert retention.between(0, 1).all()
    # crr = (E − N) / S = (S − lost + reactivated) / S = retention + reactivation rate
    reported = periods["crr"].notna()
    np.testing.assert_allclose(
        periods.loc[reported, "crr"],
        periods.loc[reported, "retention_rate"] + periods.loc[reported, "reactivation_rate"],
        rtol=1e-12,
    )
    summary = result.summary
    if summary.retention_rate is not None:
        assert 0 <= summary.retention_rate <= 1
        assert summary.crr == pytest.approx(summary.retention_rate + summary.reactivation_rate)
    if chosen.churn_days is None:
        came_back, stayed_away = by_hand(frame, result.threshold.days)
        assert (result.threshold.came_back, result.threshold.stayed_away) == (came_back, stayed_away)
