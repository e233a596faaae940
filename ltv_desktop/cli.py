"""The `ltv-desktop` command: the window by default, `calc` and `analyze` for the terminal.

Every error a user can fix ends as one line on stderr and exit code 2; an
unexpected one as one line naming the log-worthy cause and exit code 1. Never
a traceback: owners run this, not developers (set LTV_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ltv_desktop import __version__, pipeline
from ltv_desktop.i18n import LANGUAGES, normalise_language, system_language, system_locale
from ltv_desktop.i18n.catalogue import format_value, known, say, text
from ltv_desktop.model.calculator import CalculatorInputs, calculate, formula_for, formula_values, levers
from ltv_desktop.model.errors import LtvError
from ltv_desktop.pipeline import AnalysisRequest, ExportChoices, ForecastOptions

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2
SUBCOMMANDS = ("calc", "analyze", "subscriptions", "retention")

CALC_OUTPUTS = ("lifespan_years", "annual_retention_rate", "annual_revenue", "revenue_ltv", "gross_ltv",
                "annual_contribution", "net_ltv", "ltv", "cac", "ltv_cac_ratio", "payback_months",
                "max_cac_at_3x")  # fmt: skip
SUMMARY_LINES = ("customers", "orders", "revenue", "aov", "churn_rate", "retention_rate", "crr", "reactivation_rate",
                 "arpu", "purchase_frequency_per_year", "lifespan_years", "ltv", "ltv_discounted", "profit_ltv",
                 "observed_value_broad", "cac", "ltv_cac_ratio", "payback_periods", "pareto_top20_share",
                 "observed_ltv_12m")  # fmt: skip
COUNTS = ("customers", "orders")
"""Shown whole, with thousands separators (the subscription table's paying customers too)."""
MONEY = ("revenue", "aov", "arpu", "ltv", "ltv_discounted", "profit_ltv", "observed_value_broad", "cac",
         "observed_ltv_12m", "annual_revenue", "revenue_ltv", "gross_ltv", "annual_contribution", "net_ltv",
         "max_cac_at_3x")  # fmt: skip
SUBSCRIPTION_COLUMNS = ("month", "mrr", "new", "expansion", "contraction", "churn", "reactivation", "customers",
                        "logo_churn", "revenue_churn")  # fmt: skip
SHARES = (
    "churn_rate",
    "retention_rate",
    "crr",
    "reactivation_rate",
    "pareto_top20_share",
    "annual_retention_rate",
    "logo_churn",
    "revenue_churn",
    "logo_churn_monthly",
    "revenue_churn_monthly",
    "grr_12m",
    "nrr_12m",
)


_message_language = "en"
"""The language of this run's messages, set by `main` from --language before argparse reads the values."""


def _number(value: str) -> float:
    """Accept 0,25 as well as 0.25: many owners write decimal commas."""
    try:
        return float(value.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(text("cli.not_a_number", _message_language, value=value)) from None


def _whole(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text("cli.not_a_whole_number", _message_language, value=value)) from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text("cli.not_a_date", _message_language, value=value)) from None


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message} (see --help)\n")


SHARED_FLAGS: dict[str, dict[str, Any]] = {
    "--margin": {"type": _number, "default": 1.0, "help": "gross margin share (default 1)"},
    "--sheet": {"help": "the sheet that holds the table (default: found automatically)"},
    "--encoding": {"help": "text encoding of a CSV (default: detected)"},
    "--json": {"action": "store_true", "help": "print the result as one JSON object"},
    "--language": {"choices": list(LANGUAGES), "help": "language of messages (default: the system's)"},
}
"""Flags that mean the same in every command that takes them, so they are written (and read) alike."""


DESCRIPTIONS = {
    "calc": "The LTV formula calculator (docs/metrics.md section 1).",
    "analyze": "LTV, churn, cohorts and more from a sales file.",
    "subscriptions": "MRR movements, churn, NRR/GRR and contractual LTV from a subscription export.",
    "retention": "Project retention with the shifted-beta-geometric model from survival shares.",
}
"""What each command does, as its --help says it."""


def _command(name: str, *shared: str) -> argparse.ArgumentParser:
    """The parser of `ltv-desktop <name>` with the shared flags it takes; the command adds its own."""
    parser = _Parser(prog=f"ltv-desktop {name}", description=DESCRIPTIONS[name])
    for flag in shared:
        parser.add_argument(flag, **SHARED_FLAGS[flag])
    return parser


