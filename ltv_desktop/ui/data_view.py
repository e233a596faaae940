"""The Data tab: which file, what was detected, which column is which, what was rejected, and Analyze."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.pipeline import import_options
from ltv_desktop.ui.dataframe_model import DataFrameModel
from ltv_desktop.ui.lazy_chart import NEXT_TURN_MS
from ltv_desktop.ui.messages import ROLES, notice_text, rejection_text, ui_language

if TYPE_CHECKING:
    import pandas as pd

    from ltv_desktop.model.transactions import Rejection
    from ltv_desktop.pipeline import ImportOptions, RoleChoice

FILE_PATTERNS = "(*.csv *.txt *.tsv *.xlsx *.xlsm *.xlsb *.xls *.ods)"


REQUIRED_ROLES = ("customer_id", "date", "amount")
AMBER = "#b7791f"
"""Low confidence: the owner should look, nothing is wrong yet."""
QUESTION_RED = "#c53030"
"""The role the importer stopped on: the owner has to answer."""


def choose_spreadsheet(parent: QWidget, title: str) -> Path | None:
    """The file dialog for a sales or spend file: every format the readers take, None when cancelled.

    One dialog for the Data tab's two buttons and the window's File → Open, so they offer the same formats.
    """
    path, _ = QFileDialog.getOpenFileName(parent, title, "", parent.tr("Spreadsheets") + f" {FILE_PATTERNS}")
    return Path(path) if path else None


class RoleBox(QFrame):
    """One role's column choice with why the importer chose it and how sure it is.

    A low confidence gets an amber mark ("Check this column"); the role the importer stopped on with a
    question gets a red frame, so the owner sees where to answer.
    """

    def __init__(self, role: str, combo: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.combo = combo
        self.setObjectName(f"role_box_{role}")
        self.mark = QLabel("\u26a0")
        self.mark.setObjectName(f"role_mark_{role}")
        self.mark.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.mark.setVisible(False)
        self.why = QLabel()
        self.why.setObjectName(f"role_why_{role}")
        self.why.setWordWrap(True)
        self.why.setMinimumWidth(1)
        self.why.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo, 1)
        row.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.why)
        self.confidence: str | None = None
        self.question = False

    def show_choice(self, reason: str, confidence: str | None, question: bool) -> None:
        """`reason` in the window's language ("" for none), `confidence` high/medium/low or None."""
        language = ui_language()
        self.confidence, self.question = confidence, question
        low = confidence == "low"
        why = text("import2.why", language, reason=reason) if reason else ""
        if confidence is not None and reason:
            why = text("import2.why_sure", language, reason=reason,
                       confidence=text(f"import2.confidence.{confidence}", language))  # fmt: skip
        if question:
            why = text("import2.question", language, role=text(f"role.{self.role}", language))
        self.why.setText(why)
        self.why.setVisible(bool(why))
        color = QUESTION_RED if question else AMBER if low else "#4a5568"
        self.why.setStyleSheet(f"color: {color}; font-size: 85%;")
        self.mark.setVisible(low and not question)
        tip = text("import2.check_column", language) + "\n" + why if low else why
        for widget in (self.mark, self.why, self.combo):
            widget.setToolTip(tip)
        border = QUESTION_RED if question else AMBER if low else "transparent"
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 2px solid {border}; border-radius: 4px; }}")


