"""docs/metrics.md section 1: the worked examples, validation and properties of the calculator."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltv_desktop.model.calculator import CalculatorInputs, calculate, discounted_ltv, levers, verdict_for
from ltv_desktop.model.errors import InvalidInput


def test_worked_example_1():
    result = calculate(CalculatorInputs(aov=1000, frequency=1, lifespan_years=5))
    assert result.revenue_ltv == pytest.approx(5000)
    assert result.ltv == pytest.approx(5000)


def test_worked_example_2():
    assert calculate(CalculatorInputs(aov=100, frequency=1, lifespan_years=5)).ltv == pytest.approx(500)


def test_worked_example_3():
    result = calculate(
        CalculatorInputs(
            aov=50,
            frequency=4,
            churn_rate=0.25,
            churn_period="year",
            gross_margin=0.4,
            retention_cost=10,
            acquisition_spend=3000,
            new_customers=30,
        )
    )
    assert result.lifespan_years == pytest.approx(4)
    assert result.annual_contribution == pytest.approx(70)
    assert result.ltv == pytest.approx(280)
    assert result.cac == pytest.approx(100)
    assert result.ltv_cac_ratio == pytest.approx(2.8)
    assert result.payback_months == pytest.approx(17.142857, rel=1e-6)
    assert result.max_cac_at_3x == pytest.approx(280 / 3)
    assert result.verdict == "thin"


def test_monthly_churn_gives_lifespan_in_years_and_compounded_retention():
    result = calculate(CalculatorInputs(aov=10, frequency=12, churn_rate=0.05, churn_period="month"))
    assert result.lifespan_years == pytest.approx(20 / 12)
    assert result.annual_retention_rate == pytest.approx(0.95**12)


def test_discount_lowers_ltv_by_the_monthly_formula():
    result = calculate(CalculatorInputs(aov=100, frequency=12, lifespan_years=2, discount_rate=0.1))
    monthly = 100.0
    retention = 1 - 1 / 24
    d = 1.1 ** (1 / 12) - 1
    assert result.ltv == pytest.approx(monthly * (1 + d) / (1 + d - retention))
    assert result.ltv < result.net_ltv


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"aov": -5}, "aov"),
        ({"aov": 0}, "aov"),
        ({"frequency": 0}, "frequency"),
        ({"lifespan_years": None, "churn_rate": 0}, "churn_rate"),
        ({"lifespan_years": None, "churn_rate": 1.5}, "churn_rate"),
        ({"gross_margin": 0}, "gross_margin"),
        ({"gross_margin": 1.2}, "gross_margin"),
        ({"retention_cost": -1}, "retention_cost"),
        ({"discount_rate": -0.1}, "discount_rate"),
        ({"lifespan_years": 0.05}, "lifespan_years"),
        ({"acquisition_spend": 100, "new_customers": 0}, "new_customers"),
        ({"cac": -3}, "cac"),
        ({"aov": math.nan}, "aov"),
    ],
)
def test_invalid_inputs_name_their_field(changes, field):
    inputs = CalculatorInputs(aov=100, frequency=2, lifespan_years=3).replace(**changes)
    with pytest.raises(InvalidInput) as caught:
        calculate(inputs)
    assert caught.value.field == field


def test_zero_cac_has_no_ratio_and_no_verdict():
    result = calculate(CalculatorInputs(aov=100, frequency=2, lifespan_years=3, cac=0))
    assert result.ltv_cac_ratio is None
    assert result.verdict is None
    assert result.payback_months == 0


def test_no_payback_when_contribution_is_not_positive():
    result = calculate(CalculatorInputs(aov=10, frequency=1, lifespan_years=3, retention_cost=20, cac=50))
    assert result.annual_contribution < 0
    assert result.payback_months is None


@pytest.mark.parametrize(
    ("ratio", "verdict"),
    [(0.5, "losing"), (1, "thin"), (2.99, "thin"), (3, "healthy"), (5, "healthy"), (5.1, "under_investing")],
)
def test_verdict_bands(ratio, verdict):
    assert verdict_for(ratio) == verdict


def test_levers_are_sorted_by_effect_and_churn_lever_raises_ltv():
    inputs = CalculatorInputs(aov=50, frequency=4, churn_rate=0.25, gross_margin=0.4, retention_cost=10)
    result = levers(inputs)
    changes = [abs(lever.change) for lever in result]
    assert changes == sorted(changes, reverse=True)
    by_name = {lever.input_name: lever for lever in result}
    assert by_name["churn_rate"].ltv_after > by_name["churn_rate"].ltv_before
    # aov +10 %: contribution 50*1.1*4*0.4-10 = 78 -> ltv 312
    assert by_name["aov"].ltv_after == pytest.approx(312)


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
share = st.floats(min_value=0.001, max_value=1.0, allow_nan=False)


@given(aov=positive, frequency=positive, lifespan=st.floats(min_value=0.1, max_value=50), margin=share)
def test_ltv_without_discount_equals_net_ltv(aov, frequency, lifespan, margin):
    result = calculate(CalculatorInputs(aov=aov, frequency=frequency, lifespan_years=lifespan, gross_margin=margin))
    assert result.ltv == pytest.approx(result.net_ltv, rel=1e-9)
    assert result.revenue_ltv == pytest.approx(aov * frequency * lifespan, rel=1e-12)


@given(
    aov=positive,
    frequency=positive,
    churn=st.floats(min_value=0.01, max_value=0.98),
    bump=st.floats(min_value=0.001, max_value=0.5),
    discount=st.floats(min_value=0, max_value=1),
)
def test_ltv_falls_as_churn_rises(aov, frequency, churn, bump, discount):
    low = calculate(CalculatorInputs(aov=aov, frequency=frequency, churn_rate=churn, discount_rate=discount))
    high_churn = min(1.0, churn * (1 + bump))
    high = calculate(CalculatorInputs(aov=aov, frequency=frequency, churn_rate=high_churn, discount_rate=discount))
    assert high.ltv <= low.ltv


@given(
    contribution=st.floats(min_value=1, max_value=1e6),
    lifespan=st.floats(min_value=1 / 12, max_value=50),
    discount=st.floats(min_value=0.001, max_value=2),
)
def test_discounting_never_raises_value(contribution, lifespan, discount):
    assert discounted_ltv(contribution, lifespan, discount) <= contribution * lifespan * (1 + 1e-12)