CALC_INPUTS: dict[str, str] = {
    "aov": "average order value",
    "frequency": "purchases per customer per year",
    "lifespan_years": "expected customer lifetime in years",
    "churn_rate": "share of customers lost per --churn-period (0.05 = 5 %%)",
    "churn_period": "the period --churn-rate is per",
    "gross_margin": "share of revenue kept",
    "retention_cost": "yearly cost of keeping one customer",
    "discount_rate": "yearly discount rate",
    "acquisition_spend": "marketing and sales spend of a period",
    "new_customers": "new customers that spend brought",
    "cac": "cost of acquiring one customer, if known",
}
"""What each of the calculator's inputs means: `calc` has one flag per CalculatorInputs field, its default."""

LIFESPAN_INPUTS = ("lifespan_years", "churn_rate")
"""Give one: the lifespan, or the churn rate it follows from (docs/metrics.md section 1)."""


def build_calc_parser() -> argparse.ArgumentParser:
    parser = _command("calc", "--json", "--language")
    lifespan = parser.add_mutually_exclusive_group(required=True)
    for field in dataclasses.fields(CalculatorInputs):
        flag, meaning = "--" + field.name.replace("_", "-"), CALC_INPUTS[field.name]
        if field.name == "churn_period":  # no default: a churn rate must say its period
            parser.add_argument(flag, choices=["month", "year"], help=meaning)
            continue
        if field.default not in (dataclasses.MISSING, None):
            meaning += f" (default {field.default:g})"
        group = lifespan if field.name in LIFESPAN_INPUTS else parser
        group.add_argument(flag, type=_number, required=field.default is dataclasses.MISSING, help=meaning)
    return parser


def build_analyze_parser() -> argparse.ArgumentParser:
    parser = _command("analyze", "--margin", "--sheet", "--encoding", "--json", "--language")
    parser.add_argument("--discount-rate", type=_number, default=0.0, help="yearly discount rate (default 0)")
    parser.add_argument("file", type=Path, help="sales export: CSV, TXT, XLSX, XLS or ODS")
    parser.add_argument("--spend", type=Path, help="marketing spend file: date, amount[, channel]")
    parser.add_argument("--period", choices=["month", "week", "quarter"], default="month")
    parser.add_argument("--churn-days", type=_whole, default=None, help="days without a purchase that mean lost")
    parser.add_argument("--as-of", type=_date, help="YYYY-MM-DD: analyse as of this day; later rows are a holdout")
    parser.add_argument("--max-lifespan-years", type=_number, default=None)
    parser.add_argument("--columns", help="role=Header pairs, e.g. customer_id=Клиент,amount=Сумма")
    parser.add_argument("--header-row", type=_whole, help="the row of the file that holds the column names")
    days = parser.add_mutually_exclusive_group()
    days.add_argument("--dayfirst", action="store_true", help="read 01.02.2024 as 1 February")
    days.add_argument("--monthfirst", action="store_true", help="read 01/02/2024 as January 2")
    parser.add_argument("--time-unit", choices=["day", "week", "month"], default="week", help="predictive models")
    parser.add_argument("--horizon", type=_number, default=12.0, help="months ahead for predicted CLV")
    parser.add_argument("--no-predictive", action="store_true", help="skip the predictive models")
    parser.add_argument(
        "--model",
        choices=["auto", "bgnbd", "mbgnbd", "paretonbd"],
        default="auto",
        help="purchase model (auto: best holdout error, else best BIC)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write an Excel report (.xlsx)")
    return parser


def build_subscriptions_parser() -> argparse.ArgumentParser:
    parser = _command("subscriptions", "--margin", "--sheet", "--encoding", "--json", "--language")
    parser.add_argument("file", type=Path, help="subscriptions export: CSV, XLSX, XLS or ODS")
    parser.add_argument("--as-of", type=_date, help="YYYY-MM-DD: the last day counted (default: the file's last)")
    parser.add_argument("-o", "--output", type=Path, help="write the months table (.xlsx or .csv)")
    return parser


