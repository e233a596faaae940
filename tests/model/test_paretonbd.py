"""Pareto/NBD (docs/metrics.md section 3.1): the published CDNOW fit and customer, and the likelihood's
integral against the 2F1 form of Fader, Hardie & Lee in 30 digits."""

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model import paretonbd

PUBLISHED = (0.5534, 10.5802, 0.6061, 11.6562)


def reference_log_likelihood(params, x, t_x, T):
    """FHL's note, eq. 4, with A_0 from mpmath's 2F1 (the branch that keeps |z| < 1)."""
    with mpmath.workdps(30):
        r, alpha, s, beta = (mpmath.mpf(v) for v in params)
        x, t_x, T = mpmath.mpf(x), mpmath.mpf(t_x), mpmath.mpf(T)
        if alpha >= beta:

            def part(t):
                return mpmath.hyp2f1(r + s + x, s + 1, r + s + x + 1, (alpha - beta) / (alpha + t)) / (alpha + t) ** (
                    r + s + x
                )
        else:

            def part(t):
                return mpmath.hyp2f1(r + s + x, r + x, r + s + x + 1, (beta - alpha) / (beta + t)) / (beta + t) ** (
                    r + s + x
                )

        head = mpmath.loggamma(r + x) - mpmath.loggamma(r) + r * mpmath.log(alpha) + s * mpmath.log(beta)
        bracket = 1 / ((alpha + T) ** (r + x) * (beta + T) ** s) + s / (r + s + x) * (part(t_x) - part(T))
        return float(head + mpmath.log(bracket))


def test_cdnow_reproduces_the_published_fit(cdnow_groups):
    fit = paretonbd.fit(*cdnow_groups)
    assert fit.converged and not fit.at_bound
    for value, published in zip(fit.params, PUBLISHED, strict=True):
        assert f"{value:.3g}" == f"{published:.3g}", (value, published)
    assert fit.log_likelihood == pytest.approx(-9594.98, abs=0.01)
    assert fit.covariance is not None


def test_the_published_customer(cdnow_groups):
    """x = 26, t_x = 30.86, T = 31 (BTYD's worked example): P(alive) 0.9979, 25.46 purchases in 52 weeks.

    From the fit, as BTYD computes them: its printed parameters, rounded to 4 decimals, give 25.455.
    """
    params = paretonbd.fit(*cdnow_groups).params
    x, t_x, T = np.array([26.0]), np.array([30.86]), np.array([31.0])
    assert round(paretonbd.p_alive(params, x, t_x, T)[0], 4) == 0.9979
    assert round(paretonbd.expected_purchases(params, 52.0, x, t_x, T)[0], 2) == 25.46


params_strategy = st.tuples(st.floats(0.05, 5), st.floats(1e-3, 200), st.floats(0.05, 5), st.floats(1e-3, 200))


@settings(max_examples=40, deadline=None)
@given(params=params_strategy, x=st.integers(0, 60), share=st.floats(0, 1), T=st.floats(0.01, 200))
def test_the_integral_is_fhls_2f1(params, x, share, T):
    t_x = 0.0 if x == 0 else share * T
    got = paretonbd.log_likelihood(np.array(params), np.array([x], float), np.array([t_x]), np.array([T]))[0]
    assert got == pytest.approx(reference_log_likelihood(params, x, t_x, T), rel=1e-6, abs=1e-6)


def test_one_time_buyers_fade_and_expected_purchases_are_continuous_at_s_1():
    params = np.array(PUBLISHED)
    alive = paretonbd.p_alive(params, np.zeros(3), np.zeros(3), np.array([1.0, 20.0, 60.0]))
    assert np.all(np.diff(alive) < 0) and alive[0] < 1
    near = [paretonbd.expected_purchases(np.array([0.5, 10, s, 12]), 52.0, np.array([3.0]), np.array([20.0]),
                                         np.array([30.0]))[0] for s in (1 - 1e-9, 1.0, 1 + 1e-9)]  # fmt: skip
    assert near[0] == pytest.approx(near[1], rel=1e-7) and near[2] == pytest.approx(near[1], rel=1e-7)
