"""What several model tests share: the CDNOW sample as the (frequency, recency, T, weight) groups the fits use."""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ltv_desktop.model import predictive
from ltv_desktop.model.calendar import to_days
from ltv_desktop.model.transactions import make_transactions

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"


@pytest.fixture(scope="module")
def cdnow_groups():
    """CDNOW as of 1997-09-30 in weeks, grouped by distinct (x, t_x, T) with their counts."""
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    as_of_day = int(to_days(np.array([np.datetime64(dt.date(1997, 9, 30))]))[0])
    summary = predictive.rfm_summary(predictive.purchase_days(frame), as_of_day, 7.0)
    grouped, _ = predictive._grouped(summary)
    return tuple(grouped[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T", "weight"))
