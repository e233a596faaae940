"""The fit check (customers by repeat purchases) comes from the model that speaks for the forecast.

Each model's P(X(T) = k) must be a distribution whose mean is the model's own E[X(T)] for a new customer
(computed by other code: the closed form for Pareto/NBD, future_purchases' sums for the BG/NBD family);
BG/NBD's agrees with FHL 2005 eq. 8 as the app computed it before (written out here).
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model import special
from ltv_desktop.model.predictive import MODELS, calibration_table, count_probabilities

CDNOW = {
    "bgnbd": np.array([0.2426, 4.4136, 0.7930, 2.4261]),
    "mbgnbd": np.array([0.525, 6.183, 0.891, 1.614]),
    "paretonbd": np.array([0.553, 10.58, 0.606, 11.67]),
}
PERIODS = np.array([0.5, 5.0, 32.0, 39.0, 78.0])


def new_customer_repeats(params: np.ndarray, T: np.ndarray, model: str) -> np.ndarray:
    zero = np.zeros(1)
    spec = MODELS[model]
    return spec.conditional(params, zero, np.zeros(1, dtype=int), zero, T)[:, 0] * spec.p_alive(params, zero, zero,
                                                                                                zero)[0]  # fmt: skip


@pytest.mark.parametrize("model", ["bgnbd", "mbgnbd", "paretonbd"])
def test_counts_are_a_distribution_with_the_models_mean(model):
    params = CDNOW[model]
    probability = count_probabilities(params, PERIODS, 400, model)
    assert np.all(probability >= 0)
    assert probability.sum(axis=0) == pytest.approx(np.ones(len(PERIODS)), abs=1e-9)
    mean = np.arange(400) @ probability
    assert mean == pytest.approx(new_customer_repeats(params, PERIODS, model), rel=1e-8)


def test_pareto_nbd_mean_is_the_closed_form():
    r, alpha, s, beta = CDNOW["paretonbd"]
    probability = count_probabilities(CDNOW["paretonbd"], PERIODS, 400, "paretonbd")
    closed = r * beta / (alpha * (s - 1)) * (1 - (beta / (beta + PERIODS)) ** (s - 1))
    assert np.arange(400) @ probability == pytest.approx(closed, rel=1e-9)


def fhl_eq8(params: np.ndarray, T: float, k: int) -> float:
    r, alpha, a, b = params
    nbd = [
        np.exp(special.gammaln(r + j) - special.gammaln(r) - special.gammaln(j + 1))
        * (alpha / (alpha + T)) ** r * (T / (alpha + T)) ** j
        for j in range(k + 1)
    ]  # fmt: skip
    value = np.exp(special.betaln(a, b + k) - special.betaln(a, b)) * nbd[k]
    if k > 0:
        value += np.exp(special.betaln(a + 1, b + k - 1) - special.betaln(a, b)) * (1 - sum(nbd[:k]))
    return float(value)


@settings(max_examples=40, deadline=None)
@given(
    params=st.tuples(st.floats(0.05, 5), st.floats(0.5, 50), st.floats(0.05, 5), st.floats(0.05, 10)).map(np.array),
    T=st.floats(0.1, 200),
)
def test_bgnbd_counts_are_fhl_eq8(params, T):
    probability = count_probabilities(params, np.array([T]), 7, "bgnbd")[:, 0]
    assert probability == pytest.approx([fhl_eq8(params, T, k) for k in range(7)], rel=1e-9, abs=1e-15)


@pytest.mark.parametrize("model", ["bgnbd", "mbgnbd", "paretonbd"])
def test_the_table_is_the_chosen_models(model):
    x = np.array([0, 0, 1, 3, 9, 0, 2], dtype=float)
    T = np.array([30, 12, 40, 39, 39, 0, 20], dtype=float)
    table = calibration_table(CDNOW[model], x, T, model)
    assert list(table["repeat_purchases"]) == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert list(table["actual_customers"]) == [3, 1, 1, 1, 0, 0, 0, 1]
    assert table["predicted_customers"].sum() == pytest.approx(len(x))
    expected = count_probabilities(CDNOW[model], np.maximum(T, 1e-9), 7, model).sum(axis=1)
    assert table["predicted_customers"][:7].to_numpy() == pytest.approx(expected, rel=1e-12)
    others = [calibration_table(CDNOW[other], x, T, other) for other in CDNOW if other != model]
    for other in others:  # each model gives its own bars
        assert not np.allclose(other["predicted_customers"], table["predicted_customers"])
