"""Help → Formulas guide: the user guide of every formula, in the UI's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ltv_desktop.paths import resource_path


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formulas guide"))
        self.resize(760, 640)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        path = resource_path("guide", f"formulas.{language}.md")
        if not path.exists():
            path = resource_path("guide", "formulas.en.md")
        browser.setMarkdown(path.read_text(encoding="utf-8") if path.exists() else self.tr("The guide is missing."))
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
