"""The `ltv-desktop` command: the window by default, `calc` and `analyze` for the terminal.

Every error a user can fix ends as one line on stderr and exit code 2; an
unexpected one as one line naming the log-worthy cause and exit code 1. Never
a traceback: owners run this, not developers (set LTV_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ltv_desktop import __version__
from ltv_desktop.model.calculator import CalculatorInputs, calculate, formula_for, formula_values, levers
from ltv_desktop.model.errors import LtvError

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2
SUBCOMMANDS = ("calc", "analyze")

OUTPUT_LABELS = {
    "lifespan_years": "Customer lifespan, years",
    "annual_retention_rate": "Annual retention rate",
    "annual_revenue": "Revenue per customer a year",
    "revenue_ltv": "Revenue LTV",
    "gross_ltv": "Gross LTV",
    "annual_contribution": "Contribution per customer a year",
    "net_ltv": "Net LTV",
    "ltv": "LTV (discounted)",
    "cac": "CAC",
    "ltv_cac_ratio": "LTV:CAC",
    "payback_months": "Payback, months",
    "max_cac_at_3x": "Most CAC for 3:1",
}
VERDICTS = {
    "losing": "loses money on every customer",
    "thin": "thin: each customer barely pays back",
    "healthy": "healthy",
    "under_investing": "may be under-investing in growth",
}


def _number(text: str) -> float:
    """Accept 0,25 as well as 0.25: many owners write decimal commas."""
    try:
        return float(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message} (see --help)\n")


def build_calc_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ltv-desktop calc", description="The LTV formula calculator (METRICS.md section 1).")
    parser.add_argument("--aov", type=_number, required=True, help="average order value")
    parser.add_argument("--frequency", type=_number, required=True, help="purchases per customer per year")
    life = parser.add_mutually_exclusive_group(required=True)
    life.add_argument("--lifespan-years", type=_number, help="expected customer lifetime in years")
    life.add_argument("--churn-rate", type=_number, help="share of customers lost per --churn-period (0.05 = 5 %%)")
    parser.add_argument("--churn-period", choices=["month", "year"], default=None)
    parser.add_argument("--gross-margin", type=_number, default=1.0, help="share of revenue kept (default 1)")
    parser.add_argument("--retention-cost", type=_number, default=0.0, help="yearly cost of keeping one customer")
    parser.add_argument("--discount-rate", type=_number, default=0.0, help="yearly discount rate (default 0)")
    parser.add_argument("--acquisition-spend", type=_number, help="marketing and sales spend of a period")
    parser.add_argument("--new-customers", type=_number, help="new customers that spend brought")
    parser.add_argument("--cac", type=_number, help="cost of acquiring one customer, if known")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def build_analyze_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ltv-desktop analyze", description="LTV, churn, cohorts and more from a sales file.")
    parser.add_argument("file", type=Path, help="sales export: CSV, TXT, XLSX, XLS or ODS")
    parser.add_argument("--spend", type=Path, help="marketing spend file: date, amount[, channel]")
    parser.add_argument("--period", choices=["month", "week", "quarter"], default="month")
    parser.add_argument("--churn-days", type=_whole, default=None, help="days without a purchase that mean lost")
    parser.add_argument("--as-of", help="YYYY-MM-DD: analyse as of this day; later rows are a holdout")
    parser.add_argument("--margin", type=_number, default=1.0, help="gross margin share (default 1)")
    parser.add_argument("--discount-rate", type=_number, default=0.0, help="yearly discount rate")
    parser.add_argument("--max-lifespan-years", type=_number, default=None)
    parser.add_argument("--columns", help="role=Header pairs, e.g. customer_id=Клиент,amount=Сумма")
    parser.add_argument("--sheet", help="the sheet that holds the table (default: found automatically)")
    parser.add_argument("--encoding", help="text encoding of a CSV (default: detected)")
    days = parser.add_mutually_exclusive_group()
    days.add_argument("--dayfirst", action="store_true", help="read 01.02.2024 as 1 February")
    days.add_argument("--monthfirst", action="store_true", help="read 01/02/2024 as January 2")
    parser.add_argument("--time-unit", choices=["day", "week", "month"], default="week", help="predictive models")
    parser.add_argument("--horizon", type=_number, default=12.0, help="months ahead for predicted CLV")
    parser.add_argument("--no-predictive", action="store_true", help="skip the BG/NBD and Gamma-Gamma models")
    parser.add_argument(
        "--model",
        choices=["auto", "bgnbd", "mbgnbd", "paretonbd"],
        default="auto",
        help="purchase model (auto: best holdout error, else best BIC)",
    )
    parser.add_argument("--json", action="store_true", help="print the whole analysis as one JSON object")
    parser.add_argument("-o", "--output", type=Path, help="write an Excel report (.xlsx)")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ltv-desktop",
        description="LTV Desktop: what a customer is worth. Without a command it opens the window.",
        epilog="Commands: 'ltv-desktop calc --help', 'ltv-desktop analyze --help'.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a sales file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo shop")
    parser.add_argument("--screenshot", type=Path, metavar="DIR", help="render every tab to DIR/<tab>.png and exit")
    parser.add_argument("--self-test", action="store_true", help="demo, analysis and export headless; exit 0 or 1")
    parser.add_argument("--language", choices=["en", "ru", "pl"], help="language of the window")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="analyse as of this date; later sales are the holdout")
    parser.add_argument("--version", action="version", version=f"LTV Desktop {__version__}")
    return parser


def calculator_inputs(args: argparse.Namespace) -> CalculatorInputs:
    if args.churn_rate is not None and args.churn_period is None:
        raise LtvError("Say whether the churn rate is per month or per year: --churn-period month|year")
    return CalculatorInputs(
        aov=args.aov,
        frequency=args.frequency,
        lifespan_years=args.lifespan_years,
        churn_rate=args.churn_rate,
        churn_period=args.churn_period or "year",
        gross_margin=args.gross_margin,
        retention_cost=args.retention_cost,
        discount_rate=args.discount_rate,
        acquisition_spend=args.acquisition_spend,
        new_customers=args.new_customers,
        cac=args.cac,
    )


def _format(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.2f}" if abs(value) >= 100 else f"{value:,.4g}"


def run_calc(argv: Sequence[str]) -> int:
    args = build_calc_parser().parse_args(argv)
    inputs = calculator_inputs(args)
    result = calculate(inputs)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return EXIT_OK
    values = formula_values(inputs, result)
    rows = []
    for name, label in OUTPUT_LABELS.items():
        value = getattr(result, name)
        if name in ("cac", "ltv_cac_ratio", "payback_months") and value is None:
            continue
        formula = formula_for(name, inputs)
        filled = formula.format(**{key: _format(number) for key, number in values.items()})
        rows.append((label, _format(value), formula.replace("{", "").replace("}", ""), filled))
    width = max(len(row[0]) for row in rows)
    for label, value, formula, filled in rows:
        print(f"{label:<{width}}  {value:>12}  = {formula}")
        print(f"{'':<{width}}  {'':>12}  = {filled}")
    if result.verdict:
        print(f"\nLTV:CAC {_format(result.ltv_cac_ratio)}: {VERDICTS[result.verdict]}")
    print("\nWhat +10 % of each input does to LTV:")
    for lever in levers(inputs):
        share = f"{lever.change_share:+.1%}" if lever.change_share is not None else ""
        print(f"  {lever.input_name:<16} {_format(lever.old_value):>10} → {_format(lever.new_value):<10} {share}")
    return EXIT_OK


def run_analyze(argv: Sequence[str]) -> int:
    import datetime as dt

    from ltv_desktop.io import ImportOptions, parse_columns_option, read_spend, read_transactions
    from ltv_desktop.io.report_json import analysis_document
    from ltv_desktop.model.analysis import analyze
    from ltv_desktop.model.settings import DEFAULT_CHURN_DAYS, DEFAULT_MAX_LIFESPAN_YEARS, Settings

    args = build_analyze_parser().parse_args(argv)
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        raise LtvError(f"--as-of must be a date written YYYY-MM-DD, not {args.as_of!r}") from None
    settings = Settings(
        period=args.period,
        churn_days=args.churn_days if args.churn_days is not None else DEFAULT_CHURN_DAYS,
        as_of=as_of,
        margin=args.margin,
        discount_rate=args.discount_rate,
        max_lifespan_years=(
            args.max_lifespan_years if args.max_lifespan_years is not None else DEFAULT_MAX_LIFESPAN_YEARS
        ),
    )
    options = ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        columns=parse_columns_option(args.columns) if args.columns else {},
        dayfirst=True if args.dayfirst else False if args.monthfirst else None,
    )
    imported = read_transactions(args.file, options)
    spend_read = read_spend(args.spend, ImportOptions(encoding=args.encoding)) if args.spend else None
    spend = spend_read.frame if spend_read is not None else None
    predictive = None
    if not args.no_predictive:
        from ltv_desktop.model.predictive import PredictiveOptions

        predictive = PredictiveOptions(time_unit=args.time_unit, horizon_months=args.horizon, model=args.model)
    result = analyze(imported.transactions, settings, spend=spend, predictive=predictive)
    if args.output:
        from ltv_desktop.io.export import ExportOptions, export_workbook

        export_workbook(
            result,
            args.output,
            ExportOptions(
                spend_rejections=spend_read.rejections if spend_read is not None else (),
                spend_file=Path(args.spend).name if args.spend else "",
            ),
        )
    transactions = imported.transactions
    input_block: dict[str, Any] = {
        **imported.report.to_dict(),
        "path": str(args.file),
        "rows_read": transactions.rows_read,
        "rows_used": transactions.rows_used,
        "rows_rejected": len(transactions.rejections),
        "rejections": [rejection.to_dict() for rejection in transactions.rejections],
    }
    if spend_read is not None:
        input_block["spend"] = {
            "path": str(args.spend),
            "rows_used": len(spend_read.frame),
            "rows_rejected": len(spend_read.rejections),
            "rejections": [rejection.to_dict() for rejection in spend_read.rejections],
        }
    if args.json:
        print(json.dumps(analysis_document(result, input_block), ensure_ascii=False))
    else:
        print_summary(result, input_block)
    if args.output:
        print(f"Excel report written to {args.output}", file=sys.stderr if args.json else sys.stdout)
    status = EXIT_OK
    if transactions.rejections:
        first = transactions.rejections[0]
        print(
            f"ltv-desktop: {len(transactions.rejections)} row(s) could not be read and were left out; the first: "
            f"row {first.row}, {first.column} {first.value!r}: {first.reason} (all of them: --json, input.rejections)",
            file=sys.stderr,
        )
        status = EXIT_USER_ERROR
    if spend_read is not None and spend_read.rejections:
        first = spend_read.rejections[0]
        print(
            f"ltv-desktop: {len(spend_read.rejections)} row(s) of the spend file could not be read and were left "
            f"out of CAC; the first: row {first.row}, {first.column} {first.value!r}: {first.reason} "
            f"(all of them: --json, input.spend.rejections)",
            file=sys.stderr,
        )
        status = EXIT_USER_ERROR
    return status


def print_summary(result: Any, input_block: dict[str, Any]) -> None:
    summary = result.summary
    print(
        f"{input_block['path']}: {input_block['rows_used']} rows used, {input_block['rows_rejected']} rejected; "
        f"as of {result.as_of}"
    )
    for name in (
        "customers",
        "orders",
        "revenue",
        "aov",
        "churn_rate",
        "retention_rate",
        "arpu",
        "purchase_frequency_per_year",
        "lifespan_years",
        "ltv",
        "ltv_discounted",
        "cac",
        "ltv_cac_ratio",
        "payback_periods",
        "pareto_top20_share",
        "observed_ltv_12m",
    ):
        print(f"  {name:<28} {_format(getattr(summary, name))}")
    for warning in input_block.get("warnings", []):
        print(f"Note: {warning}")
    for notice in summary.warnings:
        print(f"Note: {notice.message}")
    for rejection in list(result.rejections)[:20]:
        print(f"Rejected row {rejection.row} ({rejection.column} = {rejection.value!r}): {rejection.reason}")
    if len(result.rejections) > 20:
        print(f"... and {len(result.rejections) - 20} more rejected rows (see --json)")


def run_gui_command(argv: Sequence[str]) -> int:
    args = build_gui_parser().parse_args(argv)
    if args.self_test:
        from ltv_desktop.self_test import run_self_test

        return run_self_test()
    import datetime as dt

    from ltv_desktop.controllers.app import GuiOptions, run_gui

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        raise LtvError(f"--as-of must be a date written YYYY-MM-DD, not {args.as_of!r}") from None
    return run_gui(
        GuiOptions(demo=args.demo, screenshot=args.screenshot, language=args.language, file=args.file, as_of=as_of)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `ltv-desktop`; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    try:
        if command == "calc":
            return run_calc(argv[1:])
        if command == "analyze":
            return run_analyze(argv[1:])
        return run_gui_command(argv)
    except LtvError as error:
        print(f"ltv-desktop: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:  # the last line of defence: one line, never a traceback
        if os.environ.get("LTV_DEBUG"):
            raise
        print(f"ltv-desktop: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
