"""The one application layer: a typed request in, an analysis run out, and the run exported.

The command line, the window's worker and the self-test all ask for an analysis here and show the run
they get back; none of them strings the readers, the model and the export together itself, so the same
file gives the same numbers in every front end. Qt-free. The readers, the analysis, the predictive models and
XlsxWriter load on first use, not when the window starts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ltv_desktop.i18n import normalise_language
from ltv_desktop.model.calculator import CalculatorInputs, inputs_from_summary
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.progress import NO_PROGRESS, Progress
from ltv_desktop.model.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

    from ltv_desktop.io.importer import ImportOptions, ImportReport, Preview

    # the views name what the import options and the column choices are through the pipeline, never io
    from ltv_desktop.io.mapping import RoleChoice as RoleChoice
    from ltv_desktop.model.result import AnalysisResult
    from ltv_desktop.model.transactions import Rejection

__all__ = [
    "AnalysisRequest",
    "AnalysisRun",
    "ExportChoices",
    "ForecastOptions",
    "export",
    "export_table",
    "export_tables",
    "fit_retention",
    "import_options",
    "import_options_for",
    "load_engine",
    "load_project",
    "locale_for",
    "parse_columns",
    "preview",
    "run_analysis",
    "run_subscriptions",
    "save_project",
    "write_whole",
]

LOCALES = {"en": "en_US", "ru": "ru_RU", "pl": "pl_PL"}
"""The locale whose date habits a language stands for: en month first, ru and pl day first."""


@dataclasses.dataclass(frozen=True)
class ForecastOptions:
    """The predictive step (docs/metrics.md section 3): whether to run it, its time unit and horizon.

    Plain values, so the window can keep them without loading the predictive models at start.
    """

    enabled: bool = True
    time_unit: Literal["day", "week", "month"] = "week"
    horizon_months: float = 12.0
    model: Literal["auto", "bgnbd", "mbgnbd", "paretonbd"] = "auto"
    """auto: the model with the best holdout error, else the best BIC (docs/metrics.md 3.1)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class AnalysisRequest:
    """Everything one analysis needs: the sales file and how to read it, the spend, the settings.

    `language` is the language of messages; with `locale` it decides how ambiguous dates read (01/02/2024
    is 2 January in American English, 1 February in Russian and Polish) unless the import options say so,
    and the spend file is read the same way.
    `spend` is a spend file; `typed_spend` a table of month and amount the owner typed (one or neither).
    """

    sales: Path
    import_options: ImportOptions | None = None
    """How to read the sales file; None: find everything out from the file."""
    settings: Settings = dataclasses.field(default_factory=Settings)
    forecast: ForecastOptions = dataclasses.field(default_factory=ForecastOptions)
    spend: Path | None = None
    typed_spend: pd.DataFrame | None = None
    language: str = "en"
    locale: str | None = None
    """The owner's locale (`en_GB`, `de_DE`) when known; else the language's (en_US, ru_RU, pl_PL)."""

    def sales_options(self) -> ImportOptions:
        """The import options with the locale's date habit filled in where the owner chose none."""
        return import_options_for(self.import_options, self.locale or LOCALES[normalise_language(self.language)])

    def spend_options(self) -> ImportOptions:
        """The spend file is read as the sales file is: same encoding, same date habit; its own columns."""
        sales = self.sales_options()
        return import_options(encoding=sales.encoding, dayfirst=sales.dayfirst, locale=sales.locale)


def load_engine() -> None:
    """Import pandas, the readers and the analysis now. The window calls this on a thread once it has been
    idle for a moment after start: otherwise the first preview that arrives from the analysis process loads
    them while the owner waits, and the import holds the window's interpreter lock for longer than a click
    may wait."""
    import importlib

    for module in ("ltv_desktop.io.importer", "ltv_desktop.model.analysis"):
        importlib.import_module(module)


def locale_for(language: str, system: str | None) -> str:
    """The locale whose date habits an analysis follows: the system's when it speaks `language` (en_GB writes
    the day first, en_US the month), else the language's own (en_US, ru_RU, pl_PL)."""
    language = normalise_language(language)
    if system and system.replace("-", "_").split("_")[0].lower() == language:
        return system
    return LOCALES[language]


def import_options(**choices: Any) -> ImportOptions:
    """Import options from the owner's choices (sheet, encoding, delimiter, header_row, columns, dayfirst)."""
    from ltv_desktop.io.importer import ImportOptions

    return ImportOptions(**choices)


def parse_columns(option: str) -> dict[str, str]:
    """`customer_id=Клиент,amount=Сумма` (the command line's --columns) as role → header."""
    from ltv_desktop.io.mapping import parse_columns_option

    return parse_columns_option(option)


def import_options_for(options: ImportOptions | None, locale: str) -> ImportOptions:
    """`options` with `locale` where none is set, so ambiguous dates follow the owner's habit."""
    options = options if options is not None else import_options()
    return options if options.locale else dataclasses.replace(options, locale=locale)


