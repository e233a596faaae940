"""A newly won customer's value (docs/metrics.md section 3.2): (1 + E[X(t)]) × purchase value × margin, discounted.

Checked against the closed form of Pareto/NBD's E[X(t)] by hand, and against customers simulated from BG/NBD's
and MBG/NBD's own stories (so the tests do not lean on the sums that compute it).
"""

import numpy as np
import pytest

from ltv_desktop.model.predictive import DAYS_PER_MONTH, new_customer_value

CDNOW_BGNBD = np.array([0.2426, 4.4136, 0.7930, 2.4261])
WEEK = 7.0


def test_pareto_nbd_by_hand_with_margin_and_discount():
    r, alpha, s, beta = 0.55, 10.58, 0.61, 11.67
    margin, value, yearly = 0.4, 25.0, 0.12
    got = new_customer_value(np.array([r, alpha, s, beta]), value, margin, yearly, WEEK, "paretonbd", months=36)

    def expected_repeats(months: float) -> float:  # SMC 1987: r β / (α (s − 1)) · [1 − (β / (β + t))^(s − 1)]
        t = months * DAYS_PER_MONTH / WEEK
        return r * beta / (alpha * (s - 1)) * (1 - (beta / (beta + t)) ** (s - 1))

    monthly = 1.12 ** (1 / 12)
    by_hand = [margin * value]
    for month in range(1, 37):
        step = (expected_repeats(month) - expected_repeats(month - 1)) / monthly**month
        by_hand.append(by_hand[-1] + margin * value * step)
    assert got == pytest.approx(by_hand, rel=1e-9)
    assert got[0] == margin * value  # the first purchase, now: not discounted


def simulated_repeats(params: np.ndarray, months: int, modified: bool, customers: int = 400_000) -> np.ndarray:
    """Repeat purchases of new customers in their first `months`: Poisson purchases at a Gamma(r, α) rate, and
    a Beta(a, b) chance of leaving after each repeat purchase (MBG/NBD: after the first purchase too)."""
    r, alpha, a, b = params
    rng = np.random.default_rng(7)
    rate = rng.gamma(r, 1 / alpha, customers)
    dropout = rng.beta(a, b, customers)
    purchases = rng.poisson(rate * months * DAYS_PER_MONTH / WEEK)
    allowed = rng.geometric(dropout) - (1 if modified else 0)  # the purchase after which the customer leaves
    return np.minimum(purchases, allowed)


@pytest.mark.parametrize("model", ["bgnbd", "mbgnbd"])
@pytest.mark.parametrize("months", [12, 36])
def test_expected_repeats_agree_with_simulated_customers(model, months):
    repeats = simulated_repeats(CDNOW_BGNBD, months, modified=model == "mbgnbd")
    got = new_customer_value(CDNOW_BGNBD, 1.0, 1.0, 0.0, WEEK, model, months=months)[-1] - 1
    standard_error = repeats.std() / np.sqrt(len(repeats))
    assert abs(got - repeats.mean()) < 4 * standard_error


def test_value_grows_with_the_months_and_discounting_only_lowers_it():
    plain = new_customer_value(CDNOW_BGNBD, 30.0, 1.0, 0.0, WEEK)
    discounted = new_customer_value(CDNOW_BGNBD, 30.0, 1.0, 0.2, WEEK)
    assert np.all(np.diff(plain) > 0)
    assert discounted[0] == plain[0] == 30.0
    assert np.all(discounted[1:] < plain[1:])
