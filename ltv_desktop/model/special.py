"""Log-gamma, digamma and log-beta on numpy arrays, so the frozen app needs no scipy.special.

The predictive models need four special functions and nothing else from
scipy.special, yet scipy's wheel brings its own 24 MB OpenBLAS and 30 MB of
subpackages into the frozen bundle. These functions broadcast like numpy
ufuncs, return float64 (a numpy scalar for scalar input, as scipy does) and
agree with scipy to a few units in the last place on the positive axis.

Method: Stirling's series for x >= 8, and below that a polynomial kernel on a
unit interval reached by the recurrence Γ(x+1) = xΓ(x). Not Lanczos: its log
loses relative accuracy near the zeros of log Γ at 1 and 2 and of ψ at
1.4616..., which would need special cases anyway; here the kernels carry
those zeros as an explicit factor, so gammaln(1) = gammaln(2) = 0 exactly.
Stirling also makes betaln(a, b) with b ≫ a a short, exact difference
instead of a cancellation between two huge log-gammas. Negative arguments go
through the reflection formulas. Arrays are worked through in blocks with
branch-free kernels, so a million elements cost 1-3× scipy's time, and an
element's value never depends on the rest of its array.

Deliberate differences from scipy 1.17, each where scipy is wrong: subnormal
x (scipy's gammaln and betaln overflow to inf, here −ln x); nan against a
pole in betaln (scipy inf, here nan); gammasgn below −2³¹ (scipy goes
through a C int); betaln of two large or very unequal arguments and digamma
near the negative poles, where scipy loses up to 10 digits.

The kernel polynomials are Chebyshev fits (mpmath, 256-bit) to
lnΓ(2+z)/z and yψ(y)/(y−x₀), y = x₀+z, on |z| <= 0.52; fit error < 2e-17.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["betaln", "digamma", "gammaln", "gammasgn"]

_STIRLING_MIN = 8.0
"""From here Stirling's series, truncated after nine terms, is exact to 1e-17."""

_HALF_LOG_2PI_MINUS_HALF = 0.4189385332046727  # ln(2π)/2 − 1/2
_HALF_LOG_2PI = 0.9189385332046728
_LOG_PI = 1.1447298858494002
_TINY = 5e-324  # the least positive double: np.fmax(x, _TINY) moves only x <= 0 and nan
_HUGE = float(np.finfo(np.float64).max)  # np.fmin(x, _HUGE) moves only +inf
_PSI_ROOT_HI = 1.4616321449683622  # the positive zero of ψ, as hi + lo
_PSI_ROOT_LO = 9.549995429965697e-17
_PSI_KERNEL_LOW = 0.9616321449683624  # root − 1/2: the kernel's unit interval starts here

# B_2k / (2k(2k−1)), k = 9 … 1: lnΓ(x) − Stirling's leading terms, in powers of 1/x²
_LGAMMA_STIRLING = (
    43867 / 244188, -3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12,
)  # fmt: skip
# B_2k / 2k, k = 9 … 1: ψ(x) = ln x − 1/(2x) − Σ B_2k / (2k x^2k)
_PSI_ASYMPTOTIC = (43867 / 14364, -3617 / 8160, 1 / 12, -691 / 32760, 1 / 132, -1 / 240, 1 / 252, -1 / 120, 1 / 12)
# lnΓ(2 + z) / z for |z| <= 1/2, highest power first
_LGAMMA_KERNEL = (
    -1.352756792448308e-07, 2.851921100038355e-07, -4.2932471288238035e-07, 9.133435148131898e-07,
    -2.0452699813701563e-06, 4.387567394956117e-06, -9.438407257892596e-06, 2.050494515836588e-05,
    -4.492635272493406e-05, 9.945775607366321e-05, -0.00022315475116858283, 0.0005096695094625798,
    -0.0011927539119505346, 0.0028905103312601766, -0.007385551028670177, 0.02058080842777656,
    -0.06735230105319812, 0.32246703342411326, 0.42278433509846713,
)  # fmt: skip
# y ψ(y) / (y − x₀) for y = x₀ + u, |u| <= 1/2, highest power of u first
_PSI_KERNEL = (
    -1.1053226877452493e-07, 2.725359637357114e-07, -5.454185886141885e-07, 1.3475701584677354e-06,
    -3.3947549872454155e-06, 8.418549445462797e-06, -2.0928958252841606e-05, 5.2313692844796846e-05,
    -0.00013167744658037177, 0.000334919815680557, -0.0008656448622077082, 0.0022948511031695997,
    -0.006343606951383219, 0.018875832748008914, -0.06493160890417486, 0.32051536505314365, 1.414380859739958,
)  # fmt: skip


