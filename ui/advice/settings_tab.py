"""Instellingen → Adviezen: the default advice term, when a response is overdue, and the
copy of advice letters to the council."""

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QWidget,
)

from core.advice import response_weeks, save_advice_settings, term_weeks
from core.advice.copies import copy_to_council
from core.errors import RaadswerkError
from core.i18n import tr
from ui.widgets.form_message import save_row, show_form_message
from ui.widgets.labels import muted_label
from ui.widgets.spin_box import unit_spin_box


class AdviceSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QFormLayout(self)
        self.term = unit_spin_box(1, 52, tr("weeks"))
        self.response = unit_spin_box(1, 52, tr("weeks"))
        layout.addRow(tr("Default advice term"), self.term)
        layout.addRow("", muted_label(tr("A new request gets this deadline (calendar days); "
                                         "you can change it per request.")))
        layout.addRow(tr("Response overdue after"), self.response)
        layout.addRow("", muted_label(tr("When the college has not responded this long after "
                                         "sending, the advice shows as overdue and a reminder "
                                         "can be drafted.")))
        self.copy_to_council = QCheckBox(tr("A copy of every advice letter to the college "
                                            "goes to the municipal council (for information)"))
        layout.addRow("", self.copy_to_council)
        row, self.message, self.save_button = save_row(self.save)
        layout.addRow(row)

    def load(self, db) -> None:
        self.db = db
        self.term.setValue(term_weeks(db))
        self.response.setValue(response_weeks(db))
        self.copy_to_council.setChecked(copy_to_council(db))
        show_form_message(self.message, "")

    def save(self) -> bool:
        try:
            save_advice_settings(self.db, self.term.value(), self.response.value(),
                                 self.copy_to_council.isChecked())
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return False
        show_form_message(self.message, tr("Saved."))
        return True
