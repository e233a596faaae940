"""Cheap checks of an .xlsx's parts before the native reader sees it.

calamine sizes its memory from what the workbook claims: a shared-strings table
that declares four billion strings, or one cell at XFD1048576 (a sheet of
17 billion cells), makes it allocate tens or hundreds of gigabytes and abort
the whole process, which no `except` can catch. Both claims cost a 2 kB file.
So the parts are read first as a stream of bytes (never all in memory): the
shared-strings count must fit in the bytes of its part, every sheet's extent
(highest row × highest column referenced) must fit a cell budget, and no part
may unpack to more than the size limit, whatever its zip header says.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.errors import WorkbookTooLarge

CELL_BUDGET = 60_000_000
"""Cells one sheet may span (about 2 GB inside the reader): a million rows of 60 columns."""
PART_BUDGET = 1_500_000_000
"""Bytes one part may unpack to, counted while unpacking (a zip header can lie)."""
MIN_SHARED_STRING_BYTES = 5
"""`<si/>`: the shortest shared string; a part of n bytes holds at most n / 5 of them."""
CHUNK = 4 << 20
OVERLAP = 64
"""Bytes kept from the previous chunk so that a cell reference cut in two is still seen whole."""
NARROW_COLUMNS = 26
"""A sheet whose references use one-letter columns (A–Z) spans at most 26 × 1,048,576 cells: within budget
without counting its rows."""

WIDE_REFERENCE = re.compile(rb' r="([A-Z]{2,3})(\d+)"')
"""A cell reference with a two- or three-letter column. Only cells carry an `r` with letters (rows carry a
number), whatever the attribute order; the literal ` r="` lets the regex engine skip ahead quickly."""
ANY_WIDE = re.compile(rb' r="[A-Z]{2}')
ROW_NUMBER = re.compile(rb' r="[A-Z]{0,3}(\d+)"')
"""The row of a `<row r="7">` or of a cell reference `r="B7"`."""
UNIQUE_COUNT = re.compile(rb'<(?:\w+:)?sst\b[^>]*?\buniqueCount="(\d+)"')


def column_number(letters: bytes) -> int:
    """`A` → 1, `Z` → 26, `AA` → 27, `XFD` → 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_xlsx(path: Path) -> None:
    """Raise WorkbookTooLarge when a part claims more than its bytes or the budgets allow."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.lower()
                if name == "xl/sharedstrings.xml":
                    _check_shared_strings(path, archive, info)
                elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    _check_sheet(path, archive, info)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
        return  # a damaged part is calamine's to report in its own words; only size claims are judged here


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path):
    """The part's bytes in chunks with a small overlap, stopping at the size budget."""
    unpacked = 0
    tail = b""
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                return
            unpacked += len(chunk)
            if unpacked > PART_BUDGET:
                raise _too_large(path, "files.part_too_large", part=info.filename, megabytes=PART_BUDGET // 10**6)
            yield tail + chunk
            tail = chunk[-OVERLAP:]


def _check_shared_strings(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    with archive.open(info) as stream:
        head = stream.read(4096)
    found = UNIQUE_COUNT.search(head)
    if not found:
        return
    claimed = int(found.group(1))
    room = info.file_size // MIN_SHARED_STRING_BYTES + 1
    if claimed > room:
        raise _too_large(path, "files.shared_strings_claim", claimed=claimed, room=room)


def _check_sheet(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Highest column × highest row referenced must fit CELL_BUDGET.

    Most exports use columns A–Z only; then one cheap search per chunk proves the sheet narrow and
    rows need not be counted. Only a sheet with a two- or three-letter column reference is measured.
    """
    widest = 0
    highest = 0
    wide = False
    for chunk in _chunks(archive, info, path):
        if not wide and ANY_WIDE.search(chunk) is None:
            continue
        if not wide:
            wide = True  # the rows of the chunks before this one are counted again from here on
            highest = max(highest, _highest_row(chunk))
        for letters, _ in WIDE_REFERENCE.findall(chunk):
            widest = max(widest, column_number(letters))
        highest = max(highest, _highest_row(chunk))
        if widest * highest > CELL_BUDGET:
            break
    if not wide:
        return
    if widest * highest <= CELL_BUDGET:
        # Rows of the chunks read before the first wide reference: read the part again, rows only.
        for chunk in _chunks(archive, info, path):
            highest = max(highest, _highest_row(chunk))
            if widest * highest > CELL_BUDGET:
                break
    if widest * highest > CELL_BUDGET:
        raise _too_large(
            path, "files.sheet_too_large", part=info.filename, rows=highest, columns=widest, cells=widest * highest
        )


def _highest_row(chunk: bytes) -> int:
    return max((int(number) for number in ROW_NUMBER.findall(chunk)), default=0)


def _too_large(path: Path, code: str, **params: object) -> WorkbookTooLarge:
    params = {"name": path.name, **params}
    return WorkbookTooLarge(text(code, "en", **params), code, params)
