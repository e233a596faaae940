"""Exports never fail with a traceback, leave no half file or customer data behind, and write what the name says."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import errno
import gc
import io
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ltv_desktop.io.export as export
from ltv_desktop.i18n.catalogue import codes, text
from ltv_desktop.io.errors import (
    ExportDiskFull,
    ExportFailed,
    ExportFolderReadOnly,
    TargetExists,
    TargetLocked,
    UnsupportedExportKind,
)
from ltv_desktop.io.export import ExportOptions, export_path_kind, export_tables_csv, export_workbook
from ltv_desktop.io.table_export import csv_conventions, export_table, sheet_name
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.settings import Settings

POSIX = os.name == "posix"
ROOT = Path(__file__).parents[2]


def sales(customers: int = 300, seed: int = 7) -> pd.DataFrame:
    """A shop's sales, made up: each customer buys 1–8 times over two years."""
    random = np.random.default_rng(seed)
    rows = []
    for number in range(customers):
        first = dt.date(2023, 1, 1) + dt.timedelta(days=int(random.integers(0, 500)))
        for _ in range(int(random.integers(1, 9))):
            day = first + dt.timedelta(days=int(random.integers(0, 230)))
            rows.append((f"Клиент №{number}", pd.Timestamp(day), round(float(random.uniform(5, 400)), 2)))
    return pd.DataFrame(rows, columns=["customer_id", "date", "amount"])


@pytest.fixture(scope="module")
def result():
    return analyze(sales(), Settings(margin=0.5))


