"""MRR movements, churn, GRR/NRR and contractual LTV (docs/metrics.md section 5): a hand-worked file and properties."""

from __future__ import annotations

import calendar
import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.errors import InvalidInput, NoUsableData
from ltv_desktop.model.subscriptions import analyze_subscriptions

NaT = None


def frame(rows: list[tuple[str, str, str | None, float]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [r[0] for r in rows],
            "start": pd.to_datetime([r[1] for r in rows]),
            "end": pd.to_datetime([r[2] for r in rows]),
            "mrr": [r[3] for r in rows],
        }
    )


# The same studio as tests/fixtures/subscriptions/stripe_subscriptions.csv, written out as the importer should read it.
STUDIO = frame(
    [
        ("A", "2024-01-10", "2024-03-15", 30.0),  # Basic, replaced by Pro on 15 March: an upgrade
        ("A", "2024-03-15", NaT, 50.0),
        ("B", "2024-01-20", "2024-04-02", 100.0),  # Pro × 2 seats, moved to Basic × 2 on 2 April: a downgrade
        ("B", "2024-04-02", NaT, 60.0),
        ("C", "2024-02-03", "2024-04-20", 30.0),  # cancelled in April
        ("D", "2024-01-05", "2024-02-10", 30.0),  # left in February ...
        ("D", "2024-05-12", NaT, 30.0),  # ... and came back in May: a reactivation
        ("E", "2024-02-14", NaT, 1200.0 / 12),  # a yearly plan of 1,200
        ("G", "2024-03-02", "2024-03-25", 30.0),  # started and ended inside March: never paying at a month's end
        ("H", "2024-05-01", NaT, 30.0),  # paid from the end of its trial
        ("I", "2024-05-20", "2024-06-05", 30.0),  # cancelled after its first month
    ]
)


def test_hand_worked_movements_month_by_month():
    result = analyze_subscriptions(STUDIO, as_of=pd.Timestamp("2024-06-30"))
    months = result.months
    assert [str(m) for m in months["month"]] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    # At each month's end, by hand:
    # Jan: A 30, B 100, D 30                      -> 160; all three new
    # Feb: D gone (churn 30); C 30 and E 100 new  -> 260
    # Mar: A 30 -> 50 (expansion 20); G never at a month's end -> 280
    # Apr: B 100 -> 60 (contraction 40); C gone (churn 30)      -> 210
    # May: D back (reactivation 30); H and I new (60)            -> 300
    # Jun: I gone (churn 30)                                      -> 270
    expected = {
        "mrr": [160, 260, 280, 210, 300, 270],
        "new": [160, 130, 0, 0, 60, 0],
        "expansion": [0, 0, 20, 0, 0, 0],
        "contraction": [0, 0, 0, 40, 0, 0],
        "churn": [0, 30, 0, 30, 0, 30],
        "reactivation": [0, 0, 0, 0, 30, 0],
        "customers": [3, 4, 4, 3, 6, 5],
        "customers_start": [0, 3, 4, 4, 3, 6],
    }
    for column, values in expected.items():
        assert months[column].tolist() == pytest.approx(values), column
    assert months["logo_churn"].tolist()[1:] == pytest.approx([1 / 3, 0, 1 / 4, 0, 1 / 6])
    assert np.isnan(months["logo_churn"].iloc[0])  # nobody to lose in the first month
    assert months["revenue_churn"].tolist()[1:] == pytest.approx([30 / 160, 0, 70 / 280, 0, 30 / 300])
    assert months["grr"].tolist()[1:] == pytest.approx([1 - 30 / 160, 1, 1 - 70 / 280, 1, 1 - 30 / 300])
    assert months["nrr"].tolist()[1:] == pytest.approx([130 / 160, 280 / 260, 210 / 280, 1, 270 / 300])
    assert months["quick_ratio"].iloc[1] == pytest.approx(130 / 30)
    assert months["quick_ratio"].iloc[3] == pytest.approx(0 / 70)
    assert months["arpa"].tolist() == pytest.approx([160 / 3, 65, 70, 70, 50, 54])


