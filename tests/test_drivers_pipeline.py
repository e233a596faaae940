"""A line-item export with planted effects, read from its file: the drivers the window and the JSON show.

The file is shaped as Shopify exports orders (its own header, read from the Shopify fixture; the order's
customer, total and discount code on the first line of an order only, each further item on a line of its
own), and the drivers found through the whole pipeline must be the ones the model finds on the rows the file
was written from: the import loses no product, code or channel on the way.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ltv_desktop.model.drivers import first_purchase_drivers
from ltv_desktop.model.settings import Settings
from ltv_desktop.pipeline import AnalysisRequest, ForecastOptions, run_analysis
from tests.model.test_drivers import AS_OF, by_value, shop

SHOPIFY = Path(__file__).parent / "fixtures" / "exports" / "shopify_orders.csv"
EXTRA_ITEM = "Honey"
"""Every other order carries a second item after the planted one: a basket, as in a real shop."""


def write_shopify(frame: pd.DataFrame, path: Path, seed: int) -> pd.DataFrame:
    """Write `frame` (one row per order: customer, date, amount, product, discount code) as a Shopify
    orders export; returns the rows the file holds, one per item line, as the model reads them."""
    with SHOPIFY.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    rng = np.random.default_rng(seed)
    channels = rng.choice(["web", "pos"], size=len(frame))
    lines: list[list[str]] = []
    expected: list[dict[str, object]] = []
    ordered = frame.sort_values(["date", "customer_id"]).reset_index(drop=True)
    for number, order in enumerate(ordered.itertuples(index=False), start=1001):
        name = f"#{number}"
        stamp = pd.Timestamp(order.date).strftime("%Y-%m-%d 10:15:00 +0100")
        code = order.discount_code if isinstance(order.discount_code, str) else ""
        basket = rng.random() < 0.5
        first_price = order.amount - 12.5 if basket else order.amount
        first = dict.fromkeys(header, "")
        first.update({
            "Name": name, "Email": f"{order.customer_id}@example.com", "Financial Status": "paid",
            "Paid at": stamp, "Currency": "EUR", "Total": f"{order.amount:.2f}", "Created at": stamp,
            "Discount Code": code, "Discount Amount": "5.00" if code else "0.00",
            "Lineitem quantity": "1", "Lineitem name": order.product, "Lineitem price": f"{first_price:.2f}",
            "Source": channels[number - 1001],
        })  # fmt: skip
        lines.append([first[column] for column in header])
        row = {"customer_id": f"{order.customer_id}@example.com", "date": pd.Timestamp(order.date).normalize(),
               "order_id": name, "discount_code": code or None, "channel": channels[number - 1001]}  # fmt: skip
        expected.append({**row, "amount": order.amount, "product": order.product})
        if basket:
            later = dict.fromkeys(header, "")
            later.update({"Name": name, "Created at": stamp, "Lineitem quantity": "1", "Lineitem name": EXTRA_ITEM,
                          "Lineitem price": "12.50"})  # fmt: skip
            lines.append([later[column] for column in header])
            expected.append({**row, "amount": 0.0, "product": EXTRA_ITEM})
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(lines)
    return pd.DataFrame(expected)


@pytest.mark.slow
def test_a_shopify_line_item_export_finds_its_planted_drivers_end_to_end(tmp_path):
    path = tmp_path / "orders_export.csv"
    rows = write_shopify(shop(5, customers=1500), path, seed=5)
    settings = Settings(as_of=dt.date.fromisoformat(AS_OF))
    run = run_analysis(AnalysisRequest(sales=path, settings=settings, forecast=ForecastOptions(enabled=False)))

    assert {"product", "discount_code", "channel"} <= set(run.import_report.mapping)
    drivers = run.result.drivers
    starter = by_value(drivers, "first_product", "Starter Kit")
    sample = by_value(drivers, "first_product", "Sample")
    half = by_value(drivers, "first_discount_code", "HALF")
    assert starter.clear and starter.lift_low > 1
    assert sample.clear and sample.lift_high < 1 and sample.repeat_rate == 0
    assert half.clear and half.lift_high < 1
    # the basket's extra item is on half of all first orders: no driver, whatever the seed
    honey = by_value(drivers, "first_product", EXTRA_ITEM)
    assert not honey.clear

    # the file read back gives the drivers of the rows it was written from, number for number
    direct = first_purchase_drivers(rows, AS_OF, settings.margin)
    assert [(d.attribute, d.value, d.customers) for d in drivers] == [(d.attribute, d.value, d.customers)
                                                                       for d in direct]  # fmt: skip
    for through_file, by_model in zip(drivers, direct, strict=True):
        assert through_file.lift == pytest.approx(by_model.lift, rel=1e-9)
        assert through_file.lift_low == pytest.approx(by_model.lift_low, rel=1e-9)
        assert through_file.repeat_rate == by_model.repeat_rate
    # and the JSON carries them
    document = run.document()
    assert {item["attribute"] for item in document["drivers"]} >= {"first_product", "first_discount_code"}
    starters = [item for item in document["drivers"] if item["value"] == "Starter Kit"]
    assert len(starters) == 1 and starters[0]["customers"] == starter.customers
