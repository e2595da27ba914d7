"""Signalen: log what residents tell the council, follow it up, and see what recurs."""

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget

from core.documents.letterhead import load_letterhead
from core.errors import RaadswerkError
from core.i18n import format_date, tr
from core.signals.privacy import apply_retention, contacts_due_soon
from core.signals.report import collect_report, render_report
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.pages.base import Page
from ui.safety.preferences import backup_folder
from ui.signals.access_dialog import AccessRequestDialog
from ui.signals.list_view import SignalList
from ui.signals.log_dialog import LogSignalDialog
from ui.signals.report_dialog import ReportDialog
from ui.signals.signal_dialog import SignalDialog
from ui.signals.trends_view import TrendsView
from ui.widgets.form_message import form_message_label
from ui.widgets.modal import run_modal


class SignalsPage(Page):
    section = "signals"

    def __init__(self, parent=None):
        super().__init__(
            tr("Signals"),
            tr("What residents tell the council, logged without identity unless they consent."),
            parent,
        )
        self.today = dt.date.today()
        actions = QHBoxLayout()
        self.new_button = QPushButton(tr("&New signal"))
        self.new_button.setObjectName("primaryButton")
        self.open_button = QPushButton(tr("&Open"))
        self.report_button = QPushButton(tr("Signals &report…"))
        self.access_button = QPushButton(tr("Request for &access or erasure…"))
        self.new_button.clicked.connect(self.log_signal)
        self.open_button.clicked.connect(self._open_current)
        self.report_button.clicked.connect(self.print_report)
        self.access_button.clicked.connect(self.access_request)
        for button in (self.new_button, self.open_button, self.report_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.access_button)
        self.body.addLayout(actions)
        self.notice = form_message_label()
        self.notice.setVisible(False)
        self.body.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.list = SignalList()
        self.list.open_requested.connect(self.open_item)
        self.trends = TrendsView()
        self.tabs.addTab(self.list, tr("List"))
        self.tabs.addTab(self.trends, tr("Trends per theme"))
        self.body.addWidget(self.tabs, 1)

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None:
            return
        notes = []
        if not self.read_only:
            removed = apply_retention(self.db, self.today)
            if removed:
                notes.append(tr("The contact details of {count} closed signals were removed: "
                                "their retention period had ended.", count=len(removed)))
                QTimer.singleShot(0, self._refresh_overview)
        soon = contacts_due_soon(self.db, self.today)
        if soon:
            notes.append(tr("{count} reporters' contact details will be removed in the coming "
                            "weeks (first on {date}).", count=len(soon),
                            date=format_date(soon[0].removal_on)))
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))
        self.new_button.setEnabled(not self.read_only)
        self.list.set_db(self.db)
        self.trends.set_db(self.db)

    def _refresh_overview(self) -> None:
        """Retention changed what the Overzicht warns about; let it reload."""
        window = self.window()
        if hasattr(window, "page"):
            window.page("overview").refresh()

    def _changed(self, *_args) -> None:
        self.list.reload()
        self.trends.reload()

    # --- actions ----------------------------------------------------------------------
    def new_record(self) -> None:
        self.log_signal()

    def search_field(self):
        return self.list.search

    def log_signal(self) -> None:
        if self.db is None or self.read_only:
            return
        dialog = LogSignalDialog(self.db, self)
        dialog.saved.connect(self._changed)
        run_modal(dialog)

    def open_item(self, item_id) -> None:
        if self.db is None or item_id is None:
            return
        try:
            dialog = SignalDialog(self.db, int(item_id), self.read_only, self)
        except RaadswerkError as error:
            show_error(self, error)
            return
        if any(due.signal_id == int(item_id) for due in contacts_due_soon(self.db, self.today)):
            dialog.tabs.setCurrentWidget(dialog.privacy)  # opened from the removal warning
        dialog.changed.connect(self._changed)
        run_modal(dialog)
        self._changed()

    def _open_current(self) -> None:
        signal_id = self.list.current_id()
        if signal_id is not None:
            self.open_item(signal_id)

    def print_report(self) -> None:
        if self.db is None:
            return
        dialog = ReportDialog(self.today, self)
        if not run_modal(dialog):
            return
        first, last = dialog.period()
        try:
            data = collect_report(self.db, first, last, dialog.include_sensitive.isChecked())
            head = load_letterhead(self.db)
        except RaadswerkError as error:
            show_error(self, error)
            return
        name = f"signalenrapportage-{first.isoformat()}-{last.isoformat()}.pdf"
        preview_document(self, lambda: render_report(head, data), tr("Signals report"), name)

    def access_request(self) -> None:
        if self.db is None:
            return
        dialog = AccessRequestDialog(self.db, self.read_only, self,
                                     backup_dir=backup_folder(self.preferences))
        dialog.changed.connect(self._changed)
        run_modal(dialog)
