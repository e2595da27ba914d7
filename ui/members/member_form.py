"""The member form: every field of a member, laid out in groups (no saving here)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from core.i18n import format_date, tr
from core.members import ROLES, SALUTATIONS, role_label
from core.members.model import is_council_member


def _date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class MemberForm(QWidget):
    """Fields of one member; ``values()`` gives what core's validation reads."""

    def __init__(self, term_years: int = 4, parent=None):
        super().__init__(parent)
        self.term_years = term_years
        self.status = "active"
        self.left_on: dt.date | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._person_box(), 0, 0)
        grid.addWidget(self._contact_box(), 0, 1)
        grid.addWidget(self._council_box(), 1, 0)
        grid.addWidget(self._groups_box(), 1, 1)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Notes (only for the secretary)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        grid.addWidget(self.notes, 2, 0, 1, 2)
        self.fields = {
            "first_name": self.first_name, "prefix": self.prefix, "last_name": self.last_name,
            "salutation": self.salutation, "address": self.address,
            "postcode": self.postcode, "city": self.city, "email": self.email,
            "phone": self.phone, "role": self.role, "represents": self.represents,
            "lived_experience": self.lived_experience, "start_date": self.start_date,
            "term_end": self.term_end, "reappointable": self.reappointable,
            "working_groups": self.groups, "notes": self.notes, "left_on": self.start_date,
        }

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(tr("Name"))
        form = QFormLayout(box)
        self.first_name = QLineEdit()
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(tr("e.g. van der"))
        self.last_name = QLineEdit()
        self.salutation = QComboBox()
        for code, label in SALUTATIONS.items():
            self.salutation.addItem(tr(label), code)
        form.addRow(tr("First name"), self.first_name)
        form.addRow(tr("Prefix"), self.prefix)
        form.addRow(tr("Last name") + " *", self.last_name)
        form.addRow(tr("Salutation"), self.salutation)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(tr("Contact details"))
        form = QFormLayout(box)
        self.address = QLineEdit()
        self.address.setPlaceholderText(tr("Street and house number"))
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        self.city = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("naam@voorbeeld.nl")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06-12345678")
        form.addRow(tr("Address"), self.address)
        form.addRow(tr("Postcode"), self.postcode)
        form.addRow(tr("City"), self.city)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Phone"), self.phone)
        return box

    def _council_box(self) -> QGroupBox:
        box = QGroupBox(tr("In the council"))
        form = QFormLayout(box)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(self.role.findData("member"))
        self.represents = QLineEdit()
        self.represents.setPlaceholderText(tr("Target group or organisation"))
        self.lived_experience = QCheckBox(tr("Has lived experience (ervaringsdeskundig)"))
        self.start_date = QLineEdit(_date_text(dt.date.today()))
        self.start_date.setPlaceholderText("14-03-2026")
        self.term_end = QLineEdit()
        self.term_end.setPlaceholderText(
            tr("empty: {years} years after the start", years=self.term_years))
        self.reappointable = QCheckBox(tr("Can be reappointed"))
        self.reappointable.setChecked(True)
        self.status_label = QLabel(tr("Active"))
        self.role.currentIndexChanged.connect(self._role_changed)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Represents"), self.represents)
        form.addRow("", self.lived_experience)
        form.addRow(tr("Start date"), self.start_date)
        form.addRow(tr("End of term"), self.term_end)
        form.addRow("", self.reappointable)
        form.addRow(tr("Status"), self.status_label)
        return box

    def _role_changed(self, _index: int = 0) -> None:
        """Advisers and support have no term of office: the term fields do not apply."""
        has_term = is_council_member(self.role.currentData())
        self.term_end.setEnabled(has_term)
        self.reappointable.setEnabled(has_term)
        self.term_end.setPlaceholderText(
            tr("empty: {years} years after the start", years=self.term_years) if has_term
            else tr("no term of office for this role"))

    def _groups_box(self) -> QGroupBox:
        box = QGroupBox(tr("Working groups"))
        form = QFormLayout(box)
        self.groups = QListWidget()
        self.groups.setToolTip(tr("Tick the groups this member is in."))
        form.addRow(self.groups)
        return box

    def set_groups(self, groups, chosen_ids=()) -> None:
        self.groups.clear()
        for group in groups:
            item = QListWidgetItem(f"{group.name} ({group.kind_label.lower()})")
            item.setData(Qt.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if group.id in chosen_ids else Qt.Unchecked)
            self.groups.addItem(item)

    def chosen_group_ids(self) -> list[int]:
        return [self.groups.item(row).data(Qt.UserRole) for row in range(self.groups.count())
                if self.groups.item(row).checkState() == Qt.Checked]

    def set_member(self, member) -> None:
        for name in ("first_name", "prefix", "last_name", "address", "postcode", "city",
                     "email", "phone", "represents"):
            getattr(self, name).setText(getattr(member, name))
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(member.salutation)))
        self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        self.lived_experience.setChecked(member.lived_experience)
        self.reappointable.setChecked(member.reappointable)
        self.start_date.setText(_date_text(member.start_date))
        self.term_end.setText(_date_text(member.term_end))
        self.notes.setPlainText(member.notes)
        self.status, self.left_on = member.status, member.left_on
        self.status_label.setText(
            tr("Active") if member.is_active
            else tr("Left the council on {date}", date=format_date(member.left_on)))

    def values(self) -> dict:
        return {
            "first_name": self.first_name.text(), "prefix": self.prefix.text(),
            "last_name": self.last_name.text(), "salutation": self.salutation.currentData(),
            "address": self.address.text(), "postcode": self.postcode.text(),
            "city": self.city.text(), "email": self.email.text(), "phone": self.phone.text(),
            "role": self.role.currentData(), "represents": self.represents.text(),
            "lived_experience": self.lived_experience.isChecked(),
            "start_date": self.start_date.text(), "term_end": self.term_end.text(),
            "reappointable": self.reappointable.isChecked(), "notes": self.notes.toPlainText(),
            "status": self.status, "left_on": self.left_on,
        }

    def focus_field(self, field: str | None) -> None:
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.OtherFocusReason)
