"""The Dashboard names the five key customers the purchase model thinks most likely gone, least likely
active first (docs/metrics.md section 3.1), the same five the customers table would give."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.ui.dashboard_view import DashboardView
from ltv_desktop.ui.formatting import Formatter

chances = st.one_of(st.sampled_from([0.0, 0.1, 0.25, 0.49, 0.5, 0.9]), st.just(float("nan")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.booleans(), chances), max_size=40))
def test_the_five_key_customers_least_likely_active(qtbot, rows):
    view = DashboardView()
    qtbot.addWidget(view)
    customers = pd.DataFrame(
        {
            "customer_id": [f"customer {index:02d}" for index in range(len(rows))],
            "key_customer": np.array([key for key, _chance in rows], dtype=bool),
            "p_alive": np.array([chance for _key, chance in rows], dtype=float),
        }
    )
    formatter = Formatter()
    view._show_likely_lost(SimpleNamespace(customers=customers), formatter)
    # what pandas gives: the key customers more likely gone than not, the five smallest, ties in table order
    expected = customers[customers["key_customer"] & (customers["p_alive"] < 0.5)].nsmallest(5, "p_alive")
    if expected.empty:
        assert view.likely_lost.text() == ""
        return
    names = ", ".join(
        f"{name} ({formatter.percent(chance, 0)})"
        for name, chance in zip(expected["customer_id"], expected["p_alive"], strict=True)
    )
    assert view.likely_lost.text() == f"Key customers most likely lost (P(alive)): {names}"
