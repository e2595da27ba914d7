"""A request for access or erasure (AVG): find one reporter's signals, export everything
the file holds about them, or erase it."""

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
from core.i18n import format_date, tr
from core.output import write_atomically
from core.signals.access_document import reporter_pdf
from core.signals.privacy import erase_reporter, export_reporter_json, find_reporter
from core.signals.repository import get_signal
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.widgets.form_message import form_message_label


class AccessRequestDialog(QDialog):
    changed = Signal()

    def __init__(self, db, read_only: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Request for access or erasure"))
        self.resize(680, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Find the reporter by name, phone number or e-mail address. Tick "
                          "the signals that are theirs, then export or erase."))
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
        layout.addWidget(self.results, 1)
        self.message = form_message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print overview…"))
        self.print_button.clicked.connect(self.print_overview)
        buttons.addWidget(self.print_button)
        self.export_button = QPushButton(tr("&Export…"))
        self.erase_button = QPushButton(tr("E&rase…"))
        self.erase_button.setEnabled(not read_only)
        close = QPushButton(tr("Close"))
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def find(self) -> None:
        self.results.clear()
        try:
            contacts = find_reporter(self.db, self.search.text())
        except RaadswerkError as error:
            self.message.setText(str(error))
            return
        for contact in contacts:
            signal = get_signal(self.db, contact.signal_id)
            details = " · ".join(part for part in (contact.name, contact.phone, contact.email)
                                 if part)
            item = QListWidgetItem(tr("Signal {number} of {date}: {details}",
                                      number=signal.id, date=format_date(signal.received_on),
                                      details=details))
            item.setData(Qt.UserRole, signal.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.results.addItem(item)
        self.message.setText(tr("{count} signals with matching contact details.",
                                count=len(contacts)))

    def chosen_ids(self) -> list[int]:
        return [self.results.item(row).data(Qt.UserRole) for row in range(self.results.count())
                if self.results.item(row).checkState() == Qt.Checked]

    def print_overview(self) -> None:
        """The overview for the person, on the letterhead (to hand over or send)."""
        ids = self.chosen_ids()
        if not ids:
            self.message.setText(tr("Choose the signals of this reporter first."))
            return
        db = self.db
        preview_document(self, lambda: reporter_pdf(db, ids), tr("Overview of your details"),
                         f"inzage-{dt.date.today().isoformat()}.pdf")

    def export(self) -> None:
        try:
            data = export_reporter_json(self.db, self.chosen_ids())
        except RaadswerkError as error:
            show_error(self, error)
            return
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
        ids = self.chosen_ids()
        if not ids:
            self.message.setText(tr("Choose the signals of this reporter first."))
            return
        answer = QMessageBox.question(
            self, tr("Erase personal details"),
            tr("Erase the contact details, descriptions and notes of {count} signals? The "
               "bare signals stay for the counts. This cannot be undone.", count=len(ids)))
        if answer != QMessageBox.Yes:
            return
        try:
            count = erase_reporter(self.db, ids)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.results.clear()
        self.message.setText(tr("Personal details of {count} signals were erased.",
                                count=count))
        self.changed.emit()
