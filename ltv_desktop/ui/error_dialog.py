"""The last line of defence: an unexpected error is logged and shown, and the window stays usable."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("ltv_desktop")


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation) or str(Path.home())
    folder = Path(base) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def setup_logging() -> Path:
    path = log_folder() / "ltv-desktop.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def show_unexpected(details: str, parent: QWidget | None = None) -> None:
    log.error("unexpected error at %s\n%s", dt.datetime.now().isoformat(), details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog", "LTV Desktop hit an unexpected problem. Your data is safe and the window still works."
        )
        + "\n"
        + QCoreApplication.translate("ErrorDialog", "The details were saved to the log folder: %1").replace(
            "%1", str(log_folder())
        )
    )
    box.setDetailedText(details)
    box.open()


def install_excepthook(parent_getter) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        show_unexpected("".join(traceback.format_exception(kind, error, trace)), parent_getter())

    sys.excepthook = hook
