"""The follow-up tab of a signal: status with dated history, and what was done."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import format_datetime, tr
from core.signals.model import STATUSES
from core.signals.model import Signal as SignalRecord
from core.signals.people import loggers
from core.signals.repository import set_handled_note
from core.signals.status import change_status, status_history
from ui.errors import show_error


class FollowUpTab(QWidget):
    changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.signal: SignalRecord | None = None
        layout = QVBoxLayout(self)
        self.current = QLabel()
        self.current.setObjectName("sectionHeading")
        layout.addWidget(self.current)
        form = QFormLayout()
        self.status = QComboBox()
        for code, label in STATUSES.items():
            self.status.addItem(tr(label), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("what happened, e.g. 'discussed with the alderman'"))
        self.changed_by = QComboBox()
        self.changed_by.addItem(tr("(not filled in)"), None)
        for member_id, name in loggers(db):
            self.changed_by.addItem(name, member_id)
        self.change_button = QPushButton(tr("Change &status"))
        self.change_button.clicked.connect(self.apply_status)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.change_button)
        form.addRow(tr("New status"), row)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("Changed by"), self.changed_by)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("What was done with the signal")))
        self.handled = QPlainTextEdit()
        self.handled.setTabChangesFocus(True)
        self.handled.setMaximumHeight(90)
        layout.addWidget(self.handled)
        self.save_note_button = QPushButton(tr("Save &note"))
        self.save_note_button.clicked.connect(self.save_note)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.save_note_button)
        layout.addLayout(note_row)
        layout.addWidget(QLabel(tr("History")))
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([tr("When"), tr("Change"), tr("By"), tr("Note")])
        for column, width in enumerate((170, 290, 150)):
            self.history.setColumnWidth(column, width)
        layout.addWidget(self.history, 1)

    def show_signal(self, signal: SignalRecord) -> None:
        self.signal = signal
        self.current.setText(tr("Status: {status}", status=signal.status_label))
        self.status.setCurrentIndex(max(0, self.status.findData(signal.status)))
        self.handled.setPlainText(signal.handled_note)
        self.history.clear()
        for change in status_history(self.db, signal.id):
            QTreeWidgetItem(self.history, [format_datetime(change.changed_at),
                                           change.description, change.changed_by_name or "—",
                                           change.note])

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.status, self.note, self.changed_by, self.change_button,
                       self.handled, self.save_note_button):
            widget.setEnabled(not read_only)

    def apply_status(self) -> None:
        try:
            change_status(self.db, self.signal.id, self.status.currentData(),
                          self.note.text(), self.changed_by.currentData())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.note.clear()
        self.changed.emit()

    def save_note(self) -> None:
        try:
            set_handled_note(self.db, self.signal.id, self.handled.toPlainText())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.changed.emit()
