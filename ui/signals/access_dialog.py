"""A request for access or erasure (AVG): find one reporter, export everything the file
holds about that one person, or erase it."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from core.errors import RaadswerkError
from core.i18n import tr, trn
from core.output import write_atomically
from core.signals.access_document import reporter_pdf
from core.signals.privacy import erase_reporter
from core.signals.reporters import export_reporter_json, reporter_candidates
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.safety.erased_backups import offer_to_delete_backups
from ui.widgets.form_message import form_message_label


class AccessRequestDialog(QDialog):
    changed = Signal()

    def __init__(self, db, read_only: bool = False, parent=None, backup_dir: Path | None = None):
        super().__init__(parent)
        self.db = db
        self.backup_dir = backup_dir
        self.candidates = []
        self.setWindowTitle(tr("Request for access or erasure"))
        self.resize(680, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Find the reporter by name, phone number or e-mail address and "
                          "choose the one person the request is about; then print, export "
                          "or erase what the file holds about them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("name, phone or e-mail"))
        self.search.returnPressed.connect(self.find)
        find = QPushButton(tr("&Find"))
        find.clicked.connect(self.find)
        row.addWidget(self.search, 1)
        row.addWidget(find)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setSelectionMode(QListWidget.SingleSelection)
        self.results.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.results, 1)
        self.message = form_message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print overview…"))
        self.print_button.clicked.connect(self.print_overview)
        buttons.addWidget(self.print_button)
        self.export_button = QPushButton(tr("&Export…"))
        self.erase_button = QPushButton(tr("E&rase…"))
        self.read_only = read_only
        close = QPushButton(tr("Close"))
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()

    def find(self) -> None:
        self.results.clear()
        self.candidates = []
        try:
            self.candidates = reporter_candidates(self.db, self.search.text())
        except RaadswerkError as error:
            self.message.setText(str(error))
            return
        for candidate in self.candidates:
            item = QListWidgetItem(candidate.describe())
            item.setData(Qt.UserRole, candidate.reporter_id)
            self.results.addItem(item)
        if len(self.candidates) == 1:
            self.results.setCurrentRow(0)
            self.message.setText(tr("One person matches."))
        elif self.candidates:
            self.message.setText(tr("Different people match ({count}): choose the one the "
                                    "request is about.", count=len(self.candidates)))
        else:
            self.message.setText(tr("No contact details match '{text}'.",
                                    text=self.search.text()[:80]))
        self._update_buttons()

    def chosen(self):
        """The one reporter picked in the list, or None."""
        row = self.results.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _update_buttons(self, *_args) -> None:
        picked = self.chosen() is not None
        self.print_button.setEnabled(picked)
        self.export_button.setEnabled(picked)
        self.erase_button.setEnabled(picked and not self.read_only)

    def print_overview(self) -> None:
        """The overview for the person, on the letterhead (to hand over or send)."""
        reporter = self.chosen()
        if reporter is None:
            return
        db = self.db
        preview_document(self, lambda: reporter_pdf(db, reporter),
                         tr("Overview of your details"),
                         f"inzage-{dt.date.today().isoformat()}.pdf")

    def export(self) -> None:
        reporter = self.chosen()
        if reporter is None:
            return
        data = export_reporter_json(self.db, reporter)
        name = f"inzage-{dt.date.today().isoformat()}.json"
        path, _selected = QFileDialog.getSaveFileName(self, tr("Export for a request for "
                                                               "access"), name, "JSON (*.json)")
        if not path:
            return
        try:
            write_atomically(Path(path), data)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.message.setText(tr("Written: {path}", path=path))

    def erase(self) -> None:
        reporter = self.chosen()
        if reporter is None:
            return
        answer = QMessageBox.question(
            self, tr("Erase personal details"),
            tr("Erase the contact details, descriptions and notes of {name} (signals: "
               "{count})? The bare signals stay for the counts. This cannot be undone.",
               name=reporter.display_name, count=len(reporter.signal_ids)))
        if answer != QMessageBox.Yes:
            return
        identifiers = reporter.identifiers
        try:
            count = erase_reporter(self.db, reporter.signal_ids)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.results.clear()
        self.candidates = []
        self._update_buttons()
        self.message.setText(trn("Personal details of {count} signal were erased.",
                                 "Personal details of {count} signals were erased.",
                                 count))
        self.changed.emit()
        offer_to_delete_backups(self, self.db, self.backup_dir, reporter.display_name,
                                identifiers)