def test_hand_worked_summary_and_contractual_ltv():
    summary = analyze_subscriptions(STUDIO, as_of=pd.Timestamp("2024-06-30"), margin=0.8).summary
    assert summary["mrr"] == pytest.approx(270)
    assert summary["arr"] == pytest.approx(3240)
    assert summary["customers"] == 5
    assert summary["arpa"] == pytest.approx(54)
    # pooled over the six months: 3 customers lost / (0 + 3 + 4 + 4 + 3 + 6) at the months' starts
    assert summary["logo_churn_monthly"] == pytest.approx(3 / 20)
    assert summary["revenue_churn_monthly"] == pytest.approx(130 / (160 + 260 + 280 + 210 + 300))
    assert summary["quick_ratio"] == pytest.approx((350 + 20 + 30) / (40 + 90))
    assert summary["ltv"] == pytest.approx(54 * 0.8 / (3 / 20))
    assert summary["lifetime_months"] == pytest.approx(20 / 3)
    assert np.isnan(summary["nrr_12m"])  # six months: no year to compare with


def test_retention_by_start_cohort():
    result = analyze_subscriptions(STUDIO, as_of=pd.Timestamp("2024-06-30"))
    jan = result.retention.loc[pd.Period("2024-01", "M")]
    # A, B, D start in January; D is away at the ends of February, March and April
    assert jan.tolist() == pytest.approx([1, 2 / 3, 2 / 3, 2 / 3, 1, 1])
    feb = result.retention.loc[pd.Period("2024-02", "M")]
    assert feb.iloc[:5].tolist() == pytest.approx([1, 1, 0.5, 0.5, 0.5])  # C and E; C leaves in April
    assert np.isnan(feb.iloc[5])  # not observed yet
    assert result.cohort_sizes.to_dict() == {
        pd.Period("2024-01", "M"): 3, pd.Period("2024-02", "M"): 2, pd.Period("2024-05", "M"): 2,
    }  # fmt: skip
    revenue = result.revenue_retention.loc[pd.Period("2024-01", "M")]
    assert revenue.tolist() == pytest.approx([1, 130 / 160, 150 / 160, 110 / 160, 140 / 160, 140 / 160])
    survival, customers = result.survival()
    assert customers == 7
    # one month on: Jan 2/3 of 3, Feb 2/2, May 1/2 (I left) -> 5 of 7
    assert survival[0] == pytest.approx(5 / 7)


def test_json_contract():
    document = analyze_subscriptions(STUDIO, as_of=pd.Timestamp("2024-06-30")).to_dict()
    json.dumps(document, allow_nan=False)
    first = document["months"][0]
    for key in ("month", "mrr", "new", "expansion", "contraction", "churn", "reactivation", "customers",
                "logo_churn", "revenue_churn"):  # fmt: skip
        assert key in first
    assert first["month"] == "2024-01"
    assert first["logo_churn"] is None
    assert document["months"][3]["contraction"] == pytest.approx(40)
    assert document["summary"]["customers"] == 5


def test_trailing_twelve_months_grr_and_nrr():
    # X pays 100 then 150 from month 6 on; Y pays 100 and leaves in month 4; Z joins in month 3 (not in the base)
    subs = frame(
        [
            ("X", "2023-01-01", "2023-07-01", 100.0),
            ("X", "2023-07-01", NaT, 150.0),
            ("Y", "2023-01-01", "2023-05-01", 100.0),
            ("Z", "2023-03-01", NaT, 500.0),
        ]
    )
    months = analyze_subscriptions(subs, as_of=pd.Timestamp("2024-01-31")).months
    last = months.iloc[-1]
    assert str(last["month"]) == "2024-01"
    # base: the end of 2023-01, X 100 + Y 100; a year on: X 150, Y 0
    assert last["nrr_12m"] == pytest.approx(150 / 200)
    assert last["grr_12m"] == pytest.approx(100 / 200)
    assert months["nrr_12m"].iloc[:12].isna().all()


def test_as_of_cuts_the_months_and_future_ends_still_run():
    subs = frame([("A", "2024-01-15", "2030-01-01", 10.0), ("B", "2024-02-01", "2024-02-20", 5.0)])
    months = analyze_subscriptions(subs, as_of=pd.Timestamp("2024-03-10")).months
    assert months["mrr"].tolist() == pytest.approx([10, 10, 10])
    assert months["churn"].sum() == 0


