"""The two curves the Dashboard draws, computed in the model: the Pareto curve and the formula's value by age."""

from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltv_desktop.model.summary import formula_value_by_age, pareto_curve, pareto_top20_share


@given(st.lists(st.floats(min_value=0.01, max_value=1e6), min_size=5, max_size=400).filter(lambda v: len(v) % 5 == 0))
def test_pareto_curve_at_20_percent_is_the_top20_share(revenue):
    people, share = pareto_curve(np.array(revenue), points=10_000)
    at_20 = share[np.searchsorted(people, 20.0 - 1e-9)]
    assert at_20 / 100 == pytest.approx(pareto_top20_share(np.array(revenue)), rel=1e-9)
    assert share[-1] == pytest.approx(100.0)
    assert np.all(np.diff(share) >= -1e-9)  # best customers first: the curve only rises


def test_pareto_curve_is_empty_without_revenue():
    assert [len(part) for part in pareto_curve(np.array([0.0, -5.0]))] == [0, 0]


def test_formula_value_by_age_starts_at_arpu_and_tends_to_arpu_times_lifespan():
    summary = SimpleNamespace(arpu=10.0, lifespan_periods=4.0)
    value = formula_value_by_age(summary, 200)
    assert value[0] == pytest.approx(10.0)
    # retention 1 - 1/4 = 0.75: by age 1 a customer paid 10 + 7.5
    assert value[1] == pytest.approx(17.5)
    assert value[-1] == pytest.approx(40.0)
    assert formula_value_by_age(SimpleNamespace(arpu=None, lifespan_periods=4.0), 10) is None