def build_retention_parser() -> argparse.ArgumentParser:
    parser = _command("retention", "--json", "--language")
    parser.add_argument("survival", type=_number, nargs="+", help="share still subscribed after period 1, 2, …")
    parser.add_argument("--customers", type=_number, default=1000.0, help="cohort size at the start")
    parser.add_argument("--periods", type=_whole, default=None, help="periods to project (default: twice those given)")
    parser.add_argument("--discount-rate", type=_number, default=0.1, help="per period, for the residual lifetime")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ltv-desktop",
        description="LTV Desktop: what a customer is worth. Without a command it opens the window.",
        epilog="Commands: 'ltv-desktop calc --help', 'ltv-desktop analyze --help', 'ltv-desktop subscriptions "
        "--help', 'ltv-desktop retention --help'.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a sales file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo shop")
    parser.add_argument("--screenshot", type=Path, metavar="DIR", help="render every tab to DIR/<tab>.png and exit")
    parser.add_argument("--window-size", metavar="WxH", help="the window's size for this run, e.g. 1024x600")
    parser.add_argument("--self-test", action="store_true", help="demo, analysis and export headless; exit 0 or 1")
    parser.add_argument("--language", choices=list(LANGUAGES), help="language of the window")
    parser.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="analyse as of this date")
    parser.add_argument("--version", action="version", version=f"LTV Desktop {__version__}")
    return parser


def calculator_inputs(args: argparse.Namespace) -> CalculatorInputs:
    """The calculator's inputs from `calc`'s flags (one flag, one field); a flag not given keeps its default."""
    if args.churn_rate is not None and args.churn_period is None:
        raise LtvError.because("cli.churn_period_missing")
    given = {field.name: getattr(args, field.name) for field in dataclasses.fields(CalculatorInputs)}
    return CalculatorInputs(**{name: value for name, value in given.items() if value is not None})


def _format(value: float | None, language: str = "en", name: str = "") -> str:
    """A number as the owner writes it: counts whole, shares as percentages, money with two decimals."""
    if value is None:
        return "–"
    if name in COUNTS:
        return format_value(value, "count", language)
    if name in SHARES:
        return format_value(value, "percent", language)
    if name in MONEY:
        return format_value(value, "money", language)
    return format_value(value, "money" if abs(value) >= 100 else "number", language)


def run_calc(argv: Sequence[str]) -> int:
    args = build_calc_parser().parse_args(argv)
    language = _message_language
    inputs = calculator_inputs(args)
    result = calculate(inputs)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return EXIT_OK
    values = formula_values(inputs, result)
    rows = []
    for name in CALC_OUTPUTS:
        value = getattr(result, name)
        if name in ("cac", "ltv_cac_ratio", "payback_months") and value is None:
            continue
        formula = formula_for(name, inputs)
        filled = formula.format(**{key: _format(number, language) for key, number in values.items()})
        label = text(f"cli.output.{name}", language)
        rows.append((label, _format(value, language, name), formula.replace("{", "").replace("}", ""), filled))
    width = max(len(row[0]) for row in rows)
    for label, value, formula, filled in rows:
        print(f"{label:<{width}}  {value:>12}  = {formula}")
        print(f"{'':<{width}}  {'':>12}  = {filled}")
    if result.verdict:
        verdict = text(f"cli.verdict.{result.verdict}", language)
        print(f"\nLTV:CAC {_format(result.ltv_cac_ratio, language)}: {verdict}")
    print("\n" + text("cli.levers", language))
    for lever in levers(inputs):
        share = f"{lever.change_share:+.1%}" if lever.change_share is not None else ""
        old, new = _format(lever.old_value, language), _format(lever.new_value, language)
        print(f"  {lever.input_name:<16} {old:>10} → {new:<10} {share}")
    return EXIT_OK


def analysis_request(args: argparse.Namespace, language: str) -> AnalysisRequest:
    """The pipeline's request from the analyze command's flags (one flag, one field)."""
    from ltv_desktop.model.settings import DEFAULT_MAX_LIFESPAN_YEARS, Settings

    settings_choices: dict[str, Any] = {
        "period": args.period,
        "as_of": args.as_of,
        "margin": args.margin,
        "discount_rate": args.discount_rate,
        "max_lifespan_years": (
            args.max_lifespan_years if args.max_lifespan_years is not None else DEFAULT_MAX_LIFESPAN_YEARS
        ),
    }
    if args.churn_days is not None:
        settings_choices["churn_days"] = args.churn_days
    options = pipeline.import_options(
        sheet=args.sheet,
        encoding=args.encoding,
        header_row=args.header_row,
        columns=pipeline.parse_columns(args.columns) if args.columns else {},
        dayfirst=True if args.dayfirst else False if args.monthfirst else None,
    )
    return AnalysisRequest(
        sales=args.file,
        import_options=options,
        settings=Settings(**settings_choices),
        forecast=ForecastOptions(
            enabled=not args.no_predictive, time_unit=args.time_unit, horizon_months=args.horizon, model=args.model
        ),
        spend=args.spend,
        language=language,
        locale=pipeline.locale_for(language, system_locale()),
    )


