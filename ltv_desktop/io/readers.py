"""Readers: any supported file becomes a `Grid` of cells with the row numbers the user sees.

One thin adapter per kind of file (pandas' io/excel habit): text through
pandas' C parser, every workbook kind (xlsx, xlsm, xlsb, xls, ods) through
python-calamine. Sniffing, header finding, mapping and parsing are shared by
the importer, whatever the source.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text as message
from ltv_desktop.io.errors import EmptyFile, EncryptedWorkbook, TextTooWide, UnreadableFile, column_list
from ltv_desktop.io.fixed_width import Layout, find_layout, split_lines
from ltv_desktop.io.mapping import header_score
from ltv_desktop.io.sniff import (
    ASCII_COMPATIBLE,
    CODE_PAGES,
    QUOTED,
    candidate_encodings,
    decode,
    detect_format,
    has_control_bytes,
    sniff_delimiter,
    strip_control,
)
from ltv_desktop.io.structure import HEADER_SEARCH_ROWS, Structure, header_names_every_column, repair_structure
from ltv_desktop.io.xlsx_guard import check_xlsx
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import Rejection

MAX_LINE_CHARACTERS = 1_000_000
"""A line of a sales export is a few hundred characters; one of a million is not a table (or lost its line breaks)."""
MAX_FIELDS = 16_384
"""Excel's own column limit: no export has more columns than the program it is opened in."""
PREVIEW_BYTES = 2_000_000
SNIFF_CHARACTERS = 2_000_000
"""The start of a text that the layout, the delimiter and the width are judged on (each reads at most this)."""
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `str.isspace()` holds for: what `str.strip()` removes from a cell's ends (a test checks
every code point)."""


@dataclass
class Grid:
    """Cells (object DataFrame, columns 0..n-1; see `different` for columns still in bytes) and each row's number
    as the user sees it."""

    cells: pd.DataFrame
    row_numbers: np.ndarray
    format: str
    typed: bool
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    date1904: bool = False
    warnings: list[Notice] = field(default_factory=list)
    encoding_alternatives: tuple[str, ...] = ()
    damaged: list[Rejection] = field(default_factory=list)
    """Lines of a text file whose structure is broken (more fields than the header, an unclosed quote),
    taken out of `cells`: the importer adds them to its rejections, so read + rejected + skipped = lines."""
    """Other encodings the text may be in, most plausible first (empty when forced, UTF-8 or UTF-16):
    the importer re-reads with the first of them when most amounts fail to read (sniff.candidate_encodings)."""
    trimmed: bool = False
    """Every cell is a `str` (or ASCII bytes, see `different`) that `str.strip()` leaves as it is, shown from the
    text before it was parsed (`no_cell_trims`): the importer then takes the cells as their trimmed text without
    looking at each."""
    different: frozenset[int] = frozenset()
    """Columns whose filled cells are all different, shown from their bytes (`all_different`); only in a
    `trimmed` grid, where a cell's text is its bytes. The importer passes it on for the order column. Read with
    `keep_bytes`, such a column may still be its fixed-width bytes (numpy dtype kind "S", ASCII cells):
    `as_texts` and `column_texts` give its texts."""


def as_texts(cells: pd.DataFrame, but: object = None) -> pd.DataFrame:
    """`cells` with every column still in bytes (`read_grid(keep_bytes=True)`) made texts, except the column
    `but`; `cells` itself when there is none to make."""
    kept = [column for column in cells.columns if cells[column].dtype.kind == "S" and column != but]
    if not kept:
        return cells
    texts = cells.copy(deep=False)
    for column in kept:
        texts[column] = column_texts(cells[column])
    return texts


def column_texts(cells: pd.Series) -> pd.Series:
    """A column of a grid as texts: the column itself, or its texts when it is still bytes."""
    if cells.dtype.kind != "S":
        return cells
    return pd.Series(bytes_as_texts(cells.to_numpy()), index=cells.index, dtype=object, name=cells.name)


def bytes_as_texts(raw: np.ndarray) -> np.ndarray:
    """ASCII cells of a fixed-width bytes array as an object array of `str`, in one numpy cast (not pandas'
    str dtype, which would check every cell again)."""
    return raw.astype(np.dtypes.StringDType()).astype(object)


def read_grid(path: Path, sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None,
              preview: bool = False, keep_bytes: bool = False) -> Grid:  # fmt: skip
    """Read any supported file as cells; `preview` reads only the start of a text file.

    `keep_bytes`: a column of a text file whose cells all differ (`Grid.different`) may stay fixed-width bytes
    (`as_texts` makes them texts). A million order numbers then never become a million texts when the only
    thing the analysis needs from them is that each row is an order of its own."""
    if not path.exists():
        raise UnreadableFile.because("not_found", path=str(path))
    if path.is_dir():
        raise UnreadableFile.because("folder", path=str(path))
    with path.open("rb") as handle:
        head = handle.read(4096)
    kind = detect_format(path, head)
    if kind == "csv":
        grid = _read_text(path, encoding, delimiter, preview, keep_bytes)
        if path.suffix.lower() in (".xlsx", ".xls", ".xlsm", ".ods"):
            grid.warnings.append(Notice.of("text_named_as_workbook", name=path.name))
        return grid
    return _read_workbook(path, kind, sheet)


def _read_text(path: Path, encoding: str | None, delimiter: str | None, preview: bool, keep_bytes: bool) -> Grid:
    with path.open("rb") as handle:
        raw = handle.read(PREVIEW_BYTES if preview else -1)
    truncated = preview and len(raw) == PREVIEW_BYTES
    alternatives: tuple[str, ...] = ()
    text: str | None
    if encoding is None and not truncated and raw.isascii() and not has_control_bytes(raw):
        # What `decode` makes of ASCII without control bytes (no mark, not UTF-16): UTF-8, the bytes themselves.
        # The parser reads the bytes; the sniffing reads only the first lines, so 70 MB are not decoded.
        text, used_encoding, as_utf8 = None, "utf-8", raw
        head = raw[:SNIFF_CHARACTERS].decode("ascii")
    else:
        text, used_encoding = decode(raw, encoding)
        if encoding is None and used_encoding in CODE_PAGES:
            alternatives = tuple(other for other in candidate_encodings(raw) if other != used_encoding)
        if truncated:
            text = text[: text.rfind("\n") + 1] if "\n" in text else text
        clean = used_encoding in ASCII_COMPATIBLE and not has_control_bytes(raw)
        # a byte-order mark that control characters hid leads the text once they are gone: pandas' parser drops
        # a leading one, so it goes here too, and the trim proof below sees the cells as the parser will cut them
        cleaned = (text if clean else strip_control(text)).removeprefix("\ufeff")
        # The C parser reads UTF-8 bytes itself; handed a str, pandas re-encodes it in Python-sized chunks,
        # which cost about 1 s of the million-row benchmark. The raw bytes serve whenever they are this text.
        as_utf8 = raw if used_encoding == "utf-8" and cleaned is text and not truncated else cleaned.encode("utf-8")
        text = cleaned
        head = text[:SNIFF_CHARACTERS]
        del cleaned
    # as `not text.strip()`, without copying 70 MB (ASCII bytes are whitespace where their text is)
    if (not text or text.isspace()) if text is not None else (not as_utf8 or as_utf8.isspace()):
        raise EmptyFile.because("no_rows", name=path.name)
    layout = find_layout(head) if delimiter is None else None
    if layout is not None:
        check_line_budget(as_utf8, None, path.name)
        whole = text if text is not None else raw.decode("ascii")
        return _fixed_width_grid(whole, layout, used_encoding, alternatives, path.name)
    delimiter = delimiter or sniff_delimiter(head)
    check_line_budget(as_utf8, delimiter, path.name)
    sample = [QUOTED.sub("", line) for line in head.splitlines()[: HEADER_SEARCH_ROWS + 200]]
    width = max(line.count(delimiter) for line in sample) + 1
    # The text as a str (1-4 bytes a character) is not held while the parser builds the grid: peak memory.
    # Only a file with quotes needs it again (row numbers, damaged structure): decoded back from the same bytes.
    quoted = b'"' in as_utf8
    del raw, text, head
    trimmed = no_cell_trims(as_utf8, delimiter)
    try:
        as_bytes = {} if preview else distinct_columns(as_utf8, delimiter, width)
        cells, different = _parse_text(as_utf8, delimiter, width, as_bytes, trimmed, keep_bytes and not quoted)
    except (pd.errors.ParserError, ValueError):
        trimmed, different = False, frozenset()  # the proof is about pandas' reading of the text, not the csv module's
        # newline="": the csv module sees a lone CR as the line end it is (else "new-line character seen in
        # unquoted field", a traceback for a file pandas could not read either)
        rows = list(csv.reader(io.StringIO(as_utf8.decode("utf-8"), newline=""), delimiter=delimiter))
        width = max(len(row) for row in rows)
        cells = pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype=object)
        if not len(cells.columns):
            raise EmptyFile.because("no_rows", name=path.name) from None
    cells = cells.astype({column: object for column in cells.columns if cells[column].dtype.kind != "S"})
    row_numbers = np.arange(1, len(cells) + 1, dtype=np.int64)
    text = as_utf8.decode("utf-8") if quoted else ""
    if quoted:
        breaks = np.zeros(len(cells), dtype=np.int64)
        for column in cells.columns:
            if "\n" in "".join(cells[column].to_numpy()):  # one scan, not a str accessor per cell
                breaks += cells[column].str.count("\n").to_numpy()
        row_numbers += np.concatenate(([0], np.cumsum(breaks)[:-1]))
    kept = any(cells[column].dtype.kind == "S" for column in cells.columns)
    if kept and not header_names_every_column(as_texts(cells.head(HEADER_SEARCH_ROWS))):
        cells, kept = as_texts(cells), False  # a line may have fields beyond the header: the repair reads texts
    # bytes are kept only in a text without quotes: with a header naming every column, there is nothing to repair
    if kept:
        repaired = Structure(cells, row_numbers)
    else:
        repaired = repair_structure(cells, row_numbers, text, delimiter, path.name)
    grid = Grid(
        repaired.cells,
        repaired.row_numbers,
        "csv",
        typed=False,
        encoding=used_encoding,
        delimiter=delimiter,
        encoding_alternatives=alternatives,
        damaged=repaired.damaged,
        trimmed=trimmed and repaired.cells is cells,  # a repaired grid re-cut some lines: no proof for those
        different=different if trimmed and repaired.cells is cells else frozenset(),
    )
    grid.warnings.extend(repaired.notices)
    return grid


DISTINCT_SAMPLE_BYTES = 256_000
"""The start of a text that `distinct_columns` reads: a few thousand lines of an export."""
DISTINCT_SAMPLE_LINES = 1_000
"""Fewer lines than this in the sample: the file is small, and no column is read as bytes."""
DISTINCT_SHARE = 0.9
"""A column this nearly all different in the sample holds a number per line (order, invoice, transaction)."""
DISTINCT_MAX_CHARACTERS = 32
"""Such numbers are short: a column of longer cells is read as texts, so its bytes never need much memory."""


def distinct_columns(data: bytes, delimiter: str, width: int) -> dict[int, int]:
    """The columns to read as bytes (`_parse_text`): position → width in bytes, from the text's first lines.

    pandas' parser makes each cell a text through a table of the texts it has made, which saves memory where
    texts repeat and costs twice the making where they do not (a million order numbers). A column whose sampled
    cells are nearly all different and short ASCII is read as fixed-width bytes and made texts in one numpy cast.
    The width leaves room for cells twice the longest sampled one; `_parse_text` checks that none needed more.
    """
    head = data[:DISTINCT_SAMPLE_BYTES]
    head = head[: head.rfind(b"\n") + 1]
    if len(data) <= DISTINCT_SAMPLE_BYTES or head.count(b"\n") < DISTINCT_SAMPLE_LINES:
        return {}
    try:
        with warnings.catch_warnings():  # the reading of the whole text says what there is to say about it
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            sample = _read_csv(head, delimiter, width, {})
    except (pd.errors.ParserError, ValueError):
        return {}
    widths = {}
    for position in sample.columns:
        cells = sample[position].tolist()
        if len(set(cells)) < DISTINCT_SHARE * len(cells):
            continue
        longest = max(map(len, cells), default=0)
        if 0 < longest <= DISTINCT_MAX_CHARACTERS and all(map(str.isascii, cells)):
            widths[int(position)] = max(16, -(-2 * longest // 8) * 8)
    return widths


def _read_csv(data: bytes, delimiter: str, width: int, as_bytes: dict[int, int]) -> pd.DataFrame:
    """pandas' C parser over UTF-8 bytes: every cell its text (or, for the columns in `as_bytes`, its bytes).

    na_filter=False: every cell is its text, a short line's missing fields are "" (never NaN), and the parser
    skips its NA lookups; no pass over the grid looking for NaN is needed afterwards."""
    dtypes = {position: f"S{as_bytes[position]}" if position in as_bytes else object for position in range(width)}
    return pd.read_csv(
        io.BytesIO(data), encoding="utf-8", sep=delimiter, header=None, names=range(width), dtype=dtypes,
        na_filter=False, skip_blank_lines=False, engine="c", quotechar='"', index_col=False,
    )  # fmt: skip


def _parse_text(
    data: bytes, delimiter: str, width: int, as_bytes: dict[int, int], find_different: bool = True,
    keep_bytes: bool = False,
) -> tuple[pd.DataFrame, frozenset[int]]:  # fmt: skip
    """The grid of texts pandas' parser gives, with the columns of `as_bytes` read as bytes and cast to texts;
    and those of them whose filled cells are all different (`all_different`), when `find_different` (a grid
    whose cells may need trimming keeps none: trimmed, two different cells may become one). With `keep_bytes`,
    those stay bytes (`as_texts` gives their texts).

    A cell that fills its column's width may have been cut, and a byte above 127 is not one character: then
    the whole text is read again as texts, so the grid is the same either way (a test compares them)."""
    cells = _read_csv(data, delimiter, width, as_bytes)
    different = set()
    for position, size in as_bytes.items():
        raw = np.ascontiguousarray(cells[position].to_numpy())
        view = raw.view(np.uint8).reshape(len(raw), size)
        if view[:, -1].any() or (view > 127).any():
            del cells, raw, view  # the first grid goes before the second is read: peak memory
            return _read_csv(data, delimiter, width, {}), frozenset()
        if find_different and all_different(raw):
            different.add(position)
            if keep_bytes:
                cells[position] = pd.Series(raw, index=cells.index, copy=False)
                continue
        cells[position] = pd.Series(bytes_as_texts(raw), index=cells.index, dtype=object, copy=False)
    return cells, frozenset(different)


MIX = np.uint64(0x9E3779B97F4A7C15)
"""An odd constant: multiplying by it mixes a cell's bytes into the next eight without losing any."""


def all_different(cells: np.ndarray) -> bool:
    """Whether the filled cells of a fixed-width bytes column (width a multiple of 8) are all different.

    Each cell's bytes are mixed into one 64-bit number: equal cells give equal numbers, so numbers that all
    differ show the cells do (a collision only leaves it unshown). One sort of a million numbers, where a table
    of a million texts costs several times more. An empty cell is all zero bytes, its first eight too.
    """
    size = cells.dtype.itemsize
    if size == 0 or size % 8 or not cells.flags.c_contiguous:
        return False
    words = cells.view(np.uint64).reshape(len(cells), size // 8)
    filled = words[:, 0] != 0
    mixed = words[filled, 0]
    for column in range(1, words.shape[1]):
        mixed *= MIX
        mixed ^= words[filled, column]
    mixed.sort()
    return bool((mixed[1:] != mixed[:-1]).all())


def _occurrences(data: np.ndarray, code: bytes, leads: dict[int, np.ndarray]) -> np.ndarray:
    """Where the byte sequence `code` starts in `data` (`leads` keeps each first byte's positions for the next)."""
    if code[0] not in leads:
        leads[code[0]] = np.flatnonzero(data == code[0])
    at = leads[code[0]]
    at = at[at + len(code) <= len(data)]
    for offset in range(1, len(code)):
        at = at[data[at + offset] == code[offset]]
    return at


def no_cell_trims(data: bytes, delimiter: str) -> bool:
    """Whether no cell pandas cuts from this UTF-8 text can start or end with whitespace (False: may, or unknown).

    A cell's first character follows a delimiter, a line break, a quote or the start of the text; its last one
    precedes a delimiter, a line break, a quote or the end. So it is enough that no whitespace character other
    than a line break touches any of those. A line break is inside a cell only within quotes: there it is
    looked for after an opening quote and before a closing one. Each whitespace character present is found
    with numpy over the bytes (a pure-ASCII file skips the others at once), far cheaper than trimming a million
    cells. A false alarm (`"Smith, John "` or a space beside a quote) only means the cells get trimmed.
    """
    if len(delimiter) != 1 or not delimiter.isascii() or delimiter.isspace() or delimiter == '"' or not data:
        return False  # a delimiter of several UTF-8 bytes would need its own search: the cells are trimmed
    array = np.frombuffer(data, dtype=np.uint8)
    edge = np.zeros(256, dtype=bool)
    edge[[ord(delimiter), ord('"'), ord("\n"), ord("\r")]] = True
    ascii_only = data.isascii()
    leads: dict[int, np.ndarray] = {}
    for char in WHITESPACE:
        code = char.encode("utf-8")
        # memchr of the first byte only, the rest checked at its few positions: a search for the whole 2-3 byte
        # sequence is slow in Cyrillic text, whose letters share that first byte
        if char in "\r\n" or (ascii_only and len(code) > 1) or code[:1] not in data:
            continue
        at = _occurrences(array, code, leads)
        if not len(at):
            continue
        if at[0] == 0 or at[-1] + len(code) == len(array):
            return False
        if edge[array[at - 1]].any() or edge[array[at + len(code)]].any():
            return False
    if b'"' in data:
        for brk in ("\n", "\r"):
            if data.startswith(f'"{brk}'.encode()) or data.endswith(f'{brk}"'.encode()):
                return False
            for other in (delimiter, "\n", "\r"):
                if f'{other}"{brk}'.encode() in data or f'{brk}"{other}'.encode() in data:
                    return False
    return True


def _fixed_width_grid(text: str, layout: Layout, encoding: str, alternatives: tuple[str, ...], name: str) -> Grid:
    rows = split_lines(text, layout)
    cells = pd.DataFrame(rows, dtype=object)
    grid = Grid(
        cells,
        np.arange(1, len(cells) + 1, dtype=np.int64),
        "txt",
        typed=False,
        encoding=encoding,
        delimiter=None,
        encoding_alternatives=alternatives,
    )
    params = {"name": name, "columns": column_list([cell for cell in rows[layout.header] if cell])}
    grid.warnings.append(Notice.of("files.fixed_width", **params))
    return grid


def _has_long_line(data: bytes, limit: int) -> bool:
    """Whether some line is at least `limit` bytes long: one backwards search per window of `limit` bytes,
    so a 70 MB export of short lines costs a few thousand memrchr calls, not a pass in Python per line."""
    position = 0
    while position + limit <= len(data):
        last = data.rfind(b"\n", position, position + limit)
        if last < 0:
            last = data.rfind(b"\r", position, position + limit)  # old Mac line ends
        if last < 0:
            return True
        position = last + 1
    return False


def check_line_budget(data: bytes, delimiter: str | None, name: str) -> None:
    """Refuse a text whose longest line or widest row is beyond any export, before pandas sizes its buffers.

    Line lengths come from the positions of the line breaks (numpy over the bytes, ~50 ms for 70 MB);
    only lines long enough to hold MAX_FIELDS fields have their delimiters counted.
    """
    if not _has_long_line(data, MAX_FIELDS):
        return
    as_array = np.frombuffer(data, dtype=np.uint8)
    breaks = np.flatnonzero((as_array == 10) | (as_array == 13))
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(data)]))
    lengths = ends - starts
    separator = (delimiter or "\n").encode("utf-8")
    shown = {"\t": "Tab", " ": "space"}.get(delimiter or "", delimiter)
    for position in np.flatnonzero(lengths >= MAX_FIELDS) if delimiter else ():
        fields = data.count(separator, int(starts[position]), int(ends[position])) + 1
        if fields > MAX_FIELDS:
            params = {"name": name, "line": int(position) + 1, "fields": fields, "delimiter": shown,
                      "limit": MAX_FIELDS}  # fmt: skip
            raise TextTooWide(message("files.too_many_fields", "en", **params), "files.too_many_fields", params)
    longest = int(np.argmax(lengths))
    if lengths[longest] > MAX_LINE_CHARACTERS:
        params = {"name": name, "line": longest + 1, "length": int(lengths[longest]), "limit": MAX_LINE_CHARACTERS}
        raise TextTooWide(message("files.line_too_long", "en", **params), "files.line_too_long", params)


