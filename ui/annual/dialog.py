"""Adviezen → Jaarverslag…: choose a year, write the council's own texts, see the figures,
save the report as PDF or the figures as .xlsx.

The texts are saved in the council file; changing the year or closing the dialog with
unsaved texts asks first (Opslaan / Niet opslaan / Annuleren).
"""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from core.annual.document import render_annual_report, report_title
from core.annual.figures import collect_figures
from core.annual.spreadsheet import annual_xlsx
from core.annual.texts import (
    FIRST_YEAR,
    LAST_YEAR,
    SECTIONS,
    AnnualTexts,
    load_texts,
    save_texts,
    section_label,
)
from core.documents.letterhead import load_letterhead
from core.errors import RaadswerkError
from core.i18n import format_date, tr
from core.output import write_atomically
from ui.annual.preview import figures_html
from ui.documents.preview import preview_document
from ui.errors import run_retrying, show_error
from ui.file_dialogs import pdf_filter, xlsx_filter
from ui.widgets import unsaved
from ui.widgets.dialog_buttons import action_button
from ui.widgets.unsaved import CANCEL, SAVE, FormSnapshot


def default_year(today: dt.date) -> int:
    """Early in the year the secretary writes about the year before."""
    return today.year - 1 if today.month <= 6 else today.year


class AnnualReportDialog(QDialog):
    def __init__(self, council, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.council, self.db = council, council.db
        self.today = today or dt.date.today()
        self.setWindowTitle(tr("Annual report"))
        self.resize(980, 640)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("annualYear")
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(default_year(self.today))
        self.year = self.year_box.value()
        self.editors = {name: self._editor(name) for name in SECTIONS}
        self.preview = QTextBrowser()
        self.preview.setObjectName("annualPreview")
        self.status = QLabel()
        self.status.setObjectName("annualStatus")
        self.status.setWordWrap(True)
        self._build_layout()
        # The texts only: choosing another year is no change to save.
        self.snapshot = FormSnapshot(*self.editors.values())
        self.load_year()
        self.year_box.valueChanged.connect(self._year_changed)

    def _editor(self, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setObjectName(f"annualText_{name}")
        editor.setPlaceholderText(tr("Write this section of the report here. A blank line "
                                     "starts a paragraph; **bold**, *italic* and - lists work "
                                     "as in letters."))
        editor.setReadOnly(self.council.read_only)
        return editor

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Year:")))
        top.addWidget(self.year_box)
        top.addStretch(1)
        tabs = QTabWidget()
        tabs.setObjectName("annualTabs")
        tabs.addTab(self.preview, tr("Figures"))
        for name, editor in self.editors.items():
            tabs.addTab(editor, section_label(name))
        self.save_button = action_button(tr("Save texts"), self.save_texts, "annualSave")
        self.save_button.setEnabled(not self.council.read_only)
        self.preview_button = action_button(tr("Preview…"), self.show_preview, "annualPreviewPdf")
        self.pdf_button = action_button(tr("Save as PDF…"), self.save_pdf, "annualPdf")
        self.xlsx_button = action_button(tr("Save figures as .xlsx…"), self.save_xlsx,
                                        "annualXlsx")
        close = action_button(tr("Close"), self.reject, "annualClose")
        buttons = QHBoxLayout()
        for button in (self.save_button, self.preview_button, self.pdf_button,
                       self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)


    # --- the year and its texts ---------------------------------------------
    def texts(self) -> AnnualTexts:
        values = {name: editor.toPlainText() for name, editor in self.editors.items()}
        return AnnualTexts(self.year, **values)

    def load_year(self) -> None:
        texts = load_texts(self.db, self.year)
        for name, editor in self.editors.items():
            editor.setPlainText(texts.section(name))
        self.snapshot.mark_clean()
        self.figures = collect_figures(self.db, self.year, self.today)
        self.preview.setHtml(figures_html(self.figures))
        self.status.setText(tr("Figures counted up to {date}.",
                               date=format_date(self.figures.period.counted_until)))

    def _year_changed(self, year: int) -> None:
        if not self.settle(tr("You changed the texts of {year} but did not save them yet.",
                              year=self.year)):
            self.year_box.blockSignals(True)
            self.year_box.setValue(self.year)
            self.year_box.blockSignals(False)
            return
        self.year = year
        self.load_year()

    def has_unsaved_changes(self) -> bool:
        return not self.council.read_only and self.snapshot.is_dirty()

    def settle(self, what: str) -> bool:
        """True when the texts may go: unchanged, saved, or let go on purpose."""
        if not self.has_unsaved_changes():
            return True
        answer = unsaved.ask_save_changes(self, what)
        if answer == SAVE:
            return self.save_texts()
        return answer != CANCEL

    def save_texts(self) -> bool:
        saved = run_retrying(self, lambda: save_texts(self.db, self.texts()) or True)
        if saved:
            self.snapshot.mark_clean()
            self.status.setText(tr("The texts of {year} are saved in the council file.",
                                   year=self.year))
        return bool(saved)

    def reject(self) -> None:
        if self.settle(tr("You changed the texts of {year} but did not save them yet.",
                          year=self.year)):
            super().reject()

    # --- saving files ---------------------------------------------------------
    def ask_save_path(self, title: str, suggestion: str, filter_text: str) -> str:
        """Where to save (empty: the person cancelled). Tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(self, title, suggestion, filter_text)
        return path

    def _save_file(self, title: str, suffix: str, filter_text: str, make) -> Path | None:
        suggestion = tr("annual-report-{year}", year=self.year) + suffix
        path = self.ask_save_path(title, suggestion, filter_text)
        if not path:
            return None
        target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        try:
            written = write_atomically(target, make())
        except (RaadswerkError, OSError) as error:
            show_error(self, error)
            return None
        self.status.setText(tr("Saved: {path}", path=written))
        return written

    def report_builder(self):
        """Makes the report with the texts as they stand in the dialog, saved or not, from
        plain data only (the preview runs it off the UI thread)."""
        head, figures, texts, today = load_letterhead(self.db), self.figures, self.texts(), \
            self.today
        return lambda: render_annual_report(head, figures, texts, today)

    def report_pdf(self) -> bytes:
        return self.report_builder()()

    def show_preview(self):
        """The program's one preview, to print or save the report as PDF."""
        return preview_document(self, self.report_builder(), report_title(self.year),
                                tr("annual-report-{year}", year=self.year) + ".pdf")

    def save_pdf(self) -> Path | None:
        return self._save_file(report_title(self.year), ".pdf", pdf_filter(), self.report_pdf)

    def save_xlsx(self) -> Path | None:
        return self._save_file(tr("Figures of the annual report"), ".xlsx", xlsx_filter(),
                               lambda: annual_xlsx(self.figures))
