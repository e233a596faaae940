"""The `ltv-desktop` command line: calc's table and JSON, and one-line errors with exit code 2."""

import json

import pytest

from ltv_desktop.cli import main

EXAMPLE_3 = [
    "calc", "--aov", "50", "--frequency", "4", "--churn-rate", "0,25", "--churn-period", "year",
    "--gross-margin", "0.4", "--retention-cost", "10", "--acquisition-spend", "3000", "--new-customers", "30",
]  # fmt: skip


def test_calc_json_has_the_section_1_outputs(capsys):
    assert main([*EXAMPLE_3, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lifespan_years"] == 4
    assert data["annual_contribution"] == pytest.approx(70)
    assert data["ltv"] == 280
    assert data["cac"] == 100
    assert data["ltv_cac_ratio"] == pytest.approx(2.8)
    assert data["payback_months"] == pytest.approx(17.142857)
    assert data["max_cac_at_3x"] == pytest.approx(280 / 3)
    assert data["verdict"] == "thin"
    assert set(data) >= {"revenue_ltv", "gross_ltv", "net_ltv", "annual_revenue", "annual_retention_rate"}


def test_calc_table_shows_formulas_with_numbers(capsys):
    assert main(EXAMPLE_3) == 0
    out = capsys.readouterr().out
    assert "aov × frequency × lifespan_years" in out
    assert "50 × 4 × 4" in out
    assert "thin" in out


def run(argv):
    """main() as the shell sees it: argparse's usage errors exit through SystemExit."""
    try:
        return main(argv)
    except SystemExit as leaving:
        return leaving.code


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["calc", "--aov", "-5", "--frequency", "4", "--lifespan-years", "3"], "Average order value"),
        (["calc", "--aov", "5", "--frequency", "4", "--churn-rate", "0", "--churn-period", "month"], "Churn rate"),
        (["calc", "--aov", "5", "--frequency", "4", "--churn-rate", "0.1"], "--churn-period"),
        (["calc", "--aov", "x", "--frequency", "4", "--lifespan-years", "3"], "not a number"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, says, capsys):
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_window_as_of_that_is_not_a_date_is_one_line_and_exit_2(capsys):
    assert run(["--demo", "--as-of", "31.05.2026"]) == 2
    assert "--as-of must be a date written YYYY-MM-DD" in capsys.readouterr().err
