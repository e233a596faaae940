"""ltv_desktop.model.special against scipy.special, which stays only as the tests' reference.

The tolerances are the module's promises: gammaln and digamma within 1e-14
relative (absolute where |value| < 1), betaln within 1e-13. Where scipy itself
loses digits (betaln of two large or very unequal arguments, digamma near the
negative poles, anything at subnormal arguments) the reference is a table
computed with mpmath at 2400 bits, or an exact identity.
"""

import math
from fractions import Fraction

import numpy as np
import pytest
import scipy.special as sc
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ltv_desktop.model.special import betaln, digamma, gammaln, gammasgn

OURS = {"gammaln": gammaln, "digamma": digamma}

EULER = 0.5772156649015329
ZETA = {2: 1.6449340668482264, 3: 1.2020569031595942, 4: 1.0823232337111381}
PSI_ROOT = 1.4616321449683622  # the double nearest ψ's positive zero

positive = st.floats(min_value=1e-300, max_value=1e300)
positive_arrays = hnp.arrays(np.float64, st.integers(1, 30), elements=positive)
beta_arguments = st.floats(min_value=1e-8, max_value=1e12)


def assert_close(actual, expected, rel, floor=1.0, scale=None, where=None):
    """|actual − expected| <= rel·max(|expected|, floor, scale): relative, absolute below floor; equal non-finites."""
    actual, expected = np.broadcast_arrays(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float))
    bound = np.maximum(np.abs(expected), floor)
    if scale is not None:
        bound = np.maximum(bound, np.abs(scale))
    with np.errstate(invalid="ignore"):
        error = np.abs(actual - expected)
        ok = (actual == expected) | (np.isnan(actual) & np.isnan(expected)) | (error <= rel * bound)
    if not ok.all():
        i = np.flatnonzero(~ok.ravel())[np.argmax((error / bound).ravel()[~ok.ravel()])]
        if where is None:
            at = ""
        else:
            where = np.asarray(where)
            at = f" at {np.broadcast_to(where, ok.shape + where.shape[ok.ndim :]).reshape(ok.size, -1)[i].tolist()}"
        raise AssertionError(
            f"{(~ok).sum()} of {ok.size} off; worst{at}: {actual.ravel()[i]!r} vs {expected.ravel()[i]!r} "
            f"(error {error.ravel()[i]:.3g}, allowed {rel * bound.ravel()[i]:.3g})"
        )


# -- gammaln ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["gammaln", "digamma"])
def test_matches_scipy_across_the_positive_axis(name):
    x = np.concatenate([np.geomspace(1e-300, 1e300, 100_001), np.linspace(1e-9, 20, 100_001)])
    assert_close(OURS[name](x), getattr(sc, name)(x), 1e-14, where=x)


@pytest.mark.parametrize("name", ["gammaln", "digamma"])
@settings(max_examples=60, deadline=None)
@given(x=positive_arrays)
def test_matches_scipy_on_any_positive_array(name, x):
    assert_close(OURS[name](x), getattr(sc, name)(x), 1e-14, where=x)


def test_gammaln_is_exactly_zero_at_one_and_two_and_accurate_around_them():
    assert gammaln(1.0) == 0.0
    assert gammaln(2.0) == 0.0
    offsets = np.concatenate([-np.geomspace(1e-16, 0.5, 300), np.geomspace(1e-16, 0.5, 300)])
    for root in (1.0, 2.0):
        x = root + offsets
        assert_close(gammaln(x), sc.gammaln(x), 1e-15, where=x)  # absolute: |lnΓ| < 1 here
        # relative too, against the Taylor series ln Γ(1+e) = −γe + Σ (−1)^k ζ(k) e^k / k (ζ(k) − 1 at 2)
        near = x[np.abs(x - root) < 1e-4]
        e = near - root  # exact
        shift = 0.0 if root == 1.0 else 1.0
        series = -(EULER - shift) * e + sum((-1) ** k * (ZETA[k] - shift) / k * e**k for k in (2, 3, 4))
        assert_close(gammaln(near), series, 1e-14, floor=0.0, where=near)


def test_gammaln_at_integers_is_the_log_factorial():
    n = np.arange(1, 171)
    expected = [math.log(math.factorial(k - 1)) for k in n]
    assert_close(gammaln(n.astype(float)), expected, 1e-15, where=n)


def test_gammaln_for_tiny_arguments_is_minus_log_x():
    x = np.geomspace(1e-300, 1e-17, 200)
    assert_close(gammaln(x), -np.log(x), 1e-15, where=x)
    # subnormals: scipy overflows to inf (it takes 1/x); the value is still −ln x
    assert_close(gammaln([1e-310, 5e-324]), [713.8013788281542, 744.4400719213812], 1e-15)