def test_bad_input_is_one_clear_error():
    with pytest.raises(InvalidInput) as error:
        analyze_subscriptions(STUDIO, margin=1.5)
    assert error.value.code == "subs.bad_margin"
    with pytest.raises(NoUsableData):
        analyze_subscriptions(STUDIO.iloc[:0])
    with pytest.raises(InvalidInput) as missing:
        analyze_subscriptions(STUDIO.drop(columns="end"))
    assert missing.value.params == {"field": "end"}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _reference(subs: pd.DataFrame, months: list[tuple[int, int]]) -> list[dict[str, float]]:
    """The movements by plain loops over customers and months, straight from the definitions."""
    rows = list(zip(subs["customer_id"], subs["start"], subs["end"], subs["mrr"], strict=True))
    customers = sorted({r[0] for r in rows})
    level: dict[str, list[int]] = {c: [] for c in customers}
    for year, month in months:
        day = pd.Timestamp(_last_day(year, month))
        for c in customers:
            running = [m for who, start, end, m in rows if who == c and start <= day and (pd.isna(end) or end > day)]
            level[c].append(sum(round(v * 10_000) for v in running))  # each row to 0.0001, as documented
    out = []
    for m in range(len(months)):
        row = dict.fromkeys(("mrr", "new", "expansion", "contraction", "churn", "reactivation"), 0)
        for c in customers:
            now, before = level[c][m], level[c][m - 1] if m else 0
            row["mrr"] += now
            if before == 0 and now > 0:
                row["reactivation" if any(v > 0 for v in level[c][:m]) else "new"] += now
            elif before > 0 and now == 0:
                row["churn"] += before
            elif before > 0 and now > before:
                row["expansion"] += now - before
            elif 0 < now < before:
                row["contraction"] += before - now
        out.append(row)
    return out


subscription = st.tuples(
    st.sampled_from("abcde"),
    st.dates(dt.date(2023, 1, 1), dt.date(2024, 6, 30)),
    st.one_of(st.none(), st.integers(0, 400)),
    st.one_of(st.integers(1, 50_000).map(lambda cents: cents / 100), st.integers(1, 9_999).map(lambda y: y / 12)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(subscription, min_size=1, max_size=25))
def test_mrr_identity_holds_exactly_and_matches_the_definitions(rows):
    subs = pd.DataFrame(
        {
            "customer_id": [r[0] for r in rows],
            "start": pd.to_datetime([r[1] for r in rows]),
            "end": pd.to_datetime([None if r[2] is None else r[1] + dt.timedelta(days=r[2]) for r in rows]),
            "mrr": [r[3] for r in rows],
        }
    )
    result = analyze_subscriptions(subs, as_of=pd.Timestamp("2024-09-30"))
    units = {c: np.rint(result.months[c].to_numpy() * 10_000).astype(np.int64) for c in result.months.columns[1:7]}
    previous = np.concatenate([[0], units["mrr"][:-1]])
    identity = previous + units["new"] + units["expansion"] - units["contraction"] - units["churn"]
    assert (units["mrr"] == identity + units["reactivation"]).all()
    months = [(p.year, p.month) for p in result.months["month"]]
    reference = _reference(subs, months)
    for name in ("mrr", "new", "expansion", "contraction", "churn", "reactivation"):
        assert units[name].tolist() == [row[name] for row in reference], name


def test_unbroken_subscribers_and_the_retention_fit():
    result = analyze_subscriptions(STUDIO, as_of=pd.Timestamp("2024-06-30"))
    jan = result.unbroken.loc[pd.Period("2024-01", "M")]
    # D left in February: when it comes back in May it does not count as having stayed
    assert jan.tolist() == [3, 2, 2, 2, 2, 2]
    fit = result.fit_retention()
    assert fit.customers == 7
    assert fit.survival_observed[0] == pytest.approx(5 / 7)
    one = result.fit_retention("2024-01")
    assert one.customers == 3
    assert one.survival_observed == pytest.approx((2 / 3,) * 5)
