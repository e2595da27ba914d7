"""Instellingen → Leden: how long a term of office lasts and when to warn."""

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import ValidationError
from core.i18n import tr
from core.members.terms import max_terms, save_term_settings, term_years, warning_months
from ui.widgets.form_message import show_form_message
from ui.widgets.spin_box import unit_spin_box


class MembersSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.term_years = unit_spin_box(1, 12, tr("years"))
        self.warning_months = unit_spin_box(0, 24, tr("months"))
        self.max_terms = unit_spin_box(1, 10, tr("terms in a row"))
        form.addRow(tr("A term of office lasts"), self.term_years)
        form.addRow(tr("A member serves at most"), self.max_terms)
        form.addRow(tr("Warn before a term ends"), self.warning_months)
        outer.addLayout(form)
        explanation = QLabel(tr("A new member's term ends the day before the anniversary of "
                                "the start, unless you fill in another date. Terms that end "
                                "within the warning time show on the Overview and the Members "
                                "page. Advisers and official support have no term of office."))
        explanation.setWordWrap(True)
        outer.addWidget(explanation)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        outer.addWidget(self.message)
        outer.addStretch(1)

    def load(self, db) -> None:
        self.db = db
        self.term_years.setValue(term_years(db))
        self.warning_months.setValue(warning_months(db))
        self.max_terms.setValue(max_terms(db))
        self.message.setText("")

    def save(self) -> bool:
        try:
            save_term_settings(self.db, self.term_years.value(), self.warning_months.value(),
                               self.max_terms.value())
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            return False
        show_form_message(self.message, tr("Saved."))
        return True
