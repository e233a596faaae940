"""atomic_write: the target is complete or untouched, nothing is left beside it, every failure is one message."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.io import atomic
from ltv_desktop.io.atomic import WORK_PREFIX, atomic_write, lock_file
from ltv_desktop.io.errors import (
    ExportDiskFull,
    ExportFailed,
    ExportFolderMissing,
    ExportFolderReadOnly,
    TargetExists,
    TargetLocked,
)

POSIX = os.name == "posix"


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def umask():
    """Set a umask for one test and restore the previous one."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield lambda mask: os.umask(mask)
    os.umask(previous)


def test_the_block_writes_a_new_file_and_nothing_else_stays(tmp_path):
    target = tmp_path / "report.csv"
    with atomic_write(target) as temporary:
        assert temporary.parent.parent == tmp_path  # written on the target's own disk
        assert temporary.parent.name.startswith(WORK_PREFIX)
        temporary.write_text("a;b\n1;2\n", encoding="utf-8")
        assert not target.exists()  # only a complete file gets the name
    assert target.read_text(encoding="utf-8") == "a;b\n1;2\n"
    assert names_in(tmp_path) == ["report.csv"]


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_a_new_file_gets_the_mode_the_umask_gives_every_new_file(tmp_path, umask, mask):
    umask(mask)
    target = tmp_path / "table.csv"
    with atomic_write(target) as temporary:
        temporary.write_bytes(b"x")
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "table.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("interruption", [ValueError("a bug"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_an_interrupted_block_keeps_the_old_file_and_leaves_nothing(tmp_path, interruption):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")
    with pytest.raises(type(interruption)), atomic_write(target) as temporary:
        temporary.write_bytes(b"half a rep")
        (temporary.parent / "scratch-of-the-writer").write_bytes(b"customer data")
        raise interruption
    assert target.read_bytes() == b"the previous report"
    assert names_in(tmp_path) == ["report.xlsx"]


def test_overwrite_false_never_replaces_even_a_file_that_appears_meanwhile(tmp_path):
    target = tmp_path / "customers.csv"
    target.write_bytes(b"mine")
    with pytest.raises(TargetExists, match="already exists"), atomic_write(target, overwrite=False):
        pytest.fail("the block must not run")
    other = tmp_path / "new.csv"
    with pytest.raises(TargetExists), atomic_write(other, overwrite=False) as temporary:
        temporary.write_bytes(b"ours")
        other.write_bytes(b"someone else's")
    assert other.read_bytes() == b"someone else's"
    assert target.read_bytes() == b"mine"
    assert names_in(tmp_path) == ["customers.csv", "new.csv"]


def test_overwrite_false_on_a_disk_without_hard_links(tmp_path, monkeypatch):
    def no_links(source, destination):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "customers.csv"
    with atomic_write(target, overwrite=False) as temporary:
        temporary.write_bytes(b"ours")
    assert target.read_bytes() == b"ours"
    with pytest.raises(TargetExists), atomic_write(target, overwrite=False) as temporary:
        temporary.write_bytes(b"again")
    assert target.read_bytes() == b"ours"
    assert names_in(tmp_path) == ["customers.csv"]


def test_a_folder_we_may_not_write_into_is_a_message(tmp_path, monkeypatch):
    """As root every folder is writable, so the refusal the system gives a user is simulated at mkdir."""

    def refused(path, mode=0o777):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "mkdir", refused)
    with pytest.raises(ExportFolderReadOnly, match="read-only for you") as caught, atomic_write(tmp_path / "r.xlsx"):
        pytest.fail("the block must not run")
    assert caught.value.code == "export.folder_read_only"
    assert caught.value.params["name"] == "r.xlsx"


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_for_real(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportFolderReadOnly), atomic_write(folder / "report.xlsx"):
            pass
    finally:
        folder.chmod(0o755)


def test_a_missing_folder_or_a_file_in_its_place_is_a_message(tmp_path):
    (tmp_path / "not-a-folder").write_bytes(b"x")
    for target in (tmp_path / "missing" / "r.xlsx", tmp_path / "not-a-folder" / "r.xlsx"):
        with pytest.raises(ExportFolderMissing, match="does not exist"), atomic_write(target):
            pass
    with pytest.raises(ExportFailed, match="is a folder"), atomic_write(tmp_path):
        pass


@pytest.mark.parametrize(
    ("code", "error", "message"),
    [
        (errno.ENOSPC, ExportDiskFull, "is full"),
        (errno.EFBIG, ExportDiskFull, "larger than the disk"),
        (errno.EROFS, ExportFolderReadOnly, "read-only"),
        (errno.EIO, ExportFailed, "Input/output error"),
    ],
)
def test_an_os_error_in_the_block_becomes_its_message(tmp_path, code, error, message):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(error, match=message), atomic_write(target):
        raise OSError(code, os.strerror(code))
    assert target.read_bytes() == b"old"
    assert names_in(tmp_path) == ["report.xlsx"]