def test_gammaln_on_the_negative_axis_matches_scipy():
    """Reflection subtracts ln Γ(1 − x): its rounding bounds the error where ln|Γ(x)| itself is near 0."""
    rng = np.random.default_rng(1)
    poles = rng.integers(0, 60, 4000).astype(float)
    near = -poles + rng.choice([-1, 1], 4000) * np.geomspace(1e-13, 0.49, 4000)
    x = np.concatenate([-rng.uniform(0, 60, 4000), near])
    x = x[x != np.rint(x)]
    assert_close(gammaln(x), sc.gammaln(x), 1e-14, scale=sc.gammaln(1 - x), where=x)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.floats(min_value=1e-12, max_value=0.5), st.booleans())
def test_gammaln_near_any_negative_pole(n, distance, above):
    x = -n + (distance if above else -distance)
    assume(x != round(x))
    assert_close(gammaln(x), sc.gammaln(x), 1e-14, scale=sc.gammaln(1 - x), where=np.float64(x))


def test_gammaln_poles_infinities_and_nan_as_scipy():
    x = np.array([0.0, -0.0, -1.0, -2.0, -170.0, -1e20, np.inf, -np.inf, np.nan, 1e308])
    assert_close(gammaln(x), sc.gammaln(x), 0.0, where=x)  # inf, inf, …, −inf at −inf, nan, inf
    assert gammaln(-np.inf) == -np.inf


# -- gammasgn --------------------------------------------------------------------------------------------------


def test_gammasgn_matches_scipy():
    x = np.concatenate([np.linspace(-60.25, 60.25, 4821), [0.0, -0.0, np.inf, -np.inf, np.nan, -1.0, -1e9, 1e-300]])
    assert_close(gammasgn(x), sc.gammasgn(x), 0.0, where=x)
    between_poles = x[np.isfinite(x) & (x != np.rint(x))]
    assert np.array_equal(gammasgn(between_poles), np.sign(sc.gamma(between_poles)))


def test_gammasgn_far_out_on_the_negative_axis():
    # Γ < 0 on (−n−1, −n) for n even; scipy goes through a C int and gets these wrong beyond 2^31
    assert gammasgn(-(2.0**50) - 0.5) == -1.0
    assert gammasgn(-(2.0**50) + 0.5) == 1.0


# -- digamma ---------------------------------------------------------------------------------------------------

DIGAMMA_MPMATH = [  # (x, ψ(x)) by mpmath at 2400 bits, where scipy is off or a relative check matters
    (-1.0000001, 10000000.4169454),
    (-2.000000001, 999999918.1824201),
    (-15.99999999999997, -33114703142427.312),  # scipy: 3e-3 relative error
    (-3.999923357515356, -13046.087349826268),  # scipy: 1e-12
    (-28.99870168018022, -766.8375798776981),
    (-100.499999999, 4.615124611197803),
    (-0.9999999999, -9999999172.173574),  # scipy: 6e-7
    (-7.25, 5.189977214956288),
    (-1e-09, 999999999.4227843),
    (1.461632144968362, -3.072790566546293e-16),  # the doubles around the zero, to 1e-14 relative
    (1.4616321449683622, -9.241265521729427e-17),
    (1.4616321449683625, 1.2245374622004068e-16),
    (1.4616321459683623, 9.676722326577634e-10),
    (1e-300, -9.999999999999999e299),
    (1e300, 690.7755278982137),
]


def test_digamma_near_its_zero_to_1e15_absolute():
    x = PSI_ROOT + np.concatenate([-np.geomspace(1e-16, 0.3, 400), [0.0], np.geomspace(1e-16, 0.3, 400)])
    assert_close(digamma(x), sc.digamma(x), 1e-15, where=x)


def test_digamma_against_mpmath():
    x, expected = np.array(DIGAMMA_MPMATH).T
    assert_close(digamma(x), expected, 1e-14, floor=0.0, where=x)


def test_digamma_identities():
    assert abs(digamma(1.0) + EULER) <= 1e-16
    assert abs(digamma(0.5) - (-EULER - 2 * math.log(2))) <= 4e-16
    n = np.arange(1, 60)
    harmonic = [float(sum(Fraction(1, k) for k in range(1, m))) for m in n]
    assert_close(digamma(n.astype(float)), np.array(harmonic) - EULER, 1e-15, where=n)


@settings(max_examples=60, deadline=None)
@given(positive)
def test_digamma_recurrence(x):
    """ψ(x + 1) = ψ(x) + 1/x: the kernel, the recurrence and the asymptotic series agree at their seams."""
    assert_close(digamma(x + 1.0), digamma(x) + 1.0 / x, 1e-14, scale=1.0 / x, where=np.float64(x))