def gammaln(x: ArrayLike) -> np.ndarray | np.float64:
    """ln|Γ(x)|: +inf at the poles 0, −1, −2, … and, as scipy, −inf at −inf."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        return _shaped(_blocked(_lgamma, x.ravel()), x.shape)


def gammasgn(x: ArrayLike) -> np.ndarray | np.float64:
    """The sign of Γ(x), which gammaln drops; nan at the poles and at −inf, and ±1 at ±0, as scipy."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        half = np.floor(x) * 0.5
        sign = np.where((x < 0) & (np.floor(half) != half), -1.0, 1.0)  # Γ < 0 on (−1, 0), (−3, −2), …
        sign = np.where(x == 0, np.copysign(1.0, x), sign)
        sign = np.where(((x < 0) & (np.floor(x) == x)) | np.isnan(x), np.nan, sign)
    return _shaped(sign, x.shape)


def digamma(x: ArrayLike) -> np.ndarray | np.float64:
    """ψ(x) = Γ'(x)/Γ(x), the gradients of the gammaln terms; as scipy, ψ(±0) = ∓inf and nan at −1, −2, …"""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        return _shaped(_blocked(_psi, x.ravel()), x.shape)


def betaln(a: ArrayLike, b: ArrayLike) -> np.ndarray | np.float64:
    """ln|B(a, b)|, exact also when one argument dwarfs the other (the BG/NBD's b + x against a)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    with np.errstate(all="ignore"):
        lo = np.minimum(a, b)  # nan in either makes both nan
        hi = np.maximum(a, b)
        return _shaped(_blocked(_betaln, lo.ravel(), hi.ravel()), lo.shape)


# -- helpers ---------------------------------------------------------------------------------------------------

_BLOCK = 16384
"""Elements per pass: a block's temporaries stay in cache and in malloc's heap.

On a million elements, whole-array temporaries of 8 MB each are mapped and
unmapped by malloc on every operation; the page faults cost more than the
arithmetic (measured: 2× slower than these blocks).
"""


def _blocked(f: Callable[..., np.ndarray], *args: np.ndarray) -> np.ndarray:
    n = args[0].size
    if n <= _BLOCK:
        return f(*args)
    out = np.empty(n)
    for start in range(0, n, _BLOCK):
        out[start : start + _BLOCK] = f(*(arg[start : start + _BLOCK] for arg in args))
    return out


def _shaped(values: np.ndarray, shape: tuple[int, ...]) -> np.ndarray | np.float64:
    """A scalar for a scalar argument, as a numpy ufunc (and scipy.special) gives."""
    values = values.reshape(shape)
    return values[()] if values.ndim == 0 else values


def _horner(coefficients: tuple[float, ...], z: np.ndarray) -> np.ndarray:
    out = z * coefficients[0]
    out += coefficients[1]
    for c in coefficients[2:]:
        out *= z
        out += c
    return out


def _patch(out: np.ndarray, mask: np.ndarray, f: Callable[..., np.ndarray], *args: np.ndarray) -> None:
    """out[mask] = f(*args[mask]), for the rare elements off the fast paths (gathers cost 10× an add)."""
    if mask.any():
        out[mask] = f(*(arg[mask] for arg in args))


# -- log-gamma -------------------------------------------------------------------------------------------------


def _lgamma(x: np.ndarray) -> np.ndarray:
    return _by_range(x, _lgamma_stirling, _lgamma_small, _lgamma_nonpositive)


def _by_range(
    x: np.ndarray,
    large: Callable[[np.ndarray], np.ndarray],
    small: Callable[[np.ndarray], np.ndarray],
    nonpositive: Callable[[np.ndarray], np.ndarray],
) -> np.ndarray:
    """Stirling's kernel from _STIRLING_MIN, the small-argument kernel on (0, 8), reflection for the rest."""
    big = x >= _STIRLING_MIN
    if big.all():
        return large(x)
    positive = x > 0
    if positive.all() and not big.any():
        return small(x)
    # both kernels on every element, clamped to where each is defined, then a branch-free choice
    out = np.where(big, large(np.fmax(x, _STIRLING_MIN)), small(np.fmin(np.fmax(x, _TINY), 8.0)))
    _patch(out, ~positive, nonpositive, x)
    return out


def _stirling_correction(x: np.ndarray) -> np.ndarray:
    """lnΓ(x) − ((x − ½) ln x − x + ln(2π)/2): small and smooth, so differences of it lose nothing."""
    w = 1.0 / x
    out = _horner(_LGAMMA_STIRLING, w * w)
    out *= w
    return out