@dataclasses.dataclass(frozen=True)
class AnalysisRun:
    """One analysis as every front end shows it: the result and how the input was read."""

    request: AnalysisRequest
    """What was asked: the files, how to read them, the settings; the run names its source file from it."""
    result: AnalysisResult
    import_report: ImportReport
    """Which column got which role and why, the date habit, the notices the import raised."""
    rows_read: int
    """The file's data rows, the rejected ones included."""
    rows_used: int
    rejections: tuple[Rejection, ...]
    """Rows of the sales file that could not be read, each with its row number and why."""
    spend_rejections: tuple[Rejection, ...] = ()
    """Rows of the spend file that could not be read: shown beside the sales rejections, never dropped."""
    spend_rows_used: int = 0

    @property
    def source_name(self) -> str:
        return self.request.sales.name

    @property
    def spend_name(self) -> str | None:
        return self.request.spend.name if self.request.spend is not None else None

    @property
    def calculator_inputs(self) -> CalculatorInputs | None:
        """The calculator's inputs that reproduce the headline (docs/metrics.md 2.4 is section 1 in numbers)."""
        return inputs_from_summary(self.result.summary, self.result.settings)

    def input_block(self) -> dict[str, Any]:
        """The JSON `input` object: what was detected, rows read, used and rejected, every rejection."""
        block: dict[str, Any] = {
            **self.import_report.to_dict(),
            "path": str(self.request.sales),
            "rows_read": self.rows_read,
            "rows_used": self.rows_used,
            "rows_rejected": len(self.rejections),
            "rejections": [rejection.to_dict() for rejection in self.rejections],
        }
        if self.request.spend is not None:
            block["spend"] = {
                "path": str(self.request.spend),
                "rows_used": self.spend_rows_used,
                "rows_rejected": len(self.spend_rejections),
                "rejections": [rejection.to_dict() for rejection in self.spend_rejections],
            }
        return block

    def document(self) -> dict[str, Any]:
        """The whole `analyze --json` object."""
        from ltv_desktop.io.report_json import analysis_document

        return analysis_document(self.result, self.input_block())


@dataclasses.dataclass(frozen=True)
class SubscriptionRun:
    """A subscription file analysed: MRR movements, ratios, cohorts, and the sBG projection of retention."""

    path: Path
    imported: Any
    result: Any
    retention: Any | None
    """The shifted-beta-geometric fit over all start cohorts; None when no cohort has a month to learn from."""

    def document(self) -> dict[str, Any]:
        """The `subscriptions --json` object: `input`, `months`, `summary`, `cohorts`, `retention`."""
        return {
            "input": {**self.imported.to_dict(), "path": str(self.path)},
            **self.result.to_dict(),
            "retention": self.retention.to_dict() if self.retention is not None else None,
        }


def run_subscriptions(
    path: Path, options: ImportOptions | None = None, as_of: Any = None, margin: float = 1.0, locale: str = "en_US"
) -> SubscriptionRun:
    """Read a subscription export and analyse it (docs/metrics.md section 5)."""
    import pandas as pd

    from ltv_desktop.io.subscriptions import read_subscriptions
    from ltv_desktop.model.subscriptions import analyze_subscriptions

    imported = read_subscriptions(path, import_options_for(options, locale))
    result = analyze_subscriptions(imported.frame, pd.Timestamp(as_of) if as_of is not None else None, margin)
    try:
        retention = result.fit_retention()
    except LtvError:
        retention = None
    return SubscriptionRun(Path(path), imported, result, retention)


def is_subscription_file(columns: list[str]) -> bool:
    """Whether a previewed header reads as a subscription export (io/subscriptions.py, looks_like_subscriptions)."""
    from ltv_desktop.io.subscriptions import looks_like_subscriptions

    return looks_like_subscriptions(columns)


def export_subscriptions(run: SubscriptionRun, path: Path, language: str = "en") -> Path:
    """The Excel workbook of a subscription run: movements, headline ratios as live formulas, sBG projection."""
    from ltv_desktop.io.subscription_export import export_subscription_workbook

    return export_subscription_workbook(run.result, run.retention, path, normalise_language(language), run.path.name)


def fit_retention(survival: list[float], customers: float = 1000.0) -> Any:
    """The shifted-beta-geometric fit of a survival curve the owner typed (share still subscribed after each
    period), with no file."""
    from ltv_desktop.model.sbg import fit_sbg

    return fit_sbg(survival, customers)


def preview(path: Path, options: ImportOptions | None, locale: str = LOCALES["en"]) -> Preview:
    """The first rows of a file, what was detected and the automatic mapping, for the Data tab."""
    from ltv_desktop.io.importer import preview as read_preview

    return read_preview(path, import_options_for(options, locale))


