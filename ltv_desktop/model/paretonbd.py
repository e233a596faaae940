"""Pareto/NBD (docs/metrics.md section 3.1): Poisson purchases while alive, exponential lifetimes.

Schmittlein, Morrison & Colombo (1987), "Counting your customers: who are they and what will they do
next?", Management Science 33(1), 1–24; the likelihood as Fader, Hardie & Lee write it in "A note on
deriving the Pareto/NBD model and related expressions" (2005). Purchase rates λ ~ Gamma(r, α), drop-out
rates μ ~ Gamma(s, β); a history of x repeat purchases, the last at t_x, observed for T:

    L = Γ(r + x) α^r β^s / Γ(r) · [ (α + T)^−(r+x) (β + T)^−s  +  s · I ]                             (eq. 4)
    I = ∫_{t_x}^{T} (α + τ)^−(r+x) (β + τ)^−(s+1) dτ
      = A_0 / (r + s + x), A_0 written by FHL with 2F1(r + s + x, s + 1; r + s + x + 1; (α − β)/(α + t))
        (or the same with α and β exchanged), which converges like z^n and crawls as z → 1

    P(alive | x, t_x, T) = (α + T)^−(r+x) (β + T)^−s / (L's bracket)                                   (eq. 11)
    E[X(t) | x, t_x, T] = (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s−1)] · P(alive)
                                                                                                   (eq. 18)

The 2F1 is summed as a series only where it converges fast (SERIES_TERMS): with β ≪ α and a one-time buyer
(t_x = 0), z = 1 − β/α and the series needs thousands of terms. There I is integrated instead. With k = r + x,
the substitution ℓ = (k + s) log((α + τ)/(α + t_x)) turns it into

    I = (α + t_x)^(1−k) / (k + s) · ∫_0^Λ e^−ℓ g(ℓ) dℓ,   Λ = (k + s) log((α + T)/(α + t_x)),
    log g(ℓ) = −(s + 1) [log(α + t_x) + log1p((β − α) e^(−ℓ/(k+s)) / (α + t_x))]

(for α ≤ β; for β < α the same with (α, k) and (β, s + 1) exchanged, so that the offset is ≥ 0),

g smooth and monotone, summed by Gauss–Legendre on panels graded towards ℓ = 0 and doubling after (BREAKS).
Everything stays in logs: no overflow for heavy buyers, no loss for tiny rates. The gradient is by central
differences (the integral's derivatives would double the code for 1e-9 of precision).

The search coordinates are (log r, log r/α, log s, log s/β): as for BG/NBD (model/predictive.py), a flat
ridge of the likelihood (every customer buying, or leaving, at one rate) is one coordinate running to its
bound while the means stay put, and is reported in `at_bound`.
"""

from __future__ import annotations

import numpy as np

from ltv_desktop.model import special
from ltv_desktop.model.optimize import ModelFit, fit_likelihood

NAME = "Pareto/NBD"
NAMES = ("r", "alpha", "s", "beta")
COORDINATES = ("r", "purchase_rate", "s", "dropout_rate")
LOWER = np.array([-12.0, -25.0, -12.0, -25.0])
UPPER = np.array([12.0, 12.0, 12.0, 12.0])
STARTS = ((0.5, 10.0, 0.6, 12.0), (1.0, 1.0, 1.0, 1.0), (0.2, 3.0, 1.0, 10.0), (2.0, 30.0, 0.5, 1.0))
LEGENDRE = np.polynomial.legendre.leggauss(10)
BREAKS = np.concatenate([[0.0, 1 / 256, 1 / 64, 1 / 16, 1 / 4], 2.0 ** np.arange(0, 17)])
"""Panels of the integral in ℓ: graded towards 0, where g can fall by orders of magnitude within ℓ ~ 1/(k + s),
then doubling: where e^−ℓ g decays, the far panels weigh nothing; where g grows like e^ℓ (a heavy buyer with
a drop-out rate far below the purchase rate), e^−ℓ g is flat over hundreds and wide panels integrate it exactly."""
GRADIENT_STEP = 1e-4
"""Central differences in the coordinates: truncation ~1e-8 and rounding ~1e-12/1e-4 of the mean −LL."""
HESSIAN_STEP = 1e-3
"""Forward differences of a differenced gradient need a wider step than an analytic one's 1e-6."""


