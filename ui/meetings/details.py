"""A meeting's details (kind, date, times, place, chair, minute-taker, invitees), and the
small dialog that starts a new meeting."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.dates import parse_date
from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.meetings import repository
from core.meetings.model import KINDS, Meeting, kind_label
from core.meetings.people import active_members
from core.members import list_working_groups
from ui.errors import show_error
from ui.widgets.check_list import CheckList
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label
from ui.widgets.unsaved import FormSnapshot, GuardedDialog, fields_snapshot

DEFAULT_TIMES = {"council": ("19:30", "21:30"), "alderman": ("14:00", "15:30"),
                 "civil_servants": ("10:00", "11:30"), "working_group": ("19:30", "21:00"),
                 "backing_group": ("19:00", "21:00"), "municipal_council": ("19:00", "20:30"),
                 "site_visit": ("10:00", "12:00"), "theme_meeting": ("19:00", "21:30"),
                 "training": ("09:30", "12:30")}


def kind_combo() -> QComboBox:
    combo = QComboBox()
    for code in KINDS:
        combo.addItem(kind_label(code), code)
    return combo


def group_combo(db) -> QComboBox:
    """The working groups, for a working-group meeting (which belongs to one of them)."""
    combo = QComboBox()
    fill_groups(combo, db, None)
    return combo


def fill_groups(combo: QComboBox, db, chosen: int | None) -> None:
    combo.clear()
    combo.addItem(tr("(choose the working group)"), None)
    for group in list_working_groups(db) if db is not None else []:
        combo.addItem(group.name, group.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def read_date(text: str) -> dt.date:
    if not text.strip():
        raise ValidationError(tr("A meeting needs a date."), "date")
    return parse_date(text, "date")


class NewMeetingDialog(GuardedDialog, QDialog):
    """Kind, date and times of a new meeting; the standard items come from the template."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.meeting_id = None
        self.setWindowTitle(tr("New meeting"))
        form = QFormLayout()
        self.kind = kind_combo()
        self.group = group_combo(db)
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("e.g. 14-03-2027"))
        self.start = QLineEdit("19:30")
        self.end = QLineEdit("21:30")
        self.location = QLineEdit()
        self.template = QCheckBox(tr("Start with the standard items of this kind"))
        self.template.setChecked(True)
        self.invite_all = QCheckBox(tr("Invite all active members"))
        self.invite_all.setChecked(True)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Working group"), self.group)
        self.group_row = form.rowCount() - 1
        self.form = form
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Start"), self.start)
        form.addRow(tr("End"), self.end)
        form.addRow(tr("Location"), self.location)
        form.addRow("", self.template)
        form.addRow("", self.invite_all)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setProperty("error", True)
        self.message.setWordWrap(True)
        buttons = accept_cancel_buttons(self, self.create, tr("Create meeting"),
                                        QDialogButtonBox.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.snapshot = fields_snapshot(self)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        start, end = DEFAULT_TIMES.get(kind, ("19:30", "21:30"))
        self.start.setText(start)
        self.end.setText(end)
        self.form.setRowVisible(self.group_row, kind == "working_group")
        self.invite_all.setText(tr("Invite the members of the working group")
                                if kind == "working_group" else tr("Invite all active members"))

    def save_changes(self) -> bool:
        self.create()
        return self.result() == QDialog.Accepted

    def create(self) -> None:
        try:
            meeting = Meeting(id=None, kind=self.kind.currentData(),
                              date=read_date(self.date.text()),
                              start_time=self.start.text(), end_time=self.end.text(),
                              location=self.location.text(),
                              working_group_id=self.group.currentData())
            members = repository.default_invitees(self.db, meeting.kind,
                                                  meeting.working_group_id) \
                if self.invite_all.isChecked() else []
            self.meeting_id = repository.create_meeting(
                self.db, meeting, members, use_template=self.template.isChecked())
        except RaadswerkError as error:
            self.message.setText(str(error))
            return
        self.accept()


class MeetingDetails(QWidget):
    """Edit one meeting's details and who is invited."""

    saved = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.meeting = None
        columns = QHBoxLayout(self)
        form = QFormLayout()
        self.kind = kind_combo()
        self.group = group_combo(None)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("(optional; otherwise the kind is the title)"))
        self.date = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.location = QLineEdit()
        self.chair = QComboBox()
        self.minute_taker = QComboBox()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Working group"), self.group)
        self.group_row, self.form = form.rowCount() - 1, form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Start"), self.start)
        form.addRow(tr("End"), self.end)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Chair"), self.chair)
        form.addRow(tr("Minutes taken by"), self.minute_taker)
        self.message = form_message_label()
        self.save_button = QPushButton(tr("Save details"))
        self.save_button.clicked.connect(self.save)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.save_button, 0, Qt.AlignLeft)
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(self._invitee_column(), 2)
        self.snapshot = FormSnapshot(self.kind, self.title, self.date, self.start, self.end,
                                     self.location, self.chair, self.minute_taker,
                                     self.members_list)

    def is_dirty(self) -> bool:
        return self.meeting is not None and self.isEnabled() and self.snapshot.is_dirty()

    def _kind_changed(self, _index: int = 0) -> None:
        self.form.setRowVisible(self.group_row, self.kind.currentData() == "working_group")

    def _invitee_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(tr("Invited members (tick)")))
        self.members_list = CheckList()
        column.addWidget(self.members_list, 2)
        column.addWidget(QLabel(tr("Guests")))
        self.guests_list = QListWidget()
        column.addWidget(self.guests_list, 1)
        row = QHBoxLayout()
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(tr("Name"))
        self.guest_organisation = QLineEdit()
        self.guest_organisation.setPlaceholderText(tr("Organisation"))
        self.add_guest_button = QPushButton(tr("Add guest"))
        self.remove_guest_button = QPushButton(tr("Remove guest"))
        for widget in (self.guest_name, self.guest_organisation, self.add_guest_button):
            row.addWidget(widget)
        column.addLayout(row)
        column.addWidget(self.remove_guest_button, 0, Qt.AlignLeft)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        return column

    def load(self, db, meeting, read_only: bool = False) -> None:
        self.db, self.meeting = db, meeting
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        fill_groups(self.group, db, meeting.working_group_id)
        self._kind_changed()
        self.title.setText(meeting.title)
        self.date.setText(meeting.date.strftime("%d-%m-%Y"))
        self.start.setText(meeting.start_time)
        self.end.setText(meeting.end_time)
        self.location.setText(meeting.location)
        members = active_members(db)
        for combo, chosen in ((self.chair, meeting.chair_id),
                              (self.minute_taker, meeting.minute_taker_id)):
            combo.clear()
            combo.addItem(tr("(nobody)"), None)
            for member in members:
                combo.addItem(member.display_name, member.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self._fill_members(members)
        self._fill_guests()
        self.message.setText("")
        self.setEnabled(not read_only)
        self.snapshot.mark_clean()

    def _fill_members(self, members) -> None:
        invitees = repository.list_invitees(self.db, self.meeting.id)
        invited = {i.member_id for i in invitees if not i.is_guest}
        self.members_list.check_model.set_rows(
            [(member.id, member.display_name) for member in members], invited)

    def _fill_guests(self) -> None:
        """Guests are saved at once; refilling them leaves every typed field as it is."""
        self.guests_list.clear()
        for invitee in repository.list_invitees(self.db, self.meeting.id):
            if invitee.is_guest:
                text = f"{invitee.name} ({invitee.organisation})" if invitee.organisation \
                    else invitee.name
                entry = QListWidgetItem(text)
                entry.setData(Qt.UserRole, invitee.id)
                self.guests_list.addItem(entry)

    def _checked_members(self) -> list[int]:
        return self.members_list.check_model.ticked_ids()

    def save(self) -> bool:
        if self.meeting is None:
            return False
        try:
            meeting = Meeting(
                id=self.meeting.id, kind=self.kind.currentData(), title=self.title.text(),
                date=read_date(self.date.text()), start_time=self.start.text(),
                end_time=self.end.text(), location=self.location.text(),
                chair_id=self.chair.currentData(),
                minute_taker_id=self.minute_taker.currentData(), notes=self.meeting.notes,
                minutes_approved_on=self.meeting.minutes_approved_on,
                working_group_id=self.group.currentData())
            repository.save_meeting(self.db, meeting, self._checked_members())
        except RaadswerkError as error:
            self.message.setProperty("error", True)
            self.message.setText(str(error))
            self.message.style().polish(self.message)
            return False
        self.meeting = meeting
        self.snapshot.mark_clean()
        self.saved.emit()  # the page reloads the list (and this form)
        self.message.setProperty("error", False)
        self.message.setText(tr("The details were saved."))
        self.message.style().polish(self.message)
        return True

    def add_guest(self) -> None:
        if self.meeting is None:
            return
        try:
            repository.add_guest(self.db, self.meeting.id, self.guest_name.text(),
                                 self.guest_organisation.text())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.guest_name.clear()
        self.guest_organisation.clear()
        self._fill_guests()

    def remove_guest(self) -> None:
        entry = self.guests_list.currentItem()
        if entry is None:
            return
        repository.remove_invitee(self.db, entry.data(Qt.UserRole))
        self._fill_guests()
