"""Predictive CLV of docs/metrics.md section 3: BG/NBD for purchases and P(alive), Gamma-Gamma for their value.

Fader, Hardie & Lee (2005) "Counting your customers the easy way" and "RFM
and CLV". Both models see purchase DAYS: a customer's orders on one day are
one purchase worth their sum. Fits are maximum likelihood on log-parameters
(L-BFGS-B's method, in model/optimize.py), over customers grouped by identical (x, t_x, T) so a million
transactions cost what their distinct summaries cost. A fit that does not
converge is restarted from other points and, failing that, reported with a
plain notice: never an exception. Uncertainty comes from the inverse
Hessian of the log-likelihood at the optimum: the delta method on the log
scale (`_Bands`) gives a 90 % range on each customer's predicted value, on the
total and month by month, from the forecast one standard deviation either side
of the optimum along each principal axis (8 forecasts for BG/NBD), with a
coverage of the true value close to 90 % in simulated shops
(tests/model/test_ranges.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model import mbgnbd, parallel, paretonbd, special
from ltv_desktop.model.activity import Prepared, RowCodes, prepare, sorted_codes, take_rows
from ltv_desktop.model.calendar import to_days
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.future_purchases import conditional_purchases, interpolated
from ltv_desktop.model.optimize import ModelFit, fit_likelihood
from ltv_desktop.model.progress import NO_PROGRESS, Progress
from ltv_desktop.model.result import Notice

TimeUnit = Literal["day", "week", "month"]
ModelChoice = Literal["auto", "bgnbd", "mbgnbd", "paretonbd"]
DAYS_PER_UNIT: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 365.25 / 12}
DAYS_PER_MONTH = 365.25 / 12
"""One definition of a month for CLV: the horizon is always in these months."""
MIN_REPEAT_CUSTOMERS = 20
"""Below this many repeat customers the models have too little to learn from: they are not fitted, a notice
says why, and the rest of the analysis stands."""
CALIBRATION_MAX_REPEATS = 7
STARTS_BGNBD = ((1.0, 1.0, 1.0, 1.0), (0.5, 10.0, 0.5, 3.0), (0.2, 3.0, 1.5, 5.0), (2.0, 30.0, 0.8, 1.0))
STARTS_GAMMA = ((1.0, 1.0, 1.0), (5.0, 3.0, 15.0), (2.0, 5.0, 50.0))


@dataclasses.dataclass(frozen=True)
class PredictiveOptions:
    time_unit: TimeUnit = "week"
    horizon_months: float = 12.0
    interval_draws: int = 100
    """Whether the 90 % ranges are computed: 0 or 1 leaves them out (a quicker fit); any larger number computes
    them, by the delta method (`_Bands`), so its size does not matter."""
    seed: int = 0
    """Kept so that saved settings still load; the ranges are not random, so it changes nothing."""
    model: ModelChoice = "auto"
    """Which purchase model speaks (docs/metrics.md section 3.1): "auto" picks by holdout error, else by BIC."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class _FitReport:
    """What the search says about a fit, whichever model: its log-likelihood, convergence, covariance
    over the search coordinates (zero for those at a bound), the coordinates at a bound, and why there
    is no covariance (so no 90 % ranges) when there is none: "not_converged", "singular", "no_free_parameter"."""

    log_likelihood: float
    converged: bool
    covariance: np.ndarray | None
    n_customers: int
    at_bound: tuple[str, ...] = ()
    covariance_problem: str | None = None
    coordinates: np.ndarray | None = None


@dataclasses.dataclass(frozen=True)
class BgNbdFit(_FitReport):
    r: float
    alpha: float
    a: float
    b: float

    @property
    def params(self) -> np.ndarray:
        return np.array([self.r, self.alpha, self.a, self.b])

    def bic(self) -> float:
        """Schwarz's criterion, −2 LL + k log n: lower is better."""
        return -2 * self.log_likelihood + 4 * np.log(max(self.n_customers, 1))

    def to_dict(self) -> dict[str, Any]:
        """Parameters, with the ridge's limit instead of numbers pinned at the box (docs/metrics.md 3.2)."""
        flat_rate = "r" in self.at_bound and self.coordinates is not None and self.coordinates[0] > 0
        flat_dropout = (
            "dropout_concentration" in self.at_bound and self.coordinates is not None and self.coordinates[3] > 0
        )
        return {
            "r": None if flat_rate else self.r,
            "alpha": None if flat_rate else self.alpha,
            "a": None if flat_dropout else self.a,
            "b": None if flat_dropout else self.b,
            "purchase_rate": self.r / self.alpha,
            "dropout_probability": self.a / (self.a + self.b),
            "log_likelihood": self.log_likelihood,
            "converged": self.converged,
            "at_bound": list(self.at_bound),
            "intervals_missing_reason": self.covariance_problem,
            "n_customers": self.n_customers,
        }


@dataclasses.dataclass(frozen=True)
class GammaGammaFit(_FitReport):
    """`coordinates` are (log p, log q, log v) in money; the covariance is over these."""

    p: float
    q: float
    v: float
    excluded_nonpositive: int = 0

    @property
    def params(self) -> np.ndarray:
        return np.array([self.p, self.q, self.v])

    def to_dict(self) -> dict[str, Any]:
        return {
            "p": self.p, "q": self.q, "v": self.v, "log_likelihood": self.log_likelihood, "converged": self.converged,
            "at_bound": list(self.at_bound), "intervals_missing_reason": self.covariance_problem,
            "n_customers": self.n_customers, "excluded_nonpositive": self.excluded_nonpositive,
        }  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Holdout:
    """Predicted against actual repeat purchases after as_of (the model's honest test)."""

    days: int
    actual_total: int
    predicted_total: float
    customers: pd.DataFrame  # customer_id, actual, predicted
    tracking: pd.DataFrame  # step (time units after as_of), actual_cumulative, predicted_cumulative

    @property
    def relative_error(self) -> float | None:
        """(predicted − actual) / actual over the holdout: + when the model expected more purchases than came;
        None when no repeat purchase came at all (any prediction is then infinitely "off")."""
        if not self.actual_total:
            return None
        return (self.predicted_total - self.actual_total) / self.actual_total

    def to_dict(self) -> dict[str, Any]:
        totals = {name: getattr(self, name) for name in ("days", "actual_total", "predicted_total", "relative_error")}
        return {**totals, "tracking": self.tracking.to_dict("records")}


@dataclasses.dataclass(frozen=True)
class PredictiveResult:
    options: PredictiveOptions
    bgnbd: BgNbdFit
    gamma_gamma: GammaGammaFit | None
    customers: pd.DataFrame
    totals: dict[str, float | None]
    holdout: Holdout | None
    calibration: pd.DataFrame
    palive_map: pd.DataFrame
    warnings: tuple[Notice, ...]
    forecast: pd.DataFrame | None = None
    """Month by month over the horizon: the base's cumulative expected purchases and predicted CLV, 90 % ranges."""
    model: str = "bgnbd"
    """The purchase model whose P(alive) and purchases the customers, forecast and lists use."""
    model_reason: Notice | None = None
    mbgnbd: ModelFit | None = None
    paretonbd: ModelFit | None = None
    holdout_errors: dict[str, float] = dataclasses.field(default_factory=dict)
    """Mean absolute error of each fitted model's purchases after as_of, per customer (holdout only)."""
    new_customer: pd.DataFrame | None = None
    """A newly won customer's value by months since the first purchase (docs/metrics.md section 3.2): month
    (0 … NEW_CUSTOMER_MONTHS), value, value_low, value_high (the 90 % range, NaN without)."""
    row_of: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)
    """Each customer code (of the `codes` or `days` fit_predictive was given) to its row in `customers`, −1 for
    none."""

    def rows_of(self, codes: np.ndarray) -> np.ndarray | None:
        """The rows in `customers` of the customers with these codes (−1: not there); None without codes."""
        return None if self.row_of is None else self.row_of[codes]

    def to_dict(self) -> dict[str, Any]:
        bg = self.bgnbd
        gg = self.gamma_gamma
        return {
            "time_unit": self.options.time_unit,
            "horizon_months": self.options.horizon_months,
            "model": self.model,
            "model_name": MODEL_NAMES[self.model],
            "model_reason": None if self.model_reason is None else self.model_reason.message,
            "model_reason_code": None if self.model_reason is None else self.model_reason.code,
            "holdout_errors": self.holdout_errors,
            "bgnbd": {**bg.to_dict(), "bic": float(bg.bic())},
            "mbgnbd": None if self.mbgnbd is None else self.mbgnbd.to_dict(),
            "paretonbd": None if self.paretonbd is None else self.paretonbd.to_dict(),
            "gamma_gamma": None if gg is None else gg.to_dict(),
            "totals": self.totals,
            "holdout": None if self.holdout is None else self.holdout.to_dict(),
            "calibration": self.calibration.to_dict("records"),
            "new_customer": None if self.new_customer is None else [
                {"month": int(row["month"]), **{key: float(row[key]) if np.isfinite(row[key]) else None
                                                for key in ("value", "value_low", "value_high")}}
                for row in self.new_customer[self.new_customer["month"].isin(NEW_CUSTOMER_REPORTED)].to_dict("records")
            ],
            "warnings": [notice.message for notice in self.warnings],
        }  # fmt: skip


