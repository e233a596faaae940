"""MBG/NBD (docs/metrics.md section 3.1): BG/NBD where a customer may also leave right after the first purchase.

Batislam, Denizel & Filiztekin (2007), "Empirical validation and comparison of models for customer base
analysis", International Journal of Research in Marketing 24(3), 201–209. With purchase rates
λ ~ Gamma(r, α), a drop-out chance p ~ Beta(a, b) applied after EVERY purchase (BG/NBD: after every repeat
purchase), and a history of x repeat purchases, the last at t_x, observed for T:

    L(r, α, a, b | x, t_x, T) = B(a, b + x + 1)/B(a, b) · Γ(r + x) α^r / Γ(r) · (α + T)^−(r+x)
                              + B(a + 1, b + x)/B(a, b) · Γ(r + x) α^r / Γ(r) · (α + t_x)^−(r+x)      (eq. 5)

    P(alive | x, t_x, T) = 1 / (1 + a/(b + x) · ((α + T)/(α + t_x))^(r+x))                           (eq. 9)

    E[X(t) | x, t_x, T] = (a + b + x)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r+x)
                          · 2F1(r + x, b + x + 1; a + b + x; t/(α + T + t))] · P(alive)               (eq. 10)

so a one-time buyer is no longer certainly alive. Every expression is BG/NBD's with b + 1 in place of b,
the drop-out term present for x = 0 too, and the likelihood times B(a, b + 1)/B(a, b) = b/(a + b): the
BG/NBD machinery of model/predictive.py (its likelihood's sufficient statistics and analytic gradient, and
future_purchases' sums of the 2F1) serves unchanged. The search is over the same coordinates as BG/NBD's
(predictive.BGNBD_COORDINATES: a ridge ends at its limit and is reported).
"""

from __future__ import annotations

import numpy as np

from ltv_desktop.model import special
from ltv_desktop.model.future_purchases import conditional_purchases, interpolated
from ltv_desktop.model.optimize import ModelFit, fit_likelihood

NAME = "MBG/NBD"
NAMES = ("r", "alpha", "a", "b")
STARTS = ((1.0, 1.0, 1.0, 1.0), (0.5, 6.0, 0.9, 1.6), (0.2, 3.0, 1.5, 5.0), (2.0, 30.0, 0.8, 1.0))


def _bgnbd_params(params: np.ndarray) -> np.ndarray:
    """The BG/NBD parameters whose expressions are MBG/NBD's: b + 1 for b."""
    r, alpha, a, b = params
    return np.array([r, alpha, a, b + 1.0])


def log_likelihood(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Per-customer log-likelihood (eq. 5), in logs throughout so heavy buyers do not overflow."""
    r, alpha, a, b = params
    x, t_x, T = (np.asarray(values, dtype=float) for values in (x, t_x, T))
    head = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha) - special.betaln(a, b)
    stay = special.betaln(a, b + x + 1) - (r + x) * np.log(alpha + T)
    left = special.betaln(a + 1, b + x) - (r + x) * np.log(alpha + t_x)
    return head + np.logaddexp(stay, left)


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(alive | x, t_x, T) (eq. 9); below 1 for a one-time buyer too."""
    r, alpha, a, b = params
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        log_ratio = np.log(a) - np.log(b + x) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x))
    return 1 / (1 + np.exp(np.minimum(log_ratio, 700)))


def conditional(params: np.ndarray, x_values: np.ndarray, x_index: np.ndarray, T: np.ndarray,
                spans: np.ndarray) -> np.ndarray:  # fmt: skip
    """E[X(span) | alive] for each span (rows) and (x, T) pair (columns): eq. 10 without P(alive)."""
    bg = _bgnbd_params(params)
    s = np.asarray(spans, dtype=float)[:, None] / (params[1] + np.asarray(T, dtype=float))[None, :]
    with np.errstate(invalid="ignore"):
        return interpolated(bg, x_values, np.asarray(x_index)[None, :], s)


def expected_purchases(params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray,
                       T: np.ndarray) -> np.ndarray:  # fmt: skip
    """Expected purchases in the next t time units (eq. 10)."""
    x = np.asarray(x, dtype=float)
    s = np.asarray(t, dtype=float) / (params[1] + np.asarray(T, dtype=float))
    with np.errstate(invalid="ignore"):
        return conditional_purchases(_bgnbd_params(params), x, s) * p_alive(params, x, t_x, T)


def fit(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray | None = None) -> ModelFit:
    """Maximum likelihood over BG/NBD's search coordinates; `weights` count customers sharing one history."""
    from ltv_desktop.model import predictive  # predictive chooses among the models, so it imports this module

    weights = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    data = predictive._BgNbdData(x, t_x, T, weights, dropout_at_first=True)
    total = data.total_weight

    def value_and_gradient(coordinates: np.ndarray) -> tuple[float, np.ndarray]:
        params = predictive.bgnbd_params(coordinates)
        a, b = params[2], params[3]
        value, gradient = data.value_and_gradient(_bgnbd_params(params))
        value += total * (np.log(b) - np.log(a + b))  # B(a, b + 1)/B(a, b) for each customer
        gradient = gradient + total * np.array([0.0, 0.0, -1 / (a + b), 1 / b - 1 / (a + b)])
        return value, predictive.bgnbd_chain(params, gradient)

    found = fit_likelihood(
        value_and_gradient,
        predictive.bgnbd_starts(STARTS),
        predictive.BGNBD_LOWER,
        predictive.BGNBD_UPPER,
        float(weights.sum()),
    )
    return ModelFit(
        NAME, predictive.bgnbd_params(found.x), NAMES, found.log_likelihood, found.converged, found.covariance,
        found.covariance_problem, tuple(n for n, flag in zip(predictive.BGNBD_COORDINATES, found.at_bound,
                                                             strict=True) if flag),
        found.x, int(weights.sum()),
    )  # fmt: skip


def params_of(coordinates: np.ndarray) -> np.ndarray:
    """Parameters from search coordinates (for the parameter draws of the 90 % ranges)."""
    from ltv_desktop.model import predictive

    return predictive.bgnbd_params(coordinates)
