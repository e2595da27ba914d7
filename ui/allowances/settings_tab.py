"""Instellingen → Vrijwilligersvergoeding: the rate of each kind of meeting, the tax-free
maxima, and whether advisers and support are paid."""

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from core.allowances.rules import (
    MONTH_MAXIMUM_RANGE,
    RATE_RANGE,
    YEAR_MAXIMUM_RANGE,
    AllowanceRules,
    load_rules,
    save_rules,
)
from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings.model import KINDS, kind_label
from ui.widgets.form_message import save_row, show_form_message
from ui.widgets.labels import muted_label
from ui.widgets.spin_box import cents, money_spin_box

MONEY_BOX_WIDTH = 160  # an amount, not a line of text


class AllowancesSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QFormLayout(self)
        layout.addRow("", muted_label(tr("Vacatiegeld per meeting at which a member is "
                                         "recorded as present. A rate of € 0 means that "
                                         "kind of meeting is not paid.")))
        self.rates = {kind: money_spin_box(*RATE_RANGE) for kind in KINDS}
        for kind, box in self.rates.items():
            box.setObjectName(f"allowanceRate_{kind}")
            layout.addRow(kind_label(kind), box)
        self.year_maximum = money_spin_box(*YEAR_MAXIMUM_RANGE)
        self.year_maximum.setObjectName("allowanceYearMaximum")
        self.month_maximum = money_spin_box(*MONTH_MAXIMUM_RANGE)
        self.month_maximum.setObjectName("allowanceMonthMaximum")
        layout.addRow(tr("Maximum per year"), self.year_maximum)
        layout.addRow(tr("Maximum per month"), self.month_maximum)
        layout.addRow("", muted_label(tr("The tax-free volunteer allowance of 2026 is at most "
                                         "€ 2,100 a year and € 210 a month (2025: € 2,000 "
                                         "and € 190). The overview warns above either "
                                         "maximum; 0 checks nothing.")))
        self.pay_non_members = QCheckBox(tr("Advisers and the official secretary are paid "
                                            "like members"))
        self.pay_non_members.setObjectName("allowancePayNonMembers")
        layout.addRow("", self.pay_non_members)
        for box in (*self.rates.values(), self.year_maximum, self.month_maximum):
            box.setMaximumWidth(MONEY_BOX_WIDTH)
        row, self.message, self.save_button = save_row(self.save)
        layout.addRow(row)

    def load(self, db) -> None:
        self.db = db
        rules = load_rules(db)
        for kind, box in self.rates.items():
            box.setValue(rules.rate(kind) / 100)
        self.year_maximum.setValue(rules.year_maximum / 100)
        self.month_maximum.setValue(rules.month_maximum / 100)
        self.pay_non_members.setChecked(rules.pay_non_members)
        show_form_message(self.message, "")

    def rules_from_form(self) -> AllowanceRules:
        return AllowanceRules(
            rates={kind: cents(box) for kind, box in self.rates.items()},
            year_maximum=cents(self.year_maximum), month_maximum=cents(self.month_maximum),
            pay_non_members=self.pay_non_members.isChecked())

    def save(self) -> bool:
        try:
            save_rules(self.db, self.rules_from_form())
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return False
        show_form_message(self.message, tr("Saved."))
        return True
