"""A window built like the real one, with its settings in a temporary file."""

import gc

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from ltv_desktop.controllers.app import Application, GuiOptions


@pytest.fixture
def app(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(GuiOptions(language="en"), settings)
    application.window.show()
    yield application
    application.analysis.cancel()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    # tear the window down while Qt is alive: Python-side cycles freed at interpreter exit crash PySide6
    application.close()
    del application
    gc.collect()