def _is_1904(path: Path, kind: str) -> bool:
    if kind != "xlsx":
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            name = next((n for n in archive.namelist() if n.lower() == "xl/workbook.xml"), None)
            return bool(name and re.search(rb'date1904="(1|true)"', archive.read(name)[:20000]))
    except (zipfile.BadZipFile, KeyError):
        return False


def _native_failure(error: BaseException, path: Path, kind: str) -> UnreadableFile:
    """A failure inside the native reader, as one plain sentence.

    pyo3 turns a Rust panic into `PanicException`, a `BaseException`: it passes every `except Exception`
    and would end the program with a traceback. Interrupts and exits are not failures and go on up.
    """
    if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise error
    detail = " ".join(str(error).split())[:200] or type(error).__name__
    params = {"name": path.name, "kind": kind.upper(), "detail": detail}
    return UnreadableFile(message("files.reader_stopped", "en", **params), "files.reader_stopped", params)


def _read_workbook(path: Path, kind: str, sheet: str | None) -> Grid:
    from python_calamine import CalamineWorkbook, PasswordError

    if kind == "xlsx":
        check_xlsx(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise EncryptedWorkbook.because("encrypted", name=path.name) from None
    except Exception:  # calamine raises several types for damaged files
        raise UnreadableFile.because("damaged", name=path.name) from None
    except BaseException as error:  # a Rust panic: see _native_failure
        raise _native_failure(error, path, kind) from None
    names = tuple(
        meta.name
        for meta in workbook.sheets_metadata
        if str(meta.typ).endswith("WorkSheet") and "Visible" in str(meta.visible)
    ) or tuple(workbook.sheet_names)
    if sheet is not None and sheet not in workbook.sheet_names:
        raise UnreadableFile.because("no_such_sheet", sheet=sheet, sheets=column_list(workbook.sheet_names))
    candidates = [sheet] if sheet else list(names)
    best: tuple[int, int, str, list, Any] | None = None
    for name in candidates:
        try:
            loaded = workbook.get_sheet_by_name(name)  # parses the whole sheet: most of calamine's time
            rows = loaded.to_python(skip_empty_area=False)
        except Exception:
            raise UnreadableFile.because("sheet_unreadable", sheet=name, name=path.name) from None
        except BaseException as error:  # a Rust panic: see _native_failure
            raise _native_failure(error, path, kind) from None
        score = max((header_score(row) for row in rows[:HEADER_SEARCH_ROWS]), default=0)
        if best is None or (score, len(rows)) > (best[0], best[1]):
            best = (score, len(rows), name, rows, loaded)
    if best is None or not best[3]:
        raise EmptyFile.because("no_rows", name=path.name)
    _, _, chosen, rows, loaded = best
    merged = loaded.merged_cell_ranges or []  # from the sheet already parsed, not a second parse
    while rows and all(cell == "" or cell is None for cell in rows[-1]):
        rows.pop()  # formatted but empty rows at the end (a wrong sheet dimension): nothing to read there
    width = max((len(row) for row in rows), default=0)
    if any(len(row) < width for row in rows):
        rows = [list(row) + [""] * (width - len(row)) for row in rows]
    cells = pd.DataFrame(rows, dtype=object)
    for (top, left), (bottom, right) in merged:
        if bottom > top and top < len(cells):
            for column in range(left, min(right, width - 1) + 1):
                cells.iloc[top + 1 : bottom + 1, column] = cells.iat[top, column]
    cells = cells.fillna("")
    return Grid(
        cells,
        np.arange(1, len(cells) + 1, dtype=np.int64),
        kind,
        typed=True,
        sheet=chosen,
        sheets=names,
        date1904=_is_1904(path, kind),
    )


def encoding_to_retry(grid: Grid, failed: int, values: int) -> str | None:
    """The encoding to read the file with again when most of its amounts did not read, or None.

    A wrong code page shows in the amounts first (`Ј15.30` for `£15.30`): when more than half of the
    non-empty amounts fail and the encoding was a guess, the next candidate is worth one more read.
    """
    if grid.encoding_alternatives and values and 2 * failed > values:
        return grid.encoding_alternatives[0]
    return None


def encoding_notice(name: str, grid: Grid, failed: int, values: int, retried_from: str | None = None) -> Notice:
    """What the owner is told: the file was read again in another encoding, or may be in one."""
    if retried_from is not None:
        params = {"name": name, "first": retried_from, "encoding": grid.encoding, "failed": failed, "values": values}
        return Notice.of("files.encoding_retried", **params)
    others = ", ".join(grid.encoding_alternatives) or "utf-8, cp1252, cp1250, cp1251"
    params = {"name": name, "encoding": grid.encoding, "failed": failed, "values": values, "others": others}
    return Notice.of("files.encoding_suspect", **params)
