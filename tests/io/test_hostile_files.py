"""Odd and hostile files: read right, or refused in one plain sentence; never a crash, never junk as columns.

The hostile workbooks are built here with zipfile (a few hundred bytes each), so the repository holds no
file that could hurt a tool that opens it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ltv_desktop.io import readers, xlsx_guard
from ltv_desktop.io.errors import UnreadableFile, WorkbookTooLarge
from ltv_desktop.io.importer import read_transactions
from ltv_desktop.io.readers import read_grid
from ltv_desktop.model.errors import LtvError, NoUsableData

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def write_xlsx(path: Path, rows_xml: str, shared: str | None = None, dimension: str | None = None) -> Path:
    """The smallest workbook Excel and calamine accept: one sheet, optional shared strings."""
    overrides = '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'  # noqa: E501
    overrides += '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'  # noqa: E501
    links = f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
    if shared is not None:
        overrides += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'  # noqa: E501
        links += f'<Relationship Id="rId2" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/>'
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
    )
    package = f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'  # noqa: E501
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = f'<worksheet xmlns="{MAIN}">{dim}<sheetData>{rows_xml}</sheetData></worksheet>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", package)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">{links}</Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)
    return path


def inline(reference: str, value: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>'


SALES = (
    f'<row r="1">{inline("A1", "Customer")}{inline("B1", "Date")}{inline("C1", "Amount")}</row>'
    f'<row r="2">{inline("A2", "anna")}{inline("B2", "2024-01-05")}<c r="C2"><v>12.5</v></c></row>'
    f'<row r="3">{inline("A3", "boris")}{inline("B3", "2024-02-07")}<c r="C3"><v>30</v></c></row>'
)


def test_a_small_hand_made_workbook_reads(tmp_path):
    result = read_transactions(write_xlsx(tmp_path / "ok.xlsx", SALES))
    assert sorted(result.transactions.frame["amount"]) == [12.5, 30.0]


@pytest.mark.parametrize(
    ("far", "rows", "columns"),
    [("XFD1048576", 1_048_576, 16_384), ("XFD20000", 20_000, 16_384), ("ZZ1000000", 1_000_000, 702)],
)
def test_one_cell_far_away_is_refused_before_the_reader_allocates_the_sheet(tmp_path, far, rows, columns):
    row = "".join(ch for ch in far if ch.isdigit())
    path = write_xlsx(tmp_path / "far.xlsx", SALES + f'<row r="{row}"><c r="{far}"><v>1</v></c></row>')
    assert path.stat().st_size < 3000
    with pytest.raises(WorkbookTooLarge) as caught:
        read_grid(path)
    assert caught.value.code == "files.sheet_too_large"
    assert caught.value.params["rows"] == rows and caught.value.params["columns"] == columns
    assert f"{rows:,}" in caught.value.message and "not opened" in caught.value.message


def test_four_billion_shared_strings_in_two_kilobytes_are_refused(tmp_path):
    shared = f'<sst xmlns="{MAIN}" count="4000000000" uniqueCount="4000000000"><si><t>Customer</t></si></sst>'
    path = write_xlsx(tmp_path / "sst.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared=shared)
    with pytest.raises(WorkbookTooLarge) as caught:
        read_grid(path)
    assert caught.value.code == "files.shared_strings_claim"
    assert "4,000,000,000" in caught.value.message


def test_an_honest_shared_strings_count_and_a_wrong_total_count_are_accepted(tmp_path):
    # `count` is the number of references, not of strings: writers get it wrong and the reader ignores it.
    shared = f'<sst xmlns="{MAIN}" count="4000000000" uniqueCount="3"><si><t>Customer</t></si><si><t>Date</t></si><si><t>Amount</t></si></sst>'  # noqa: E501
    header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
    path = write_xlsx(tmp_path / "count.xlsx", header, shared=shared)
    assert list(read_grid(path).cells.iloc[0]) == ["Customer", "Date", "Amount"]


def test_a_declared_dimension_alone_is_not_trusted_nor_feared(tmp_path):
    # Writers leave stale dimensions behind; only cells that are really there count.
    path = write_xlsx(tmp_path / "dim.xlsx", SALES, dimension="A1:XFD1048576")
    assert len(read_grid(path).cells) == 3


def test_a_wide_but_honest_sheet_reads(tmp_path):
    header = "".join(inline(f"{column_letters(c)}1", f"h{c}") for c in range(1, 801))
    body = "".join(f'<c r="{column_letters(c)}2"><v>{c}</v></c>' for c in range(1, 801))
    grid = read_grid(write_xlsx(tmp_path / "wide.xlsx", f'<row r="1">{header}</row><row r="2">{body}</row>'))
    assert grid.cells.shape == (2, 800)
    assert grid.cells.iat[1, 799] == 800


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cells=st.lists(st.tuples(st.integers(1, 16_384), st.integers(1, 1_048_576)), min_size=1, max_size=12),
    budget=st.integers(1, 2_000_000),
)
def test_the_guard_refuses_exactly_the_sheets_beyond_the_budget(tmp_path, monkeypatch, cells, budget):
    """Highest column × highest row against the budget, with chunks small enough to cut references in two."""
    monkeypatch.setattr(xlsx_guard, "CELL_BUDGET", budget)
    monkeypatch.setattr(xlsx_guard, "CHUNK", 37)
    rows_xml = "".join(f'<row r="{row}"><c r="{column_letters(col)}{row}"><v>1</v></c></row>' for col, row in cells)
    path = write_xlsx(tmp_path / "guard.xlsx", rows_xml)
    widest = max(col for col, _ in cells)
    highest = max(row for _, row in cells)
    refused = widest > xlsx_guard.NARROW_COLUMNS and widest * highest > budget
    if refused:
        with pytest.raises(WorkbookTooLarge):
            xlsx_guard.check_xlsx(path)
    else:
        xlsx_guard.check_xlsx(path)


class PanicException(BaseException):
    """What pyo3 raises when Rust code panics: a BaseException, not an Exception."""


def test_a_panic_inside_the_native_reader_becomes_one_plain_error(tmp_path, monkeypatch):
    import python_calamine

    path = write_xlsx(tmp_path / "panic.xlsx", SALES)

    def panic(_path):
        raise PanicException("capacity overflow")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", staticmethod(panic))
    with pytest.raises(UnreadableFile) as caught:
        read_grid(path)
    assert caught.value.code == "files.reader_stopped"
    assert "capacity overflow" in caught.value.message and "panic.xlsx" in caught.value.message


def test_an_interrupt_inside_the_native_reader_is_not_swallowed(tmp_path, monkeypatch):
    import python_calamine

    path = write_xlsx(tmp_path / "interrupt.xlsx", SALES)

    def interrupt(_path):
        raise KeyboardInterrupt

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", staticmethod(interrupt))
    with pytest.raises(KeyboardInterrupt):
        read_grid(path)


def test_the_reader_boundary_names_the_failure(tmp_path):
    error = readers._native_failure(PanicException("index out of bounds"), tmp_path / "x.xlsx", "xlsx")
    assert isinstance(error, UnreadableFile) and "XLSX" in error.message


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
NOT_TABLES = [
    ("logo.xlsx", PNG, "a PNG picture"),
    ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", "a JPEG photo"),
    ("anim.csv", b"GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", "a GIF picture"),
    ("invoice.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    ("setup.xls", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program", "a Windows program"),
    ("tool.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00>\x00", "a Linux program"),
    ("sales.csv", __import__("gzip").compress(b"Customer,Date,Amount\nanna,2024-01-05,12.5\n"), "gzip"),
    ("noise.csv", __import__("random").Random(7).randbytes(3000), "binary data"),
]


@pytest.mark.parametrize(("name", "data", "says"), NOT_TABLES, ids=[case[0] for case in NOT_TABLES])
def test_a_file_that_is_not_a_table_is_named_for_what_it_is(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_transactions(path)
    assert caught.value.code.startswith("files.not_a_spreadsheet.")
    assert says in caught.value.message and "not a spreadsheet" in caught.value.message
    assert "\n" not in caught.value.message and "\\x" not in caught.value.message


@pytest.mark.parametrize(
    ("members", "says"),
    [
        ({"readme.txt": b"hello", "data/sales.csv": b"a,b\n"}, "a zip archive with no workbook inside"),
        ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}, "a Word document"),
        ({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}, "a PowerPoint presentation"),
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "OpenDocument text"),
    ],
)
def test_a_zip_that_holds_no_workbook_says_what_it_holds(tmp_path, members, says):
    path = zip_with(tmp_path / "export.xlsx", members)
    with pytest.raises(UnreadableFile, match=says):
        read_grid(path)


EXCEL_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Sales"><Table><Row><Cell><Data ss:Type="String">Customer</Data></Cell></Row></Table></Worksheet>
</Workbook>
"""


