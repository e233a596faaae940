"""Files in and out: reading sales and spend exports, writing reports. No Qt here.

Workbooks are read with python-calamine and written with XlsxWriter; XML that the io code parses itself
goes through defusedxml.
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
