"""E[X(t) | alive] of BG/NBD (future_purchases) against 30-digit mpmath, across the fits owners' data give."""

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model import future_purchases
from ltv_desktop.model.future_purchases import conditional_purchases, exact, interpolated
from ltv_desktop.model.predictive import expected_purchases

FITS = {
    "cdnow": (0.2426, 4.4136, 0.7929, 2.4259),
    "no visible churn": (0.318, 1.785, 21547.9, 162754.8),  # the engine benchmark's fit: scipy's 2F1 gave inf
    "a below one, small b": (1.3, 2.0, 0.15, 0.6),
    "a above one": (0.5, 3.0, 3.5, 1.2),
    "a within 1e-6 of one": (0.7, 5.0, 1.0000003, 2.0),
    "r - a an integer": (1.79, 4.0, 0.79, 2.4),
    "a + b below one": (0.3, 1.0, 0.2, 0.3),
}
POINTS = [(x, s) for x in (0, 1, 2, 5, 30, 250) for s in (1e-3, 0.3, 1.0, 4.0, 40.0, 900.0)]


def reference(params, x, s):
    """FHL 2005 eq. 10 at 30 digits: C/(a−1)·(1 − w^(r+x) 2F1(r+x, b+x; C; z)), the series summed directly
    where mpmath's own 2F1 would take minutes (a or b in the hundreds or more: all terms positive)."""
    mpmath.mp.dps = 30
    r, _, a, b = (mpmath.mpf(v) for v in params)
    s = mpmath.mpf(s)
    z, w, c = s / (1 + s), 1 / (1 + s), a + b + x - 1
    if a > 50 or b > 500:
        term = total = mpmath.mpf(1)
        n = 0
        while term > total * mpmath.mpf(10) ** -32 or n < 10:
            term *= (r + x + n) * (b + x + n) / ((c + n) * (n + 1)) * z
            total += term
            n += 1
    else:
        total = mpmath.hyp2f1(r + x, b + x, c, z)
    return float(c / (a - 1) * (1 - w ** (r + x) * total))


@pytest.mark.parametrize("name", FITS)
def test_exact_sum_agrees_with_30_digits(name):
    params = FITS[name]
    x, s = (np.array(values, dtype=float) for values in zip(*POINTS, strict=True))
    got = exact(params, x, s)
    expected = np.array([reference(params, xi, si) for xi, si in POINTS])
    assert np.all(np.isfinite(got))
    np.testing.assert_allclose(got, expected, rtol=1e-9)


@pytest.mark.parametrize("name", FITS)
def test_interpolation_agrees_with_the_exact_sum(name):
    params = FITS[name]
    rng = np.random.default_rng(7)
    x_values = np.array([0.0, 1, 2, 3, 7, 40, 120])
    x_index = rng.integers(0, len(x_values), 3000)
    s = np.expm1(rng.uniform(0, np.log1p(2000), 3000))
    got = interpolated(params, x_values, x_index, s)
    np.testing.assert_allclose(got, exact(params, x_values[x_index], s), rtol=1e-10, atol=1e-13)


@settings(max_examples=60, deadline=None)
@given(
    r=st.floats(0.05, 5),
    alpha=st.floats(0.1, 50),
    a=st.floats(0.05, 8),
    b=st.floats(0.05, 30),
    x=st.integers(0, 300),
    s=st.floats(1e-4, 500),
)
def test_more_time_more_purchases_and_no_more_than_the_rate_allows(r, alpha, a, b, x, s):
    """Alive customers buy at most at rate λ ~ Gamma(r+x, α+T): E[X(t) | alive] ≤ (r+x)·s; at most E[1/p] =
    (a+b+x−1)/(a−1) purchases before they leave, when a > 1; and more time never means fewer purchases."""
    params = (r, alpha, a, b)
    near, far = exact(params, np.array([x, x], dtype=float), np.array([s, 1.5 * s]))
    assert 0 < near <= (r + x) * s * (1 + 1e-9)
    assert far >= near * (1 - 1e-12)
    if a > 1:
        assert far <= (a + b + x - 1) / (a - 1) * (1 + 1e-9)


def test_many_points_take_the_interpolated_path_and_agree():
    params = FITS["cdnow"]
    rng = np.random.default_rng(3)
    x = rng.integers(0, 30, 6000).astype(float)
    s = rng.uniform(0, 60, 6000)
    np.testing.assert_allclose(conditional_purchases(params, x, s), exact(params, x, s), rtol=1e-11, atol=1e-13)


def test_a_heavy_buyer_on_a_fit_without_churn_is_predicted():
    """The old Euler-transformed 2F1 returned inf here, so every interval of the benchmark's forecast was NaN."""
    params = np.array(FITS["no visible churn"])
    values = expected_purchases(
        params, 52.0, np.array([0.0, 12, 59]), np.array([0.0, 40, 100]), np.array([5.0, 60, 120])
    )
    assert np.all(np.isfinite(values)) and np.all(values > 0)


def test_nothing_to_forecast_and_unreadable_spans():
    params = FITS["cdnow"]
    got = exact(params, np.array([3.0, 3.0, 3.0]), np.array([0.0, np.nan, np.inf]))
    assert got[0] == 0 and np.isnan(got[1]) and np.isnan(got[2])


# (r, a, b, x, s) where a random search against mpmath (50,000 points) found no series form that sums:
# Gauss–Jacobi quadrature over the drop-out chance, or the transformation to 1 − z at larger C, does now
UNSUMMED_ONCE = [
    (8.727369527993613, 69.37960696711203, 23.695818811977674, 124.0, 216.3582808232484),
    (5.780300041667838, 27.927486940386405, 3100.830078022678, 230.0, 125.829814059732),
    (0.9638152330104205, 110.65225946921448, 93016.86237744133, 391.0, 41.173346462150775),
    (0.03264983026685824, 35.80698420010208, 37.79121358529672, 51.0, 437.1624439610644),
    (1.3162478890924194, 3.773016237183568, 136.28350601571964, 10.0, 455.845943657539),
    (0.12952771531221133, 1.4344201322179777, 133.23388528840286, 12.0, 330.5242811028736),
    (9.122499879063097, 6.960572521084956, 78.10970128390015, 30.0, 320.99107276060573),
]


@pytest.mark.parametrize("case", UNSUMMED_ONCE)
def test_points_no_series_summed_once(case):
    r, a, b, x, s = case
    params = (r, 1.0, a, b)
    got = exact(params, np.array([x]), np.array([s]))[0]
    assert got == pytest.approx(reference(params, x, s), rel=1e-9)


@settings(max_examples=300, deadline=None)
@given(
    p1=st.floats(-5, 1e5), p2=st.floats(-5, 50), q=st.floats(-5, 50), z=st.floats(0.01, 0.99),
    start=st.integers(0, 3), terms=st.integers(1, 300),
)  # fmt: skip
def test_a_series_left_as_rising_does_rise_over_every_term_it_may_sum(p1, p2, q, z, start, terms):
    """The shortcut that gives up on a series at once must only catch terms that grow until the last allowed."""
    settle = -min(p1, p2, q)
    first = max(settle, start)
    rising = future_purchases._rising_throughout(
        np.array([p1]), np.array([p2]), np.array([q]), np.array([z]), np.array([first]), start + terms
    )[0]
    if rising:
        n = np.arange(int(np.floor(first)) + 1, start + terms + 1, dtype=float)
        n = n[n > first]
        ratio = (p1 + n) * (p2 + n) * z / ((q + n) * (n + 1))
        assert np.all(ratio > 1)