class DataView(QWidget):
    open_requested = Signal(object)  # Path
    options_changed = Signal(object)  # ImportOptions: sheet, encoding, delimiter, header_row, dayfirst, columns
    analyze_requested = Signal()
    spend_file_requested = Signal(object)  # Path
    spend_remove_requested = Signal()
    spend_table_changed = Signal(object)  # DataFrame

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_names = {
            "customer_id": self.tr("Customer"),
            "date": self.tr("Date"),
            "amount": self.tr("Amount"),
            "order_id": self.tr("Order number"),
            "channel": self.tr("Channel"),
            "cost": self.tr("Cost of goods"),
            **{role: text(f"role_label.{role}", ui_language()) for role in ("product", "category", "discount_code")},
        }
        self.path_label = QLabel(self.tr("No file yet: open one or drop it anywhere on this window."))
        self.path_label.setWordWrap(True)
        self.path_label.setMinimumWidth(1)
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.clicked.connect(self._choose_file)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.open_button)

        detected = QGroupBox(self.tr("What was found"))
        detected_form = QFormLayout(detected)
        self.format_label = QLabel("–")
        self.sheet_combo = narrow_combo()
        self.encoding_combo = narrow_combo()
        for encoding in ("", "utf-8", "utf-8-sig", "cp1251", "cp1250", "utf-16-le", "utf-16-be"):
            self.encoding_combo.addItem(encoding or self.tr("(detected)"), encoding or None)
        self.delimiter_combo = narrow_combo()
        self.delimiter_combo.setObjectName("delimiter")
        for label, delimiter in (
            (self.tr("(detected)"), None),
            (self.tr("commas"), ","),
            (self.tr("semicolons"), ";"),
            (self.tr("tabs"), "\t"),
            (self.tr("vertical bars"), "|"),
        ):
            self.delimiter_combo.addItem(label, delimiter)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 1000)
        self.header_spin.setSpecialValueText(self.tr("(detected)"))
        self.date_format_label = QLabel("–")
        self.date_order_combo = narrow_combo()
        self.date_order_combo.setObjectName("date_order")
        for label, dayfirst in (
            (self.tr("(detected)"), None),
            (self.tr("day before month (31.01.2025)"), True),
            (self.tr("month before day (01/31/2025)"), False),
        ):
            self.date_order_combo.addItem(label, dayfirst)
        self.number_label = QLabel("–")
        detected_form.addRow(self.tr("Format"), self.format_label)
        detected_form.addRow(self.tr("Sheet"), self.sheet_combo)
        detected_form.addRow(self.tr("Encoding"), self.encoding_combo)
        detected_form.addRow(self.tr("Delimiter"), self.delimiter_combo)
        detected_form.addRow(self.tr("Header row"), self.header_spin)
        detected_form.addRow(self.tr("Dates"), self.date_format_label)
        detected_form.addRow(self.tr("Date order"), self.date_order_combo)
        detected_form.addRow(self.tr("Numbers"), self.number_label)

        mapping = QGroupBox(self.tr("Which column is which"))
        mapping_form = QFormLayout(mapping)
        self.role_combos: dict[str, QComboBox] = {}
        self.role_boxes: dict[str, RoleBox] = {}
        for role in ROLES:
            combo = narrow_combo()
            combo.setObjectName(f"role_{role}")
            self.role_combos[role] = combo
            self.role_boxes[role] = RoleBox(role, combo)
            label = self.role_names[role] + (" *" if role in REQUIRED_ROLES else "")
            mapping_form.addRow(label, self.role_boxes[role])
        self._shown_path: Path | None = None
        self._touched: set[str] = set()
        """Roles whose column the owner picked for the file shown: only these are "chosen by you"."""
        self._found: dict[str, RoleChoice] = {}
        """The importer's own choice per role for the file shown, kept when a re-read with the owner's
        columns reports every role as chosen by the owner."""

        spend = QGroupBox(self.tr("Marketing spend (for CAC)"))
        spend_layout = QVBoxLayout(spend)
        spend_file = QPushButton(self.tr("Spend from a file…"))
        spend_file.clicked.connect(self._choose_spend)
        self.spend_label = QLabel(self.tr("No spend: CAC and LTV:CAC stay empty."))
        self.spend_label.setWordWrap(True)
        self.spend_table = QTableWidget(1, 3)
        self.spend_table.setHorizontalHeaderLabels([self.tr("Month (YYYY-MM)"), self.tr("Amount"), self.tr("Channel")])
        self.spend_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.spend_table.itemChanged.connect(self._spend_edited)
        self.spend_table.setMinimumHeight(110)
        self.remove_spend_button = QPushButton(self.tr("Remove spend"))
        self.remove_spend_button.setObjectName("remove_spend")
        self.remove_spend_button.setEnabled(False)
        self.remove_spend_button.clicked.connect(self.spend_remove_requested)
        spend_buttons = QHBoxLayout()
        spend_buttons.addWidget(spend_file)
        spend_buttons.addWidget(self.remove_spend_button)
        spend_layout.addLayout(spend_buttons)
        spend_layout.addWidget(self.spend_label)
        spend_layout.addWidget(self.spend_table)

        side = QVBoxLayout()
        side.addWidget(detected)
        side.addWidget(mapping)
        side.addWidget(spend)
        side.addStretch(1)
        side_content = QWidget()
        side_content.setLayout(side)
        # the side panel scrolls: on a short screen its three boxes are taller than the window
        self.side_panel = QScrollArea()
        self.side_panel.setWidgetResizable(True)
        self.side_panel.setFrameShape(QFrame.Shape.NoFrame)
        self.side_panel.setWidget(side_content)
        self.side_panel.setMinimumWidth(220)

        self.preview_model = DataFrameModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setMinimumHeight(80)
        self.preview.verticalHeader().setDefaultSectionSize(22)  # more rows of the file on a short screen
        # column widths from 40 rows: every row measured holds the window a little longer
        self.preview.horizontalHeader().setResizeContentsPrecision(40)
        self.rejections_model = DataFrameModel(self)
        self.rejections = QTableView()
        self.rejections.setModel(self.rejections_model)
        self.rejections.horizontalHeader().setStretchLastSection(True)
        self.rejections.setMinimumHeight(60)
        self.rejections_label = QLabel()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("import_warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #975a16;")
        self.warnings_label.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("data_message")
        self.analyze_button = QPushButton(self.tr("Analyze"))
        self.analyze_button.setEnabled(False)
        self.analyze_button.setDefault(True)
        self.analyze_button.clicked.connect(self.analyze_requested)
        preview_panel = QWidget()
        preview_layout = QVBoxLayout(preview_panel)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview")))
        preview_layout.addWidget(self.preview, 1)
        issues_panel = QWidget()
        issues_layout = QVBoxLayout(issues_panel)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        issues_layout.addWidget(self.warnings_label)
        issues_layout.addWidget(self.rejections_label)
        issues_layout.addWidget(self.rejections, 1)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.setChildrenCollapsible(False)
        tables.addWidget(preview_panel)
        tables.addWidget(issues_panel)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.analyze_button, 0, Qt.AlignmentFlag.AlignBottom)
        main_panel = QWidget()
        main = QVBoxLayout(main_panel)
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(tables, 1)
        main.addLayout(bottom)

        self.body = QSplitter()
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.side_panel)
        self.body.addWidget(main_panel)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 2)
        self.body.setSizes([360, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

        self._quiet = False
        for role, combo in self.role_combos.items():  # before the re-read is asked for, so it knows who chose
            combo.currentIndexChanged.connect(lambda _index, role=role: self._role_edited(role))
        for combo in (
            self.sheet_combo,
            self.encoding_combo,
            self.delimiter_combo,
            self.date_order_combo,
            *self.role_combos.values(),
        ):
            combo.currentIndexChanged.connect(self._options_edited)
        self.header_spin.valueChanged.connect(self._options_edited)

    def _choose_file(self) -> None:
        path = choose_spreadsheet(self, self.tr("Open sales export"))
        if path is not None:
            self.open_requested.emit(path)

    def _choose_spend(self) -> None:
        path = choose_spreadsheet(self, self.tr("Open marketing spend"))
        if path is not None:
            self.spend_file_requested.emit(path)

    def options(self) -> ImportOptions:
        """The owner's choices as the pipeline's import options (the locale is the controller's to add)."""
        # an optional role left at "(none)" is said so (""), so re-reading never guesses it back
        columns = {
            role: combo.currentText() if combo.currentIndex() > 0 else ""
            for role, combo in self.role_combos.items()
            if combo.currentIndex() > 0 or role not in REQUIRED_ROLES
        }
        return import_options(
            sheet=self.sheet_combo.currentText() or None,
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
            header_row=self.header_spin.value() or None,
            dayfirst=self.date_order_combo.currentData(),
            columns=columns,
        )

    def _role_edited(self, role: str) -> None:
        if not self._quiet:
            self._touched.add(role)

    def _options_edited(self) -> None:
        if not self._quiet:
            self.options_changed.emit(self.options())

    def show_preview(
        self,
        path: Path,
        report,
        rows: pd.DataFrame,
        mapping: dict[str, str],
        error: str | None,
        question: str | None = None,
    ) -> None:
        """Show what the importer found; the combos keep the user's choices when they re-read.

        `question` is the role the importer stopped on (it found no column for it): its box is highlighted.
        """
        self._quiet = True
        if path != self._shown_path:
            self._shown_path, self._touched, self._found = path, set(), {}
        self.path_label.setText(str(path))
        self.format_label.setText(
            " · ".join(
                part
                for part in (
                    report.format.upper(),
                    report.encoding or "",
                    {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}.get(
                        report.delimiter or "", ""
                    ),
                )
                if part
            )
        )
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(report.sheets))
        if report.sheet:
            self.sheet_combo.setCurrentText(report.sheet)
        self.sheet_combo.setEnabled(bool(report.sheets))
        self.delimiter_combo.setEnabled(report.delimiter is not None)
        self.header_spin.setValue(report.header_row)
        for role, combo in self.role_combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"))
            combo.addItems(list(report.columns))
            if role in mapping:
                combo.setCurrentText(mapping[role])
        self._show_reasons(report.mapping_reasons, mapping, question)
        self.preview_model.set_frame(rows)
        # sized a turn later: the window paints the preview in between (both in one turn stalled it)
        QTimer.singleShot(NEXT_TURN_MS, self, self.preview.resizeColumnsToContents)
        self.show_message(error or "", error is not None)
        self._show_warnings(report)
        self.analyze_button.setEnabled(error is None)
        self._quiet = False

    def _show_reasons(
        self, reasons: Mapping[str, RoleChoice], mapping: Mapping[str, str], question: str | None
    ) -> None:
        """Beside each role: why its column was chosen and how sure the importer is."""
        language = ui_language()
        for role, choice in reasons.items():
            if choice.reason != "chosen_by_user":
                self._found[role] = choice
        for role, box in self.role_boxes.items():
            shown = box.combo.currentText() if box.combo.currentIndex() > 0 else ""
            choice = reasons.get(role)
            if choice is not None and choice.reason == "chosen_by_user" and role not in self._touched:
                choice = self._found.get(role, choice)
            if choice is not None and choice.column == shown:
                reason = text(f"import.reason.{choice.reason}", language, **choice.params)
                box.show_choice(reason, choice.confidence, role == question)
            elif shown and mapping.get(role) == shown:  # remembered from a file with the same columns
                box.show_choice(text("import2.remembered", language), None, role == question)
            else:
                box.show_choice("", None, role == question)

    def show_import_details(
        self,
        report,
        rejections: Sequence[Rejection],
        spend_rejections: Sequence[Rejection] = (),
        spend_name: str | None = None,
    ) -> None:
        """What the import decided and every row it could not use, with the reason in the UI's language."""
        self.date_format_label.setText(self._date_format_words(report.date_format_shown) or "–")
        decimal = {",": self.tr("decimal comma"), ".": self.tr("decimal point")}.get(report.decimal or "", "–")
        self.number_label.setText(decimal + (f" · {report.currency}" if report.currency else ""))
        frame = _rejection_frame(rejections)
        headers = {"row": self.tr("Row"), "column": self.tr("Column"), "value": self.tr("Value"),
                   "reason": self.tr("Reason")}  # fmt: skip
        if spend_rejections:
            spend = _rejection_frame(spend_rejections)
            frame.insert(0, "file", Path(report.path).name)
            spend.insert(0, "file", spend_name or self.tr("spend file"))
            import pandas as pd

            frame = pd.concat([frame, spend], ignore_index=True)
            headers = {"file": self.tr("File"), **headers}
        self.rejections_model.set_frame(frame, headers=headers, formatters={"row": str})  # a line number: no separator
        skipped = len(report.skipped)
        self.rejections_label.setText(
            self.tr("%n row(s) could not be read", "", len(frame))
            + " · "
            + self.tr("%n row(s) skipped (blank, titles, totals)", "", skipped)
        )
        self._show_warnings(report)

    def _show_warnings(self, report) -> None:
        self.warnings_label.setText("\n".join(notice_text(notice) for notice in report.warnings))
        self.warnings_label.setVisible(bool(report.warnings))

    def _date_format_words(self, shown: str | None) -> str | None:
        """`dd.mm.yyyy` with the letters an owner of the window's language writes (ДД.ММ.ГГГГ, DD.MM.RRRR)."""
        if not shown:
            return shown
        words = {"yyyy": self.tr("yyyy"), "yy": self.tr("yy"), "mmmm": self.tr("mmmm"), "mmm": self.tr("mmm"),
                 "mm": self.tr("mm"), "dd": self.tr("dd")}  # fmt: skip
        return re.sub("|".join(sorted(map(re.escape, words), key=len, reverse=True)), lambda m: words[m[0]], shown)

    def show_spend(self, description: str, in_use: bool = True) -> None:
        """Which spend the analysis uses; Remove is offered while there is one."""
        self.spend_label.setText(description)
        self.remove_spend_button.setEnabled(in_use)

    def set_spend_table(self, frame: pd.DataFrame | None) -> None:
        """Show typed spend (date, amount, channel) or an empty table, without announcing a change."""
        rows = [] if frame is None else frame[["date", "amount", "channel"]].astype(str).values.tolist()
        self.spend_table.blockSignals(True)
        self.spend_table.clearContents()
        self.spend_table.setRowCount(len(rows) + 1)
        for row, texts in enumerate(rows):
            for column, value in enumerate(texts):
                self.spend_table.setItem(row, column, QTableWidgetItem(value))
        self.spend_table.blockSignals(False)

    def typed_spend(self) -> pd.DataFrame | None:
        rows = []
        for row in range(self.spend_table.rowCount()):
            cells = [self.spend_table.item(row, column) for column in range(3)]
            texts = [cell.text().strip() if cell else "" for cell in cells]
            if texts[0] and texts[1]:
                rows.append(texts)
        if not rows:
            return None
        import pandas as pd

        return pd.DataFrame(rows, columns=["date", "amount", "channel"])

    def _spend_edited(self) -> None:
        last = self.spend_table.rowCount() - 1
        if any(
            self.spend_table.item(last, column) and self.spend_table.item(last, column).text() for column in range(3)
        ):
            self.spend_table.blockSignals(True)
            self.spend_table.insertRow(last + 1)
            self.spend_table.blockSignals(False)
        self.spend_table_changed.emit(self.typed_spend())

    def show_message(self, text: str, is_error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c53030; font-weight: bold;" if is_error else "color: #2f855a;")


def _rejection_frame(rejections: Sequence[Rejection]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        [(r.row, r.column, r.value, rejection_text(r)) for r in rejections],
        columns=["row", "column", "value", "reason"],
    )


def narrow_combo() -> QComboBox:
    """A combo that may be narrower than its longest choice (which it shows in full when opened): as wide as its
    longest choice, it would widen the side panel past a small screen."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo
