"""`ltv-desktop subscriptions` and `ltv-desktop retention`: the contract's JSON, text in the owner's language."""

import csv
import json
from pathlib import Path

import pytest

from ltv_desktop.cli import main

STRIPE = Path(__file__).parent / "fixtures" / "subscriptions" / "stripe_subscriptions.csv"
HIGH_END = ["0.869", "0.743", "0.653", "0.593", "0.551", "0.517", "0.491"]


def test_retention_json_reproduces_the_published_fit(capsys):
    assert main(["retention", *HIGH_END, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert round(document["alpha"], 3) == 0.668
    assert round(document["beta"], 3) == 3.806
    assert set(document) >= {"alpha", "beta", "log_likelihood", "projection"}
    assert document["projection"][0]["survival_observed"] == pytest.approx(0.869)


def test_retention_text_speaks_polish(capsys):
    assert main(["retention", *HIGH_END, "--language", "pl", "--periods", "3"]) == 0
    out = capsys.readouterr().out
    assert "okres 1" in out and "86,9" in out


def test_subscriptions_json_months_follow_the_identity(capsys):
    assert main(["subscriptions", str(STRIPE), "--json"]) == 2  # the fixture has three rows that do not read
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    months = document["months"]
    keys = {"month", "mrr", "new", "expansion", "contraction", "churn", "reactivation", "customers", "logo_churn",
            "revenue_churn"}  # fmt: skip
    assert keys <= set(months[0])
    previous = 0.0
    for month in months:
        moved = month["new"] + month["expansion"] - month["contraction"] - month["churn"] + month["reactivation"]
        assert month["mrr"] == pytest.approx(previous + moved)
        previous = month["mrr"]
    assert len(document["input"]["rejections"]) == 3
    assert "row" in captured.err and len(captured.err.strip().splitlines()) == 1


def test_subscriptions_months_to_a_csv(tmp_path, capsys):
    target = tmp_path / "mrr.csv"
    main(["subscriptions", str(STRIPE), "-o", str(target), "--language", "en"])
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["Month", "MRR", "New"]
    assert rows[1][0] == "2024-01"