def columns_line(mapping: dict[str, str], language: str) -> str:
    """Which column was read for each role, in one line: the first thing to check when a number looks wrong."""
    pairs = [
        text("cli.column_pair", language, role=text(f"role.{role}", language) if known(f"role.{role}") else role,
             column=column)
        for role, column in mapping.items()
    ]  # fmt: skip
    return text("cli.columns_read", language, pairs=", ".join(pairs))


def run_analyze(argv: Sequence[str]) -> int:
    args = build_analyze_parser().parse_args(argv)
    language = _message_language
    run = pipeline.run_analysis(analysis_request(args, language))
    print(columns_line(run.import_report.mapping, language), file=sys.stderr)
    written = pipeline.export(run, args.output, ExportChoices(language=language)) if args.output else None
    if args.json:
        print(json.dumps(run.document(), ensure_ascii=False))
    else:
        print_summary(run, language)
    if written is not None:
        print(text("cli.report_written", language, path=written), file=sys.stderr if args.json else sys.stdout)
    status = EXIT_OK
    for code, rejections in (("cli.rows_rejected", run.rejections), ("cli.spend_rows_rejected", run.spend_rejections)):
        if rejections:
            first = rejections[0]
            print(
                "ltv-desktop: "
                + text(
                    code,
                    language,
                    count=len(rejections),
                    row=first.row,
                    column=first.column,
                    value=repr(first.value),
                    reason=say(first, language),
                ),
                file=sys.stderr,
            )
            status = EXIT_USER_ERROR
    return status


