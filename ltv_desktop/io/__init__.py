"""Files in and out: reading sales and spend exports, writing reports. No Qt here.

Workbooks are XML inside zip files; defusedxml must be present so that
openpyxl parses them without entity-expansion attacks (checked at import).
"""

from ltv_desktop.io.errors import (
    BadColumnsOption,
    EmptyFile,
    EncryptedWorkbook,
    LockFile,
    MissingColumn,
    MixedCurrencies,
    UnreadableFile,
)
from ltv_desktop.io.importer import (
    ImportOptions,
    ImportReport,
    ImportResult,
    Preview,
    SkippedRow,
    SpendResult,
    preview,
    read_spend,
    read_transactions,
)
from ltv_desktop.io.mapping import parse_columns_option


def _check_defusedxml() -> None:
    import defusedxml  # noqa: F401  a missing package fails here, at start, not on the first workbook
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:
        raise ImportError("openpyxl does not see defusedxml; reinstall the application")


_check_defusedxml()

__all__ = [
    "BadColumnsOption",
    "EmptyFile",
    "EncryptedWorkbook",
    "ImportOptions",
    "ImportReport",
    "ImportResult",
    "LockFile",
    "MissingColumn",
    "MixedCurrencies",
    "Preview",
    "SkippedRow",
    "SpendResult",
    "UnreadableFile",
    "parse_columns_option",
    "preview",
    "read_spend",
    "read_transactions",
]