def _lgamma_stirling(x: np.ndarray) -> np.ndarray:
    """x >= 8, or +inf: written (x − ½)(ln x − 1) so that +inf gives +inf, not inf − inf."""
    out = np.log(x)
    out -= 1.0
    out *= x - 0.5
    out += _stirling_correction(x)
    out += _HALF_LOG_2PI_MINUS_HALF
    return out


def _lgamma_small(x: np.ndarray) -> np.ndarray:
    """0 < x <= 8: lnΓ(2 + z) with z = x − round(x), then the recurrence, without branches.

    z is exact, and lnΓ(2 + z) = z·P(z), so lnΓ(1) and lnΓ(2) come out 0 and
    values near them keep their relative accuracy. The recurrence adds
    ln((x − 1)(x − 2)…(2 + z)) or subtracts ln x or ln(x(1 + x)); every factor
    is exact, and factors a case does not use are multiplied in as 1.
    """
    m = np.rint(x)
    z = x - m
    out = _horner(_LGAMMA_KERNEL, z)
    out *= z
    down = m <= 1
    v = np.add(down, 1.0)
    np.minimum(v, x, out=v)  # x where m <= 1, else 1
    f = np.multiply(x, m == 0)
    f += 1.0
    v *= f  # times 1 + x where m = 0
    for j in range(1, int(m.max()) - 1):
        np.subtract(x, j + 1.0, out=f)
        np.multiply(f, m >= j + 2, out=f)
        f += 1.0
        v *= f  # times x − j where j <= m − 2
    np.log(v, out=v)
    np.multiply(down, -2.0, out=f)
    f += 1.0
    v *= f
    out += v
    return out


def _lgamma_nonpositive(x: np.ndarray) -> np.ndarray:
    """x <= 0 or nan: Γ(x)Γ(1 − x) = π / sin(πx), with sin(πx) from the exact x − round(x)."""
    out = np.full_like(x, np.nan)
    r = x - np.rint(x)
    out[r == 0] = np.inf
    ok = (r != 0) & np.isfinite(x)
    if ok.any():
        xs, rs = x[ok], r[ok]
        out[ok] = _LOG_PI - np.log(np.abs(np.sin(np.pi * rs))) - _lgamma(1.0 - xs)
    out[x == -np.inf] = -np.inf
    return out


# -- digamma ---------------------------------------------------------------------------------------------------


def _psi(x: np.ndarray) -> np.ndarray:
    return _by_range(x, _psi_asymptotic, _psi_small, _psi_nonpositive)


def _psi_asymptotic(x: np.ndarray) -> np.ndarray:
    w = 1.0 / x
    t = w * w
    correction = _horner(_PSI_ASYMPTOTIC, t)
    correction *= t
    out = np.log(x)
    w *= 0.5
    out -= w
    out -= correction
    return out


def _psi_small(x: np.ndarray) -> np.ndarray:
    """0 < x <= 8: ψ(y) on y in [x₀ − ½, x₀ + ½) as (y − x₀)·Q(y − x₀)/y, then ψ(x + 1) = ψ(x) + 1/x.

    The factor (y − x₀), with x₀ in two parts, keeps ψ's relative accuracy at
    its zero. Terms of the recurrence a case does not use are added as 0.
    """
    k = np.subtract(x, _PSI_KERNEL_LOW)
    np.floor(k, out=k)
    y = x - k  # exact for k >= 0; for k = −1 the rounding of x + 1 costs < 1 ulp of ψ(x) <= −0.65
    u = y - _PSI_ROOT_HI
    u -= _PSI_ROOT_LO
    out = _horner(_PSI_KERNEL, u)
    out *= u
    out /= y
    np.divide(k < 0, x, out=u)
    out -= u  # − 1/x where k = −1
    for j in range(1, int(k.max()) + 1):
        np.subtract(x, j, out=y)
        np.maximum(y, 0.5, out=y)  # x − j >= x₀ − ½ where used; elsewhere only kept off 0
        np.divide(k >= j, y, out=y)
        out += y  # + 1/(x − j) where j <= k, the smallest first
    return out


def _psi_nonpositive(x: np.ndarray) -> np.ndarray:
    """x <= 0 or nan: ψ(x) = ψ(1 − x) − π cot(πx), the cosine as sin(π(½ − |r|)) so that it is 0 at half-integers."""
    out = np.full_like(x, np.nan)
    zero = x == 0
    out[zero] = np.where(np.signbit(x[zero]), np.inf, -np.inf)
    r = x - np.rint(x)
    ok = (r != 0) & np.isfinite(x)
    if ok.any():
        xs, rs = x[ok], r[ok]
        cot = np.sin(np.pi * (0.5 - np.abs(rs))) / np.sin(np.pi * rs)
        out[ok] = _psi(1.0 - xs) - np.pi * cot
    return out


