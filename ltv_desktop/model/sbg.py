"""Retention projected with the shifted-beta-geometric model (Fader & Hardie 2007, docs/metrics.md section 5).

Fader, P. S. & Hardie, B. G. S. (2007), "How to Project Customer Retention", Journal of Interactive Marketing 21(1).
Each customer renews at the end of every period with a constant probability 1 − θ until it leaves; θ varies across
customers as a beta(α, β) distribution. The period T in which a customer leaves (T = 1, 2, …) then has

    P(T = t | α, β) = B(α + 1, β + t − 1) / B(α, β)                        (paper, eq. 5)
    S(t | α, β)     = B(α, β + t) / B(α, β)                                (paper, eq. 6)

computed by the recursions P(T = 1) = α / (α + β), P(T = t) = (β + t − 2) / (α + β + t − 1) · P(T = t − 1)
(eq. 7) and S(t) = S(t − 1) − P(T = t). The retention rate rises with t as the customers most likely to leave go
first: r_t = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1) (eq. 8).

Given n_t customers lost in period t = 1 … n and the N − Σ n_t still subscribed after period n, the log-likelihood

    LL(α, β) = Σ_{t=1..n} n_t · ln P(T = t | α, β) + (N − Σ_{t=1..n} n_t) · ln S(n | α, β)     (eq. B1)

is maximised over (ln α, ln β) with the project's box-bounded L-BFGS-B (model/optimize.py) and the gradient from
the digamma function (model/special.py): d ln B(a, b) / da = ψ(a) − ψ(a + b).

The discounted expected residual lifetime of a customer who has made n − 1 renewals, just before the n-th renewal
decision, with discount rate d per period (Fader & Hardie 2010, "Customer-Base Valuation in a Contractual Setting",
eq. 6) is

    DERL(d | α, β, n) = Σ_{k ≥ 0} r_n r_{n+1} … r_{n+k} / (1 + d)^k
                      = (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1 / (1 + d)),

summed here term by term until the terms are below 1e-15 of the sum. With d = 0 and α ≤ 1 the expected lifetime
is infinite, so a discount rate above 0 is required.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import InvalidInput
from ltv_desktop.model.optimize import UNDEFINED, minimize_box
from ltv_desktop.model.special import betaln, digamma

LOG_BOUNDS = (-9.0, 9.0)
"""ln α and ln β stay in e^±9 (1e-4 … 8e3): beyond, the curve no longer changes within the observed periods."""
STARTS = ((0.0, 0.0), (-1.0, 1.0), (1.0, 2.0))
"""Starting points (ln α, ln β); the best converged fit wins, so one poor start does not decide the result."""
MAX_TERMS = 2_000_000


@dataclasses.dataclass(frozen=True)
class SbgFit:
    """A fitted shifted-beta-geometric model and the data it was fitted to."""

    alpha: float
    beta: float
    """α and β of the beta distribution of the churn probability across customers (their mean α / (α + β))."""
    log_likelihood: float
    survival_observed: tuple[float, ...]
    """S(1) … S(n) as given: the share of the cohort still subscribed after each period."""
    customers: float
    """The cohort's size at the start; the likelihood counts customers, so it scales with this."""
    converged: bool

    def survival(self, periods: int) -> np.ndarray:
        """S(1) … S(periods)."""
        return survival_curve(self.alpha, self.beta, periods)

    def retention_rates(self, periods: int) -> np.ndarray:
        """r_1 … r_periods, each S(t) / S(t − 1)."""
        t = np.arange(1, periods + 1, dtype=float)
        return (self.beta + t - 1) / (self.alpha + self.beta + t - 1)

    def derl(self, discount_rate: float, renewals: int = 0) -> float:
        """Discounted expected residual lifetime in periods, after `renewals` renewals (n = renewals + 1)."""
        return derl(self.alpha, self.beta, discount_rate, renewals + 1)

    def projection(self, periods: int) -> list[dict[str, Any]]:
        """Per period: observed survival (where given), projected survival and retention rate."""
        survival = self.survival(periods)
        rates = self.retention_rates(periods)
        return [
            {
                "period": t + 1,
                "survival_observed": self.survival_observed[t] if t < len(self.survival_observed) else None,
                "survival": float(survival[t]),
                "retention_rate": float(rates[t]),
            }
            for t in range(periods)
        ]

    def to_dict(self, periods: int | None = None, discount_rate: float = 0.1) -> dict[str, Any]:
        """The JSON contract: alpha, beta, log_likelihood, projection (and the mean churn and DERL)."""
        periods = periods or max(2 * len(self.survival_observed), 12)
        return {
            "alpha": self.alpha,
            "beta": self.beta,
            "log_likelihood": self.log_likelihood,
            "customers": self.customers,
            "converged": self.converged,
            "mean_churn": self.alpha / (self.alpha + self.beta),
            "discount_rate": discount_rate,
            "derl": self.derl(discount_rate) if discount_rate > 0 else None,
            "projection": self.projection(periods),
        }


