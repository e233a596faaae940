"""minimize_box against known optima and against scipy's L-BFGS-B, which it replaces in the fits.

scipy is a test-only dependency: here it is the reference, never the thing tested.
"""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import optimize

from ltv_desktop.model import predictive
from ltv_desktop.model.calendar import to_days
from ltv_desktop.model.optimize import FIT_TOLERANCE, UNDEFINED, minimize_box
from ltv_desktop.model.transactions import make_transactions

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"
PUBLISHED_BGNBD = (0.2426, 4.4136, 0.7930, 2.4261)


def rosenbrock(x):
    value = np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)
    gradient = np.zeros_like(x)
    gradient[:-1] += -400 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2 * (1 - x[:-1])
    gradient[1:] += 200 * (x[1:] - x[:-1] ** 2)
    return value, gradient


def scipy_minimum(fun, x0, lower, upper, **options):
    bounds = list(zip(np.broadcast_to(lower, len(x0)), np.broadcast_to(upper, len(x0)), strict=True))
    return optimize.minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds, options=options)


@pytest.mark.parametrize(
    "start",
    [(-1.2, 1.0), (2.0, 2.0), (-2.0, -2.0), (0.0, 0.0), (-1.2, 1.0, -1.2, 1.0), (0.0, 0.0, 0.0, 0.0),
     (2.0, -1.0, 2.0, -1.0), (-1.0, -1.0, -1.0, -1.0)],
)  # fmt: skip
def test_rosenbrock_reaches_its_minimum(start):
    found = minimize_box(rosenbrock, start, -5, 5)
    assert found.success, found.message
    np.testing.assert_allclose(found.x, 1.0, atol=1e-6)
    assert found.fun == pytest.approx(rosenbrock(found.x)[0], abs=0)


def test_a_bound_active_minimum_is_found_and_reported_as_success():
    # min (1 − x)² + 100 (y − x²)² with x ≤ 0.5: x sits on its bound, y = x² inside the box
    found = minimize_box(rosenbrock, (-1.2, 1.0), (-5, -5), (0.5, 5))
    assert found.success, found.message
    np.testing.assert_allclose(found.x, (0.5, 0.25), atol=1e-6)
    # and on a lower bound, from a start outside the box (clipped into it first)
    seen = []
    found = minimize_box(lambda x: seen.append(x.copy()) or rosenbrock(x), (-3.0, 9.0), (1.5, -5), (5, 5))
    assert np.all(seen[0] == (1.5, 5.0))
    assert found.success, found.message
    np.testing.assert_allclose(found.x, (1.5, 2.25), atol=1e-6)


@st.composite
def box_quadratics(draw):
    """½ (x − c)ᵀ Q (x − c) on [−1, 1]ⁿ, Q's eigenvalues in [0.5, ~n + 0.5], c inside or up to 3 outside."""
    n = draw(st.integers(2, 6))
    floats = st.floats(-1, 1, allow_nan=False)
    root = np.array(draw(st.lists(floats, min_size=n * n, max_size=n * n))).reshape(n, n)
    centre = np.array(draw(st.lists(st.floats(-4, 4, allow_nan=False), min_size=n, max_size=n)))
    start = np.array(draw(st.lists(floats, min_size=n, max_size=n)))
    return root.T @ root + 0.5 * np.eye(n), centre, start


@settings(max_examples=60, deadline=None)
@given(box_quadratics(), st.booleans())
def test_convex_quadratics_reach_the_exact_box_optimum(problem, inside):
    matrix, centre, start = problem
    if inside:
        centre = np.clip(centre, -0.9, 0.9)

    def fun(x):
        gap = x - centre
        return 0.5 * gap @ matrix @ gap, matrix @ gap

    # ftol=0 lets the gradient decide: at the default ftol both this and scipy stop by relative reduction, at the
    # same point, up to 1.2e-6 from an optimum where f ≈ 0 (hypothesis found one)
    found = minimize_box(fun, start, -1, 1, ftol=0, gtol=1e-9)
    reference = scipy_minimum(fun, start, -1, 1, ftol=0, gtol=1e-12, maxiter=10_000)
    assert found.success, found.message
    np.testing.assert_allclose(found.x, reference.x, atol=1e-6)
    if inside:
        np.testing.assert_allclose(found.x, centre, atol=1e-6)
    # the optimum's own certificate: the projected gradient vanishes (KKT), which makes it unique here
    projected = np.clip(found.x - fun(found.x)[1], -1, 1) - found.x
    assert np.max(np.abs(projected)) <= 1e-6


