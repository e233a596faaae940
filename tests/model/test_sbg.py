"""The shifted-beta-geometric retention model against Fader & Hardie (2007) and its own definitions."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.errors import InvalidInput
from ltv_desktop.model.sbg import derl, fit_sbg, fit_sbg_cohorts, log_likelihood, survival_curve
from ltv_desktop.model.special import betaln

HIGH_END = [0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491]
REGULAR = [0.631, 0.468, 0.382, 0.326, 0.289, 0.262, 0.241]


@pytest.mark.parametrize(
    ("survival", "alpha", "beta"),
    [(HIGH_END, 0.668, 3.806), (REGULAR, 0.704, 1.182)],
    ids=["high_end", "regular"],
)
def test_reproduces_fader_hardie_2007(survival, alpha, beta):
    fit = fit_sbg(survival, customers=1000)
    assert fit.converged
    assert round(fit.alpha, 3) == alpha
    assert round(fit.beta, 3) == beta


def test_the_fit_is_the_maximum_of_the_likelihood():
    fit = fit_sbg(HIGH_END)
    alive = 1000 * np.array([1.0, *HIGH_END])
    lost, survivors = -np.diff(alive), alive[-1]
    assert fit.log_likelihood == pytest.approx(log_likelihood(fit.alpha, fit.beta, lost, survivors))
    for da, db in [(0.01, 0), (-0.01, 0), (0, 0.05), (0, -0.05), (0.01, 0.05)]:
        assert log_likelihood(fit.alpha + da, fit.beta + db, lost, survivors) < fit.log_likelihood


def test_survival_matches_the_beta_function_form():
    # S(t) = B(α, β + t) / B(α, β) (Fader & Hardie 2007, eq. 6), computed here with betaln, not the recursion
    alpha, beta = 0.704, 1.182
    t = np.arange(1, 40)
    direct = np.exp(betaln(alpha, beta + t) - betaln(alpha, beta))
    assert survival_curve(alpha, beta, 39) == pytest.approx(direct, rel=1e-10)


def test_projection_and_retention_rates_rise():
    fit = fit_sbg(REGULAR)
    projection = fit.projection(12)
    assert [row["survival_observed"] for row in projection[:7]] == REGULAR
    assert projection[7]["survival_observed"] is None
    rates = [row["retention_rate"] for row in projection]
    assert np.all(np.diff(rates) > 0)  # the leavers go first
    # the fitted curve stays near what was observed
    assert [row["survival"] for row in projection[:7]] == pytest.approx(REGULAR, abs=0.01)


@pytest.mark.parametrize(
    ("alpha", "beta", "d", "n"), [(0.668, 3.806, 0.1, 1), (0.704, 1.182, 0.1, 5), (2.0, 5.0, 0.01, 3)]
)
def test_derl_equals_the_discounted_sum_of_survival(alpha, beta, d, n):
    # DERL = Σ_{t ≥ n} S(t) / S(n − 1) / (1 + d)^(t − n), with S from the beta functions
    t = np.arange(n, n + 20_000)
    s = np.exp(betaln(alpha, beta + t) - betaln(alpha, beta + n - 1))
    expected = float(np.sum(s * np.exp(-(t - n) * np.log1p(d))))
    assert derl(alpha, beta, d, n) == pytest.approx(expected, rel=1e-9)


def test_derl_of_a_constant_churn_is_geometric():
    # with every customer's churn the same θ (α, β large, α/(α+β) = θ) DERL → (1 − θ)(1 + d) / (d + θ)
    theta, d = 0.2, 0.1
    alpha, beta = theta * 1e7, (1 - theta) * 1e7
    assert derl(alpha, beta, d) == pytest.approx((1 - theta) * (1 + d) / (d + theta), rel=1e-5)


def test_json_contract():
    document = fit_sbg(HIGH_END).to_dict(periods=10)
    json.dumps(document, allow_nan=False)
    assert {"alpha", "beta", "log_likelihood", "projection"} <= set(document)
    assert len(document["projection"]) == 10
    assert document["derl"] > 0


@pytest.mark.parametrize(
    ("survival", "code"),
    [
        ([0.9], "sbg.too_few_periods"),
        ([0.9, 1.2], "sbg.share_out_of_range"),
        ([0.9, 0.0], "sbg.share_out_of_range"),
        ([0.8, 0.85, 0.7], "sbg.survival_rises"),
    ],
)
def test_bad_curves_are_one_clear_error(survival, code):
    with pytest.raises(InvalidInput) as error:
        fit_sbg(survival)
    assert error.value.code == code


def test_discount_rate_must_be_positive():
    with pytest.raises(InvalidInput) as error:
        derl(0.7, 1.2, 0.0)
    assert error.value.code == "sbg.bad_discount_rate"


@settings(max_examples=25, deadline=None)
@given(st.floats(0.2, 5.0), st.floats(0.3, 10.0))
def test_recovers_parameters_from_their_own_curve(alpha, beta):
    # a curve that is exactly sBG(α, β) over 12 periods and a large cohort: the fit finds α and β again
    survival = survival_curve(alpha, beta, 12)
    fit = fit_sbg(survival, customers=1e6)
    assert fit.converged
    assert fit.survival(12) == pytest.approx(survival, abs=1e-6)


def test_one_cohort_of_counts_is_the_same_fit_as_its_shares():
    counts = [1000 * s for s in [1.0, *HIGH_END]]
    together = fit_sbg_cohorts([counts])
    alone = fit_sbg(HIGH_END, customers=1000)
    assert together.alpha == pytest.approx(alone.alpha, rel=1e-6)
    assert together.beta == pytest.approx(alone.beta, rel=1e-6)
    assert together.log_likelihood == pytest.approx(alone.log_likelihood, rel=1e-9)


def test_cohorts_of_different_ages_sum_their_own_likelihoods():
    cohorts = [[1000, 869, 743, 653, 593], [500, 440, 370], [800, 700, 610, 540, 490, 450, 420]]
    fit = fit_sbg_cohorts(cohorts)
    total = 0.0
    for counts in cohorts:  # eq. B1 of each cohort on its own, then added up
        alive = np.array(counts, dtype=float)
        total += log_likelihood(fit.alpha, fit.beta, -np.diff(alive), alive[-1])
    assert fit.log_likelihood == pytest.approx(total, rel=1e-12)
    for da, db in [(0.02, 0), (-0.02, 0), (0, 0.1), (0, -0.1)]:
        moved = sum(log_likelihood(fit.alpha + da, fit.beta + db, -np.diff(np.array(c, float)), c[-1]) for c in cohorts)
        assert moved < fit.log_likelihood
    # pooled observed survival: period 1 over all three cohorts, 4 over the two observed that long, 5 over one
    assert fit.survival_observed[0] == pytest.approx((869 + 440 + 700) / 2300)
    assert fit.survival_observed[3] == pytest.approx((593 + 490) / 1800)
    assert fit.survival_observed[4] == pytest.approx(450 / 800)


def test_cohort_counts_that_rise_are_refused():
    with pytest.raises(InvalidInput) as error:
        fit_sbg_cohorts([[100, 90, 95]])
    assert error.value.code == "sbg.survival_rises"
