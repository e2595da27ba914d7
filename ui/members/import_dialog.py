"""Importing members from .csv or .xlsx: choose the file, map the columns, see every row
checked, then import all of it or nothing."""

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.errors import RaadswerkError
from core.i18n import format_number, tr
from core.members.columns import FIELDS, guess_mapping
from core.members.importing import prepare_import, run_import
from core.members.reading import read_member_file
from ui.widgets.form_message import form_message_label, show_form_message

PREVIEW_LIMIT = 500
_BAD = QColor("#B00020")
_DOUBT = QColor("#8A5A00")


def _example(table, column: int) -> str:
    for row in table.rows[:20]:
        value = row[column]
        if str(value).strip():
            return str(value)[:60]
    return ""


class ImportDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.table = None
        self.preview = None
        self.result = None
        self.setWindowTitle(tr("Import members"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Import a member list from Excel (.xlsx) or a .csv file. Every row "
                          "is checked first; if one row is wrong, nothing is imported."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        chooser = QHBoxLayout()
        self.file_label = QLabel(tr("No file chosen."))
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        chooser.addWidget(self.file_label, 1)
        chooser.addWidget(self.choose_button)
        layout.addLayout(chooser)
        layout.addWidget(QLabel(tr("Which column holds what:")))
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([tr("Column in the file"), tr("Example"),
                                                tr("Field in Raadswerk")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        layout.addWidget(self.mapping, 2)
        self.summary = form_message_label()
        layout.addWidget(self.summary)
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels([tr("Line"), tr("Name"), tr("E-mail"),
                                             tr("Result")])
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.NoEditTriggers)
        layout.addWidget(self.rows, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import members"), "",
            tr("Member lists") + " (*.xlsx *.csv *.txt);;" + tr("All files") + " (*)")
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.file_label.setText(str(path))
        try:
            self.table = read_member_file(path)
        except RaadswerkError as error:
            self.table = None
            self.mapping.setRowCount(0)
            self.rows.setRowCount(0)
            self.import_button.setEnabled(False)
            show_form_message(self.summary, str(error), error=True)
            return
        self._fill_mapping(guess_mapping(self.table.headers))
        self.check()

    def _fill_mapping(self, guessed: list[str | None]) -> None:
        self.mapping.setRowCount(len(self.table.headers))
        for column, header in enumerate(self.table.headers):
            self.mapping.setItem(column, 0, QTableWidgetItem(header or f"({column + 1})"))
            self.mapping.setItem(column, 1, QTableWidgetItem(_example(self.table, column)))
            combo = QComboBox()
            combo.addItem(tr("(do not import)"), None)
            for name, label in FIELDS:
                combo.addItem(tr(label), name)
            combo.setCurrentIndex(max(0, combo.findData(guessed[column])))
            combo.currentIndexChanged.connect(self.check)
            self.mapping.setCellWidget(column, 2, combo)

    def chosen_mapping(self) -> list[str | None]:
        return [self.mapping.cellWidget(row, 2).currentData()
                for row in range(self.mapping.rowCount())]

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.mapping.cellWidget(column, 2)
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def check(self) -> None:
        if self.table is None:
            return
        try:
            self.preview = prepare_import(self.db, self.table, self.chosen_mapping())
        except RaadswerkError as error:
            self.preview = None
            self.rows.setRowCount(0)
            self.import_button.setEnabled(False)
            show_form_message(self.summary, str(error), error=True)
            return
        self._fill_rows()
        self._summarise()

    def _summarise(self) -> None:
        preview = self.preview
        bad, doubles, good = (len(preview.bad_rows), len(preview.duplicates),
                              len(preview.importable))
        if bad:
            text = tr("{bad} of {total} rows have a problem (in red below). Correct the file "
                      "or the column choice; nothing is imported until every row is right.",
                      bad=format_number(bad), total=format_number(len(preview.rows)))
        else:
            text = tr("{good} members are ready to import.", good=format_number(good))
            if doubles:
                text += " " + tr("{count} rows look like members who are already there "
                                 "(same name and e-mail); they are skipped.",
                                 count=format_number(doubles))
            if preview.new_groups:
                text += " " + tr("New working groups: {names}.",
                                 names=", ".join(preview.new_groups))
        show_form_message(self.summary, text, error=bool(bad))
        self.import_button.setEnabled(not bad and good > 0)

    def _fill_rows(self) -> None:
        preview = self.preview
        ordered = preview.bad_rows + preview.duplicates + [
            row for row in preview.rows if row.row and not row.duplicate_of]
        shown = ordered[:PREVIEW_LIMIT]
        self.rows.setRowCount(len(shown))
        for index, row in enumerate(shown):
            if row.error:
                result, colour = row.error, _BAD
            elif row.duplicate_of:
                result, colour = tr("Probably already there as {name}; skipped.",
                                    name=row.duplicate_of), _DOUBT
            else:
                result, colour = tr("Ready"), None
            cells = [str(row.line), row.name, str(row.values.get("email") or ""), result]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(colour)
                self.rows.setItem(index, column, item)
        self.rows.resizeColumnsToContents()

    def run(self) -> None:
        if self.preview is None:
            return
        try:
            self.result = run_import(self.db, self.preview)
        except RaadswerkError as error:
            show_form_message(self.summary, str(error), error=True)
            return
        self.accept()