def test_an_excel_2003_xml_spreadsheet_is_named_as_such(tmp_path):
    path = tmp_path / "sales.xls"
    path.write_text(EXCEL_2003, encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_grid(path)
    assert caught.value.code == "files.excel_2003_xml"
    assert "Excel 2003 XML" in caught.value.message and "save it as .xlsx" in caught.value.message


def test_other_xml_is_not_read_as_columns(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text('<?xml version="1.0"?><rss><channel><item>1</item></channel></rss>', encoding="utf-8")
    with pytest.raises(UnreadableFile, match="an XML document"):
        read_grid(path)


HTML_TABLE = (
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><table><tr><td>Customer</td></tr></table>'
)


@pytest.mark.parametrize(
    ("data"),
    [
        HTML_TABLE.encode("utf-8"),
        b"\xef\xbb\xbf" + HTML_TABLE.encode("utf-8"),
        b"\xff\xfe" + HTML_TABLE.encode("utf-16-le"),
        ("<html><body>" + HTML_TABLE + "</body></html>").encode("utf-16-le"),
        b"<!-- exported by the shop -->\r\n<table border=1><tr><td>Customer</td></tr></table>",
    ],
    ids=["meta", "bom-meta", "utf16-bom", "utf16-no-bom", "comment-first"],
)
def test_html_saved_as_xls_is_recognised_in_any_encoding(tmp_path, data):
    path = tmp_path / "orders.xls"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_grid(path)
    assert caught.value.code == "html_as_workbook"


@settings(max_examples=150, deadline=None)
@given(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=400),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1250", "cp1252"]),
)
def test_text_in_any_export_encoding_is_never_taken_for_another_kind_of_file(body, encoding):
    from ltv_desktop.io.filetype import identify

    data = ("Customer;Date;Amount\r\n" + body.replace("\x00", "")).encode(encoding, errors="ignore")
    assert identify(data) is None


def test_a_stray_nul_in_a_text_export_is_still_text():
    from ltv_desktop.io.filetype import identify

    assert identify(b"Date,Customer,Amount\n2024-01-01,A\x00nn,10\n2024-01-02,Bob,20\x00\n") is None


# Structure damage in text exports: every line is read, rejected or skipped, and the numbers add up.


def accounted_lines(result) -> int:
    """Lines below the header that the import accounted for: used, rejected or skipped."""
    report = result.report
    skipped = [row for row in report.skipped if row.row > report.header_row]
    return result.transactions.rows_used + len(result.transactions.rejections) + len(skipped)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_an_unquoted_decimal_comma_in_one_line_is_joined_again_and_said(tmp_path):
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=day) for day in range(250)]
    lines = ["Date,Customer,Amount"] + [f"{day},c{n},{n}.25" for n, day in enumerate(days)]
    lines.insert(251, "2024-02-01,late,92,79")  # line 252 of the file
    path = write(tmp_path, "comma.csv", "\n".join(lines) + "\n")
    result = read_transactions(path)
    frame = result.transactions.frame
    assert frame.loc[frame["source_row"] == 252, "amount"].tolist() == [92.79]
    assert result.transactions.rejections == ()
    (notice,) = [n for n in result.report.warnings if n.code == "files.decimal_comma_repaired"]
    assert notice.params["line"] == 252 and "92,79" in notice.message
    assert accounted_lines(result) == len(lines) - 1