def barrier(c):
    """c·x − Σ log(1 − xᵢ²): defined only inside (−1, 1)ⁿ, 1e300 with a zero gradient outside, as the fits do."""

    def fun(x):
        room = 1 - x**2
        if np.any(room <= 0):
            return UNDEFINED, np.zeros_like(x)
        return float(c @ x - np.log(room).sum()), c + 2 * x / room

    return fun


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(-60, 60, allow_nan=False), min_size=1, max_size=4).map(np.array),
    st.floats(-0.95, 0.95, allow_nan=False),
)
def test_the_undefined_region_is_backed_off_from_and_never_the_answer(c, start):
    # the first steps land far outside (-1, 1): the gradient is up to 60 and the box is ±12
    found = minimize_box(barrier(c), np.full(len(c), start), -12, 12, ftol=0, gtol=1e-9)
    assert found.success, found.message
    assert found.fun < UNDEFINED and np.all(np.abs(found.x) < 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = np.where(c != 0, (1 - np.sqrt(1 + c**2)) / c, 0.0)  # where c + 2x/(1 − x²) = 0
    # 1e-5, not 1e-6: where one cᵢ is ~1e-6 and another 40, f ≈ −39 stops changing within rounding while xᵢ is
    # still ~1e-6 off, and the search stops there (hypothesis found c = (43, 3.4e-6) from 0)
    np.testing.assert_allclose(found.x, exact, atol=1e-5)


def test_an_optimum_beyond_the_undefined_edge_is_approached_from_inside():
    # Σ (x − 2)² is lowest outside where it is defined (x₀ + x₁ < 3): the answer is a defined point near the edge
    def fun(x):
        if x.sum() >= 3:
            return UNDEFINED, np.zeros_like(x)
        return float(np.sum((x - 2) ** 2)), 2 * (x - 2)

    found = minimize_box(fun, (0.0, 0.0), -12, 12)
    assert found.fun < UNDEFINED and found.x.sum() < 3
    assert found.fun == pytest.approx(0.5, abs=1e-6)  # the edge's closest point to (2, 2) is (1.5, 1.5)


def test_an_undefined_start_is_a_failure_not_an_answer():
    found = minimize_box(barrier(np.ones(2)), (3.0, 0.0), -12, 12)
    assert not found.success
    assert "start" in found.message
    assert found.evaluations == 1


def test_running_out_of_iterations_is_a_failure_at_the_best_point_seen():
    seen = []

    def fun(x):
        value, gradient = rosenbrock(x)
        seen.append((value, x.copy()))
        return value, gradient

    found = minimize_box(fun, (-1.2, 1.0), -5, 5, max_iter=5)
    assert not found.success
    assert "5 iterations" in found.message
    assert found.iterations == 5
    assert found.evaluations == len(seen)
    best_value, best_x = min(seen, key=lambda pair: pair[0])
    assert found.fun == best_value
    np.testing.assert_array_equal(found.x, best_x)
    assert found.fun < rosenbrock(np.array([-1.2, 1.0]))[0]


def test_a_gradient_that_lies_ends_in_failure_at_the_best_point():
    # the "gradient" points uphill, so every step it suggests raises f: the search gives up at the start
    found = minimize_box(lambda x: (float(x @ x), -2 * x), (1.0, 1.0), -5, 5)
    assert not found.success
    np.testing.assert_array_equal(found.x, (1.0, 1.0))
    assert found.fun == 2.0


@pytest.fixture(scope="module")
def cdnow_objective():
    """The BG/NBD objective exactly as fit_bgnbd hands it to the optimiser: −LL per customer, in log-parameters."""
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    days = predictive.purchase_days(frame)
    as_of_day = int(to_days(np.array([np.datetime64(dt.date(1997, 9, 30))]))[0])
    summary = predictive.rfm_summary(days, as_of_day, predictive.DAYS_PER_UNIT["week"])
    grouped, _ = predictive._grouped(summary)
    x, t_x, T, weight = (grouped[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T", "weight"))
    customers = float(weight.sum())
    data = predictive._BgNbdData(x, t_x, T, weight)

    def objective(log_params):
        params = np.exp(log_params)
        with np.errstate(all="ignore"):
            value, gradient = data.value_and_gradient(params)
        if not np.isfinite(value) or not np.all(np.isfinite(gradient)):
            return UNDEFINED, np.zeros_like(log_params)
        return -value / customers, -gradient * params / customers

    return objective, customers


def test_cdnow_bgnbd_reaches_the_published_fit_and_scipys_optimum(cdnow_objective):
    objective, customers = cdnow_objective
    start = np.log([1.0, 1.0, 1.0, 1.0])
    with np.errstate(all="ignore"):
        found = minimize_box(objective, start, -12, 12, **FIT_TOLERANCE)
        reference = scipy_minimum(objective, start, -12, 12, **FIT_TOLERANCE)
    assert found.success, found.message
    params = np.exp(found.x)
    # the paper's figures are rounded to 4 decimals and its a and b sit 1e-4 from the exact optimum
    np.testing.assert_allclose(params, PUBLISHED_BGNBD, rtol=2e-4)
    assert -found.fun * customers == pytest.approx(-9582.43, abs=0.01)
    np.testing.assert_allclose(params, np.exp(reference.x), rtol=1e-5)
    assert found.fun <= reference.fun + 1e-12
