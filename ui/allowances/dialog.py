"""Leden → Vrijwilligersvergoeding…: choose a year and see per member the meetings present,
the allowance and a warning above a maximum; print it (the preview) or save it as .xlsx.

The dialog only reads: the rates are set under Instellingen → Vrijwilligersvergoeding.
"""

import datetime as dt
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.allowances.document import document_title, render_allowances
from core.allowances.notes import maxima_line, no_rates_line, overview_notes
from core.allowances.overview import allowance_overview
from core.allowances.rules import money
from core.allowances.spreadsheet import allowances_xlsx
from core.allowances.tables import COUNT, MONEY, TEXT, overview_table
from core.annual.texts import FIRST_YEAR, LAST_YEAR
from core.documents.letterhead import load_letterhead
from core.errors import RaadswerkError
from core.i18n import format_number, tr, trn
from core.output import write_atomically
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.file_dialogs import xlsx_filter
from ui.widgets.column_sizing import ColumnsInView
from ui.widgets.dialog_buttons import action_button

WARNING_COLOUR = QColor("#B00020")
# The allowances of a year are paid out after it ends: in January and February the
# treasurer still works on the year before.
PAYOUT_MONTHS = 2
WARNING_MARK = "⚠ "
# A kind of meeting is a long name over a short number: its header goes over lines.
HEADER_WIDTH = 16
ROLE_COLUMN = 1


def _item(value, kind: str) -> QTableWidgetItem:
    if kind == TEXT:
        item = QTableWidgetItem(str(value))
    else:
        text = "" if value == "" else money(value) if kind == MONEY else format_number(value)
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    return item


def default_year(today: dt.date) -> int:
    return today.year - 1 if today.month <= PAYOUT_MONTHS else today.year


class AllowancesDialog(QDialog):
    def __init__(self, council, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = council.db
        self.today = today or dt.date.today()
        self.setWindowTitle(tr("Volunteer allowances"))
        self.resize(1200, 640)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("allowancesYear")
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(default_year(self.today))
        self.summary = QLabel()
        self.summary.setObjectName("allowancesSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("allowancesTable")
        ColumnsInView(self.table)  # no sideways scrolling on a small laptop
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # a remark may take two lines
        # Each warning in full under the table: the remarks column may be too narrow for it.
        self.warnings = QLabel()
        self.warnings.setObjectName("allowancesWarnings")
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR.name()}")
        self.warnings.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("pageSubtitle")
        self.notes.setWordWrap(True)
        self._build_layout()
        self.load_year()
        self.year_box.valueChanged.connect(lambda _year: self.load_year())

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Year:")))
        top.addWidget(self.year_box)
        top.addStretch(1)
        self.print_button = action_button(tr("Print…"), self.show_preview, "allowancesPrint")
        self.xlsx_button = action_button(tr("Save as .xlsx…"), self.save_xlsx, "allowancesXlsx")
        close = action_button(tr("Close"), self.reject, "allowancesClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)


    @property
    def year(self) -> int:
        return self.year_box.value()

    def load_year(self) -> None:
        self.overview = allowance_overview(self.db, self.year)
        self._fill_table()
        self.summary.setText(self._summary())
        self.warnings.setText("\n".join(
            WARNING_MARK + tr("{name}: {remarks}", name=member.name,
                              remarks="; ".join(self.overview.remarks(member)))
            for member in self.overview.members if self.overview.has_warning(member)))
        self.warnings.setVisible(bool(self.overview.warnings))
        self.notes.setText("\n".join(overview_notes(self.overview)))
        self.xlsx_button.setEnabled(bool(self.overview.paid_kinds))

    def _summary(self) -> str:
        overview = self.overview
        if not overview.paid_kinds:
            return no_rates_line()
        text = trn("{amount} for {count} member in {year}.",
                   "{amount} for {count} members in {year}.", len(overview.members),
                   amount=money(overview.total), year=overview.year)
        if overview.warnings:
            text += " " + WARNING_MARK + trn(
                "{count} member is above a maximum.", "{count} members are above a maximum.",
                overview.warnings)
        return text + " " + maxima_line(overview.rules)

    def _fill_table(self) -> None:
        table = overview_table(self.overview)
        kinds = [column.kind for column in table.columns]
        rows = [*table.rows, table.total] if table.rows and table.total else table.rows
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels([
            column.title if column.kind == TEXT else textwrap.fill(column.title, HEADER_WIDTH,
                                                           break_long_words=False)
            for column in table.columns])
        self.table.setRowCount(len(rows))
        for row_index, row in enumerate(rows):
            for column, (value, kind) in enumerate(zip(row, kinds, strict=True)):
                self.table.setItem(row_index, column, _item(value, kind))
        for row_index, member in enumerate(self.overview.members):
            if self.overview.has_warning(member):
                self._mark_warning(row_index, len(kinds))
        if table.rows:
            self._mark_total(len(rows) - 1, len(kinds))
        # The role is in the member list; here the room goes to the figures and remarks. A
        # kind of meeting nobody was paid for this year is a column of noughts: left out
        # here (the print and the workbook keep it).
        for column, kind in enumerate(kinds):
            self.table.setColumnHidden(
                column, column == ROLE_COLUMN or (kind == COUNT and table.total is not None
                                                  and not table.total[column]))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(kinds) - 1, QHeaderView.Stretch)
        self.table.resizeRowsToContents()

    def _mark_warning(self, row: int, columns: int) -> None:
        remark = self.table.item(row, columns - 1)
        remark.setText(WARNING_MARK + remark.text())
        remark.setToolTip(remark.text())
        for column in range(columns):
            self.table.item(row, column).setForeground(WARNING_COLOUR)

    def _mark_total(self, row: int, columns: int) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(columns):
            self.table.item(row, column).setFont(bold)

    def member_has_warning(self, name: str) -> bool:
        """Whether the row of ``name`` carries the warning mark (for tests and readers)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                remark = self.table.item(row, self.table.columnCount() - 1).text()
                return remark.startswith(WARNING_MARK)
        return False

    # --- printing and saving ---------------------------------------------------
    def document_builder(self):
        """Makes the PDF from plain data only (the preview runs it off the UI thread)."""
        head, overview, today = load_letterhead(self.db), self.overview, self.today
        return lambda: render_allowances(head, overview, today)

    def file_stem(self) -> str:
        return tr("volunteer-allowances-{year}", year=self.year)

    def show_preview(self):
        """The program's one preview, to print the overview or save it as PDF."""
        return preview_document(self, self.document_builder(), document_title(self.year),
                                self.file_stem() + ".pdf")

    def ask_save_path(self, suggestion: str) -> str:
        """Where to save (empty: the person cancelled). Tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(self, tr("Save the allowances as .xlsx"),
                                                      suggestion, xlsx_filter())
        return path

    def save_xlsx(self) -> Path | None:
        path = self.ask_save_path(self.file_stem() + ".xlsx")
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        try:
            written = write_atomically(target, allowances_xlsx(self.overview))
        except (RaadswerkError, OSError) as error:
            show_error(self, error)
            return None
        self.summary.setText(tr("Saved: {path}", path=written))
        return written
