"""Regenerate the demo shop (fixed seed): `python resources/demo/make_demo.py`.

"Kwiaciarnia & Café Lilia": a flower shop with a café corner, June 2024 to
November 2026, about 3,000 customers who arrive through four channels, buy
at their own pace, sometimes return a purchase, and eventually drift away.
Monthly marketing spend per channel goes to demo_spend.csv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
FIRST_NAMES = [
    "Anna",
    "Maria",
    "Olga",
    "Katarzyna",
    "Elena",
    "Agnieszka",
    "Irina",
    "Magdalena",
    "Natalia",
    "Ewa",
    "Tomasz",
    "Piotr",
    "Dmitry",
    "Marek",
    "Sergey",
    "Paweł",
    "Alexei",
    "Jan",
    "Michał",
    "Ivan",
    "Sophie",
    "James",
    "Emma",
    "Oliver",
    "Julia",
    "Zofia",
    "Andrzej",
    "Tatiana",
    "Krzysztof",
    "Svetlana",
]
LAST_NAMES = [
    "Kowalska",
    "Nowak",
    "Ivanova",
    "Wiśniewski",
    "Smirnov",
    "Wójcik",
    "Petrova",
    "Kamińska",
    "Volkov",
    "Lewandowski",
    "Sokolova",
    "Zielińska",
    "Kuznetsov",
    "Szymański",
    "Popova",
    "Dąbrowski",
    "Morozova",
    "Brown",
    "Smith",
    "Kozłowska",
    "Novikov",
    "Jankowski",
    "Fedorova",
    "Mazur",
    "Lebedev",
    "Krawczyk",
]
CHANNELS = {"Instagram": 0.34, "Google Maps": 0.28, "Walk-in": 0.25, "Referral": 0.13}
MONTHLY_SPEND = {"Instagram": 1900.0, "Google Maps": 1300.0, "Walk-in": 250.0, "Referral": 400.0}


def make(seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    start, end = np.datetime64("2024-06-01"), np.datetime64("2026-11-20")
    days = int((end - start).astype(int)) + 1
    customers = 3100
    # more arrivals as the shop becomes known, a December and a May (Mother's Day) bump
    arrival_weight = np.linspace(0.6, 1.4, days)
    calendar = start + np.arange(days).astype("timedelta64[D]")
    months = calendar.astype("datetime64[M]").astype(int) % 12 + 1
    arrival_weight *= np.where(np.isin(months, [12, 5]), 1.8, 1.0)
    arrival = rng.choice(days, size=customers, p=arrival_weight / arrival_weight.sum())
    channel_names = np.array(list(CHANNELS))
    channel = rng.choice(channel_names, size=customers, p=np.array(list(CHANNELS.values())))
    yearly_rate = rng.gamma(shape=1.4, scale=3.0, size=customers) * np.where(channel == "Referral", 1.4, 1.0)
    lifetime = rng.exponential(scale=np.where(channel == "Instagram", 300, 520), size=customers)
    spend_level = rng.lognormal(mean=np.log(38), sigma=0.45, size=customers)

    rows = []
    for customer in range(customers):  # generator only: the app never loops over customers
        horizon = min(lifetime[customer], days - 1 - arrival[customer])
        later = rng.poisson(yearly_rate[customer] * horizon / 365)
        purchase_days = np.sort(
            np.concatenate(([arrival[customer]], arrival[customer] + rng.uniform(0, horizon, later)))
        )
        for day in purchase_days.astype(int):
            rows.append((customer, day, round(float(spend_level[customer] * rng.lognormal(0, 0.35)), 2)))
    frame = pd.DataFrame(rows, columns=["customer", "day", "amount"])
    first = rng.choice(FIRST_NAMES, size=customers)
    last = rng.choice(LAST_NAMES, size=customers)
    names = np.array([f"{a} {b} #{i + 1001}" for i, (a, b) in enumerate(zip(first, last, strict=True))])
    frame = frame.sort_values(["day", "customer"], kind="stable").reset_index(drop=True)
    frame["order_id"] = [
        f"FV/{d.astype('datetime64[Y]').astype(int) + 1970}/{i + 1:05d}"
        for i, d in enumerate(start + frame["day"].to_numpy().astype("timedelta64[D]"))
    ]
    refunds = frame.sample(frac=0.015, random_state=seed)
    refunds = refunds.assign(
        day=np.minimum(refunds["day"] + rng.integers(1, 15, len(refunds)), days - 1),
        amount=-refunds["amount"],
    )
    frame = pd.concat([frame, refunds]).sort_values(["day", "order_id"], kind="stable")
    sales = pd.DataFrame(
        {
            "customer_id": names[frame["customer"].to_numpy()],
            "date": (start + frame["day"].to_numpy().astype("timedelta64[D]")).astype(str),
            "amount": frame["amount"].map("{:.2f}".format).to_numpy(),
            "order_id": frame["order_id"].to_numpy(),
            "channel": channel[frame["customer"].to_numpy()],
        }
    )
    month_starts = pd.date_range("2024-06-01", "2026-11-01", freq="MS")
    spend = pd.DataFrame(
        [
            (month.date().isoformat(), round(amount * rng.uniform(0.8, 1.2), 2), name)
            for month in month_starts
            for name, amount in MONTHLY_SPEND.items()
        ],
        columns=["date", "amount", "channel"],
    )
    return sales, spend


if __name__ == "__main__":
    sales, spend = make()
    sales.to_csv(HERE / "demo_sales.csv", index=False)
    spend.to_csv(HERE / "demo_spend.csv", index=False)
    print(f"{len(sales)} sale rows, {sales['customer_id'].nunique()} customers; {len(spend)} spend rows")
