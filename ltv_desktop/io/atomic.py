"""One way to write a file an owner will open later: complete or not at all, and nothing left behind.

Every writer (the Excel report, the CSV tables, the table of the current view, analysis files) writes through
`atomic_write`. It gives the writer a path inside a private work folder made beside the target, so the data
never leaves the disk the owner chose (no customer data in the system's temp folder), and a rename within one
folder is atomic. Only a complete file is moved over the target; on any exit (an error, Cancel, Ctrl+C) the
work folder goes, with every scratch file the writer made in it. A process killed outright cannot clean up:
its work folder is removed by the next write into the same folder.

Failures become one clear `ExportFailed` subclass each (folder missing or read-only, disk full, the target
open in Excel or LibreOffice, the target exists and may not be replaced), never an OSError with a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ltv_desktop.io.errors import (
    ExportDiskFull,
    ExportFailed,
    ExportFolderMissing,
    ExportFolderReadOnly,
    TargetExists,
    TargetLocked,
)

WORK_PREFIX = ".~ltv-"
"""Work folders are `.~ltv-<process id>-<random>`: hidden on Linux and macOS, and the id tells a stale one."""
STALE_AFTER_SECONDS = 24 * 3600
"""Where a process cannot be asked whether it still runs (Windows), a work folder this old is stale."""
DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
NO_FOLDER = {errno.ENOENT, errno.ENOTDIR}


def _params(target: Path) -> dict[str, str]:
    return {"name": target.name, "folder": os.path.abspath(target.parent)}


def lock_file(target: Path) -> Path | None:
    """The lock file an office program keeps beside `target` while it has it open, or None.

    LibreOffice writes `.~lock.<name>#`; WPS Office `.~<name>`; Excel and Word an owner file `~$<name>`,
    where for longer names `~$` takes the place of the first one or two characters (`~$ficeReport.docx` for
    `OfficeReport.docx`). A shortened owner file could belong to another file with the same tail: it counts
    only when the target exists and no other file in the folder could own it, so an unrelated open file never
    blocks an export. A full-name lock file counts even without the target (the message names it, so the
    owner can delete one that a crashed program left behind).
    """
    folder, name = target.parent, target.name
    for exact in (f".~lock.{name}#", f"~${name}", f".~{name}"):
        if (folder / exact).exists():
            return folder / exact
    if not target.is_file():
        return None
    for cut in (1, 2):
        tail = name[cut:]
        if len(tail) <= len(target.suffix):
            continue  # nothing of the name itself left
        candidate = folder / f"~${tail}"
        if candidate.exists() and not _owned_by_another(folder, name, tail):
            return candidate
    return None


def _owned_by_another(folder: Path, name: str, tail: str) -> bool:
    """Whether a file other than `name` has an owner file `~$<tail>` too (it is `tail`, or ends with it)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            other = entry.name
            if other == name or other.startswith(("~$", ".~")):
                continue
            if other.endswith(tail) and len(other) - len(tail) in (0, 1, 2):
                return True
    return False


def failure(error: OSError, target: Path) -> ExportFailed:
    """The owner's message for an OSError met while writing `target`."""
    params = _params(target)
    if error.errno in DISK_FULL:
        return ExportDiskFull.because("export.disk_full", **params)
    if error.errno == errno.EFBIG:
        return ExportDiskFull.because("export.file_too_large", **params)
    if isinstance(error, PermissionError) or error.errno in NO_PERMISSION:
        return ExportFolderReadOnly.because("export.folder_read_only", **params)
    if error.errno in NO_FOLDER:
        return ExportFolderMissing.because("export.no_folder", **params)
    detail = error.strerror or str(error) or type(error).__name__
    return ExportFailed.because("export.write_failed", detail=detail, **params)


@contextlib.contextmanager
def atomic_write(target: str | Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a path to write to; when the block ends normally, that file replaces `target` in one step.

    The yielded path lies in a private work folder beside `target` (its parent is free for scratch files, e.g.
    XlsxWriter's `tmpdir`). A new file gets the mode the owner's umask gives any new file (0644 usually),
    a replaced file keeps its mode. With `overwrite=False` an existing target is never replaced, even one
    that appears while we write (TargetExists). Raises ExportFailed subclasses; anything else the block
    raises (Cancelled, KeyboardInterrupt) passes through, and the work folder is removed either way.
    """
    target = Path(target)
    params = _params(target)
    if target.is_dir():
        raise ExportFailed.because("export.target_is_folder", **params)
    if not target.parent.is_dir():
        raise ExportFolderMissing.because("export.no_folder", **params)
    if target.exists() and not overwrite:
        raise TargetExists.because("export.target_exists", **params)
    lock = lock_file(target)
    if lock is not None:
        raise TargetLocked.because("export.open_elsewhere", lock=lock.name, **params)
    remove_stale_work_folders(target.parent)
    try:
        work = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=target.parent))
    except OSError as error:
        raise failure(error, target) from None
    try:
        temporary = work / target.name
        try:
            yield temporary
            _flush_to_disk(temporary)
            _put_in_place(temporary, target, overwrite)
        except OSError as error:
            _forget_frames(error)
            raise failure(error, target) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _forget_frames(error: BaseException | None) -> None:
    """Drop the tracebacks of a failed write, and with them the writer's frames: its open files (a half-written
    zip, scratch files) close now, before the work folder is removed, not whenever the message is dropped."""
    while error is not None:
        error.__traceback__ = None
        error = error.__context__


def _flush_to_disk(path: Path) -> None:
    """Data on the disk before the rename, so a power cut never leaves an empty file under the target's name."""
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _put_in_place(temporary: Path, target: Path, overwrite: bool) -> None:
    params = _params(target)
    if not overwrite:
        try:
            os.link(temporary, target)  # fails if the target appeared meanwhile: never a silent overwrite
            return
        except FileExistsError:
            raise TargetExists.because("export.target_exists", **params) from None
        except OSError:
            pass  # a file system without hard links (FAT on a USB stick): check, then rename
        if target.exists():
            raise TargetExists.because("export.target_exists", **params)
    elif target.exists():
        os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
    try:
        os.replace(temporary, target)
    except PermissionError:
        # Windows refuses to replace a file another program holds open
        raise TargetLocked.because("export.cannot_replace", **params) from None


def remove_stale_work_folders(folder: Path) -> None:
    """Remove work folders left by an export that was killed (power cut, task manager): they hold customer data."""
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.startswith(WORK_PREFIX) and entry.is_dir()]
    except OSError:
        return
    for entry in entries:
        owner = entry.name[len(WORK_PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and int(owner) != os.getpid() and _stale(int(owner), Path(entry.path)):
            shutil.rmtree(entry.path, ignore_errors=True)


def _stale(pid: int, path: Path) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        try:
            return time.time() - path.stat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs, under another user
    return False


__all__ = ["atomic_write", "failure", "lock_file", "remove_stale_work_folders"]