def test_every_amount_with_an_unquoted_decimal_comma_is_read_whole(tmp_path):
    amounts = ["346,43", "12,05", "7,50", "1000,00"]
    body = "".join(f"2024-03-0{i + 1},shop{i},{amount}\n" for i, amount in enumerate(amounts))
    result = read_transactions(write(tmp_path, "all.csv", "Date,Customer,Amount\n" + body))
    assert sorted(result.transactions.frame["amount"]) == sorted(float(a.replace(",", ".")) for a in amounts)


def test_an_unnamed_last_column_is_not_taken_for_decimal_commas(tmp_path):
    body = "".join(f"2024-03-0{i},shop{i},{10 * i},{i}\n" for i in range(1, 6))
    result = read_transactions(write(tmp_path, "unnamed.csv", "Date,Customer,Amount\n" + body))
    assert list(result.transactions.frame["amount"]) == [10.0, 20.0, 30.0, 40.0, 50.0]
    assert result.transactions.rejections == ()


def test_a_line_with_more_fields_than_the_header_is_rejected_with_its_line(tmp_path):
    content = (
        "Date;Customer;Amount\n2024-01-01;anna;10\n2024-01-02;boris;20;oops;more\n2024-01-03;vera;30\n"
        "2024-01-04;gleb;40\n"
    )
    result = read_transactions(write(tmp_path, "extra.csv", content))
    assert list(result.transactions.frame["amount"]) == [10.0, 30.0, 40.0]
    (rejected,) = result.transactions.rejections
    assert rejected.row == 3 and rejected.code == "extra_fields"
    assert "5 fields where the header has 3" in rejected.reason
    assert accounted_lines(result) == 4


