"""Instellingen → Reglement: the quorum and how the council takes decisions."""

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import ValidationError
from core.i18n import tr
from core.meetings.rules import DECISION_RULES, QUORUM_RULES, CouncilRules, load_rules, save_rules
from ui.widgets.form_message import show_form_message
from ui.widgets.spin_box import unit_spin_box


def _combo(choices: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for code, label in choices.items():
        combo.addItem(tr(label), code)
    return combo


class RulesSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.quorum = _combo(QUORUM_RULES)
        self.quorum_count = unit_spin_box(1, 99, tr("voting members"))
        self.decision = _combo(DECISION_RULES)
        form.addRow(tr("The council has a quorum with"), self.quorum)
        form.addRow(tr("Fixed number"), self.quorum_count)
        form.addRow(tr("Decisions are taken"), self.decision)
        outer.addLayout(form)
        explanation = QLabel(tr("As the council's huishoudelijk reglement says. Advisers, "
                                "support staff and aspiring members have no vote and do not "
                                "count. The agenda and the minutes of the council's own "
                                "meetings warn when too few voting members come."))
        explanation.setWordWrap(True)
        outer.addWidget(explanation)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.quorum.currentIndexChanged.connect(self._quorum_changed)

    def _quorum_changed(self, _index: int = 0) -> None:
        self.quorum_count.setEnabled(self.quorum.currentData() == "count")

    def load(self, db) -> None:
        self.db = db
        rules = load_rules(db)
        self.quorum.setCurrentIndex(max(0, self.quorum.findData(rules.quorum)))
        self.quorum_count.setValue(max(1, rules.quorum_count))
        self.decision.setCurrentIndex(max(0, self.decision.findData(rules.decision)))
        self._quorum_changed()
        self.message.setText("")

    def save(self) -> None:
        rules = CouncilRules(self.quorum.currentData(), self.quorum_count.value(),
                             self.decision.currentData())
        try:
            save_rules(self.db, rules)
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            return
        show_form_message(self.message, tr("Saved."))