def survival_curve(alpha: float, beta: float, periods: int) -> np.ndarray:
    """S(t) for t = 1 … periods by the product of retention rates (eq. 8): stable for any t."""
    t = np.arange(1, periods + 1, dtype=float)
    return np.cumprod((beta + t - 1) / (alpha + beta + t - 1))


def derl(alpha: float, beta: float, discount_rate: float, n: int = 1) -> float:
    """DERL(d | α, β, n): discounted expected residual lifetime in periods (Fader & Hardie 2010, eq. 6)."""
    if not discount_rate > 0:
        raise InvalidInput(
            "discount_rate",
            text("sbg.bad_discount_rate", "en", value=discount_rate),
            "sbg.bad_discount_rate",
            {"value": discount_rate},
        )
    z = 1.0 / (1.0 + discount_rate)
    # terms fall at least as fast as z^k; enough of them that the tail is below 1e-15
    count = min(math.ceil(math.log(1e-15) / math.log(z)) + 10, MAX_TERMS)
    k = np.arange(count, dtype=float)
    rates = (beta + n - 1 + k) / (alpha + beta + n - 1 + k)
    terms = np.cumprod(rates * z) / z
    return float(terms.sum())


def period_rate(yearly: float, period: str) -> float:
    """The yearly discount rate for one period ("month" or "year"): compounded monthly it gives the same year."""
    return (1 + yearly) ** (1 / 12) - 1 if period == "month" else yearly


def new_customer_lifetime(alpha: float, beta: float, rate: float) -> tuple[float, float] | None:
    """(DERL, discounted lifetime of a new customer), both in periods; None when the lifetime has no end.

    DERL(d | α, β, 1) counts the payments after the first, the next undiscounted, seen from the end of the
    first period; a new customer pays the first period now and the rest one period later: 1 + DERL / (1 + d),
    the discounted expected lifetime of Fader & Hardie (2010). Without discounting the sum is β / (α − 1)
    for α > 1 (Σ_{t ≥ 1} S(t)), and endless for α ≤ 1. LTV = revenue per period × margin × the lifetime.
    """
    if rate > 0:
        residual = derl(alpha, beta, rate, 1)
        return residual, 1 + residual / (1 + rate)
    if alpha > 1:
        residual = beta / (alpha - 1)
        return residual, 1 + residual
    return None


def _validate(survival: Sequence[float]) -> np.ndarray:
    shares = np.asarray([float(v) for v in survival], dtype=float)
    if len(shares) < 2:
        raise InvalidInput("survival", text("sbg.too_few_periods", "en"), "sbg.too_few_periods")
    if not np.all(np.isfinite(shares)) or np.any(shares <= 0) or np.any(shares > 1):
        bad = next(v for v in shares if not (np.isfinite(v) and 0 < v <= 1))
        raise InvalidInput("survival", text("sbg.share_out_of_range", "en", value=bad), "sbg.share_out_of_range",
                           {"value": bad})  # fmt: skip
    rising = np.flatnonzero(np.diff(shares) > 0)
    if len(rising):
        period = int(rising[0]) + 2
        params = {"period": period, "value": float(shares[period - 1]), "previous": float(shares[period - 2])}
        raise InvalidInput("survival", text("sbg.survival_rises", "en", **params), "sbg.survival_rises", params)
    return shares


def _survivors(lost: np.ndarray, survivors: float | np.ndarray) -> np.ndarray:
    """Survivors by the period their observation ends: a number means all after the last period."""
    if np.ndim(survivors) == 0:
        out = np.zeros(len(lost))
        out[-1] = float(survivors)
        return out
    return np.asarray(survivors, dtype=float)


def log_likelihood(alpha: float, beta: float, lost: np.ndarray, survivors: float | np.ndarray) -> float:
    """LL(α, β) of eq. B1 for the customers lost in periods 1 … n and the survivors after n.

    With several cohorts observed for different numbers of periods `lost[t − 1]` sums every cohort's losses in
    period t and `survivors[n − 1]` the customers still subscribed in the cohorts observed for exactly n periods:
    P(T = t) and S(n) do not depend on the cohort, so the sum of the cohorts' eq. B1 collects into these totals.
    """
    lost = np.asarray(lost, dtype=float)
    remaining = _survivors(lost, survivors)
    t = np.arange(1, len(lost) + 1, dtype=float)
    base = betaln(alpha, beta)
    log_p = betaln(alpha + 1, beta + t - 1) - base
    log_s = betaln(alpha, beta + t) - base
    return float(np.sum(lost * log_p) + np.sum(np.where(remaining > 0, remaining * log_s, 0.0)))