def test_an_ambiguous_extra_field_is_rejected_not_guessed(tmp_path):
    # 1,234 unquoted in a comma file: a thousands separator or three decimals; the line is rejected.
    content = "Date,Customer,Amount\n2024-01-01,anna,10.50\n2024-01-02,boris,1,234\n2024-01-03,vera,3.00\n"
    result = read_transactions(write(tmp_path, "thousands.csv", content))
    assert [r.row for r in result.transactions.rejections] == [3]
    assert sorted(result.transactions.frame["amount"]) == [3.0, 10.5]


def test_a_quote_that_never_closes_swallows_no_sale(tmp_path):
    rows = [f"2024-09-{day:02d},Kunde {day},{day}.00" for day in range(10, 20)]
    rows[3] = '2024-09-13,"Shop Best,13.00'  # line 5: the quote opens and never closes
    content = "Date,Customer,Amount\n" + "\n".join(rows) + "\n"
    result = read_transactions(write(tmp_path, "open_quote.csv", content))
    frame = result.transactions.frame
    assert len(frame) == 9 and "Shop Best" not in " ".join(frame["customer_id"])
    assert sorted(frame["source_row"]) == [2, 3, 4, 6, 7, 8, 9, 10, 11]
    (rejected,) = result.transactions.rejections
    assert rejected.row == 5 and rejected.code == "unterminated_quote"
    assert "5–11" in rejected.reason or "5–12" in rejected.reason
    assert accounted_lines(result) == 10


def test_a_stray_quote_closed_lines_later_rejects_both_ends_and_reads_the_middle(tmp_path):
    content = (
        "Date;Customer;Amount\n"
        '2024-01-01;"Best;10\n'  # line 2 opens
        "2024-01-02;anna;20\n"
        "2024-01-03;boris;30\n"
        '2024-01-04;vera";40\n'  # line 5 closes
        "2024-01-05;gleb;50\n"
    )
    result = read_transactions(write(tmp_path, "two_quotes.csv", content))
    assert sorted(result.transactions.frame["amount"]) == [20.0, 30.0, 50.0]
    assert [r.row for r in result.transactions.rejections] == [2, 5]
    assert accounted_lines(result) == 5


def test_a_quoted_memo_with_line_breaks_is_still_one_field(tmp_path):
    content = 'Date;Customer;Amount;Memo\n2024-01-01;"Kowalski; Jan";10;"first\nsecond; line"\n2024-01-02;Nowak;5;x\n'
    result = read_transactions(write(tmp_path, "memo.csv", content))
    assert list(result.transactions.frame["customer_id"]) == ["Kowalski; Jan", "Nowak"]
    assert list(result.transactions.frame["source_row"]) == [2, 4]


