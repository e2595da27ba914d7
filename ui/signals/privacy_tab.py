"""The privacy tab of a signal: the reporter's contact details (only with consent), when
they will be removed, and removing them at once when consent is withdrawn."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import format_date, tr
from core.signals.model import ContactInput
from core.signals.options import retention_months
from core.signals.privacy import get_contact, removal_date, remove_contact, set_contact
from ui.errors import show_error
from ui.signals.fields import DateField


class PrivacyTab(QWidget):
    changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.signal = None
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.group = QGroupBox(tr("Contact details (kept only with consent)"))
        form = QFormLayout(self.group)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.consent_on = DateField()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Address"), self.address)
        form.addRow(tr("Consent given on"), self.consent_on)
        layout.addWidget(self.group)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save contact details"))
        self.remove_button = QPushButton(tr("Remove contact details (consent withdrawn)"))
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)

    def show_signal(self, signal) -> None:
        self.signal = signal
        contact = get_contact(self.db, signal.id)
        values = ("", "", "", "") if contact is None else (
            contact.name, contact.phone, contact.email, contact.address)
        for line, value in zip((self.name, self.phone, self.email, self.address), values,
                               strict=True):
            line.setText(value)
        self.consent_on.set_date(contact.consent_on if contact else None)
        self.remove_button.setEnabled(contact is not None)
        self.state.setText(self._state_text(signal, contact))

    def _state_text(self, signal, contact) -> str:
        if signal.erased_on:
            return tr("Every personal detail of this signal was erased on request on {date}.",
                      date=format_date(signal.erased_on))
        if contact is None:
            return tr("Anonymous: no contact details are kept. Add them only when the "
                      "reporter agrees to be contacted.")
        months = retention_months(self.db)
        if signal.closed_on is None:
            return tr("Contact details kept with consent given on {date}. They are removed "
                      "{months} months after the signal is closed.",
                      date=format_date(contact.consent_on), months=months)
        return tr("Contact details kept with consent given on {date}. They will be removed "
                  "on {removal}.", date=format_date(contact.consent_on),
                  removal=format_date(removal_date(signal.closed_on, months)))

    def set_read_only(self, read_only: bool) -> None:
        erased = self.signal is not None and self.signal.erased_on is not None
        self.group.setEnabled(not read_only and not erased)
        self.save_button.setEnabled(not read_only and not erased)
        if read_only:
            self.remove_button.setEnabled(False)

    def save(self) -> None:
        try:
            contact = ContactInput(consent_on=self.consent_on.date("consent_on"),
                                   name=self.name.text(), phone=self.phone.text(),
                                   email=self.email.text(), address=self.address.text())
            set_contact(self.db, self.signal.id, contact)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def remove(self) -> None:
        answer = QMessageBox.question(
            self, tr("Remove contact details"),
            tr("Remove the reporter's contact details from this signal? This cannot be "
               "undone; the removal is recorded."))
        if answer != QMessageBox.Yes:
            return
        remove_contact(self.db, self.signal.id, "consent_withdrawn")
        self.changed.emit()