@pytest.fixture
def system_temp(tmp_path, monkeypatch):
    """A fresh, empty system temp folder for the test, to see whether anything lands there."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


class FullDisk(io.RawIOBase):
    """A file on a disk with `room` bytes free: the write that goes past it fails with ENOSPC, as do later ones."""

    def __init__(self, path: str, room: int) -> None:
        self.file = open(path, "wb", buffering=0)  # noqa: SIM115
        self.room = room

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if len(data) > self.room:
            self.file.write(data[: self.room])
            self.room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.file.write(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()

    def close(self) -> None:
        self.file.close()
        super().close()


# -- failures are messages -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_size(result, tmp_path_factory):
    return export_workbook(result, tmp_path_factory.mktemp("size") / "report.xlsx").stat().st_size


@pytest.mark.parametrize("share", [0, 0.01, 0.5, 0.99, 1], ids=["first", "1%", "half", "99%", "last-byte"])
def test_a_full_disk_at_any_point_is_one_message_and_leaves_nothing(
    result, report_size, tmp_path, system_temp, monkeypatch, share
):
    unraisable: list = []  # what Python could only print ("Exception ignored in …"); set here, as pytest sets its
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)  # own hook after the fixtures
    room = int(report_size * share) - (share == 1)  # the last byte fails where the zip is closed
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.xlsx"
    target.write_bytes(b"the previous report")
    monkeypatch.setattr(export, "open", lambda path, mode: io.BufferedWriter(FullDisk(path, room)), raising=False)
    with pytest.raises(ExportDiskFull, match="is full") as caught:
        export_workbook(result, target)
    assert caught.value.code == "export.disk_full"
    gc.collect()  # a half-written zip closes itself now: it must not print "Exception ignored in ZipFile.__del__"
    assert unraisable == []
    assert target.read_bytes() == b"the previous report"
    assert names_in(folder) == ["report.xlsx"]
    assert names_in(system_temp) == []


FULL_DISK_SCRIPT = textwrap.dedent(
    """
    import gc, json, os, resource, signal, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from tests.io.test_export_safety import sales
    from ltv_desktop.io.export import export_workbook
    from ltv_desktop.model.analysis import analyze
    from ltv_desktop.model.errors import LtvError
    from ltv_desktop.model.settings import Settings

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing us
    folder = Path(sys.argv[1])
    result = analyze(sales(), Settings())
    outcomes = []
    for limit in (0, 4_000, 30_000, 120_000, 10**9):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        try:
            export_workbook(result, folder / "report.xlsx")
            outcome = "written"
        except LtvError as error:
            outcome = error.code
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        gc.collect()
        outcomes.append([limit, outcome, sorted(os.listdir(folder))])
        (folder / "report.xlsx").unlink(missing_ok=True)
    print(json.dumps(outcomes))
    """
)


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE is POSIX")
def test_a_real_file_size_limit_in_a_real_process_says_so_on_one_line(tmp_path):
    """The operating system itself refuses the writes (RLIMIT_FSIZE): no traceback, nothing left anywhere."""
    folder = tmp_path / "out"
    folder.mkdir()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    environment = {**os.environ, "TMPDIR": str(system_temp), "PYTHONPATH": str(ROOT)}
    finished = subprocess.run(
        [sys.executable, "-c", FULL_DISK_SCRIPT, str(folder), str(ROOT)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stderr == ""
    outcomes = json.loads(finished.stdout)
    assert [outcome for _, outcome, _ in outcomes[:-1]] == ["export.file_too_large"] * 4
    assert outcomes[-1][1:] == ["written", ["report.xlsx"]]
    assert all(left == [] for _, _, left in outcomes[:-1])
    assert names_in(system_temp) == []


def refuse_mkdir(monkeypatch):
    def refused(path, mode=0o777):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "mkdir", refused)


def test_a_read_only_folder_is_a_message_for_every_export(result, tmp_path, monkeypatch):
    """Root may write anywhere, so the refusal a user meets is simulated where the work folder is made."""
    refuse_mkdir(monkeypatch)
    with pytest.raises(ExportFolderReadOnly, match="read-only for you"):
        export_workbook(result, tmp_path / "report.xlsx")
    with pytest.raises(ExportFolderReadOnly):
        export_table(result.customers, {"customer_id": "Name"}, tmp_path / "view.csv", {})
    with pytest.raises(ExportFolderReadOnly):
        export_tables_csv(result, tmp_path)
    assert names_in(tmp_path) == []


def test_a_missing_folder_for_the_tables_is_a_message_too(result, tmp_path):
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(ExportFailed, match="does not exist"):
        export_tables_csv(result, tmp_path / "file" / "tables")


def test_ctrl_c_in_the_middle_keeps_customer_data_in_no_folder(result, tmp_path, system_temp, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    original = export._ReportWriter._customers
    scratch: list[str] = []

    def interrupted(self, progress):
        original(self, progress)
        work = next(path for path in folder.iterdir() if path.name.startswith(".~ltv-"))
        scratch.extend(path.name for path in work.iterdir())
        raise KeyboardInterrupt

    monkeypatch.setattr(export._ReportWriter, "_customers", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_workbook(result, folder / "report.xlsx")
    assert len(scratch) > 3  # XlsxWriter's row files were in the work folder beside the target…
    assert names_in(system_temp) == []  # …never in the system's temp folder
    assert names_in(folder) == []  # and went with it


@pytest.mark.parametrize(
    "name",
    ["r.xlsx", "report.xlsx", "Отчёт по клиентам за первый квартал 2024 года, окончательный.xlsx", "a" * 200 + ".xlsx"],
)
def test_excel_lock_files_are_found_for_any_name_length(result, tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"open in Excel")
    for lock in (f"~${name}", f"~${name[2:]}", f".~lock.{name}#"):
        if len(name[2:]) <= len(".xlsx"):
            continue
        (tmp_path / lock).write_bytes(b"owner")
        with pytest.raises(TargetLocked) as caught:
            export_workbook(result, target)
        assert caught.value.params["lock"] == lock
        (tmp_path / lock).unlink()
    assert target.read_bytes() == b"open in Excel"


# -- the name says what is written -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), [("a.xlsx", "xlsx"), ("A.XLSX", "xlsx"), ("b.csv", "csv"), ("c.CSV", "csv")])
def test_export_path_kind(name, kind):
    assert export_path_kind(name) == kind


@pytest.mark.parametrize("name", ["report.ods", "report.xls", "report", "report.csv.txt", "report.2024"])
def test_other_endings_are_refused_with_a_sentence(name):
    with pytest.raises(UnsupportedExportKind, match=r"\.xlsx .* or \.csv") as caught:
        export_path_kind(name)
    assert caught.value.params["name"] == name


def test_a_csv_name_writes_the_customers_table_as_csv(result, tmp_path):
    path = export_workbook(result, tmp_path / "report.csv", ExportOptions(language="ru"))
    assert path == tmp_path / "report.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"PK")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Клиент"
    assert len(rows) == len(result.customers) + 1
    assert sorted(row[0] for row in rows[1:]) == sorted(result.customers["customer_id"])
    assert names_in(tmp_path) == ["report.csv"]


def test_a_name_without_an_ending_gets_xlsx_and_another_ending_writes_nothing(result, tmp_path):
    assert export_workbook(result, tmp_path / "report") == tmp_path / "report.xlsx"
    assert (tmp_path / "report.xlsx").read_bytes()[:2] == b"PK"
    with pytest.raises(UnsupportedExportKind):
        export_workbook(result, tmp_path / "report.ods")
    assert names_in(tmp_path) == ["report.xlsx"]


def test_a_table_longer_than_a_sheet_is_refused_before_writing(result, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "SHEET_ROWS", 50)
    with pytest.raises(ExportFailed, match=r"Save the table as \.csv") as caught:
        export_workbook(result, tmp_path / "report.xlsx")
    assert caught.value.params["rows"] == len(result.customers) + 1
    with pytest.raises(ExportFailed, match="at most 50"):
        export_table(result.customers, {"customer_id": "Name"}, tmp_path / "view.xlsx", {})
    export_table(result.customers, {"customer_id": "Name"}, tmp_path / "view.csv", {})  # CSV has no such limit
    assert names_in(tmp_path) == ["view.csv"]


# -- export_table: the visible table -----------------------------------------------------------------------------

VIEW = pd.DataFrame(
    {
        "customer_id": ["=HYPERLINK(1)", "Анна; Мария", 'Zoë "Z"', "-5 clients"],
        "revenue": [2.675, 1234567.891, -0.001, float("nan")],
        "orders": [1, 12, 3, 0],
        "p_alive": [0.12345, 0.5, 1.0, 0.99995],
        "first_purchase": pd.to_datetime(["2024-03-31", "2023-12-01", None, "2024-01-02 13:45:00"], format="ISO8601"),
        "key_customer": [True, False, True, False],
        "internal": ["x", "y", "z", "w"],
    }
)
HEADERS = {
    "customer_id": "Клиент",
    "revenue": "Выручка",
    "orders": "Заказов",
    "p_alive": "Вероятность, что клиент активен",
    "first_purchase": "Первая покупка",
    "key_customer": "Ключевой",
}
DECIMALS = {"revenue": 2, "p_alive": 3}


def read_csv_rows(path: Path, language: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=csv_conventions(language)[0]))


def test_the_view_as_russian_csv(tmp_path):
    path = export_table(VIEW, HEADERS, tmp_path / "клиенты.csv", DECIMALS, language="ru")
    rows = read_csv_rows(path, "ru")
    assert rows == [
        list(HEADERS.values()),
        ["'=HYPERLINK(1)", "2,68", "1", "0,123", "2024-03-31", "да"],
        ["Анна; Мария", "1234567,89", "12", "0,500", "2023-12-01", "нет"],
        ['Zoë "Z"', "0,00", "3", "1,000", "", "да"],
        ["'-5 clients", "", "0", "1,000", "2024-01-02 13:45:00", "нет"],
    ]


def test_the_view_as_english_csv(tmp_path):
    rows = read_csv_rows(export_table(VIEW, HEADERS, tmp_path / "view.csv", DECIMALS, language="en"), "en")
    assert rows[1][:4] == ["'=HYPERLINK(1)", "2.68", "1", "0.123"]
    assert rows[2][1] == "1234567.89"
    assert rows[1][5] == "yes"


def test_the_view_as_xlsx(tmp_path):
    path = export_table(VIEW, HEADERS, tmp_path / "Клиенты: март?.xlsx", DECIMALS, language="pl")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Клиенты  март"]
    sheet = book.active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == list(HEADERS.values())
    assert values[1][:4] == ["=HYPERLINK(1)", 2.68, 1, 0.123]  # text stays text: the cell type says so
    assert sheet["A2"].data_type == "s"
    assert values[2][1] == 1234567.89
    assert values[3][1] == 0.0 and values[4][1] is None
    assert values[1][4] == dt.datetime(2024, 3, 31) and values[4][4] == dt.datetime(2024, 1, 2, 13, 45)
    assert values[1][5] is True
    assert sheet["B2"].number_format == "#,##0.00" and sheet["D2"].number_format == "#,##0.000"
    assert sheet["C2"].number_format == "General"
    assert sheet.freeze_panes == "A2"


def test_the_view_is_never_overwritten_without_consent(tmp_path):
    target = tmp_path / "view.csv"
    target.write_bytes(b"the owner's own file")
    with pytest.raises(TargetExists, match="already exists"):
        export_table(VIEW, HEADERS, target, DECIMALS)
    assert target.read_bytes() == b"the owner's own file"
    export_table(VIEW, HEADERS, target, DECIMALS, overwrite=True)
    assert read_csv_rows(target, "en")[0] == list(HEADERS.values())
    assert names_in(tmp_path) == ["view.csv"]


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
@pytest.mark.parametrize("name", ["view.csv", "view.xlsx"])
def test_the_view_file_is_readable_like_any_new_file(tmp_path, name):
    previous = os.umask(0o022)
    try:
        path = export_table(VIEW, HEADERS, tmp_path / name, DECIMALS)
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o644


def test_a_header_naming_no_column_is_a_programming_error(tmp_path):
    with pytest.raises(KeyError, match="nothing"):
        export_table(VIEW, {"nothing": "Nothing"}, tmp_path / "view.csv", {})
    assert names_in(tmp_path) == []


def test_sheet_names_follow_excels_rules():
    assert sheet_name("a/b\\c[d]e:f*g?h") == "a b c d e f g h"
    assert len(sheet_name("x" * 80)) == 31
    assert sheet_name("???") == "Table"
    assert sheet_name("History") == "Table"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    amounts=st.lists(
        st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False), min_size=1, max_size=30
    ),
    places=st.integers(min_value=0, max_value=4),
    language=st.sampled_from(["en", "ru", "pl"]),
    names=st.lists(
        st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20) | st.sampled_from(["=1+1", "-2", "@A1"]),
        min_size=30,
        max_size=30,
    ),
)
def test_any_numbers_and_names_read_back_rounded_from_csv(tmp_path_factory, amounts, places, language, names):
    frame = pd.DataFrame({"name": names[: len(amounts)], "amount": amounts})
    path = export_table(
        frame, {"name": "Name", "amount": "Amount"}, tmp_path_factory.mktemp("csv") / "t.csv", {"amount": places},
        language=language,
    )  # fmt: skip
    rows = read_csv_rows(path, language)[1:]
    assert len(rows) == len(amounts)
    decimal_mark = csv_conventions(language)[1]
    for (name, written), value, original in zip(rows, amounts, frame["name"], strict=True):
        whole, _, fraction = written.partition(decimal_mark)
        assert len(fraction) == places and whole.lstrip("-").isdigit()
        back = Decimal(written.replace(decimal_mark, "."))
        assert abs(back - Decimal(repr(value))) <= Decimal(5).scaleb(-places - 1)
        assert back != 0 or not written.startswith("-"), "a negative zero"
        assert name == ("'" + original if original.startswith(("=", "+", "-", "@")) else original)


# -- messages ------------------------------------------------------------------------------------------------------


def test_every_export_code_the_code_raises_is_in_the_catalogue():
    from ltv_desktop.io import errors

    exports = {name for name, cls in vars(errors).items() if isinstance(cls, type) and issubclass(cls, ExportFailed)}
    raised, others = set(), set()
    for path in (ROOT / "ltv_desktop" / "io").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "because":
                code = node.args[0]
                if getattr(node.func.value, "id", None) in exports:
                    assert isinstance(code, ast.Constant), f"{path.name}:{node.lineno}"
                    raised.add(code.value)
                elif isinstance(code, ast.Constant):
                    others.add(code.value)
    assert len(raised) >= 11
    assert raised <= codes()
    assert others <= codes(), "the reading errors' codes too"
    for code in raised:
        russian = text(
            code, "ru", name="a.xlsx", folder="/x", lock="~$a.xlsx", detail="d", suffix=".ods", rows=2, limit=1
        )
        assert "a.xlsx" in russian and russian != text(code, "en", name="a.xlsx")