# Budgets for text files: answered before pandas sizes its buffers.


def test_a_50_megabyte_single_line_is_refused_with_its_length(tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_bytes(b"Date,Customer,Amount " + b"x" * 50_000_000)
    with pytest.raises(UnreadableFile) as caught:
        read_transactions(path)
    assert caught.value.code == "files.line_too_long"
    assert caught.value.params["line"] == 1 and caught.value.params["length"] == 50_000_021


def test_a_million_columns_are_refused_with_the_count(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b";".join([b"c"] * 1_000_000) + b"\n" + b";".join([b"1"] * 1_000_000) + b"\n")
    with pytest.raises(UnreadableFile) as caught:
        read_grid(path)
    assert caught.value.code == "files.too_many_fields"
    assert caught.value.params["fields"] == 1_000_000 and "1,000,000 columns" in caught.value.message


def test_the_budgets_leave_wide_and_long_honest_lines_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FIELDS", 50)
    monkeypatch.setattr(readers, "MAX_LINE_CHARACTERS", 400)
    header = ",".join(["Date", "Customer", "Amount"] + [f"x{i}" for i in range(47)])
    row = ",".join(["2024-01-01", "a" * 200, "5"] + ["1"] * 47)
    path = write(tmp_path, "edge.csv", f"{header}\n{row}\n")
    assert read_transactions(path).transactions.frame["amount"].tolist() == [5.0]
    path = write(tmp_path, "over.csv", f"{header},x\n{row},1\n")
    with pytest.raises(UnreadableFile, match="51 columns"):
        read_grid(path)


def test_the_header_is_found_below_five_hundred_title_lines(tmp_path):
    titles = "".join(f"Company details line {i}\n" for i in range(500))
    path = write(tmp_path, "deep.csv", titles + "Date;Customer;Amount\n2024-01-01;anna;10\n2024-01-02;boris;20\n")
    result = read_transactions(path)
    assert result.report.header_row == 501
    assert list(result.transactions.frame["amount"]) == [10.0, 20.0]


# Whitespace-aligned text: columns by position.

PRN = """\
SALES REGISTER                                     page 1
Period: 01.01.2024 - 31.01.2024

Date         Customer                 Amount   Memo
02.01.2024   ООО Ромашка            1 234,50   first order
03.01.2024   ИП Иванов                500,00
05.01.2024   Anna Smith                12,00   paid by card
             Boris                     30,00   no date
"""


def test_a_whitespace_aligned_report_is_read_by_column_position(tmp_path):
    path = tmp_path / "register.prn"
    path.write_text(PRN, encoding="utf-8")
    result = read_transactions(path)
    frame = result.transactions.frame
    assert list(frame["customer_id"]) == ["ООО Ромашка", "ИП Иванов", "Anna Smith"]
    assert list(frame["amount"]) == [1234.5, 500.0, 12.0]
    assert list(frame["source_row"]) == [5, 6, 7]
    assert [(r.row, r.column) for r in result.transactions.rejections] == [(8, "Date")]
    assert result.report.header_row == 4 and result.report.columns == ("Date", "Customer", "Amount", "Memo")
    assert any(n.code == "files.fixed_width" for n in result.report.warnings)


def test_an_empty_cell_in_an_aligned_table_does_not_shift_the_next_values(tmp_path):
    content = "Customer    Date          Amount\nanna        2024-01-01     10.50\n            2024-01-02     20.00\nvera        2024-01-03      5.25\n"  # noqa: E501
    result = read_transactions(write(tmp_path, "aligned.txt", content))
    assert list(result.transactions.frame["amount"]) == [10.5, 5.25]
    assert [(r.row, r.column) for r in result.transactions.rejections] == [(3, "Customer")]


def test_a_delimited_text_with_aligned_padding_stays_delimited(tmp_path):
    content = "Date;Customer;Amount\n2024-01-01;anna  smith;10\n2024-01-02;boris;20\n"
    grid = read_grid(write(tmp_path, "padded.txt", content))
    assert grid.delimiter == ";" and grid.cells.shape[1] == 3


def test_an_indented_aligned_table_has_no_empty_first_column(tmp_path):
    content = (
        "    Customer    Date          Amount\n"
        "    anna        2024-01-01     10.50\n"
        "    boris       2024-01-02      2.00\n"
    )
    result = read_transactions(write(tmp_path, "indented.txt", content))
    assert result.report.columns == ("Customer", "Date", "Amount")
    assert list(result.transactions.frame["amount"]) == [10.5, 2.0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(st.integers(1, 99_999), st.sampled_from(["clean"] * 6 + ["extra", "comma", "quote"])),
        min_size=1,
        max_size=25,
    )
)
def test_damaged_lines_are_rejected_or_repaired_and_the_accounting_closes(tmp_path, rows):
    """Each line is used, rejected or skipped; the used amounts are exactly those of the lines read right."""
    lines = ["Date,Customer,Amount"]
    for number, (cents, damage) in enumerate(rows):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=number)
        amount = f"{cents // 100}.{cents % 100:02d}"
        if damage == "extra":
            lines.append(f"{day},c{number},{amount},note")
        elif damage == "comma":
            lines.append(f"{day},c{number},{cents // 100},{cents % 100:02d}")
        elif damage == "quote":
            lines.append(f'{day},"c{number},{amount}')
        else:
            lines.append(f"{day},c{number},{amount}")
    path = write(tmp_path, "fuzz.csv", "\n".join(lines) + "\n")
    damages = [damage for _, damage in rows]
    assume(2 * sum(damage != "clean" for damage in damages) < len(rows))  # else the extra field is a column
    comma_repaired = "comma" in damages and "extra" not in damages
    expected = [cents / 100 for cents, damage in rows if damage == "clean" or (damage == "comma" and comma_repaired)]
    try:
        result = read_transactions(path)
    except LtvError as error:
        assert not expected and error.code in ("every_row_rejected", "no_sales_rows")
        return
    assert accounted_lines(result) == len(rows)
    assert sorted(result.transactions.frame["amount"].round(2)) == sorted(expected)
    rejected = {r.row for r in result.transactions.rejections}
    for number, (_, damage) in enumerate(rows):
        assert (number + 2 in rejected) == (damage in ("extra", "quote") or (damage == "comma" and not comma_repaired))