def run_analysis(request: AnalysisRequest, progress: Progress = NO_PROGRESS) -> AnalysisRun:
    """Read the sales and the spend, analyse them, and return the run (raises `LtvError` for bad input)."""
    from ltv_desktop.io.importer import read_spend, read_transactions
    from ltv_desktop.model.analysis import analyze

    imported = read_transactions(request.sales, request.sales_options(), progress.part(0.0, 0.45))
    spend_frame = None
    spend_rejections: tuple[Rejection, ...] = ()
    if request.spend is not None:
        spend_read = read_spend(request.spend, request.spend_options(), progress.part(0.45, 0.5))
        spend_frame, spend_rejections = spend_read.frame, spend_read.rejections
    elif request.typed_spend is not None:
        spend_frame = typed_spend_frame(request.typed_spend)
    result = analyze(
        imported.transactions,
        request.settings,
        spend=spend_frame,
        predictive=_predictive_options(request.forecast),
        progress=progress.part(0.5, 1.0),
    )
    transactions = imported.transactions
    return AnalysisRun(
        request=request,
        result=result,
        import_report=imported.report,
        rejections=tuple(transactions.rejections),
        rows_read=transactions.rows_read,
        rows_used=transactions.rows_used,
        spend_rejections=tuple(spend_rejections),
        spend_rows_used=len(spend_frame) if spend_frame is not None else 0,
    )


def _predictive_options(forecast: ForecastOptions) -> Any:
    if not forecast.enabled:
        return None
    from ltv_desktop.model.predictive import PredictiveOptions

    return PredictiveOptions(time_unit=forecast.time_unit, horizon_months=forecast.horizon_months, model=forecast.model)


def typed_spend_frame(typed: pd.DataFrame) -> pd.DataFrame:
    """Spend typed on the Data tab (month or date, amount); a row that does not read stops the analysis with
    a message naming it, rather than vanish from CAC."""
    import pandas as pd

    from ltv_desktop.io.dates import parse_dates
    from ltv_desktop.io.numbers import parse_amounts

    dates = parse_dates(typed["date"].astype(object)).values
    amounts = parse_amounts(typed["amount"].astype(object)).values
    bad = [
        f"{index + 1}: {typed['date'].iloc[index]!s} · {typed['amount'].iloc[index]!s}"
        for index in range(len(typed))
        if pd.isna(dates[index]) or pd.isna(amounts[index])
    ]
    if bad:
        from ltv_desktop.i18n.catalogue import text

        code, params = "pipeline.typed_spend_unreadable", {"rows": "; ".join(bad)}
        raise LtvError(text(code, "en", **params), code, params)
    return typed.assign(date=dates, amount=amounts)


@dataclasses.dataclass(frozen=True)
class ExportChoices:
    """How the owner wants the report: its language and currency (the numbers come from the run)."""

    language: str = "en"
    currency: str = ""
    calculator_inputs: CalculatorInputs | None = None
    """What the owner has in the calculator; by default the inputs that reproduce the headline."""


def export(
    run: AnalysisRun, path: Path, choices: ExportChoices | None = None, progress: Progress = NO_PROGRESS
) -> Path:
    """The Excel report of a run (live formulas for the headline); returns the path written."""
    from ltv_desktop.io.export import ExportOptions, export_workbook

    choices = choices or ExportChoices()
    options = ExportOptions(
        language=normalise_language(choices.language),
        currency=choices.currency,
        calculator_inputs=choices.calculator_inputs or run.calculator_inputs,
        spend_rejections=run.spend_rejections,
        spend_file=run.spend_name or "",
    )
    return Path(export_workbook(run.result, path, options, progress))


def export_tables(result: AnalysisResult, folder: Path, language: str = "en") -> list[Path]:
    """Every table of an analysis as CSV files in `folder`."""
    from ltv_desktop.io.export import export_tables_csv

    return export_tables_csv(result, folder, normalise_language(language))


def export_table(
    frame: pd.DataFrame, headers: dict[str, str], path: Path, language: str = "en", overwrite: bool = False
) -> Path:
    """One visible table to the CSV or XLSX file the owner named: their headers, values rounded per column."""
    from ltv_desktop.io.table_export import default_decimals
    from ltv_desktop.io.table_export import export_table as write

    return write(frame, headers, path, default_decimals(frame), language=normalise_language(language),
                 overwrite=overwrite)  # fmt: skip


def write_whole(path: Path, write: Any) -> Path:
    """Call `write(temporary_path)` and put the file at `path` only when it is complete (a chart picture):
    a failed write never leaves half a file under the owner's name, and says why in one sentence."""
    from ltv_desktop.io.atomic import atomic_write

    with atomic_write(path) as temporary:
        write(temporary)
    return path


def save_project(
    path: Path, source: Path, options: ImportOptions | None, settings: Settings, spend: Path | None
) -> None:
    """File → Save analysis: which file, how it was read and the settings (never the customers' data)."""
    from ltv_desktop.io.project import save_project as write

    write(path, source, options or import_options(), settings, spend)


def load_project(path: Path) -> AnalysisRequest:
    """File → Open analysis: the request that reads the saved file again with its saved choices."""
    from ltv_desktop.io.project import load_project as read

    sales, options, settings, spend = read(path)
    return AnalysisRequest(sales=sales, import_options=options, settings=settings, spend=spend)