# -- BG/NBD ---------------------------------------------------------------------------------------------------


def bgnbd_log_likelihood(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Per-customer log-likelihood (FHL 2005, eq. 6), stable for frequencies in the hundreds."""
    r, alpha, a, b = params
    x = np.asarray(x, dtype=float)
    head = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    head += special.betaln(a, b + x) - special.betaln(a, b)
    stay = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        left = np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x)
    tail = np.where(x > 0, np.logaddexp(stay, left), stay)
    return head + tail


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(still alive | x, t_x, T); 1 for a customer without repeat purchases (FHL 2005, eq. 11)."""
    r, alpha, a, b = params
    x = np.asarray(x, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_ratio = (
            np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x))
        )
    return np.where(x > 0, 1 / (1 + np.exp(np.minimum(log_ratio, 700))), 1.0)


def expected_purchases(
    params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """Expected purchases in the next t time units for a customer with history (x, t_x, T) (FHL 2005, eq. 10).

    P(alive) × E[X(t) | alive]; the second is summed in future_purchases, which says why eq. 10 cannot be
    taken as written. NaN where no form of the sum holds (a degenerate fit): "unknown", never a guess.
    """
    alpha = params[1]
    x = np.asarray(x, dtype=float)
    s = np.asarray(t, dtype=float) / (alpha + np.asarray(T, dtype=float))
    with np.errstate(invalid="ignore"):
        return conditional_purchases(params, x, s) * p_alive(params, x, t_x, T)


class _Pairs:
    """The distinct (x, T) of grouped histories: E[X(t) | alive] depends on nothing else, so a forecast
    sums it once per pair (the 1,000,000-row benchmark's 101,426 groups are 19,428 pairs)."""

    def __init__(self, x: np.ndarray, T: np.ndarray) -> None:
        # np.unique(axis=0)'s pairs (sorted by x, then T) from one lexsort, without its copy into a structured view
        order = np.lexsort((T, x))
        new = np.ones(len(order), dtype=bool)
        new[1:] = (x[order][1:] != x[order][:-1]) | (T[order][1:] != T[order][:-1])
        self.index = np.empty(len(order), dtype=np.int64)
        self.index[order] = np.cumsum(new) - 1
        self.T = T[order][new]
        self.x_values, self.x_index = np.unique(x[order][new], return_inverse=True)

    def conditional(self, params: np.ndarray, spans: np.ndarray, model: str = "bgnbd") -> np.ndarray:
        """E[X(span) | alive] for each span (rows) and pair (columns), under `model`."""
        return MODELS[model].conditional(params, self.x_values, self.x_index, self.T, spans)


def _dot(left: ArrayLike, right: ArrayLike) -> float:
    """Σ left × right without BLAS: OpenBLAS threads a long dot product, and on a busy 2-core machine
    that hand-off cost 10 ms per BG/NBD evaluation against 0.2 ms for the arithmetic itself."""
    return float(np.einsum("i,i->", np.asarray(left), np.asarray(right)))


class _BgNbdData:
    """Sufficient statistics of grouped (x, t_x, T) for the BG/NBD log-likelihood, built once per fit.

    Of LL's terms only the choice between "alive at T" and "left after t_x" needs
    each (x, t_x, T) group; the gammaln/digamma terms depend on x alone (tens of
    distinct values) and the "alive at T" term on T alone, so the special
    functions run on a few hundred numbers per evaluation, not one per group.
    """

    def __init__(
        self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray, dropout_at_first: bool = False
    ) -> None:
        """`dropout_at_first`: every customer, not only repeat ones, may have left after t_x (MBG/NBD)."""
        x, t_x, T, weights = (np.asarray(values, dtype=float) for values in (x, t_x, T, weights))
        self.total_weight = float(weights.sum())
        self.x_values, x_index = np.unique(x, return_inverse=True)
        self.x_weight = np.bincount(x_index, weights=weights, minlength=len(self.x_values))
        self.T_values, T_index = np.unique(T, return_inverse=True)
        self.T_weight = np.bincount(T_index, weights=weights, minlength=len(self.T_values))
        self.T_weight_x = np.bincount(T_index, weights=weights * x, minlength=len(self.T_values))
        # repeat customers ordered by x, so per-x sums are np.add.reduceat over runs (20x cheaper than bincount)
        repeat = np.arange(len(x)) if dropout_at_first else np.flatnonzero(x > 0)
        repeat = repeat[np.argsort(x_index[repeat], kind="stable")]
        self.repeat_x = x[repeat]
        self.repeat_t_x = t_x[repeat]
        self.repeat_T = T[repeat]
        self.repeat_weight = weights[repeat]
        # T and t_x are whole days in time units: a thousand distinct values among 100,000 histories, so
        # log(α + ·) and 1/(α + ·) are taken on those and looked up rather than once a history
        self.times, at = np.unique(np.concatenate([self.repeat_T, self.repeat_t_x]), return_inverse=True)
        self.repeat_T_at, self.repeat_t_x_at = at[: len(repeat)], at[len(repeat) :]
        runs = np.flatnonzero(np.diff(x_index[repeat], prepend=-1)) if len(repeat) else np.zeros(0, dtype=int)
        self.run_starts = runs
        self.run_lengths = np.diff(runs, append=len(repeat))
        self.run_x = self.x_values[x_index[repeat][runs]]

    def value_and_gradient(self, params: np.ndarray) -> tuple[float, np.ndarray]:
        r, alpha, a, b = params
        xs, ws = self.x_values, self.x_weight
        psi_ab = special.digamma(a + b)
        psi_abx = special.digamma(a + b + xs)
        head = _dot(ws, special.gammaln(r + xs) + special.betaln(a, b + xs)) + self.total_weight * (
            r * np.log(alpha) - special.gammaln(r) - special.betaln(a, b)
        )
        d_r = _dot(ws, special.digamma(r + xs)) + self.total_weight * (np.log(alpha) - special.digamma(r))
        d_alpha = self.total_weight * r / alpha
        d_a = _dot(ws, psi_ab - psi_abx)
        d_b = _dot(ws, special.digamma(b + xs) - psi_abx) + self.total_weight * (psi_ab - special.digamma(b))
        # "alive at T" for everyone: -(r + x) log(alpha + T), summed per distinct T
        log_T = np.log(alpha + self.T_values)
        rate_T = r * self.T_weight + self.T_weight_x
        stay = -_dot(rate_T, log_T)
        d_r -= _dot(self.T_weight, log_T)
        d_alpha -= _dot(rate_T, 1 / (alpha + self.T_values))
        # repeat customers may also have left after t_x: log(1 + e^gap) on top of "alive at T"
        if not len(self.repeat_x):
            return float(head + stay), np.array([d_r, d_alpha, d_a, d_b])
        x, w = self.repeat_x, self.repeat_weight
        r_x = r + x
        log_times = np.log(alpha + self.times)
        spread = log_times.take(self.repeat_T_at)
        spread -= log_times.take(self.repeat_t_x_at)
        log_b_x = np.log(b + self.run_x - 1)
        gap = np.repeat(np.log(a) - log_b_x, self.run_lengths)
        gap += r_x * spread
        # log(1 + e^gap) and its derivative e^gap / (1 + e^gap) from one exp and one log (np.logaddexp
        # costs 20× more); log(1 + small) is off by at most 1e-16 in absolute terms, nothing next to the sum.
        # Each step writes into the array it reads (the same arithmetic, without a new array per step).
        softplus_rest = np.abs(gap)
        np.negative(softplus_rest, out=softplus_rest)
        np.exp(softplus_rest, out=softplus_rest)
        softplus_rest += 1.0
        np.log(softplus_rest, out=softplus_rest)
        work = np.maximum(gap, 0.0)
        work += softplus_rest
        tail = _dot(w, work)
        left = np.minimum(gap, 0.0, out=work)
        left -= softplus_rest
        np.exp(left, out=left)
        left *= w  # weight × P(left after t_x | data)
        d_r += _dot(left, spread)
        inverse_times = 1 / (alpha + self.times)
        spread_inverse = inverse_times.take(self.repeat_T_at)
        spread_inverse -= inverse_times.take(self.repeat_t_x_at)
        r_x *= left
        d_alpha += _dot(r_x, spread_inverse)
        left_by_x = np.add.reduceat(left, self.run_starts)
        d_a += left_by_x.sum() / a
        d_b -= _dot(left_by_x, np.exp(-log_b_x))
        return float(head + stay + tail), np.array([d_r, d_alpha, d_a, d_b])


def bgnbd_gradient(
    params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray
) -> tuple[float, np.ndarray]:
    """Σ weight × log-likelihood and its gradient in (r, α, a, b), analytically (digamma terms)."""
    return _BgNbdData(x, t_x, T, weights).value_and_gradient(np.asarray(params, dtype=float))


class _GammaGammaData:
    """Sufficient statistics of (x, m) for the Gamma-Gamma log-likelihood, built once per fit.

    Every term but (p x + q) log(x m + v) depends on x alone, or is linear in
    log m, so it is summed per distinct x; the one per-customer term costs a
    log and a division per evaluation instead of four special functions.
    """

    def __init__(self, x: np.ndarray, m: np.ndarray) -> None:
        x, m = np.asarray(x, dtype=float), np.asarray(m, dtype=float)
        self.count = len(x)
        self.x_values, x_index = np.unique(x, return_inverse=True)
        self.x_count = np.bincount(x_index, minlength=len(self.x_values)).astype(float)
        self.x_log_m = np.bincount(x_index, weights=np.log(m), minlength=len(self.x_values))
        self.log_x = np.log(self.x_values)
        self.x = x
        self.spend = x * m

    def value_and_gradient(self, params: np.ndarray) -> tuple[float, np.ndarray]:
        p, q, v = params
        xs, ns = self.x_values, self.x_count
        px = p * xs
        value = _dot(ns, special.gammaln(px + q) - special.gammaln(px) + px * self.log_x) + _dot(px - 1, self.x_log_m)
        value += self.count * (q * np.log(v) - special.gammaln(q))
        psi = special.digamma(px + q)
        d_p = _dot(ns * xs, psi - special.digamma(px) + self.log_x) + _dot(xs, self.x_log_m)
        d_q = _dot(ns, psi) + self.count * (np.log(v) - special.digamma(q))
        d_v = self.count * q / v
        log_spend = np.log(self.spend + v)
        inverse = 1 / (self.spend + v)
        x_log_spend = _dot(self.x, log_spend)
        sum_log_spend = log_spend.sum()
        value -= p * x_log_spend + q * sum_log_spend
        d_p -= x_log_spend
        d_q -= sum_log_spend
        d_v -= p * _dot(self.x, inverse) + q * inverse.sum()
        return float(value), np.array([d_p, d_q, d_v])


def gamma_gamma_gradient(params: np.ndarray, x: np.ndarray, m: np.ndarray) -> tuple[float, np.ndarray]:
    """Σ log-likelihood of Gamma-Gamma and its gradient in (p, q, v), analytically."""
    return _GammaGammaData(x, m).value_and_gradient(np.asarray(params, dtype=float))


# -- fitting --------------------------------------------------------------------------------------------------

BGNBD_COORDINATES = ("r", "purchase_rate", "dropout_probability", "dropout_concentration")
"""BG/NBD (and MBG/NBD) are searched in (log r, log r/α, logit a/(a+b), log(a+b)), not (log r, log α, log a, log b).

Why: on shops where nobody seems to leave, or where everyone buys at one rate, the likelihood has flat ridges
(a and b, or r and α, growing together without end). Along them the mean drop-out chance a/(a+b) and the mean
purchase rate r/α stay put and only a concentration runs off. In these coordinates the ridge is one coordinate
running to its bound, the others stay where the data put them; and a concentration of e^12 (a Beta or Gamma
with 160,000 pseudo-observations) is the ridge's limit, a point mass, to 1e-5 in every prediction. The fit
reports such coordinates in `at_bound` and the JSON gives the limit (the mean), not the pinned a and b.
"""
BGNBD_LOWER = np.array([-12.0, -25.0, -16.0, -12.0])
BGNBD_UPPER = np.array([12.0, 12.0, 16.0, 12.0])
GAMMA_COORDINATES = ("p", "q", "v")
GAMMA_LOWER = np.full(3, -12.0)
GAMMA_UPPER = np.full(3, 12.0)


def bgnbd_params(coordinates: np.ndarray) -> np.ndarray:
    """(r, α, a, b) from the search coordinates (log r, log r/α, logit m, log κ) with m = a/(a+b), κ = a+b."""
    log_r, log_rate, logit_m, log_kappa = coordinates
    r = np.exp(log_r)
    kappa = np.exp(log_kappa)
    m = 1 / (1 + np.exp(-logit_m))
    return np.array([r, np.exp(log_r - log_rate), m * kappa, (1 - m) * kappa])


def bgnbd_coordinates(params: np.ndarray) -> np.ndarray:
    r, alpha, a, b = params
    return np.array([np.log(r), np.log(r / alpha), np.log(a) - np.log(b), np.log(a + b)])


def bgnbd_chain(params: np.ndarray, gradient: np.ndarray) -> np.ndarray:
    """The gradient in (r, α, a, b) taken to the search coordinates."""
    r, alpha, a, b = params
    d_r, d_alpha, d_a, d_b = gradient
    kappa = a + b
    m = a / kappa
    return np.array([r * d_r + alpha * d_alpha, -alpha * d_alpha, m * (1 - m) * kappa * (d_a - d_b), a * d_a + b * d_b])


def bgnbd_starts(starts) -> list[np.ndarray]:
    return [np.clip(bgnbd_coordinates(np.array(start, dtype=float)), BGNBD_LOWER, BGNBD_UPPER) for start in starts]


def _at_bound_names(names: tuple[str, ...], at_bound: np.ndarray) -> tuple[str, ...]:
    return tuple(name for name, flag in zip(names, at_bound, strict=True) if flag)


def fit_bgnbd(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray | None = None) -> BgNbdFit:
    """Maximum-likelihood BG/NBD; `weights` count customers sharing one (x, t_x, T)."""
    weights = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    x, t_x, T = (np.asarray(values, dtype=float) for values in (x, t_x, T))
    data = _BgNbdData(x, t_x, T, weights)

    def log_likelihood(coordinates: np.ndarray) -> tuple[float, np.ndarray]:
        params = bgnbd_params(coordinates)
        value, gradient = data.value_and_gradient(params)
        return value, bgnbd_chain(params, gradient)

    fit = fit_likelihood(log_likelihood, bgnbd_starts(STARTS_BGNBD), BGNBD_LOWER, BGNBD_UPPER, float(weights.sum()))
    r, alpha, a, b = bgnbd_params(fit.x)
    return BgNbdFit(
        float(r), float(alpha), float(a), float(b), log_likelihood=fit.log_likelihood, converged=fit.converged,
        covariance=fit.covariance, n_customers=int(weights.sum()),
        at_bound=_at_bound_names(BGNBD_COORDINATES, fit.at_bound), covariance_problem=fit.covariance_problem,
        coordinates=fit.x,
    )  # fmt: skip


# -- Gamma-Gamma ----------------------------------------------------------------------------------------------


def gamma_gamma_log_likelihood(params: np.ndarray, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Per-customer log-likelihood of the mean repeat value m over x repeat purchases (FHL 2005b, eq. 3)."""
    p, q, v = params
    px = p * x
    return (
        special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q) + q * np.log(v)
        + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(x * m + v)
    )  # fmt: skip


def expected_value(params: np.ndarray, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Expected value of a customer's purchase: p(v + x m)/(p x + q − 1); p v/(q − 1) without repeats."""
    p, q, v = params
    x = np.asarray(x, dtype=float)
    m = np.nan_to_num(np.asarray(m, dtype=float))
    return p * (v + x * m) / (p * x + q - 1)


def fit_gamma_gamma(x: np.ndarray, m: np.ndarray) -> GammaGammaFit:
    """Maximum-likelihood Gamma-Gamma on repeat customers with a positive mean repeat value.

    Fitted on values divided by their median and v multiplied back (docs/metrics.md section 3.2): the
    model is scale-free (v is in money, p and q are not), so kopecks and rubles give the same p and q, and
    v never runs into the search box because the currency's unit is small.
    """
    x = np.asarray(x, dtype=float)
    m = np.asarray(m, dtype=float)
    usable = (x > 0) & np.isfinite(m) & (m > 0)
    excluded = int(((x > 0) & ~usable).sum())
    x, m = x[usable], m[usable]
    scale = float(np.median(m)) if len(m) else 1.0
    # to 12 significant digits: m × 10⁴ / its median differs from m / its median in the last bits, and on a
    # flat likelihood those bits would move the optimum by 1e-5; money has no 12th digit to lose
    scaled = m / scale
    unit = 10.0 ** (np.floor(np.log10(scaled)) - 11)
    data = _GammaGammaData(x, np.round(scaled / unit) * unit)

    def log_likelihood(coordinates: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(coordinates)
        value, gradient = data.value_and_gradient(params)
        return value, gradient * params

    starts = [np.log(np.array(start, dtype=float)) for start in STARTS_GAMMA]
    fit = fit_likelihood(log_likelihood, starts, GAMMA_LOWER, GAMMA_UPPER, max(float(len(x)), 1.0))
    p, q, v = np.exp(fit.x)
    # the likelihood of values in money differs from the scaled one by −Σ log(scale) (the density's Jacobian)
    log_likelihood_money = fit.log_likelihood - len(x) * np.log(scale)
    coordinates = fit.x + np.array([0.0, 0.0, np.log(scale)])
    return GammaGammaFit(
        float(p), float(q), float(v * scale), excluded, log_likelihood=float(log_likelihood_money),
        converged=fit.converged, covariance=fit.covariance, n_customers=len(x),
        at_bound=_at_bound_names(GAMMA_COORDINATES, fit.at_bound), covariance_problem=fit.covariance_problem,
        coordinates=coordinates,
    )  # fmt: skip


# -- summaries and predictions --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PurchaseDays:
    """One entry per (customer, purchase day) with that day's order value, sorted by customer code then day;
    `customer` indexes `customer_ids` (the codes of model/activity.py's `RowCodes`)."""

    customer: np.ndarray
    day: np.ndarray
    value: np.ndarray
    customer_ids: pd.Index

    @classmethod
    def of(cls, frame: pd.DataFrame, codes: RowCodes | None = None, prepared: Prepared | None = None) -> PurchaseDays:
        """Orders as docs/metrics.md 2.1 defines them, except that a free (zero) order is a purchase event
        too: it tells the count model the customer came back. Refunds are not purchases. (On CDNOW this
        keeps the 8 customers whose only purchases cost $0, as the published fit does.) `prepared`: the
        analysis' orders of these same rows, when it has them."""
        prepared = prepared if prepared is not None else prepare(frame, 1.0, free_orders=True, codes=codes)
        return cls.of_orders(prepared, prepared.customer_ids)

    @classmethod
    def of_orders(cls, prepared: Prepared, customer_ids: pd.Index) -> PurchaseDays:
        """The purchase days of `prepared`'s orders counted with the free ones, its customers named by
        `customer_ids`. Only its numpy arrays are read, so this may run on a thread beside stages reading it."""
        order_customer, order_day, order_amount = prepared.orders.counted(free_orders=True)
        # the sorted distinct keys and each order's place among them from one sort: pd.factorize(sort=True)
        # hashed the million keys and then sorted anyway, for the same codes
        key_codes, uniques = sorted_codes(order_customer * 1_000_000 + order_day)
        value = np.bincount(key_codes, weights=order_amount, minlength=len(uniques))
        return cls(uniques // 1_000_000, uniques % 1_000_000, value, customer_ids)


def purchase_days(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (customer, purchase day) with that day's order value (section 3; see `PurchaseDays.of`)."""
    days = PurchaseDays.of(frame)
    return pd.DataFrame({"customer": days.customer, "day": days.day, "value": days.value}).assign(
        customer_id=lambda d: days.customer_ids.to_numpy()[d["customer"].to_numpy()]
    )


@dataclasses.dataclass(frozen=True)
class _Summaries:
    """Each customer's (frequency, recency, T, monetary_value) up to as_of (`table`, indexed by customer_id)
    with what the fallback value and the holdout need, all from integer codes: no name is hashed again."""

    table: pd.DataFrame
    own_mean: np.ndarray
    """Each customer's mean purchase value up to as_of (the value when Gamma-Gamma is unusable)."""
    mean: float
    """The mean purchase value up to as_of (a new customer's when Gamma-Gamma is unusable)."""
    row_of: np.ndarray
    """Each customer code's row in `table`, −1 for a customer without purchases up to as_of."""

    @classmethod
    def of(cls, days: PurchaseDays, as_of_day: int, unit_days: float) -> _Summaries:
        calibration = days.day <= as_of_day
        customer, day, value = days.customer[calibration], days.day[calibration], days.value[calibration]
        starts = np.flatnonzero(np.diff(customer, prepend=-1))  # each customer's first (earliest) purchase day
        count = np.diff(starts, append=len(customer))
        first, last = day[starts], day[starts + count - 1]
        total = np.add.reduceat(value, starts) if len(starts) else np.zeros(0)
        frequency = count - 1
        with np.errstate(divide="ignore", invalid="ignore"):
            monetary = np.where(frequency > 0, (total - value[starts]) / frequency, np.nan)
        codes = customer[starts]
        table = pd.DataFrame(
            {
                "frequency": frequency.astype(float),
                "recency": (last - first) / unit_days,
                "T": (as_of_day - first) / unit_days,
                "monetary_value": monetary,
            },
            index=days.customer_ids[codes].rename("customer_id"),
        )
        row_of = np.full(len(days.customer_ids), -1, dtype=np.int64)
        row_of[codes] = np.arange(len(codes))
        return cls(table, total / count, float(value.mean()) if len(value) else np.nan, row_of)


def rfm_summary(days: pd.DataFrame, as_of_day: int, unit_days: float) -> pd.DataFrame:
    """frequency, recency, T (in time units) and monetary_value (mean repeat value) per customer, from the
    frame `purchase_days` gives."""
    customer = days["customer"].to_numpy()
    ids = np.empty(int(customer.max(initial=-1)) + 1, dtype=object)
    ids[customer] = days["customer_id"].to_numpy()
    purchases = PurchaseDays(customer, days["day"].to_numpy(), days["value"].to_numpy(dtype=float), pd.Index(ids))
    return _Summaries.of(purchases, as_of_day, unit_days).table


@dataclasses.dataclass(frozen=True)
class _Later:
    """The purchase days after as_of of the customers in the summaries: the holdout (`row`: the customer's
    row in the summaries)."""

    row: np.ndarray
    day: np.ndarray

    @classmethod
    def of(cls, days: PurchaseDays, summaries: _Summaries, as_of_day: int) -> _Later:
        row = summaries.row_of[days.customer]
        later = (days.day > as_of_day) & (row >= 0)
        return cls(row[later], days.day[later])

    def actual(self, customers: int) -> np.ndarray:
        """Purchases after as_of per customer row."""
        return np.bincount(self.row, minlength=customers)


def _grouped(summary: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The distinct (frequency, recency, T) in order of first appearance with their counts (`weight`), and each
    customer's group (what a groupby on the three float columns and get_indexer give): the columns' codes
    joined into one integer key (renumbered on the way should it pass 2^62) and that key's codes, no MultiIndex."""
    columns = ["frequency", "recency", "T"]
    key = np.zeros(len(summary), dtype=np.int64)
    size = 1  # key < size
    for column in columns:
        codes, uniques = pd.factorize(summary[column].to_numpy(dtype=float), sort=False, use_na_sentinel=False)
        if size * len(uniques) >= 2**62:  # renumber the key first: it stays below customers²
            key, first = pd.factorize(key, sort=False)
            size = len(first)
        key = key * len(uniques) + codes
        size *= max(len(uniques), 1)
    positions, first = pd.factorize(key, sort=False)
    groups = len(first)
    member = np.empty(groups, dtype=np.int64)
    member[positions] = np.arange(len(positions))  # a customer of each group (which one: all have its values)
    grouped = pd.DataFrame({column: summary[column].to_numpy(dtype=float)[member] for column in columns})
    grouped["weight"] = np.bincount(positions, minlength=groups)
    return grouped, positions.astype(np.intp)


def discounted_purchases_by_month(bg: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                                  horizon_months: float, unit_days: float, discount_rate: float,
                                  pairs: _Pairs | None = None, model: str = "bgnbd") -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Cumulative expected purchases and their discounted sum at the end of each month (months × customers).

    One pass gives both the CLV (the last row) and the month-by-month forecast the window draws. `pairs`,
    built once for many parameter draws, saves finding the distinct (x, T) each time.
    """
    pairs = pairs or _Pairs(np.asarray(x, dtype=float), np.asarray(T, dtype=float))
    months = _Months.of(bg, x, t_x, T, horizon_months, unit_days, discount_rate, pairs, model)
    return months.alive[:, pairs.index] * months.chance, months.discounted[:, pairs.index] * months.chance


@dataclasses.dataclass(frozen=True)
class _Months:
    """The forecast month by month per distinct (x, T) pair, before P(alive): `alive`, E[X(end of month) | alive],
    and `discounted`, its discounted cumulative sum (months × pairs); `chance`, each history's P(alive).

    A history's cumulative purchases are alive[:, pair] × chance, and a sum over histories of those times a
    weight is `alive` times the pairs' sums of chance × weight: the sums of the forecast and of its ranges
    never build a months × histories matrix.
    """

    alive: np.ndarray
    discounted: np.ndarray
    chance: np.ndarray
    pairs: _Pairs

    @classmethod
    def of(cls, params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, horizon_months: float,
           unit_days: float, discount_rate: float, pairs: _Pairs, model: str = "bgnbd") -> _Months:  # fmt: skip
        months = int(np.ceil(horizon_months))
        monthly_discount = (1 + discount_rate) ** (1 / 12) - 1
        spans = np.minimum(np.arange(1, months + 1), horizon_months) * DAYS_PER_MONTH / unit_days
        alive = pairs.conditional(params, spans, model)  # months × pairs
        steps = np.diff(alive, axis=0, prepend=0.0) / ((1 + monthly_discount) ** np.arange(1, months + 1))[:, None]
        return cls(alive, np.cumsum(steps, axis=0), MODELS[model].p_alive(params, x, t_x, T), pairs)

    def last(self, table: np.ndarray) -> np.ndarray:
        """Each history's value of `table` (alive or discounted) at the horizon: zero without months."""
        return table[-1][self.pairs.index] * self.chance if len(table) else np.zeros(len(self.chance))

    def total(self, table: np.ndarray, weight: np.ndarray) -> np.ndarray:
        """Σ over histories of weight × the history's `table` (alive or discounted), month by month."""
        return table @ np.bincount(self.pairs.index, self.chance * weight, len(self.pairs.T))


def clv(bg: np.ndarray, value: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, horizon_months: float,
        unit_days: float, margin: float, discount_rate: float) -> np.ndarray:  # fmt: skip
    """Margin × expected value × purchases per month-step, discounted to today at the end of each month."""
    _, discounted = discounted_purchases_by_month(bg, x, t_x, T, horizon_months, unit_days, discount_rate)
    total = discounted[-1] if len(discounted) else np.zeros(len(x))
    return margin * value * total


NEW_CUSTOMER_MONTHS = 36
NEW_CUSTOMER_REPORTED = (12, 24, 36)


def new_customer_value(params: np.ndarray, purchase_value: float, margin: float, discount_rate: float,
                       unit_days: float, model: str = "bgnbd", months: int = NEW_CUSTOMER_MONTHS) -> np.ndarray:  # fmt: skip
    """A newly won customer's value at the end of each month 0 … months (docs/metrics.md section 3.2).

    (1 + E[X(t)]) × purchase value × margin: the first purchase now, undiscounted, then each month's expected
    repeat purchases discounted to the first purchase as the forecast discounts them. E[X(t)] of a customer
    with no history yet is the model's P(alive) × E[X(t) | alive] at x = t_x = T = 0 (FHL 2005 eq. 7 for BG/NBD).
    """
    spec = MODELS[model]
    zero = np.zeros(1)
    spans = np.arange(1, months + 1) * DAYS_PER_MONTH / unit_days
    with np.errstate(invalid="ignore"):
        purchases = spec.conditional(params, zero, np.zeros(1, dtype=int), zero, spans)[:, 0]
        purchases = purchases * spec.p_alive(params, zero, zero, zero)[0]
    monthly_discount = (1 + discount_rate) ** (1 / 12) - 1
    steps = np.diff(purchases, prepend=0.0) / (1 + monthly_discount) ** np.arange(1, months + 1)
    return margin * purchase_value * (1 + np.concatenate([[0.0], np.cumsum(steps)]))


def _new_customer(value: np.ndarray, bands: _Bands | None) -> pd.DataFrame:
    """The new customer's value by month with its 90 % range (NaN without one)."""
    months = np.arange(len(value))
    if bands is not None:
        low, high = _range(value, bands.newcomer_variance)
    else:
        low = high = np.full(len(value), np.nan)
    return pd.DataFrame({"month": months, "value": value, "value_low": low, "value_high": high})


Z_90 = 1.6448536269514722
"""The standard normal's 95th percentile: a 90 % range is ± this many standard deviations."""


def _axes(coordinates: np.ndarray | None, covariance: np.ndarray | None, lower: np.ndarray,
          upper: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:  # fmt: skip
    """The search coordinates one standard deviation either side of the optimum along each principal axis of
    the fit's covariance (kept in the box); none without a covariance. A coordinate at a bound has no variance
    (model/optimize.py) and so no axis."""
    if coordinates is None or covariance is None:
        return []
    variances, vectors = np.linalg.eigh(covariance)
    largest = float(variances.max(initial=0.0))
    return [
        (np.clip(coordinates + step, lower, upper), np.clip(coordinates - step, lower, upper))
        for step in (np.sqrt(variance) * vector for variance, vector in zip(variances, vectors.T, strict=True)
                     if variance > 1e-12 * largest)
    ]  # fmt: skip


def _log_slope(ends: Sequence[np.ndarray], center: np.ndarray) -> np.ndarray:
    """How much log(value) moves per standard deviation along one axis: half the difference of its logs one
    standard deviation either side (`ends`: the values there). A value that is 0 there too moves nowhere; one
    that is not a positive number either side gives NaN, so its range is "unknown", never a guess."""
    plus, minus = ends
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (np.log(plus) - np.log(minus)) / 2
    still = (center == 0) & (plus == 0) & (minus == 0)
    return np.where(still, 0.0, np.where(np.isfinite(slope), slope, np.nan))


def _mean_value(gamma_gamma: np.ndarray) -> float:
    """Gamma-Gamma's mean purchase value p v / (q − 1) of a customer without history; NaN at q ≤ 1 (no mean)."""
    p, q, v = gamma_gamma
    return float(p * v / (q - 1)) if q > 1 else np.nan


@dataclasses.dataclass
class _Bands:
    """The 90 % ranges by the delta method on the log scale (docs/metrics.md section 3).

    Each value V (a customer's CLV, the base's month-by-month sums, the new customer's value) is positive and
    skewed, so its logarithm is taken as normal: the variance of log V is Σ over the fits' principal axes of
    its slope per standard deviation squared (the Gamma-Gamma and purchase fits are independent), and the
    range is V × exp(± Z_90 × √variance). A customer's slope is its group's (purchases) plus its own (value),
    so the memory is that of a few columns of the customers table, whatever the number of axes.
    """

    positions: np.ndarray
    predicted: np.ndarray
    monthly_purchases: np.ndarray
    monthly_clv: np.ndarray
    newcomer: np.ndarray
    group: np.ndarray = dataclasses.field(init=False)
    customer: np.ndarray = dataclasses.field(init=False)
    monthly_purchases_variance: np.ndarray = dataclasses.field(init=False)
    monthly_clv_variance: np.ndarray = dataclasses.field(init=False)
    newcomer_variance: np.ndarray = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.group = np.zeros(int(self.positions.max(initial=-1)) + 1)
        self.customer = np.zeros(len(self.predicted))
        self.monthly_purchases_variance = np.zeros(len(self.monthly_purchases))
        self.monthly_clv_variance = np.zeros(len(self.monthly_clv))
        self.newcomer_variance = np.zeros(len(self.newcomer))

    def customers(self) -> tuple[np.ndarray, np.ndarray]:
        return _range(self.predicted, self.group[self.positions] + self.customer)

    def total(self, predicted: float) -> tuple[float | None, float | None]:
        """The total's range: the forecast's last month's (the total is that month's sum)."""
        low, high = _range(np.array([predicted]), self.monthly_clv_variance[-1:])
        return (float(low[0]), float(high[0])) if np.isfinite(low[0]) and np.isfinite(high[0]) else (None, None)


def _range(center: np.ndarray, variance: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """center × exp(∓ Z_90 × √variance): the 90 % range of a log-normal value around its center."""
    spread = Z_90 * np.sqrt(variance)
    return center * np.exp(-spread), center * np.exp(spread)


def calibration_table(params: np.ndarray, x: np.ndarray, T: np.ndarray, model: str = "bgnbd") -> pd.DataFrame:
    """Customers by repeat purchases: actual against the model's P(X(T) = k) summed over the customers.

    `model` is the one that speaks for the forecast, so the chart checks the model in use.
    """
    T = np.maximum(np.asarray(T, dtype=float), 1e-9)  # a customer first seen on as_of has T = 0
    periods, index = np.unique(T, return_inverse=True)  # the probabilities depend on T alone
    probability = count_probabilities(params, periods, CALIBRATION_MAX_REPEATS, model)[:, index]
    rows = [(str(k), int((x == k).sum()), float(probability[k].sum())) for k in range(CALIBRATION_MAX_REPEATS)]
    rows.append(
        (
            f"{CALIBRATION_MAX_REPEATS}+",
            int((x >= CALIBRATION_MAX_REPEATS).sum()),
            float((1 - probability.sum(axis=0)).sum()),
        )
    )
    return pd.DataFrame(rows, columns=["repeat_purchases", "actual_customers", "predicted_customers"])


def _nbd(r: float, alpha: float, y: np.ndarray, counts: int) -> np.ndarray:
    """NBD probabilities of k = 0 … counts − 1 purchases in time y (rows: k): Poisson at a Gamma(r, α) rate."""
    k = np.arange(counts, dtype=float).reshape((-1,) + (1,) * np.ndim(y))
    y = np.asarray(y, dtype=float)[None]
    with np.errstate(divide="ignore", invalid="ignore"):
        log_share = np.where(k > 0, k * (np.log(y) - np.log(alpha + y)), 0.0)
    log_p = special.gammaln(r + k) - special.gammaln(r) - special.gammaln(k + 1) + r * np.log(alpha / (alpha + y))
    return np.exp(log_p + log_share)


PARETO_PANELS = 8
PARETO_NODES = np.polynomial.legendre.leggauss(16)
"""Pareto/NBD's count probabilities integrate over the lifetime: 8 panels of 16 Gauss–Legendre points in
log(1 + τ/β), where the integrand is smooth; their sum and mean match the closed forms to 1e-9 (tests/model)."""


def count_probabilities(params: np.ndarray, T: np.ndarray, counts: int, model: str = "bgnbd") -> np.ndarray:
    """P(X(T) = k) for k = 0 … counts − 1 (rows) and each T (columns): a customer's repeat purchases in T.

    BG/NBD (FHL 2005 eq. 8) and MBG/NBD: with probability E[(1 − p)^(k+1)] the customer is still buying after
    the k-th repeat purchase (BG/NBD: E[(1 − p)^k], the first purchase cannot end it) and made exactly k,
    plus the chance of leaving right after the k-th, E[p (1 − p)^k] (BG/NBD: after the k-th for k ≥ 1), times
    the NBD chance of at least k purchases in T. Pareto/NBD: alive all of T, or the lifetime τ (Pareto II,
    P(τ > y) = (β / (β + y))^s) ends first and the purchases are the NBD's in τ.
    """
    T = np.asarray(T, dtype=float)
    if model == "paretonbd":
        r, alpha, s, beta = params
        alive = (beta / (beta + T)) ** s * _nbd(r, alpha, T, counts)
        # ∫_0^T NBD_k(τ) f(τ) dτ with v = log(1 + τ/β): f(τ) dτ = s e^(−s v) dv
        span = np.log1p(T / beta)
        nodes, weights = PARETO_NODES
        width = span / PARETO_PANELS
        starts = np.arange(PARETO_PANELS)[:, None] * width[None, :]  # panels × T
        v = starts[:, :, None] + (nodes[None, None, :] + 1) / 2 * width[None, :, None]  # panels × T × nodes
        density = s * np.exp(-s * v) * (weights / 2)[None, None, :] * width[None, :, None]
        lived = (_nbd(r, alpha, beta * np.expm1(v), counts) * density[None]).sum(axis=(1, 3))
        return alive + lived
    r, alpha, a, b = params
    k = np.arange(counts, dtype=float)[:, None]
    nbd = _nbd(r, alpha, T, counts)
    at_least = np.maximum(1 - np.cumsum(nbd, axis=0) + nbd, 0.0)  # P(N(T) ≥ k), never below 0 by rounding
    shift = 1.0 if model == "mbgnbd" else 0.0
    stays = np.exp(special.betaln(a, b + k + shift) - special.betaln(a, b))
    with np.errstate(divide="ignore", invalid="ignore"):
        leaves = np.exp(special.betaln(a + 1, b + k - 1 + shift) - special.betaln(a, b))
    if model != "mbgnbd":
        leaves = np.where(k > 0, leaves, 0.0)
    return stays * nbd + leaves * at_least


def palive_grid(bg: np.ndarray, max_frequency: int, T: float, model: str = "bgnbd") -> pd.DataFrame:
    """P(alive) over repeat purchases (rows) × recency (columns) for a customer observed T units."""
    frequency = np.arange(0, max(1, max_frequency) + 1)
    recency = np.linspace(0, T, 21)
    x, t_x = np.meshgrid(frequency, recency, indexing="ij")
    values = MODELS[model].p_alive(bg, x.ravel().astype(float), t_x.ravel(), np.full(x.size, T)).reshape(x.shape)
    return pd.DataFrame(
        values, index=pd.Index(frequency, name="frequency"), columns=pd.Index(np.round(recency, 2), name="recency")
    )


class PredictiveUnavailable(LtvError):
    """The data cannot carry a predictive model (no repeat purchases, no finite likelihood): the analysis
    goes on without the Forecast and says why in a notice."""


def _notice(code: str, **params: Any) -> Notice:
    """A notice whose English text comes from the catalogue (i18n/messages/*/models.po)."""
    return Notice(code, text(code, "en", **params), params)


def fit_notices(model: str, converged: bool, at_bound: tuple[str, ...], covariance_problem: str | None) -> list[Notice]:
    """What an owner must know about one fit: not converged (only when it did not), a parameter at the edge
    of the search (the model's limit is used), and why its ranges are missing when they are."""
    if not converged:
        return [_notice("predictive.not_converged", model=model)]
    notices = []
    if at_bound:
        notices.append(_notice("predictive.at_bound", model=model, parameters=", ".join(at_bound)))
    if covariance_problem == "singular":
        notices.append(_notice("predictive.intervals_singular", model=model))
    return notices


def fit_predictive(frame: pd.DataFrame, as_of: dt.date, margin: float, discount_rate: float,
                   options: PredictiveOptions | None = None, progress: Progress = NO_PROGRESS,
                   codes: RowCodes | None = None, days: PurchaseDays | None = None) -> PredictiveResult:  # fmt: skip
    """Fit both models on purchases up to as_of, predict each customer, and check against later purchases.

    `codes`: the rows' customer and order codes when the analysis has them (model/activity.py `row_codes`);
    `days`: the rows' `PurchaseDays` when the caller has read them (then `frame` is not read at all)."""
    options = options or PredictiveOptions()
    unit_days = DAYS_PER_UNIT[options.time_unit]
    notices: list[Notice] = []
    as_of_day = int(to_days(np.array([np.datetime64(as_of)]))[0])
    given_days = days is not None  # their customer codes are the caller's: rows can be given by code
    days = days if days is not None else PurchaseDays.of(frame, codes)
    progress.update(0.1, "summaries")
    summaries = _Summaries.of(days, as_of_day, unit_days)
    summary = summaries.table
    grouped, positions = _grouped(summary)
    x_all, t_x_all, T_all = (summary[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T"))
    gx, gt, gT, weight = (grouped[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T", "weight"))

    repeaters = int((x_all > 0).sum())
    if repeaters == 0:  # nothing to learn a rate or a drop-out from: the rest of the analysis stands without it
        raise PredictiveUnavailable(text("predictive.no_repeat_customers", "en"), "predictive.no_repeat_customers")
    if repeaters < MIN_REPEAT_CUSTOMERS:  # a fit on a handful of histories ends on the edges of its box, and
        # its parameter draws then send the sums of future purchases into their slowest forms (five rows
        # cost 17 s of CPU for a forecast nobody should trust): say so instead of fitting
        code = "predictive.too_few_repeat_customers"
        params = {"repeaters": repeaters, "needed": MIN_REPEAT_CUSTOMERS}
        raise PredictiveUnavailable(text(code, "en", **params), code, params)
    bg_fit = fit_bgnbd(gx, gt, gT, weight)
    if not np.isfinite(bg_fit.log_likelihood):
        raise PredictiveUnavailable(text("predictive.not_fitted", "en"), "predictive.not_fitted")
    notices.extend(fit_notices("BG/NBD", bg_fit.converged, bg_fit.at_bound, bg_fit.covariance_problem))
    progress.update(0.5, "bgnbd")
    monetary = summary["monetary_value"].to_numpy(dtype=float)
    gg_fit = fit_gamma_gamma(x_all, monetary) if repeaters >= 2 else None
    if gg_fit is not None and gg_fit.excluded_nonpositive:
        notices.append(_notice("gamma_gamma_excluded", customers=gg_fit.excluded_nonpositive))
    if gg_fit is not None:
        repeat = x_all > 0
        correlation = 0.0
        spread = np.nan_to_num(monetary[repeat])
        if repeat.sum() > 2 and np.ptp(x_all[repeat]) > 0 and np.ptp(spread) > 0:
            correlation = float(np.corrcoef(x_all[repeat], spread)[0, 1])
        if abs(correlation) > 0.3:
            notices.append(_notice("gamma_gamma_dependence", correlation=correlation))
        if gg_fit.converged:
            notices.extend(fit_notices("Gamma-Gamma", True, gg_fit.at_bound, gg_fit.covariance_problem))
        if not gg_fit.converged:
            notices.append(_notice("gamma_gamma_not_converged"))
        elif gg_fit.q <= 1:
            notices.append(_notice("predictive.gamma_gamma_heavy_tail", q=gg_fit.q))
    progress.update(0.6, "gamma_gamma")

    pairs = _Pairs(gx, gT)
    fits = _other_fits(options.model, gx, gt, gT, weight, notices)
    progress.update(0.55, "models")
    later = _Later.of(days, summaries, as_of_day)
    candidates = {"bgnbd": (bg_fit.params, bg_fit.bic())} if options.model in ("auto", "bgnbd") else {}
    candidates.update({key: (fit.params, fit.bic()) for key, fit in fits.items() if np.isfinite(fit.log_likelihood)})
    if not candidates:  # the model asked for could not be fitted: BG/NBD speaks, and a notice said why
        candidates = {"bgnbd": (bg_fit.params, bg_fit.bic())}
    holdout_errors = _holdout_errors(candidates, later, summary, as_of_day, unit_days, gx, gt, gT, positions, pairs)
    chosen, reason = _choose(options.model, candidates, holdout_errors)
    if chosen == "bgnbd":
        chosen_coordinates, chosen_covariance = bg_fit.coordinates, bg_fit.covariance
    else:
        chosen_coordinates, chosen_covariance = fits[chosen].coordinates, fits[chosen].covariance
    spec = MODELS[chosen]
    bg = candidates[chosen][0]
    usable_gg = gg_fit is not None and gg_fit.converged and gg_fit.q > 1
    # the fallback is each customer's own mean purchase value up to as_of: later purchases are the holdout
    known_mean = summaries.mean
    mean_value = np.where(np.isnan(monetary), summaries.own_mean, monetary)
    value = expected_value(gg_fit.params, x_all, monetary) if usable_gg and gg_fit is not None else mean_value
    counts = np.bincount(positions, minlength=len(gx)).astype(float)

    def by_month(params: np.ndarray) -> _Months:
        return _Months.of(params, gx, gt, gT, options.horizon_months, unit_days, discount_rate, pairs, chosen)

    base = by_month(bg)
    group_clv_unit = margin * base.last(base.discounted)
    predicted = group_clv_unit[positions] * value
    # a new customer buys at the population's mean value: Gamma-Gamma's p v / (q − 1), else the mean purchase
    newcomer_value = _mean_value(gg_fit.params) if usable_gg and gg_fit is not None else known_mean
    newcomer = new_customer_value(bg, newcomer_value, margin, discount_rate, unit_days, chosen)
    monthly_purchases = base.total(base.alive, counts)
    value_by_group = np.bincount(positions, value, len(gx))  # what each group's customers bring a purchase
    monthly_clv = margin * base.total(base.discounted, value_by_group)
    bands = None
    bg_axes = _axes(chosen_coordinates, chosen_covariance, spec.lower, spec.upper) if options.interval_draws > 1 else []
    if bg_axes:
        progress.update(0.6, "intervals")
        bands = _Bands(positions, predicted, monthly_purchases, monthly_clv, newcomer)

        def at_end(point: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
            """The purchase model at one end of an axis (the values stay the fit's): each customer group's CLV per
            unit of value, the purchases and CLV month by month, a new customer's value."""
            moved = spec.params_of(point)
            at_point = by_month(moved)
            return (
                margin * at_point.last(at_point.discounted),
                at_point.total(at_point.alive, counts),
                margin * at_point.total(at_point.discounted, value_by_group),
                new_customer_value(moved, newcomer_value, margin, discount_rate, unit_days, chosen),
            )

        # the purchase model one standard deviation either side along each axis: the ends are independent, so
        # two are worked at a time on two cores, and summed axis by axis in the same order either way
        with parallel.in_order(at_end, [point for ends in bg_axes for point in ends]) as ends_worked:
            for index, ends in enumerate(bg_axes):
                unit, purchases, clv_by_month, newcomers = zip(*(next(ends_worked) for _ in ends), strict=True)
                bands.group += _log_slope(unit, group_clv_unit) ** 2
                bands.monthly_purchases_variance += _log_slope(purchases, monthly_purchases) ** 2
                bands.monthly_clv_variance += _log_slope(clv_by_month, monthly_clv) ** 2
                bands.newcomer_variance += _log_slope(newcomers, newcomer) ** 2
                progress.update(0.6 + 0.3 * (index + 1) / len(bg_axes), "intervals")
        box = np.array([12.0, 12.0, 50.0])  # v is in money here: its own box is on the scaled values
        gg_axes = _axes(gg_fit.coordinates, gg_fit.covariance, -box, box) if usable_gg and gg_fit is not None else []
        for ends in gg_axes:
            # the value model either side along this axis; the purchases stay the fit's
            values = [expected_value(np.exp(point), x_all, monetary) for point in ends]
            bands.customer += _log_slope(values, value) ** 2
            clv_by_month = [margin * base.total(base.discounted, np.bincount(positions, v, len(gx))) for v in values]
            bands.monthly_clv_variance += _log_slope(clv_by_month, monthly_clv) ** 2
            newcomer_values = [np.array([_mean_value(np.exp(point))]) for point in ends]
            bands.newcomer_variance += _log_slope(newcomer_values, np.array([newcomer_value]))[0] ** 2
    low, high = bands.customers() if bands is not None else (predicted, predicted)
    forecast = _forecast(monthly_purchases, monthly_clv, bands)
    customers = pd.DataFrame(
        {
            "customer_id": summary.index.to_numpy(),
            "frequency": x_all,
            "recency": t_x_all,
            "T": T_all,
            # the forecast's last month ends at the horizon: its cumulative purchases are the customer's
            "expected_purchases": base.last(base.alive)[positions],
            "p_alive": base.chance[positions],
            "expected_purchase_value": value,
            "predicted_clv": predicted,
            "predicted_clv_low": low,
            "predicted_clv_high": high,
        }
    )
    count = max(len(customers), 1)
    total_low = total_high = None
    if bands is not None:
        # the total is the forecast's last month, and its range that month's range (no months: nothing to add)
        total_low, total_high = (float(predicted.sum()),) * 2
        if len(monthly_clv):
            total_low, total_high = bands.total(float(predicted.sum()))
    totals = {
        "customers": float(len(customers)),
        "expected_purchases": float(customers["expected_purchases"].sum()),
        "predicted_clv": float(predicted.sum()),
        "predicted_clv_low": None if total_low is None else float(total_low),
        "predicted_clv_high": None if total_high is None else float(total_high),
        "predicted_clv_per_customer": float(predicted.sum() / count),
        "predicted_clv_per_customer_low": None if total_low is None else float(total_low / count),
        "predicted_clv_per_customer_high": None if total_high is None else float(total_high / count),
    }
    holdout = _holdout(later, summary, bg, as_of_day, unit_days, gx, gt, gT, positions, pairs, chosen)
    progress.update(1.0, "done")
    return PredictiveResult(
        options=options, bgnbd=bg_fit, gamma_gamma=gg_fit, customers=customers, totals=totals, holdout=holdout,
        calibration=calibration_table(bg, x_all, T_all, chosen),
        palive_map=palive_grid(bg, int(min(x_all.max(initial=0), 20)), float(T_all.max(initial=1)), chosen),
        warnings=tuple(notices), forecast=forecast, model=chosen, model_reason=reason,
        mbgnbd=fits.get("mbgnbd"), paretonbd=fits.get("paretonbd"), holdout_errors=holdout_errors,
        new_customer=_new_customer(newcomer, bands), row_of=summaries.row_of if codes is not None or given_days else None,
    )  # fmt: skip


def _other_fits(choice: str, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray,
                notices: list[Notice]) -> dict[str, ModelFit]:  # fmt: skip
    """MBG/NBD and Pareto/NBD as the choice asks ("auto": both), each with the notices its fit calls for."""
    fits = {}
    for key, module in (("mbgnbd", mbgnbd), ("paretonbd", paretonbd)):
        if choice not in ("auto", key):
            continue
        if choice == "auto" and key == "paretonbd" and len(x) > PARETO_AUTO_MAX_HISTORIES:
            notices.append(_notice("predictive.pareto_skipped", histories=len(x), limit=PARETO_AUTO_MAX_HISTORIES))
            continue
        fit = module.fit(x, t_x, T, weights)
        if not np.isfinite(fit.log_likelihood):
            notices.append(_notice("predictive.model_not_fitted", model=module.NAME))
        else:
            notices.extend(fit_notices(module.NAME, fit.converged, fit.at_bound, fit.covariance_problem))
        fits[key] = fit
    return fits


def _holdout_errors(candidates: dict[str, tuple[np.ndarray, float]], later: _Later, summary: pd.DataFrame,
                    as_of_day: int, unit_days: float, gx: np.ndarray, gt: np.ndarray, gT: np.ndarray,
                    positions: np.ndarray, pairs: _Pairs) -> dict[str, float]:  # fmt: skip
    """Each model's mean absolute error, per customer, of its purchases predicted over the holdout (none without)."""
    if not len(later.day):
        return {}
    span_units = float(later.day.max() - as_of_day) / unit_days
    actual = later.actual(len(summary)).astype(float)
    errors = {}
    for key, (params, _) in candidates.items():
        alive = pairs.conditional(params, np.array([span_units]), key)[0][pairs.index]
        predicted = (alive * MODELS[key].p_alive(params, gx, gt, gT))[positions]
        error = float(np.mean(np.abs(actual - predicted)))
        if np.isfinite(error):
            errors[key] = error
    return errors


def _choose(choice: str, candidates: dict[str, tuple[np.ndarray, float]],
            holdout_errors: dict[str, float]) -> tuple[str, Notice]:  # fmt: skip
    """docs/metrics.md section 3.1: the user's model, else the best holdout error, else the best BIC."""
    if choice != "auto" and choice in candidates:
        return choice, _notice("predictive.chosen_user", model=MODEL_NAMES[choice])
    if holdout_errors:
        key = min(holdout_errors, key=holdout_errors.__getitem__)
        return key, _notice("predictive.chosen_holdout", model=MODEL_NAMES[key], error=holdout_errors[key])
    usable = {key: bic for key, (_, bic) in candidates.items() if np.isfinite(bic)}
    key = min(usable, key=usable.__getitem__) if usable else next(iter(candidates))
    return key, _notice("predictive.chosen_bic", model=MODEL_NAMES[key], bic=candidates[key][1])


def _forecast(purchases: np.ndarray, value: np.ndarray, bands: _Bands | None) -> pd.DataFrame:
    """The customer base month by month: cumulative purchases and value with their 90 % ranges."""
    months = np.arange(1, len(purchases) + 1)
    if bands is not None:
        purchases_low, purchases_high = _range(purchases, bands.monthly_purchases_variance)
        value_low, value_high = _range(value, bands.monthly_clv_variance)
    else:  # no covariance (the fit did not converge): no honest range to show
        purchases_low = purchases_high = value_low = value_high = np.full(len(months), np.nan)
    return pd.DataFrame(
        {
            "month": months,
            "expected_purchases": purchases,
            "expected_purchases_low": purchases_low,
            "expected_purchases_high": purchases_high,
            "predicted_clv": value,
            "predicted_clv_low": value_low,
            "predicted_clv_high": value_high,
        }
    )


def _holdout(later: _Later, summary: pd.DataFrame, bg: np.ndarray, as_of_day: int, unit_days: float,
             gx: np.ndarray, gt: np.ndarray, gT: np.ndarray, positions: np.ndarray,
             pairs: _Pairs, model: str = "bgnbd") -> Holdout | None:  # fmt: skip
    if not len(later.day):
        return None
    span_days = int(later.day.max() - as_of_day)
    span_units = span_days / unit_days
    actual = later.actual(len(summary))
    spec = MODELS[model]
    predicted = (pairs.conditional(bg, np.array([span_units]), model)[0][pairs.index] * spec.p_alive(bg, gx, gt, gT))[
        positions
    ]
    steps = np.arange(1, int(np.ceil(span_units)) + 1)
    step_of = np.ceil((later.day - as_of_day) / unit_days).astype(int)
    actual_cumulative = np.cumsum(np.bincount(step_of, minlength=len(steps) + 1)[1 : len(steps) + 1])
    # Σ over customers of P(alive) × E[X(step) | alive]: the second per (x, T) pair, weighted by the first
    pair_weight = np.bincount(
        pairs.index, spec.p_alive(bg, gx, gt, gT) * np.bincount(positions, minlength=len(gx)), minlength=len(pairs.T)
    )
    chunk = max(1, 2_000_000 // max(len(pairs.T), 1))  # a few million points at a time: day units give 1,000s of steps
    predicted_cumulative = np.concatenate(
        [pairs.conditional(bg, steps[i : i + chunk], model) @ pair_weight for i in range(0, len(steps), chunk)]
    ).tolist()
    return Holdout(
        days=span_days,
        actual_total=int(actual.sum()),
        predicted_total=float(predicted.sum()),
        customers=pd.DataFrame({"customer_id": summary.index.to_numpy(), "actual": actual, "predicted": predicted}),
        tracking=pd.DataFrame(
            {"step": steps, "actual_cumulative": actual_cumulative, "predicted_cumulative": predicted_cumulative}
        ),
    )


PARETO_AUTO_MAX_HISTORIES = 1_500
"""Pareto/NBD's likelihood costs an integral per distinct (x, t_x, T) and its gradient eight more (central
differences): CDNOW's 1,016 histories fit in 4–8 s, the demo's 2,584 in 10–30 s. Past this many the automatic
choice leaves it out and says so, so the window does not wait on it; picked in the settings, it is always fitted."""
AT_RISK_P_ALIVE = 0.5
"""docs/metrics.md section 3.1: the at-risk and most-likely-lost lists hold only customers below this P(alive)."""


def merge_customers(customers: pd.DataFrame, result: PredictiveResult, rows: np.ndarray | None = None) -> pd.DataFrame:
    """The customers table with the chosen model's columns; a key customer is at risk when that model gives
    P(alive) below AT_RISK_P_ALIVE (the recency rule of model/customers.py stands where P(alive) is unknown).
    `rows`: each customer's row in `result.customers` (−1: none), when the caller has the codes
    (`PredictiveResult.rows_of`); without, the tables are joined on customer_id."""
    columns = result.customers.drop(columns=["frequency", "recency", "T"], errors="ignore")
    if rows is None:
        merged = customers.merge(columns, on="customer_id", how="left")
    else:
        merged = pd.concat([customers, take_rows(columns.drop(columns=["customer_id"]), rows)], axis=1)
    if "at_risk" in merged.columns and "key_customer" in merged.columns:
        known = merged["p_alive"].notna()
        by_model = merged["key_customer"] & (merged["p_alive"] < AT_RISK_P_ALIVE)
        merged["at_risk"] = np.where(known, by_model, merged["at_risk"]).astype(bool)
    return merged


def _bgnbd_conditional(params: np.ndarray, x_values: np.ndarray, x_index: np.ndarray, T: np.ndarray,
                       spans: np.ndarray) -> np.ndarray:  # fmt: skip
    """E[X(span) | alive] of BG/NBD for each span (rows) and (x, T) pair (columns)."""
    s = np.asarray(spans, dtype=float)[:, None] / (params[1] + np.asarray(T, dtype=float))[None, :]
    with np.errstate(invalid="ignore"):
        return interpolated(params, x_values, np.asarray(x_index)[None, :], s)


@dataclasses.dataclass(frozen=True)
class _ModelSpec:
    """What the forecast needs of a purchase model: P(alive), E[X(t) | alive], and its search coordinates."""

    p_alive: Callable[..., np.ndarray]
    conditional: Callable[..., np.ndarray]
    params_of: Callable[[np.ndarray], np.ndarray]
    lower: np.ndarray
    upper: np.ndarray


MODELS: dict[str, _ModelSpec] = {
    "bgnbd": _ModelSpec(p_alive, _bgnbd_conditional, bgnbd_params, BGNBD_LOWER, BGNBD_UPPER),
    "mbgnbd": _ModelSpec(mbgnbd.p_alive, mbgnbd.conditional, mbgnbd.params_of, BGNBD_LOWER, BGNBD_UPPER),
    "paretonbd": _ModelSpec(
        paretonbd.p_alive, paretonbd.conditional, paretonbd.params_of, paretonbd.LOWER, paretonbd.UPPER
    ),
}
MODEL_NAMES = {"bgnbd": "BG/NBD", "mbgnbd": mbgnbd.NAME, "paretonbd": paretonbd.NAME}
