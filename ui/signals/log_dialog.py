"""'Nieuw signaal': the logging form in a dialog. Ctrl+Enter saves, Ctrl+Shift+Enter saves
and starts the next one (a walk-in hour brings several)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.signals.intake import log_signal
from ui.errors import show_error
from ui.signals.form import SignalForm
from ui.widgets.unsaved import GuardedDialog, fields_snapshot


class LogSignalDialog(GuardedDialog, QDialog):
    saved = Signal(int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.saved_ids: list[int] = []
        self.setWindowTitle(tr("Log a signal"))
        self.resize(640, 760)
        layout = QVBoxLayout(self)
        self.form = SignalForm()
        self.form.load_choices(db)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.message = QLabel(tr("Ctrl+Enter saves; Ctrl+Shift+Enter saves and starts the "
                                 "next signal."))
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_next_button = QPushButton(tr("Save and &next"))
        self.save_button = QPushButton(tr("&Save"))
        close = QPushButton(tr("Close"))
        for button in (self.save_next_button, self.save_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(lambda: self.save(next_one=False))
        self.save_next_button.clicked.connect(lambda: self.save(next_one=True))
        close.clicked.connect(self.reject)
        for keys, next_one in (("Ctrl+Return", False), ("Ctrl+Enter", False),
                               ("Ctrl+Shift+Return", True), ("Ctrl+Shift+Enter", True)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda n=next_one: self.save(next_one=n))
        self.snapshot = fields_snapshot(self.form)
        self.form.received_on.setFocus()

    def save(self, next_one: bool = False) -> int | None:
        try:
            signal_id = log_signal(self.db, self.form.signal_input(),
                                   self.form.contact_input())
        except ValidationError as error:
            self._show_problem(str(error))
            self.form.focus_field(error)
            return None
        except RaadswerkError as error:
            show_error(self, error)
            return None
        self.saved_ids.append(signal_id)
        self.saved.emit(signal_id)
        if next_one:
            self.form.clear_for_next()
            self.snapshot = fields_snapshot(self.form)
            self.message.setProperty("error", False)
            self.message.setText(tr("Signal {number} saved. Log the next one.",
                                    number=signal_id))
            self._restyle()
        else:
            self.accept()
        return signal_id

    def _show_problem(self, text: str) -> None:
        self.message.setProperty("error", True)
        self.message.setText(text)
        self._restyle()

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
