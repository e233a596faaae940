"""First-purchase drivers (docs/metrics.md section 4): planted effects found, noise not, numbers by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model import drivers
from ltv_desktop.model.activity import prepare
from ltv_desktop.model.drivers import (
    TARGET_LTV_CAC,
    drivers_to_dicts,
    drivers_verdict,
    first_purchase_drivers,
    first_year,
)

AS_OF = "2025-06-30"
PRODUCTS = ("Starter Kit", "Refill", "Mug", "Sample")


def shop(seed: int, customers: int = 2000, effect: bool = True) -> pd.DataFrame:
    """A shop whose customers buy again with probability 0.3 after each purchase (a geometric number of
    repeats, 20–99 days apart), first seen in 2023. With `effect`: a first Starter Kit doubles that
    probability, the coupon HALF halves it, a first Sample never leads to a second purchase."""
    rng = np.random.default_rng(seed)
    first = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, customers), unit="D")
    product = rng.choice(PRODUCTS, size=customers, p=[0.15, 0.5, 0.2, 0.15])
    coupon = rng.random(customers) < 0.2
    again = np.full(customers, 0.3)
    if effect:
        again[product == "Starter Kit"] *= 2
        again[coupon] *= 0.5
        again[product == "Sample"] = 0.0
    repeats = rng.geometric(1 - again) - 1
    ids = np.array([f"c{index}" for index in range(customers)], dtype=object)
    later_customer = np.repeat(np.arange(customers), repeats)
    rank = np.arange(len(later_customer)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    gap = rng.integers(20, 100, len(later_customer))
    # each repeat comes after the one before: gaps add up within the customer
    running = np.cumsum(gap)
    before = np.concatenate(([0], running))[np.cumsum(repeats) - repeats]
    offset = running - np.repeat(before, repeats)
    firsts = pd.DataFrame(
        {
            "customer_id": ids,
            "date": first,
            "amount": 50.0,
            "product": product,
            "discount_code": np.where(coupon, "HALF", None),
            "order_id": [f"{i}-0" for i in ids],
        }
    )
    laters = pd.DataFrame(
        {
            "customer_id": ids[later_customer],
            "date": first[later_customer] + pd.to_timedelta(offset, unit="D"),
            "amount": 50.0,
            "product": "Refill",
            "discount_code": None,
            "order_id": [f"{i}-{r + 1}" for i, r in zip(ids[later_customer], rank, strict=True)],
        }
    )
    return pd.concat([firsts, laters], ignore_index=True)


def by_value(drivers, attribute, value):
    return next(driver for driver in drivers if driver.attribute == attribute and driver.value == value)


def test_the_shop_generator_plants_what_it_says():
    frame = shop(3)
    gaps = frame.sort_values(["customer_id", "date"]).groupby("customer_id")["date"].diff().dt.days.dropna()
    assert gaps.between(20, 99).all()


def test_planted_effects_are_clear_drivers_in_the_right_direction():
    drivers = first_purchase_drivers(shop(1), AS_OF, margin=0.5)
    starter = by_value(drivers, "first_product", "Starter Kit")
    coupon = by_value(drivers, "first_discount_code", "HALF")
    sample = by_value(drivers, "first_product", "Sample")
    assert starter.clear and starter.lift_low > 1
    assert coupon.clear and coupon.lift_high < 1
    assert sample.clear and sample.lift_high < 1
    assert sample.repeat_rate == 0
    assert sample.ltv_12m == pytest.approx(50.0 * 0.5)
    # doubled and halved repeat buying show in the repeat rates (0.3 before, 12 months cut a few repeats)
    refill = by_value(drivers, "first_product", "Refill")
    assert starter.repeat_rate > 1.6 * refill.repeat_rate
    assert coupon.repeat_rate < 0.7 * by_value(drivers, "first_discount_code", None).repeat_rate
    assert [driver.lift for driver in drivers] == sorted((driver.lift for driver in drivers), reverse=True)
    assert drivers[0] is starter


def test_a_shop_with_no_effect_shows_no_clear_driver_in_nine_seeds_of_ten():
    seeds = range(20)
    with_clear = sum(
        any(d.clear for d in first_purchase_drivers(shop(50 + s, 1000, effect=False), AS_OF)) for s in seeds
    )
    assert with_clear <= 2


def test_numbers_by_hand_on_a_small_shop():
    # a, b first seen 2024-01-10 (a whole year before as_of); c first seen 2025-03-01: too recent
    frame = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "a", "b", "b", "c", "a"],
            "date": pd.to_datetime(
                [
                    "2024-01-10",
                    "2024-01-10",
                    "2024-05-01",
                    "2025-01-10",
                    "2024-01-10",
                    "2024-02-01",
                    "2025-03-01",
                    "2025-03-01",
                ]
            ),
            "amount": [30.0, 20.0, 40.0, 99.0, 10.0, -4.0, 500.0, 7.0],
            "product": ["Kit", "Mug", "Refill", "Refill", "Kit", None, "Kit", "Mug"],
            "order_id": ["1", "1", "2", "3", "4", "5", "6", "7"],
            "channel": ["ads", None, None, None, None, "mail", "ads", None],
        }
    )
    # a's first year is 2024-01-10 … 2025-01-09: 30 + 20 + 40 = 90 (2025-01-10 is outside); b's: 10 − 4 = 6
    year = first_year(frame, "2025-01-31")
    assert sorted(year.customer_ids) == ["a", "b"]
    assert dict(zip(year.customer_ids, year.revenue, strict=True)) == {"a": 90.0, "b": 6.0}
    assert dict(zip(year.customer_ids, year.repeat, strict=True)) == {"a": True, "b": False}
    drivers = first_purchase_drivers(frame, "2025-01-31", margin=0.5, min_customers=1, resamples=50)
    # Kit is on both first orders: every customer shares it, so it says nothing and is left out
    assert {(d.attribute, d.value) for d in drivers} == {
        ("first_product", "Mug"),
        ("channel", "ads"),
        ("channel", "mail"),
    }
    mug = by_value(drivers, "first_product", "Mug")
    assert (mug.customers, mug.ltv_12m, mug.repeat_rate) == (1, 45.0, 1.0)
    assert mug.lift == pytest.approx(90 / 48)
    mail = by_value(drivers, "channel", "mail")
    assert mail.ltv_12m == pytest.approx(3.0)
    assert mail.max_cac == pytest.approx(1.0)


def test_rows_after_as_of_are_left_out():
    frame = shop(4, 600)
    late = frame.assign(date=pd.Timestamp("2025-07-15"), amount=1e6)
    assert drivers_to_dicts(first_purchase_drivers(pd.concat([frame, late]), AS_OF)) == drivers_to_dicts(
        first_purchase_drivers(frame, AS_OF)
    )


def test_same_seed_same_intervals_and_margin_scales_only_money():
    frame = shop(5, 800)
    once = first_purchase_drivers(frame, AS_OF, seed=7)
    again = first_purchase_drivers(frame, AS_OF, seed=7)
    assert drivers_to_dicts(once) == drivers_to_dicts(again)
    other = first_purchase_drivers(frame, AS_OF, seed=8)
    assert [d.lift for d in other] == [d.lift for d in once]
    assert [d.lift_low for d in other] != [d.lift_low for d in once]
    halved = first_purchase_drivers(frame, AS_OF, margin=0.5, seed=7)
    for full, half in zip(once, halved, strict=True):
        assert half.lift == full.lift and half.lift_low == full.lift_low
        assert half.ltv_12m == pytest.approx(full.ltv_12m / 2)


def test_money_caps_keep_ltv_to_cac_at_three():
    drivers = first_purchase_drivers(shop(6, 1500), AS_OF, margin=0.4)
    average = next(d for d in drivers if d.lift).ltv_12m / next(d for d in drivers if d.lift).lift
    for driver in drivers:
        if driver.clear or driver.attribute == "channel":
            assert driver.max_cac == pytest.approx(driver.ltv_12m / TARGET_LTV_CAC)
            assert driver.max_cac_low == pytest.approx(average * driver.lift_low / TARGET_LTV_CAC)
            assert driver.max_cac_high == pytest.approx(average * driver.lift_high / TARGET_LTV_CAC)
            assert driver.cap_sentence("pl")
        else:
            assert driver.max_cac is None and driver.cap_sentence() is None


def test_contract_keys_and_sentences():
    drivers = first_purchase_drivers(shop(1), AS_OF)
    assert list(drivers[0].to_dict())[:9] == [
        "attribute",
        "value",
        "customers",
        "ltv_12m",
        "repeat_rate",
        "lift",
        "lift_low",
        "lift_high",
        "clear",
    ]
    starter = by_value(drivers, "first_product", "Starter Kit")
    assert starter.sentence() == (
        f"Customers whose first order had Starter Kit are worth {round(starter.lift, 2):g}× the average "
        f"({round(starter.lift_low, 2):g}–{round(starter.lift_high, 2):g}×)."
    )
    assert "Starter Kit" in starter.sentence("ru") and "Starter Kit" in starter.sentence("pl")
    assert "без промокода" in by_value(drivers, "first_discount_code", None).sentence("ru")
    assert drivers_verdict(drivers) is None


def test_too_little_history_gives_no_driver_and_says_why():
    frame = shop(2, 300)
    assert first_purchase_drivers(frame, "2023-06-30") == []
    assert "20" in drivers_verdict([])
    noise = first_purchase_drivers(shop(9, 400, effect=False), AS_OF)
    if not any(d.clear for d in noise):
        assert drivers_verdict(noise, "ru")


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(40, 200))
def test_every_interval_holds_its_lift(seed, customers):
    for driver in first_purchase_drivers(shop(seed, customers), AS_OF, resamples=200, seed=seed):
        assert driver.lift_low <= driver.lift <= driver.lift_high
        assert driver.clear == (driver.lift_low > 1 or driver.lift_high < 1)
        assert driver.customers >= 20


def test_order_numbers_shared_by_customers_or_missing_read_as_unique_ones():
    """Order numbers restarting per customer (or left empty) name the same orders as numbers unique to the
    shop: the drivers do not depend on how a shop numbers its orders."""
    frame = shop(4, customers=600)
    unique = first_purchase_drivers(frame, AS_OF)
    per_customer = frame.assign(order_id=frame["order_id"].str.split("-").str[1])  # "0", "1", … for everyone
    assert per_customer["order_id"].nunique() < frame["order_id"].nunique()
    missing = frame.assign(order_id=np.where(np.arange(len(frame)) % 3 == 0, None, frame["order_id"]))
    for renumbered in (per_customer, missing):
        assert drivers_to_dicts(first_purchase_drivers(renumbered, AS_OF)) == drivers_to_dicts(unique)


def test_the_channel_is_the_first_named_one_even_when_the_rows_are_out_of_order():
    rows = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "b", "b"],
            "date": pd.to_datetime(["2024-03-01", "2024-01-01", "2024-01-01", "2024-02-01", "2024-01-15"]),
            "amount": [10.0, 10.0, 10.0, 10.0, 10.0],
            "channel": ["Ads", None, "Shop", "Ads", "Mail"],
        }
    )
    year = first_year(rows, "2025-06-30")
    channel = {
        year.customer_ids[c]: year.groups[g][1] for c, g in zip(year.pair_customer, year.pair_group, strict=True)
    }
    assert channel == {"a": "Shop", "b": "Mail"}


def test_the_fast_bootstrap_draws_the_lifts_of_a_plain_bootstrap_of_customers():
    """`_bootstrap_lifts` draws large atoms' sums from the normal law and small ones exactly by byte tables; a
    plain bootstrap weighting every customer 0 or 2 must give the same spread and the same 5 % and 95 % points
    of each group's lift, to within Monte Carlo noise. The shop mixes atoms of every kind: a few hundred
    customers sharing one product (normal), pairs of products held by tens (exact), a whale, skewed revenue."""
    rng = np.random.default_rng(7)
    customers = 6000
    revenue = rng.lognormal(3.5, 1.0, customers)
    revenue[17] = revenue.sum() * 0.05  # a whale: drawn exactly
    first = rng.choice(6, size=customers, p=[0.4, 0.25, 0.15, 0.1, 0.06, 0.04])
    second = np.where(rng.random(customers) < 0.08, rng.choice(6, size=customers), first)  # some hold two
    category = rng.choice(3, size=customers)
    pairs = sorted({(i, int(g)) for i in range(customers) for g in (first[i], second[i])})
    pairs += [(i, 6 + int(category[i])) for i in range(customers)]
    who = np.array([i for i, _ in pairs], dtype=np.int64)
    group = np.array([g for _, g in pairs], dtype=np.int64)
    attribute = np.array([0] * 6 + [1] * 3)
    products = group < 6
    atom = drivers._atoms(customers, who[products], group[products], 6)
    normal, _ = drivers._normal_part(revenue, atom, int(atom.max()) + 1)
    assert 1000 < normal.sum() < customers - 100  # both ways of drawing are used

    fast = drivers._bootstrap_lifts(revenue, who, group, attribute, 4000, np.random.default_rng(1))
    weights = 2.0 * np.random.default_rng(2).integers(0, 2, size=(4000, customers))
    member = np.zeros((customers, 9))
    member[who, group] = 1.0
    average = (weights @ revenue) / weights.sum(axis=1)
    plain = ((weights * revenue) @ member) / (weights @ member) / average[:, None]

    spread = plain.std(axis=0)
    np.testing.assert_allclose(fast.std(axis=0), spread, rtol=0.08)
    for point in (0.05, 0.95):
        # one quantile of 4000 draws wanders about 0.04 spreads; two of them, 0.06: 0.25 is four of that
        assert np.all(np.abs(np.quantile(fast, point, axis=0) - np.quantile(plain, point, axis=0)) < 0.25 * spread)


@pytest.mark.parametrize("orders", ["numbered", "none"])
def test_first_year_from_the_analysis_orders_is_the_first_year_worked_out_alone(orders):
    """The analysis hands the drivers its customer codes and its table of orders (activity.Orders): the first
    year is the same as when the drivers number the customers and total the orders themselves."""
    frame = shop(5, 600)
    frame.loc[frame.index[::7], "amount"] = 0.0  # free orders: in the table of orders, never a first purchase
    if orders == "none":
        frame = frame.drop(columns="order_id")
    else:  # an order of two lines, one of them free
        frame = pd.concat([frame, frame.iloc[[3]].assign(amount=0.0)], ignore_index=True)
    scoped = frame[frame["date"] <= pd.Timestamp(AS_OF)].reset_index(drop=True)
    shared = first_year(scoped, AS_OF, prepared=prepare(scoped, 0.5))
    alone = first_year(scoped, AS_OF)
    assert list(shared.customer_ids) == list(alone.customer_ids)
    for field in ("revenue", "repeat", "pair_customer", "pair_group"):
        np.testing.assert_array_equal(getattr(shared, field), getattr(alone, field))
    assert shared.groups == alone.groups