def run_subscriptions(argv: Sequence[str]) -> int:
    args = build_subscriptions_parser().parse_args(argv)
    language = _message_language
    options = pipeline.import_options(sheet=args.sheet, encoding=args.encoding)
    run = pipeline.run_subscriptions(
        args.file, options, args.as_of, args.margin, pipeline.locale_for(language, system_locale())
    )
    document = run.document()
    if args.output and args.output.suffix.lower() != ".csv":  # a workbook: ratios as live formulas
        written = pipeline.export_subscriptions(run, args.output, language)
        print(text("cli.report_written", language, path=written), file=sys.stderr if args.json else sys.stdout)
    elif args.output:
        months = run.result.months.assign(month=run.result.months["month"].astype(str))
        headers = {column: text(f"cli.subs.{column}", language) if column in SUBSCRIPTION_COLUMNS else column
                   for column in months.columns}  # fmt: skip
        written = pipeline.export_table(months, headers, args.output, language=language, overwrite=True)
        print(text("cli.report_written", language, path=written), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(text("cli.subs.heading", language, path=args.file, used=len(run.imported.frame),
                   rejected=len(run.imported.rejections)))  # fmt: skip
        columns = SUBSCRIPTION_COLUMNS
        print("  ".join(f"{text(f'cli.subs.{column}', language):>12}" for column in columns))
        for row in document["months"][-12:]:
            kinds = {c: c if c in SHARES or c == "customers" else "revenue" for c in columns[1:]}
            cells = [row["month"]] + [_format(row[c], language, kinds[c]) for c in columns[1:]]
            print("  ".join(f"{cell:>12}" for cell in cells))
        summary = document["summary"]
        for key in (
            "mrr",
            "customers",
            "arpa",
            "logo_churn_monthly",
            "revenue_churn_monthly",
            "grr_12m",
            "nrr_12m",
            "quick_ratio",
            "ltv",
        ):
            if key in summary:
                kind = {"customers": "customers", "quick_ratio": ""}.get(key, key if key in SHARES else "revenue")
                print(f"  {text(f'cli.subs.summary.{key}', language)}: {_format(summary[key], language, kind)}")
    status = EXIT_OK
    if run.imported.rejections:
        first = run.imported.rejections[0]
        print("ltv-desktop: " + text("cli.rows_rejected", language, count=len(run.imported.rejections),
                                     row=first.row, column=first.column, value=repr(first.value),
                                     reason=say(first, language)), file=sys.stderr)  # fmt: skip
        status = EXIT_USER_ERROR
    return status


def run_retention(argv: Sequence[str]) -> int:
    args = build_retention_parser().parse_args(argv)
    language = _message_language
    fit = pipeline.fit_retention(list(args.survival), args.customers)
    document = fit.to_dict(args.periods, args.discount_rate)
    if args.json:
        print(json.dumps(document, ensure_ascii=False))
        return EXIT_OK
    print(text("cli.sbg.fit", language, alpha=fit.alpha, beta=fit.beta, ll=fit.log_likelihood))
    for row in document["projection"]:
        observed = row["survival_observed"]
        shown = format_value(observed, "percent", language)
        print(text("cli.sbg.period", language, period=row["period"], survival=row["survival"], observed=shown,
                   retention=row["retention_rate"]))  # fmt: skip
    if document["derl"] is not None:
        print(text("cli.sbg.derl", language, derl=document["derl"], rate=args.discount_rate))
    return EXIT_OK


def print_summary(run: pipeline.AnalysisRun, language: str) -> None:
    """The headline as text, each number as owners of `language` write it, then notes and rejections."""
    result, summary = run.result, run.result.summary
    print(
        text(
            "cli.summary_heading",
            language,
            path=run.request.sales,
            used=run.rows_used,
            rejected=len(run.rejections),
            as_of=result.as_of,
        )
    )
    # LTV on profit exists only where the file has costs: elsewhere the line would only say "–"
    shown_lines = [name for name in SUMMARY_LINES if name != "profit_ltv" or summary.profit_ltv is not None]
    labels = {name: text(f"cli.summary.{name}", language) for name in shown_lines}
    width = max(len(label) for label in labels.values())
    for name in shown_lines:
        print(f"  {labels[name]:<{width}}  {_format(getattr(summary, name), language, name)}")
    print(result.threshold.sentence(language))
    predictive = result.predictive.warnings if result.predictive is not None else ()
    for notice in (*run.import_report.warnings, *summary.warnings, *predictive):
        print(text("cli.note", language, note=say(notice, language)))
    shown = 20
    for rejection in list(run.rejections)[:shown]:
        print(
            text(
                "cli.rejected_row",
                language,
                row=rejection.row,
                column=rejection.column,
                value=repr(rejection.value),
                reason=say(rejection, language),
            )
        )
    if len(run.rejections) > shown:
        print(text("cli.more_rejected", language, count=len(run.rejections) - shown))


def run_gui_command(argv: Sequence[str]) -> int:
    args = build_gui_parser().parse_args(argv)
    if args.self_test:
        from ltv_desktop.self_test import run_self_test

        return run_self_test()
    from ltv_desktop.controllers.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            demo=args.demo,
            screenshot=args.screenshot,
            language=args.language,
            file=args.file,
            as_of=args.as_of,
            window_size=args.window_size,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `ltv-desktop`; returns the process exit code."""
    global _message_language
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    _message_language = _language_of(argv)
    try:
        if command == "calc":
            return run_calc(argv[1:])
        if command == "analyze":
            return run_analyze(argv[1:])
        if command == "subscriptions":
            return run_subscriptions(argv[1:])
        if command == "retention":
            return run_retention(argv[1:])
        return run_gui_command(argv)
    except LtvError as error:
        print(f"ltv-desktop: {say(error, _message_language)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except SystemExit as leaving:  # argparse's usage errors, --help and --version: their own code, as a return
        return leaving.code if isinstance(leaving.code, int) else EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:  # the last line of defence: one line, never a traceback
        if os.environ.get("LTV_DEBUG"):
            raise
        detail = f"{type(error).__name__}: {error}"
        print(f"ltv-desktop: {text('cli.unexpected', _message_language, detail=detail)}", file=sys.stderr)
        return EXIT_FAILED


def _language_of(argv: Sequence[str]) -> str:
    """--language from the arguments even when they did not parse, else the system's."""
    for index, arg in enumerate(argv):
        if arg == "--language" and index + 1 < len(argv):
            return normalise_language(argv[index + 1])
        if arg.startswith("--language="):
            return normalise_language(arg.split("=", 1)[1])
    return system_language()