def test_a_target_the_system_refuses_to_replace_is_locked(tmp_path, monkeypatch):
    """What Windows answers while Excel has the file open."""
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")

    def refused(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(TargetLocked, match="cannot be replaced"), atomic_write(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"old"
    assert names_in(tmp_path) == ["report.xlsx"]


def owner_files(name: str) -> list[str]:
    """Every lock file name an office program may keep beside `name`."""
    files = [f"~${name}", f".~lock.{name}#", f".~{name}"]
    files += [f"~${name[cut:]}" for cut in (1, 2) if len(name[cut:]) > len(Path(name).suffix)]
    return files


@pytest.mark.parametrize(
    ("name", "lock"),
    [
        ("report.xlsx", "~$report.xlsx"),
        ("report.xlsx", ".~lock.report.xlsx#"),
        ("OfficeReport.xlsx", "~$ficeReport.xlsx"),
        ("Клиенты за март 2024 года.xlsx", "~$иенты за март 2024 года.xlsx"),
        ("Quarterly.xlsx", "~$uarterly.xlsx"),
    ],
)
def test_lock_files_of_excel_and_libreoffice_stop_the_write(tmp_path, name, lock):
    target = tmp_path / name
    target.write_bytes(b"open elsewhere")
    (tmp_path / lock).write_bytes(b"owner")
    with pytest.raises(TargetLocked, match="open in Excel or LibreOffice") as caught, atomic_write(target) as temp:
        temp.write_bytes(b"new")
    assert caught.value.params["lock"] == lock
    assert target.read_bytes() == b"open elsewhere"


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stem=st.text(st.characters(codec="utf-8", exclude_characters='/\\\x00:*?"<>|'), min_size=1, max_size=150),
    suffix=st.sampled_from([".xlsx", ".csv", ".ltv.json"]),
    which=st.integers(min_value=0, max_value=4),
)
def test_any_name_length_any_lock_file(tmp_path_factory, stem, suffix, which):
    stem = stem.strip().strip(".") or "x"
    name = stem + suffix
    if len(name.encode()) > 240 or name.startswith(("~$", ".~")):
        return
    folder = tmp_path_factory.mktemp("locks")
    target = folder / name
    locks = owner_files(name)
    lock = locks[which % len(locks)]
    (folder / lock).write_bytes(b"owner")
    shortened = which % len(locks) >= 3
    # a shortened owner file counts only beside its file; a full-name one even alone (the message names it)
    assert lock_file(target) == (None if shortened else folder / lock)
    target.write_bytes(b"x")
    assert lock_file(target) == folder / lock


def test_a_shortened_owner_file_of_another_file_does_not_block(tmp_path):
    """`~$port.xlsx` may be Excel's for `export.xlsx` as much as for `report.xlsx`: then it blocks neither."""
    for name in ("report.xlsx", "export.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "~$port.xlsx").write_bytes(b"owner")
    assert lock_file(tmp_path / "report.xlsx") is None
    (tmp_path / "export.xlsx").unlink()
    assert lock_file(tmp_path / "report.xlsx") == tmp_path / "~$port.xlsx"


@pytest.mark.skipif(not POSIX, reason="process ids are asked with os.kill(pid, 0) on POSIX")
def test_a_work_folder_of_a_killed_export_goes_with_the_next_write(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(finished.stdout)
    stale = tmp_path / f"{WORK_PREFIX}{dead}-abc123"
    stale.mkdir()
    (stale / "report.xlsx").write_bytes(b"customer data")
    alive = tmp_path / f"{WORK_PREFIX}{os.getppid()}-def456"
    alive.mkdir()
    with atomic_write(tmp_path / "report.xlsx") as temporary:
        temporary.write_bytes(b"new")
    assert names_in(tmp_path) == [alive.name, "report.xlsx"]  # a running export's folder is left alone


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=5000), st.binary(max_size=5000))
def test_the_content_is_exactly_what_the_block_wrote(tmp_path_factory, old, new):
    folder = tmp_path_factory.mktemp("content")
    target = folder / "file.bin"
    target.write_bytes(old)
    with atomic_write(target) as temporary:
        temporary.write_bytes(new)
    assert target.read_bytes() == new
    assert names_in(folder) == ["file.bin"]


def test_nothing_lands_in_the_system_temp_folder(tmp_path, monkeypatch):
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportDiskFull), atomic_write(folder / "report.xlsx") as temporary:
        temporary.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert names_in(system_temp) == []
    assert names_in(folder) == []


def test_every_failure_is_a_catalogue_message_in_every_language(tmp_path):
    from ltv_desktop.i18n.catalogue import text

    with pytest.raises(ExportDiskFull) as caught, atomic_write(tmp_path / "отчёт.xlsx"):
        raise OSError(errno.ENOSPC, "No space left on device")
    error = caught.value
    assert error.message == text(error.code, "en", **error.params)
    assert "отчёт.xlsx" in text(error.code, "ru", **error.params)
    assert "заполнен" in text(error.code, "ru", **error.params)
    assert "pełny" in text(error.code, "pl", **error.params)


def test_the_failure_helper_keeps_the_target_named(tmp_path):
    error = atomic.failure(OSError(errno.ENOENT, "No such file or directory"), tmp_path / "x" / "r.csv")
    assert isinstance(error, ExportFolderMissing)
    assert error.params == {"name": "r.csv", "folder": str(tmp_path / "x")}