def fit_sbg(survival: Sequence[float], customers: float = 1000.0) -> SbgFit:
    """Fit α, β by maximum likelihood to the share of a cohort still subscribed after periods 1, 2, … n.

    `customers` is the cohort's size at the start: it scales the log-likelihood (and so its reported value),
    not where its maximum lies. Shares must be in (0, 1] and must not rise.
    """
    shares = _validate(survival)
    if not customers > 0:
        raise InvalidInput("customers", text("sbg.bad_customers", "en", value=customers), "sbg.bad_customers",
                           {"value": customers})  # fmt: skip
    alive = customers * np.concatenate([[1.0], shares])
    return _fit(-np.diff(alive), _survivors(alive[1:], alive[-1]), tuple(float(v) for v in shares), customers)


def fit_sbg_cohorts(alive: Sequence[Sequence[float]]) -> SbgFit:
    """Fit α, β to several start cohorts at once, each observed for its own number of periods.

    `alive[c]` is cohort c's count of customers still subscribed without a break at period 0 (its size), 1, 2, …
    as far as it has been observed; counts must not rise. Each cohort's losses and its survivors at the end of its
    observation enter the likelihood (see `log_likelihood`), so young cohorts inform the early periods only.
    `survival_observed` of the result pools the cohorts observed at each period: Σ alive(t) / Σ alive(0).
    """
    cohorts = [np.asarray([float(v) for v in counts], dtype=float) for counts in alive]
    cohorts = [counts for counts in cohorts if len(counts) >= 2 and counts[0] > 0]
    periods = max((len(counts) - 1 for counts in cohorts), default=0)
    if periods < 2:
        raise InvalidInput("survival", text("sbg.too_few_periods", "en"), "sbg.too_few_periods")
    lost = np.zeros(periods)
    survivors = np.zeros(periods)
    at_risk = np.zeros(periods + 1)
    still = np.zeros(periods + 1)
    for counts in cohorts:
        rising = np.flatnonzero(np.diff(counts) > 0)
        if len(rising):
            period = int(rising[0]) + 1
            params = {"period": period, "value": float(counts[period]), "previous": float(counts[period - 1])}
            raise InvalidInput("survival", text("sbg.survival_rises", "en", **params), "sbg.survival_rises", params)
        n = len(counts) - 1
        lost[:n] += -np.diff(counts)
        survivors[n - 1] += counts[-1]
        at_risk[: n + 1] += counts[0]
        still[: n + 1] += counts
    observed = tuple(float(v) for v in still[1:] / at_risk[1:])
    return _fit(lost, survivors, observed, float(sum(counts[0] for counts in cohorts)))


def _fit(lost: np.ndarray, survivors: np.ndarray, observed: tuple[float, ...], customers: float) -> SbgFit:
    """Maximise LL over (ln α, ln β) from a few starts; the best converged fit wins."""
    n = len(lost)
    t = np.arange(1, n + 1, dtype=float)
    scale = float(customers)

    def objective(x: np.ndarray) -> tuple[float, np.ndarray]:
        alpha, beta = np.exp(x)
        try:
            value = log_likelihood(alpha, beta, lost, survivors)
        except FloatingPointError:
            return UNDEFINED, np.zeros(2)
        if not np.isfinite(value):
            return UNDEFINED, np.zeros(2)
        psi_ab = digamma(alpha + beta)
        # d ln P(T=t)/dα = ψ(α+1) − ψ(α+β+t) − ψ(α) + ψ(α+β); d/dβ = ψ(β+t−1) − ψ(α+β+t) − ψ(β) + ψ(α+β)
        psi_abt = digamma(alpha + beta + t)
        d_alpha_p = digamma(alpha + 1) - psi_abt - digamma(alpha) + psi_ab
        d_beta_p = digamma(beta + t - 1) - psi_abt - digamma(beta) + psi_ab
        # d ln S(t)/dα = ψ(α+β) − ψ(α+β+t); d/dβ = ψ(β+t) − ψ(α+β+t) − ψ(β) + ψ(α+β)
        d_alpha_s = psi_ab - psi_abt
        d_beta_s = digamma(beta + t) - psi_abt - digamma(beta) + psi_ab
        grad_alpha = float(np.sum(lost * d_alpha_p) + np.sum(survivors * d_alpha_s))
        grad_beta = float(np.sum(lost * d_beta_p) + np.sum(survivors * d_beta_s))
        # minimise −LL per customer over (ln α, ln β): the chain rule multiplies by α and β
        return -value / scale, -np.array([grad_alpha * alpha, grad_beta * beta]) / scale

    best = None
    for start in STARTS:
        result = minimize_box(objective, start, [LOG_BOUNDS[0]] * 2, [LOG_BOUNDS[1]] * 2, gtol=1e-10, ftol=1e-15)
        if best is None or (result.success, -result.fun) > (best.success, -best.fun):
            best = result
    assert best is not None
    alpha, beta = (float(v) for v in np.exp(best.x))
    return SbgFit(alpha, beta, log_likelihood(alpha, beta, lost, survivors), observed, customers, bool(best.success))
