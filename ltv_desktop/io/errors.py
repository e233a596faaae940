"""Errors about files the owner gave us: each says what happened and what to do."""

from __future__ import annotations

from collections.abc import Sequence

from ltv_desktop.model.errors import LtvError


class UnreadableFile(LtvError):
    """The file cannot be read as a table (damaged, wrong kind, a web page, …)."""


class EmptyFile(UnreadableFile):
    """The file has no bytes or no rows."""


class EncryptedWorkbook(UnreadableFile):
    """A password-protected workbook: we cannot and should not guess the password."""


class LockFile(UnreadableFile):
    """Excel's `~$name.xlsx` owner file, not the workbook itself."""


LISTED_COLUMNS = 20
"""A message names at most this many columns: a 5,000-column file must not fill the screen with names."""


def column_list(found: Sequence[str]) -> str:
    """Columns (or sheets) for a message: all of them, or the first ones, the last and how many in all
    (`a, b, …, z (300)`), which reads the same in every language."""
    if len(found) <= LISTED_COLUMNS:
        return ", ".join(found)
    return f"{', '.join(found[: LISTED_COLUMNS - 1])}, …, {found[-1]} ({len(found)})"


class MissingColumn(LtvError):
    """A required role (customer, date, amount) matches no column; lists the columns that were found."""

    def __init__(self, message: str, role: str, found: tuple[str, ...], header: str | None = None) -> None:
        code = "missing_column" if header is None else "no_such_column"
        super().__init__(message, code, {"role": role, "columns": column_list(found), "header": header})
        self.role = role
        self.found = found

    @classmethod
    def of(cls, role: str, found: Sequence[str], header: str | None = None) -> MissingColumn:
        """The error with its English sentence from the catalogue: `header` is the column the owner named, if any."""
        from ltv_desktop.i18n.catalogue import known, text

        code = "missing_column" if header is None else "no_such_column"
        name = text(f"role.{role}", "en") if known(f"role.{role}") else role.replace("_", " ")
        return cls(text(code, "en", role=name, columns=column_list(found), header=header), role, tuple(found), header)


class MixedCurrencies(LtvError):
    """One amount column holds more than one currency: adding them up would be wrong."""


class BadColumnsOption(LtvError):
    """The --columns text is not role=Header pairs."""


class WorkbookTooLarge(UnreadableFile):
    """A workbook whose parts claim more rows, columns or strings than its bytes or our budgets allow.

    Refused before the native reader runs, because that reader would try to allocate what the file claims.
    """


class NotASpreadsheet(UnreadableFile):
    """A picture, a PDF, a program, an archive or random bytes: named for what it is, never read as columns."""


class TextTooWide(UnreadableFile):
    """A text file with a line or a field count beyond what any sales export has, refused before parsing."""


# -- writing files: the Excel report, CSV tables, analysis files -------------------------------------------------


class ExportFailed(LtvError):
    """A file could not be written; whatever was at the target before is untouched."""


class TargetLocked(ExportFailed):
    """The target is open in Excel or LibreOffice (a lock file beside it, or the system refuses to replace it)."""


class TargetExists(ExportFailed):
    """The target exists and the caller did not agree to replace it."""


class ExportFolderMissing(ExportFailed):
    """The folder to write into does not exist (or is a file)."""


class ExportFolderReadOnly(ExportFailed):
    """The folder cannot be written into: no permission, or a read-only disk."""


class ExportDiskFull(ExportFailed):
    """The disk filled up (or the file outgrew what the disk allows for one file) while writing."""


class UnsupportedExportKind(ExportFailed):
    """The file name ends with neither .xlsx nor .csv: we refuse rather than write another kind under that name."""