def test_digamma_on_the_negative_axis():
    rng = np.random.default_rng(2)
    x = -rng.uniform(0, 0.95, 4000)  # scipy is exact here; towards −1 and beyond, it loses digits near the poles
    assert_close(digamma(x), sc.digamma(x), 1e-14, where=x)
    x = -rng.uniform(1, 60, 4000)
    x = x[np.abs(x - np.rint(x)) > 1e-9]
    # the recurrence through the poles; reflection's error scales with its larger term π cot(πx)
    scale = np.abs(digamma(x)) + 1 / np.abs(x)
    assert_close(digamma(x + 1), digamma(x) + 1 / x, 1e-14, scale=scale, where=x)


def test_digamma_poles_infinities_and_nan_as_scipy():
    x = np.array([0.0, -0.0, -1.0, -2.0, -1e20, np.inf, -np.inf, np.nan, 5e-324])
    assert_close(digamma(x), sc.digamma(x), 0.0, where=x)  # −inf, inf, nan, nan, nan, inf, nan, nan, −inf


# -- betaln ----------------------------------------------------------------------------------------------------

BETALN_MPMATH = [  # (a, b, ln B(a, b)) by mpmath at 2400 bits; the comment is scipy's relative error
    (0.1115684574970627, 532595.3605633777, 0.6673499804227939),  # 1.1e-09
    (1000000.0, 1000000000000.0, -14815517.04678027),  # 6.4e-12
    (7.046069866425997, 6174968.839624157, -103.50676060513231),  # 2.2e-10
    (0.5, 1000000000000.0, -13.243145615039449),
    (1e-08, 1000000000000.0, 18.42068046187),
    (1000000000000.0, 1000000000000.0, -1386294361132.4407),  # 9.0e-15
    (30000.5, 50000.25, -52929.667505621896),
    (170.5, 200.25, -257.1311903179376),
    (1e-08, 1e-08, 19.11382792451231),
    (7.9, 8.1, -10.847617252400042),
    (8.0, 8.0, -10.848948661710063),
    (1.5, 100000.0, -17.390174185078088),  # 4.6e-12
    (3.3, 370000000.0, -64.11864619225041),
    (123.456, 789000000000.0, -2912.3520869520553),
    (1e-300, 1e300, 690.7755278982137),
    (0.75, 1e300, -517.878364972229),
    (1e300, 1e300, -1.3862943611198907e300),  # 1.7e-13
    (1e-320, 1.0, 736.8272408909739),  # scipy: inf
    (2.5e-08, 0.3, 17.50439008521092),
]


def test_betaln_matches_scipy_where_scipy_is_exact():
    """scipy divides Gamma functions while a + b < 171.6 (good to 3e-14) and uses an asymptotic series for
    b > 1e6·a; between, it subtracts log-gammas and keeps as few as 6 digits (the mpmath table covers that)."""
    rng = np.random.default_rng(3)
    a, b = np.exp(rng.uniform(np.log(1e-8), np.log(85), (2, 20_000)))
    assert_close(betaln(a, b), sc.betaln(a, b), 1e-13, where=np.stack([a, b], axis=-1))
    a = np.exp(rng.uniform(np.log(1e-8), np.log(1e5), 20_000))
    b = np.minimum(a * np.exp(rng.uniform(np.log(1e7), np.log(1e20), 20_000)), 1e12)
    b = np.maximum(b, 1e7)
    assert_close(betaln(a, b), sc.betaln(a, b), 1e-13, where=np.stack([a, b], axis=-1))


def test_betaln_against_mpmath():
    a, b, expected = np.array(BETALN_MPMATH).T
    assert_close(betaln(a, b), expected, 1e-13, where=np.stack([a, b], axis=-1))


@settings(max_examples=60, deadline=None)
@given(beta_arguments)
def test_betaln_with_one_or_two_against_anything(b):
    """B(1, b) = 1/b and B(2, b) = 1/(b(b + 1)): exact references at b = 1e10, where lnΓ differences fail."""
    assert_close(betaln(1.0, b), -math.log(b), 1e-13)
    assert_close(betaln(2.0, b), -math.log(b) - math.log1p(b), 1e-13)
    assert_close(betaln(b, 2.0), -math.log(b) - math.log1p(b), 1e-13)


def test_betaln_two_against_ten_billion():
    b = 1e10
    assert_close(betaln(2.0, b), -math.log(b) - math.log1p(b), 1e-15)
    b = np.geomspace(1e-8, 1e12, 2001)
    assert_close(betaln(2.0, b), -np.log(b) - np.log1p(b), 1e-15, where=b)


