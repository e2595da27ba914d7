"""Adviezen → Cijfers voor regio en Koepel…: choose a year, save the anonymous figures."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from core.annual.statistics import export_statistics
from core.annual.texts import FIRST_YEAR, LAST_YEAR
from core.errors import RaadswerkError
from core.i18n import tr
from core.output import write_atomically
from ui.annual.dialog import default_year
from ui.errors import show_error
from ui.file_dialogs import statistics_filter

SUFFIXES = (".json", ".csv")


class StatisticsDialog(QDialog):
    def __init__(self, db, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.written: Path | None = None
        self.setWindowTitle(tr("Figures for the region and the Koepel"))
        self.year_box = QSpinBox()
        self.year_box.setObjectName("statisticsYear")
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(default_year(self.today))
        self.year_box.setMaximumWidth(110)
        explanation = QLabel(tr(
            "Saves the counts of one year — signals per theme per quarter, advice and how "
            "they were received, meetings — without names, contact details or typed text, "
            "so that a regional council or the Koepel can combine the figures of many "
            "councils. JSON or CSV; the format is described in the manual (README)."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Year:"), self.year_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Save…"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def ask_save_path(self, suggestion: str) -> str:
        """Where to save (empty: the person cancelled). Tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(
            self, self.windowTitle(), suggestion, statistics_filter())
        return path

    def save(self) -> None:
        year = self.year_box.value()
        path = self.ask_save_path(tr("statistics-{year}", year=year) + ".json")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in SUFFIXES:
            target = target.with_name(target.name + ".json")
        try:
            data = export_statistics(self.db, year, target.suffix, self.today)
            self.written = write_atomically(target, data)
        except (RaadswerkError, OSError) as error:
            show_error(self, error)
            return
        self.accept()
