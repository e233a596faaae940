"""MBG/NBD (docs/metrics.md section 3.1): the published CDNOW fit, and each expression against an independent one."""

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special as sp

from ltv_desktop.model import mbgnbd

PUBLISHED = (0.525, 6.183, 0.891, 1.614)


def reference_log_likelihood(params, x, t_x, T):
    """Batislam et al. (2007) eq. 5 as printed, with scipy's special functions."""
    r, alpha, a, b = params
    common = sp.gammaln(r + x) - sp.gammaln(r) + r * np.log(alpha) - sp.betaln(a, b)
    stay = sp.betaln(a, b + x + 1) - (r + x) * np.log(alpha + T)
    left = sp.betaln(a + 1, b + x) - (r + x) * np.log(alpha + t_x)
    return common + np.log(np.exp(stay) + np.exp(left))


def test_cdnow_reproduces_the_published_fit(cdnow_groups):
    fit = mbgnbd.fit(*cdnow_groups)
    assert fit.converged and not fit.at_bound
    for value, published in zip(fit.params, PUBLISHED, strict=True):
        assert f"{value:.3g}" == f"{published:.3g}", (value, published)
    x, t_x, T, weight = cdnow_groups
    # the fit's likelihood (BG/NBD's sufficient statistics with b + 1) is the paper's, customer by customer
    assert fit.log_likelihood == pytest.approx(weight @ reference_log_likelihood(fit.params, x, t_x, T), abs=1e-6)
    assert fit.covariance is not None


params_strategy = st.tuples(
    st.floats(0.05, 5), st.floats(0.5, 50), st.floats(0.1, 5).filter(lambda a: abs(a - 1) > 1e-3), st.floats(0.1, 10)
)
history = st.tuples(st.integers(0, 30), st.floats(0, 1), st.floats(0.5, 60))


@settings(max_examples=40, deadline=None)
@given(params=params_strategy, customer=history)
def test_log_likelihood_and_p_alive_match_the_paper(params, customer):
    x, share, T = customer
    t_x = 0.0 if x == 0 else share * T
    arrays = (np.array([x], float), np.array([t_x]), np.array([T]))
    got = mbgnbd.log_likelihood(np.array(params), *arrays)[0]
    assert got == pytest.approx(reference_log_likelihood(params, *arrays)[0], rel=1e-9, abs=1e-9)
    r, alpha, a, b = params
    expected_alive = 1 / (1 + a / (b + x) * ((alpha + T) / (alpha + t_x)) ** (r + x))
    assert mbgnbd.p_alive(np.array(params), *arrays)[0] == pytest.approx(expected_alive, rel=1e-12)


def test_a_one_time_buyer_is_not_certainly_alive():
    params = np.array(PUBLISHED)
    alive = mbgnbd.p_alive(params, np.zeros(3), np.zeros(3), np.array([1.0, 20.0, 60.0]))
    assert np.all(alive < 1)
    assert np.all(np.diff(alive) < 0)  # the longer since the only purchase, the likelier gone
    r, alpha, a, b = PUBLISHED
    assert alive[0] == pytest.approx(1 / (1 + a / b * ((alpha + 1) / alpha) ** r))


@settings(max_examples=25, deadline=None)
@given(params=params_strategy, customer=history, t=st.floats(0.5, 104))
def test_expected_purchases_match_eq_10_in_30_digits(params, customer, t):
    x, share, T = customer
    t_x = 0.0 if x == 0 else share * T
    r, alpha, a, b = (mpmath.mpf(v) for v in params)
    with mpmath.workdps(30):
        z = t / (alpha + T + t)
        head = (a + b + x) / (a - 1)
        body = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * mpmath.hyp2f1(r + x, b + x + 1, a + b + x, z)
        alive = 1 / (1 + a / (b + x) * ((alpha + T) / (alpha + t_x)) ** (r + x))
        expected = float(head * body * alive)
    got = mbgnbd.expected_purchases(np.array(params), t, np.array([x], float), np.array([t_x]), np.array([T]))[0]
    assert got == pytest.approx(expected, rel=1e-7, abs=1e-12)
