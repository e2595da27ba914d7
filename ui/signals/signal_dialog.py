"""One signal: what was logged, its follow-up, its links and its privacy, in four tabs."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError, ValidationError
from core.i18n import format_date, tr
from core.signals.repository import delete_signal, get_signal, update_signal
from ui.errors import show_error
from ui.signals.follow_up import FollowUpTab
from ui.signals.form import SignalForm
from ui.signals.links_tab import LinksTab
from ui.signals.privacy_tab import PrivacyTab
from ui.widgets.form_message import form_message_label


class SignalDialog(QDialog):
    changed = Signal()

    def __init__(self, db, signal_id: int, read_only: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.signal_id = signal_id
        self.read_only = read_only
        self.resize(900, 720)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.form = SignalForm(with_contact=False)
        self.form.load_choices(db, get_signal(db, signal_id))
        self.follow_up = FollowUpTab(db)
        self.links = LinksTab(db)
        self.privacy = PrivacyTab(db)
        self.tabs.addTab(self._form_page(), tr("Signal"))
        self.tabs.addTab(self.follow_up, tr("Follow-up"))
        self.tabs.addTab(self.links, tr("Links"))
        self.tabs.addTab(self.privacy, tr("Privacy"))
        layout.addWidget(self.tabs, 1)
        for tab in (self.follow_up, self.links, self.privacy):
            tab.changed.connect(self._after_change)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(tr("Delete signal…"))
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def _form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.form)
        self.message = form_message_label()
        self.save_button = QPushButton(tr("&Save changes"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def reload(self) -> None:
        signal = get_signal(self.db, self.signal_id)
        self.setWindowTitle(tr("Signal {number}", number=signal.id))
        self.heading.setText(tr("Signal {number} of {date} — {status}", number=signal.id,
                                date=format_date(signal.received_on),
                                status=signal.status_label))
        self.follow_up.show_signal(signal)
        self.links.show_signal(signal)
        self.privacy.show_signal(signal)
        locked = self.read_only or signal.erased_on is not None
        self.form.setEnabled(not locked)
        self.save_button.setEnabled(not locked)
        self.follow_up.set_read_only(self.read_only)
        self.links.set_read_only(self.read_only)
        self.privacy.set_read_only(self.read_only)
        self.delete_button.setEnabled(not self.read_only)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def save(self) -> None:
        try:
            update_signal(self.db, self.signal_id, self.form.signal_input())
        except ValidationError as error:
            self.message.setProperty("error", True)
            self.message.setText(str(error))
            self.form.focus_field(error)
            return
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.message.setProperty("error", False)
        self.message.setText(tr("Saved."))
        self._after_change()

    def delete(self) -> None:
        answer = QMessageBox.question(
            self, tr("Delete signal"),
            tr("Delete this signal with its history, links and contact details? It will no "
               "longer count in reports."))
        if answer != QMessageBox.Yes:
            return
        try:
            delete_signal(self.db, self.signal_id)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.changed.emit()
        self.accept()