def test_a_corrupt_sheet_stream_is_reported_as_damaged_not_as_a_crash(tmp_path):
    path = write_xlsx(tmp_path / "corrupt.xlsx", SALES)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5 : start + 25] = bytes(range(20))  # garbage in the middle of the deflate stream
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFile):
        read_grid(path)


def test_a_very_wide_file_without_a_customer_names_a_few_columns_not_all(tmp_path):
    from ltv_desktop.io.errors import LISTED_COLUMNS, MissingColumn

    path = tmp_path / "wide.csv"
    headers = [f"kolumna {index}" for index in range(60)]
    path.write_text(",".join(headers) + "\n" + ",".join("x" for _ in headers) + "\n", encoding="utf-8")
    with pytest.raises(MissingColumn) as raised:
        read_transactions(path)
    listed = raised.value.params["columns"]
    assert listed.startswith("kolumna 0, kolumna 1,") and listed.endswith(", …, kolumna 59 (60)")
    assert listed.count("kolumna") == LISTED_COLUMNS
    assert raised.value.found == tuple(headers)  # the window still offers every column


def test_a_file_whose_every_line_is_an_unclosed_quote_says_so(tmp_path):
    """Every line taken out as damaged left no table at all: one clear message naming the first damaged line,
    not a traceback (an empty grid reached the check for extra fields) and not "no rows"."""
    path = tmp_path / "quotes.csv"
    path.write_bytes('"""\r",\u2028"1"'.encode())
    with pytest.raises(NoUsableData) as raised:
        read_transactions(path)
    assert raised.value.code == "every_row_rejected"
    assert raised.value.params["rejected"] == 2 and raised.value.params["first"].row == 1
    assert "never closed" in raised.value.message