def params_of(coordinates: np.ndarray) -> np.ndarray:
    """(r, α, s, β) from the search coordinates (log r, log r/α, log s, log s/β)."""
    log_r, log_rate, log_s, log_dropout = coordinates
    return np.array([np.exp(log_r), np.exp(log_r - log_rate), np.exp(log_s), np.exp(log_s - log_dropout)])


def coordinates_of(params: np.ndarray) -> np.ndarray:
    r, alpha, s, beta = params
    return np.array([np.log(r), np.log(r / alpha), np.log(s), np.log(s / beta)])


def _log_g(ell: np.ndarray, log_base: np.ndarray, offset: np.ndarray, ks: np.ndarray, power: np.ndarray) -> np.ndarray:
    """log g(ℓ) for rows of points (one row per customer: its log(c + t_x), offset, k + s and the other power)."""
    return -power[:, None] * (log_base[:, None] + np.log1p(offset[:, None] * np.exp(-ell / ks[:, None])))


def _log_sum(values: np.ndarray) -> np.ndarray:
    top = values.max(axis=1)
    return top + np.log(np.exp(values - top[:, None]).sum(axis=1))


def _log_integral(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """log I, elementwise (−inf where t_x = T: no time left to have left in).

    I is symmetric in (α, r + x) ↔ (β, s + 1); the substitution is made on the smaller of α and β, so that
    g's offset is ≥ 0 and g falls smoothly from g(0) (with the larger as base, log1p(offset) nears a pole
    when one is far below the other).
    """
    r, alpha, s, beta = params
    k = r + x
    ks = k + s
    base, other = min(alpha, beta), max(alpha, beta)
    own, power = (k, np.full(len(x), s + 1)) if alpha <= beta else (np.full(len(x), s + 1), k)
    log_base = np.log(base + t_x)
    span = ks * (np.log(base + T) - log_base)
    offset = (other - base) / (base + t_x)
    result = np.full(len(x), -np.inf)
    some = span > 0
    if some.any():
        # panels [B_i, B_i+1] cut at Λ: the points of each customer's panels (customers × panels × nodes)
        nodes, weights = LEGENDRE
        used = BREAKS[: int(np.searchsorted(BREAKS, span[some].max())) + 1]  # panels past every Λ weigh nothing
        if len(used) < 2:
            used = BREAKS[:2]
        lows = np.minimum(used[:-1][None, :], span[some][:, None])
        highs = np.minimum(used[1:][None, :], span[some][:, None])
        half = (highs - lows) / 2
        ell = (lows + half)[:, :, None] + half[:, :, None] * nodes[None, None, :]
        rows = (log_base[some], offset[some], ks[some], power[some])
        count = len(rows[0])
        log_values = _log_g(ell.reshape(count, -1), *rows) - ell.reshape(count, -1)
        with np.errstate(divide="ignore"):
            log_weights = (np.log(half)[:, :, None] + np.log(weights)[None, None, :]).reshape(count, -1)
        result[some] = _log_sum(log_values + log_weights)
    return (1 - own) * log_base - np.log(ks) + result


SERIES_TERMS = 128
"""FHL's 2F1(a, b; a + 1; z) is summed as a series where z ≤ 1/2 and b z ≤ 20: its terms then fall below
1e-25 of the sum within SERIES_TERMS (the CDNOW fit's z stay below 0.1); elsewhere the integral is used."""


def _log_integral_by_series(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """log I from FHL's A_0 with the 2F1 series (NaN where the series is not used, see SERIES_TERMS)."""
    r, alpha, s, beta = params
    big = r + s + x
    if alpha >= beta:
        base, gap, upper = alpha, alpha - beta, np.full(len(x), s + 1)
    else:
        base, gap, upper = beta, beta - alpha, r + x
    z_first = gap / (base + t_x)
    result = np.full(len(x), np.nan)
    use = (z_first <= 0.5) & (upper * z_first <= 20)
    if not use.any():
        return result
    n = np.arange(SERIES_TERMS - 1, dtype=float)[None, :]
    a, b = big[use][:, None], upper[use][:, None]

    def log_f(t: np.ndarray) -> np.ndarray:
        """log of 2F1(a, b; a + 1; z) / (base + t)^a, z = gap/(base + t)."""
        z = (gap / (base + t))[:, None]
        ratios = (b + n) / (n + 1) * (a + n) / (a + n + 1) * z
        terms = np.concatenate([np.ones((len(z), 1)), np.cumprod(ratios, axis=1)], axis=1)
        return np.log(terms.sum(axis=1)) - a[:, 0] * np.log(base + t)

    first, last = log_f(t_x[use]), log_f(T[use])
    with np.errstate(divide="ignore"):
        a_zero = first + np.log(-np.expm1(np.minimum(last - first, 0.0)))
    result[use] = a_zero - np.log(big[use])
    return result


def _parts(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """log of the bracket's two terms: alive at T, and left between t_x and T."""
    r, alpha, s, beta = params
    x, t_x, T = (np.asarray(values, dtype=float) for values in (x, t_x, T))
    alive = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    with np.errstate(divide="ignore"):
        integral = _log_integral_by_series(params, x, t_x, T)
        rest = np.isnan(integral)
        if rest.any():
            integral[rest] = _log_integral(params, x[rest], t_x[rest], T[rest])
        left = np.log(s) + integral
    return alive, left


def log_likelihood(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Per-customer log-likelihood (eq. 4)."""
    r, alpha, s, beta = params
    x = np.asarray(x, dtype=float)
    alive, left = _parts(params, x, t_x, T)
    head = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    return head + np.logaddexp(alive, left)


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(alive | x, t_x, T) (eq. 11)."""
    alive, left = _parts(params, x, t_x, T)
    return np.exp(alive - np.logaddexp(alive, left))


def _alive_purchases(params: np.ndarray, x: np.ndarray, T: np.ndarray, t: np.ndarray) -> np.ndarray:
    """E[X(t) | alive at T] = (r + x)(β + T)/(α + T) · (1 − ((β + T)/(β + T + t))^(s−1))/(s − 1), stable at s = 1."""
    r, alpha, s, beta = params
    y = np.log1p(t / (beta + T))
    c = s - 1
    factor = y if c == 0 else -np.expm1(-c * y) / c
    return (r + x) * (beta + T) / (alpha + T) * factor


def conditional(params: np.ndarray, x_values: np.ndarray, x_index: np.ndarray, T: np.ndarray,
                spans: np.ndarray) -> np.ndarray:  # fmt: skip
    """E[X(span) | alive] for each span (rows) and (x, T) pair (columns): eq. 18 without P(alive)."""
    x = np.asarray(x_values, dtype=float)[np.asarray(x_index)]
    return _alive_purchases(params, x[None, :], np.asarray(T, dtype=float)[None, :],
                            np.asarray(spans, dtype=float)[:, None])  # fmt: skip


def expected_purchases(params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray,
                       T: np.ndarray) -> np.ndarray:  # fmt: skip
    """Expected purchases in the next t time units (eq. 18)."""
    x, T = np.asarray(x, dtype=float), np.asarray(T, dtype=float)
    return _alive_purchases(params, x, T, np.asarray(t, dtype=float)) * p_alive(params, x, t_x, T)


def fit(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray | None = None) -> ModelFit:
    """Maximum likelihood over (log r, log r/α, log s, log s/β); `weights` count customers sharing one history."""
    x, t_x, T = (np.asarray(values, dtype=float) for values in (x, t_x, T))
    weights = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)

    def total(coordinates: np.ndarray) -> float:
        return float(weights @ log_likelihood(params_of(coordinates), x, t_x, T))

    def value_and_gradient(coordinates: np.ndarray) -> tuple[float, np.ndarray]:
        value = total(coordinates)
        gradient = np.empty(len(coordinates))
        for i in range(len(coordinates)):
            step = np.zeros(len(coordinates))
            step[i] = GRADIENT_STEP
            gradient[i] = (total(coordinates + step) - total(coordinates - step)) / (2 * GRADIENT_STEP)
        return value, gradient

    starts = [np.clip(coordinates_of(np.array(start)), LOWER, UPPER) for start in STARTS]
    found = fit_likelihood(value_and_gradient, starts, LOWER, UPPER, float(weights.sum()), HESSIAN_STEP)
    at_bound = tuple(name for name, flag in zip(COORDINATES, found.at_bound, strict=True) if flag)
    return ModelFit(
        NAME, params_of(found.x), NAMES, found.log_likelihood, found.converged, found.covariance,
        found.covariance_problem, at_bound, found.x, int(weights.sum()),
    )  # fmt: skip