@settings(max_examples=80, deadline=None)
@given(beta_arguments, beta_arguments)
def test_betaln_symmetry_and_recurrence(a, b):
    """B(a, b) = B(b, a) bit for bit, and B(a, b + 1) = B(a, b)·b/(a + b) across every regime."""
    assert betaln(a, b) == betaln(b, a)
    b1 = b + 1.0
    assume(b1 - b == 1.0)
    assert_close(betaln(a, b1), betaln(a, b) - math.log1p(a / b), 1e-13, scale=betaln(a, b))


SPECIAL = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, -1.0, -2.0, -3.0, -0.5, -2.5, 0.5, 1.0, 2.0, 3.0, 8.0, 1e10])


def test_betaln_at_special_points_as_scipy_but_nan_stays_nan():
    a, b = np.meshgrid(SPECIAL, SPECIAL)
    expected = sc.betaln(a, b)
    expected[np.isnan(a) | np.isnan(b)] = np.nan  # scipy answers inf for nan against a pole or −inf
    assert_close(betaln(a, b), expected, 1e-13, where=np.stack([a, b], axis=-1))


def test_betaln_on_the_negative_axis_as_scipy():
    rng = np.random.default_rng(4)
    a = -rng.uniform(0, 20, 5000)
    b = np.exp(rng.uniform(np.log(1e-3), np.log(1e5), 5000))
    scale = np.abs(sc.gammaln(a)) + np.abs(sc.gammaln(b)) + np.abs(sc.gammaln(a + b))
    assert_close(betaln(a, b), sc.betaln(a, b), 1e-13, scale=scale, where=np.stack([a, b], axis=-1))


# -- shapes and types ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("f", [gammaln, gammasgn, digamma])
def test_scalars_give_numpy_scalars_and_arrays_keep_their_shape(f):
    for scalar in (1.5, 3, np.float32(2.5), np.array(0.25)):
        value = f(scalar)
        assert isinstance(value, np.float64)
        assert value == pytest.approx(getattr(sc, f.__name__)(float(scalar)), rel=1e-14)
    x = np.linspace(0.1, 30, 24).reshape(2, 3, 4)
    assert f(x).shape == (2, 3, 4)
    assert f(x).dtype == np.float64
    assert f([]).shape == (0,)
    assert np.array_equal(f(x[:, ::2, 1::2]), f(np.ascontiguousarray(x[:, ::2, 1::2])))
    assert f([[0.5, 9.0]]).shape == (1, 2)


def test_betaln_broadcasts_like_a_ufunc():
    a = np.array([[0.5], [2.0], [40.0]])
    b = np.array([0.25, 3.0, 9.0, 1e9])
    assert betaln(a, b).shape == (3, 4)
    assert np.array_equal(betaln(a, b), betaln(*np.broadcast_arrays(a, b)))
    assert isinstance(betaln(0.5, 2), np.float64)
    assert betaln(np.array(0.5), np.array(2.0)).shape == ()
    assert betaln(0.79, np.arange(5.0)).shape == (5,)


def test_inputs_are_not_modified():
    x = np.array([-2.5, 0.3, 5.0, 9.0])
    before = x.copy()
    gammaln(x), digamma(x), gammasgn(x), betaln(x, x[::-1])
    assert np.array_equal(x, before)


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(np.float64, st.integers(1, 12), elements=st.floats(-30, 1e6) | st.sampled_from([0.0, 8.0, np.nan])))
def test_an_element_never_depends_on_its_neighbours(x):
    """Fast paths and mixed blocks run the same operations: a value is the same alone or in any array."""
    for f in (gammaln, digamma):
        assert np.array_equal(f(x), [f(v) for v in x], equal_nan=True)
    y = np.abs(x[::-1]) + 0.5
    assert np.array_equal(betaln(x, y), [betaln(u, v) for u, v in zip(x, y, strict=True)], equal_nan=True)


def test_long_arrays_cross_the_blocks_cleanly():
    rng = np.random.default_rng(5)
    x = np.exp(rng.uniform(np.log(1e-5), np.log(1e5), 40_000))
    x[::7] *= -1
    assert np.array_equal(gammaln(x), np.concatenate([gammaln(part) for part in np.array_split(x, 13)]))
    assert np.array_equal(digamma(x), np.concatenate([digamma(part) for part in np.array_split(x, 13)]), equal_nan=True)
    y = x[::-1] ** 2
    parts = zip(np.array_split(x, 13), np.array_split(y, 13), strict=True)
    assert np.array_equal(betaln(x, y), np.concatenate([betaln(p, q) for p, q in parts]), equal_nan=True)


def test_kernel_coefficients_are_what_their_script_makes():
    """special.py's digits come from special_kernels.py, and the script still makes exactly them."""
    from ltv_desktop.model import special, special_kernels

    for name, value in special_kernels.kernels().items():
        assert getattr(special, name) == value, name
