"""A window built like the real one, with its settings in a temporary file."""

import pytest
from PySide6.QtCore import QSettings

from ltv_desktop.controllers.app import Application, GuiOptions


@pytest.fixture
def app(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(GuiOptions(language="en"), settings)
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    if application.analysis.worker is not None:
        application.analysis.cancel()
        qtbot.waitUntil(lambda: application.analysis.worker is None, timeout=10_000)