# -- log-beta --------------------------------------------------------------------------------------------------


def _betaln(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """lo <= hi elementwise."""
    large = (lo >= _STIRLING_MIN) & (hi < np.inf)
    if large.all():
        return _betaln_large(lo, hi)
    ordinary = (lo > 0) & (hi < np.inf)
    if ordinary.all() and not large.any():
        return _betaln_positive(lo, hi)
    out = np.where(
        large,
        _betaln_large(np.fmax(lo, _STIRLING_MIN), np.fmax(hi, _STIRLING_MIN)),
        _betaln_positive(np.fmin(np.fmax(lo, _TINY), 8.0), np.fmin(np.fmax(hi, _TINY), _HUGE)),
    )
    _patch(out, ~ordinary, _betaln_rest, lo, hi)
    return out


def _betaln_large(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """8 <= lo <= hi: Stirling's leading terms of lnΓ(lo) + lnΓ(hi) − lnΓ(lo + hi) cancel on paper, not in floats."""
    out = np.log(hi)
    out *= -0.5
    out += _HALF_LOG_2PI
    t = hi / lo
    np.log1p(t, out=t)
    t *= lo - 0.5
    out -= t
    np.divide(lo, hi, out=t)
    np.log1p(t, out=t)
    t *= hi
    out -= t
    out += _stirling_correction(lo)
    out += _stirling_correction(hi)
    out -= _stirling_correction(lo + hi)
    return out


def _betaln_positive(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """0 < lo < 8, lo <= hi < inf: lnΓ(lo) + (lnΓ(hi) − lnΓ(lo + hi)), the bracket by Stirling from hi = 8 on."""
    out = _lgamma(lo)
    far = hi >= _STIRLING_MIN
    if far.all():
        bracket = _lgamma_ratio(lo, hi)
    else:
        near = np.fmin(hi, _STIRLING_MIN)
        bracket = _lgamma_small(near)
        bracket -= _lgamma(lo + near)
        if far.any():
            bracket = np.where(far, _lgamma_ratio(lo, np.fmax(hi, _STIRLING_MIN)), bracket)
    out += bracket  # the same operations whichever path: an element's value never depends on its neighbours
    return out


def _lgamma_ratio(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """lnΓ(hi) − lnΓ(lo + hi) for hi >= 8 and lo + hi >= 8, as Stirling's terms subtracted on paper.

    −(hi − ½) ln(1 + lo/hi) − lo (ln(lo + hi) − 1) + ω(hi) − ω(lo + hi): subtracting
    two log-gammas of 1e10 instead would keep 6 of 16 digits of betaln(2, 1e10).
    """
    total = lo + hi
    out = lo / hi
    np.log1p(out, out=out)
    out *= 0.5 - hi
    t = np.log(total)
    t -= 1.0
    t *= lo
    out -= t
    out += _stirling_correction(hi)
    out -= _stirling_correction(total)
    return out


def _betaln_rest(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """nan, infinities, and the negative axis, with scipy's answers (cephes lbeta) at the poles."""
    out = np.full_like(lo, np.inf)  # B(a, b) has a pole, or scipy says inf (−inf or inf with a negative)
    out[np.isnan(lo) | (lo == np.inf)] = np.nan
    out[(lo > 0) & (lo < np.inf) & (hi == np.inf)] = -np.inf  # B(a, b) → 0 as b → inf
    finite = (lo <= 0) & (lo > -np.inf) & (hi < np.inf)
    lo_pole = finite & (lo == np.floor(lo))
    hi_pole = finite & (hi <= 0) & (hi == np.floor(hi))
    plain = finite & ~lo_pole & ~hi_pole
    stirling = plain & (hi >= _STIRLING_MIN) & (lo + hi >= _STIRLING_MIN)
    _patch(out, stirling, lambda a, b: _lgamma(a) + _lgamma_ratio(a, b), lo, hi)
    _patch(out, plain & ~stirling, lambda a, b: _lgamma(a) + _lgamma(b) - _lgamma(a + b), lo, hi)
    # B(−n, c) with c a positive integer below n + 1 is finite as a limit: |B(1 + n − c, c)|
    limit = lo_pole & ~hi_pole & (hi == np.floor(hi)) & (1.0 - lo - hi > 0)
    _patch(out, limit, lambda n, c: _betaln(np.minimum(1.0 - n - c, c), np.maximum(1.0 - n - c, c)), lo, hi)
    return out
