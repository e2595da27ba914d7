"""Instellingen → Adviezen: the default advice term and when a response is overdue."""

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from core.advice import response_weeks, save_advice_settings, term_weeks
from core.errors import RaadswerkError
from core.i18n import tr
from ui.widgets.form_message import show_form_message
from ui.widgets.spin_box import unit_spin_box


class AdviceSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QFormLayout(self)
        self.term = unit_spin_box(1, 52, tr("weeks"))
        self.response = unit_spin_box(1, 52, tr("weeks"))
        layout.addRow(tr("Default advice term"), self.term)
        layout.addRow("", self._note(tr("A new request gets this deadline (calendar days); "
                                         "you can change it per request.")))
        layout.addRow(tr("Response overdue after"), self.response)
        layout.addRow("", self._note(tr("When the college has not responded this long after "
                                         "sending, the advice shows as overdue and a reminder "
                                         "can be drafted.")))
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout.addRow(row)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("pageSubtitle")
        label.setWordWrap(True)
        return label

    def load(self, db) -> None:
        self.db = db
        self.term.setValue(term_weeks(db))
        self.response.setValue(response_weeks(db))
        show_form_message(self.message, "")

    def save(self) -> bool:
        try:
            save_advice_settings(self.db, self.term.value(), self.response.value())
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return False
        show_form_message(self.message, tr("Saved."))
        return True
