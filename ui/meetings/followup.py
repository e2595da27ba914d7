"""After the meeting: attendance, minutes per item, decisions and actions."""

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.dates import parse_date
from core.errors import RaadswerkError
from core.i18n import format_date, tr
from core.meetings import agenda as core_agenda
from core.meetings import followup as core_followup
from core.meetings import repository
from core.meetings.minutes_document import decision_line
from core.meetings.model import ATTENDANCE, attendance_label, status_label
from core.meetings.people import active_members, member_role
from core.meetings.rules import quorum_status
from ui.errors import show_error
from ui.meetings.vote_row import VoteRow

MINUTES_AUTOSAVE_MS = 3_000


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = self.meeting_id = None
        layout = QVBoxLayout(self)
        self.count_label = QLabel("")
        self.count_label.setObjectName("sectionHeading")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Role or organisation"),
                                              tr("Attendance")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def load(self, db, meeting_id, read_only=False) -> None:
        self.db, self.meeting_id = db, meeting_id
        invitees = repository.list_invitees(db, meeting_id)
        self.table.setRowCount(len(invitees))
        for row, invitee in enumerate(invitees):
            self.table.setItem(row, 0, QTableWidgetItem(invitee.name))
            self.table.setItem(row, 1, QTableWidgetItem(
                invitee.organisation if invitee.is_guest else
                member_role(db, invitee.member_id)))
            combo = QComboBox()
            for code in ATTENDANCE:
                combo.addItem(attendance_label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(invitee.attendance)))
            combo.setEnabled(not read_only)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, iid=invitee.id: self._set(iid, c.currentData()))
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _set(self, invitee_id: int, code: str) -> None:
        try:
            repository.set_attendance(self.db, invitee_id, code)
        except RaadswerkError as error:
            show_error(self, error)
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        count = repository.attendance_count(self.db, self.meeting_id)
        self.count_label.setText(tr(
            "{present} of {total} present · {notice} absent with notice · {absent} absent",
            present=count.present, total=count.total, notice=count.absent_notice,
            absent=count.absent))


class MinutesTab(QWidget):
    """Notes per agenda item, saved when the secretary moves on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = self.meeting_id = None
        self.items = []
        self._current = None
        outer = QVBoxLayout(self)
        layout = QHBoxLayout()
        self.item_list = QListWidget()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("What was said and agreed on this item."))
        self.notes.installEventFilter(self)
        # Minutes are kept as they are typed: a crash loses at most these seconds.
        self.autosave = QTimer(self, singleShot=True, interval=MINUTES_AUTOSAVE_MS,
                               timeout=self.save)
        self.notes.textChanged.connect(self._typed)
        layout.addWidget(self.item_list, 2)
        layout.addWidget(self.notes, 3)
        outer.addLayout(layout, 1)
        outer.addLayout(self._adoption_row())
        self.item_list.currentRowChanged.connect(self._row_changed)

    def _adoption_row(self) -> QHBoxLayout:
        """Until the minutes are adopted they print as CONCEPT; then 'Vastgesteld …'."""
        row = QHBoxLayout()
        self.adopted_on = QLineEdit()
        self.adopted_on.setPlaceholderText(tr("e.g. 14-03-2026"))
        self.adopted_on.setMaximumWidth(140)
        self.adopt_button = QPushButton(tr("Record adoption"))
        self.adopt_button.setToolTip(tr("The date of the meeting that adopted these minutes; "
                                        "leave empty if they were not adopted"))
        self.adopt_button.clicked.connect(self.record_adoption)
        self.adoption_state = QLabel("")
        self.adoption_state.setObjectName("pageSubtitle")
        row.addWidget(QLabel(tr("Minutes adopted in the meeting of")))
        row.addWidget(self.adopted_on)
        row.addWidget(self.adopt_button)
        row.addWidget(self.adoption_state, 1)
        return row

    def _show_adoption(self) -> None:
        adopted = repository.get_meeting(self.db, self.meeting_id).minutes_approved_on
        self.adopted_on.setText(adopted.strftime("%d-%m-%Y") if adopted else "")
        self.adoption_state.setText(
            tr("Adopted: the minutes no longer print as a draft.") if adopted
            else tr("Not adopted yet: the minutes print marked CONCEPT."))

    def record_adoption(self) -> None:
        text = self.adopted_on.text().strip()
        try:
            adopted = parse_date(text, "minutes_approved_on") if text else None
            core_followup.adopt_minutes(self.db, self.meeting_id, adopted)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._show_adoption()

    def load(self, db, meeting_id, read_only=False) -> None:
        self.save()
        self.db, self.meeting_id = db, meeting_id
        self.items = core_agenda.list_agenda(db, meeting_id)
        self._current = None
        self.item_list.clear()
        for item in self.items:
            mark = " ✎" if item.minutes.strip() else ""
            indent = "    " if item.is_sub_item else ""
            self.item_list.addItem(f"{indent}{item.number}. {item.title}{mark}")
        self.notes.setReadOnly(read_only)
        self.adopted_on.setReadOnly(read_only)
        self.adopt_button.setEnabled(not read_only)
        if meeting_id is not None:
            self._show_adoption()
        if self.items:
            self.item_list.setCurrentRow(0)

    def _typed(self) -> None:
        if not self.autosave.isActive():
            self.autosave.start()

    def _row_changed(self, row: int) -> None:
        self.save()
        self._current = self.items[row] if 0 <= row < len(self.items) else None
        self.notes.setPlainText(self._current.minutes if self._current else "")

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.notes and event.type() == QEvent.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def save(self) -> None:
        self.autosave.stop()
        item = self._current
        if item is None or self.notes.isReadOnly():
            return
        text = self.notes.toPlainText()
        if text == item.minutes:
            return
        try:
            core_agenda.update_item(self.db, item.id, minutes=text)
            item.minutes = text
        except RaadswerkError as error:
            show_error(self, error)


class DecisionsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = self.meeting_id = None
        self.decisions = []
        self.read_only = False
        layout = QVBoxLayout(self)
        self.quorum = QLabel("")
        self.quorum.setObjectName("formMessage")
        self.quorum.setProperty("error", True)
        self.quorum.setWordWrap(True)
        layout.addWidget(self.quorum)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        self.vote = VoteRow()
        self.vote.saved.connect(lambda: self.load(self.db, self.meeting_id, self.read_only))
        self.list.currentRowChanged.connect(self._decision_chosen)
        layout.addWidget(self.vote)
        row = QHBoxLayout()
        self.item_combo = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("What was decided"))
        self.add_button = QPushButton(tr("Add decision"))
        self.delete_button = QPushButton(tr("Delete decision"))
        row.addWidget(self.item_combo, 1)
        row.addWidget(self.text, 3)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.delete_button, 0, Qt.AlignLeft)
        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        self.delete_button.clicked.connect(self.delete)

    def _decision_chosen(self, row: int) -> None:
        chosen = self.decisions[row] if 0 <= row < len(self.decisions) else None
        self.vote.show_decision(self.db, chosen, self.read_only)

    def load(self, db, meeting_id, read_only=False) -> None:
        self.db, self.meeting_id, self.read_only = db, meeting_id, read_only
        status = quorum_status(db, meeting_id)
        warning = status.warning() if status else ""
        self.quorum.setText(warning)
        self.quorum.setVisible(bool(warning))
        chosen = self.list.currentRow()
        items = core_agenda.list_agenda(db, meeting_id)
        self.item_combo.clear()
        self.item_combo.addItem(tr("(no item)"), None)
        for item in items:
            self.item_combo.addItem(f"{item.number}. {item.title}"[:60], item.id)
        numbers = {item.id: item.number for item in items}
        self.list.blockSignals(True)
        self.list.clear()
        self.decisions = core_followup.list_decisions(db, meeting_id)
        for decision in self.decisions:
            where = numbers.get(decision.agenda_item_id)
            prefix = tr("{code} (item {number})", code=decision.code, number=where) if where \
                else decision.code
            entry = QListWidgetItem(f"{prefix}: {decision_line(decision)}")
            entry.setData(Qt.UserRole, decision.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(chosen, self.list.count() - 1))
        self._decision_chosen(self.list.currentRow())
        for widget in (self.add_button, self.delete_button, self.text):
            widget.setEnabled(not read_only)

    def add(self) -> None:
        try:
            core_followup.add_decision(self.db, self.meeting_id, self.text.text(),
                                       self.item_combo.currentData())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.text.clear()
        self.load(self.db, self.meeting_id)

    def delete(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            core_followup.delete_decision(self.db, entry.data(Qt.UserRole))
            self.load(self.db, self.meeting_id)


class ActionsTab(QWidget):
    """Actions agreed at this meeting, and the open ones carried over from earlier."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = self.meeting_id = None
        self.actions = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Action"), tr("Who"), tr("Due"), tr("Status"), tr("From")])
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("New action"))
        self.owner = QComboBox()
        self.due = QLineEdit()
        self.due.setPlaceholderText(tr("due, e.g. 14-03-2027"))
        self.add_button = QPushButton(tr("Add action"))
        row.addWidget(self.description, 3)
        row.addWidget(self.owner, 1)
        row.addWidget(self.due, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(tr("Mark done"))
        self.reopen_button = QPushButton(tr("Open again"))
        self.delete_button = QPushButton(tr("Delete action"))
        for button in (self.done_button, self.reopen_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.editing_id = None
        self.add_button.clicked.connect(self.add)
        self.description.returnPressed.connect(self.add)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.done_button.clicked.connect(lambda: self._status("done"))
        self.reopen_button.clicked.connect(lambda: self._status("open"))
        self.delete_button.clicked.connect(self.delete)

    def load(self, db, meeting_id, read_only=False) -> None:
        self.db, self.meeting_id = db, meeting_id
        self.editing_id = None
        self.add_button.setText(tr("Add action"))
        self.owner.clear()
        self.owner.addItem(tr("(nobody)"), None)
        for member in active_members(db):
            self.owner.addItem(member.display_name, member.id)
        new = core_followup.actions_of_meeting(db, meeting_id)
        carried = core_followup.carried_over_actions(db, meeting_id)
        self.actions = new + [a for a in carried if a.id not in {n.id for n in new}]
        self.table.setRowCount(len(self.actions))
        self.table.setToolTip(tr("Double-click an action to change it."))
        for row, action in enumerate(self.actions):
            status = status_label(action.status)
            if action.status == "done" and action.done_on:
                status = tr("done on {date}", date=format_date(action.done_on, "short"))
            origin = tr("this meeting") if action.meeting_id == meeting_id else \
                format_date(action.meeting_date, "short")
            values = (action.description, action.owner or "—",
                      format_date(action.due_date, "short") if action.due_date else "—",
                      status, origin)
            overdue = action.is_overdue(dt.date.today())
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if overdue:
                    cell.setForeground(QColor("#B00020"))
                    cell.setToolTip(tr("This action is past its due date."))
                self.table.setItem(row, column, cell)
        for widget in (self.add_button, self.done_button, self.reopen_button,
                       self.delete_button, self.description):
            widget.setEnabled(not read_only)

    def edit_selected(self) -> None:
        """Put the chosen action in the fields below, to change who, what or when."""
        action = self._selected()
        if action is None or not self.add_button.isEnabled():
            return
        self.editing_id = action.id
        self.description.setText(action.description)
        index = self.owner.findData(action.owner_id)
        if index < 0 and action.owner_id is not None:
            self.owner.addItem(action.owner, action.owner_id)
            index = self.owner.count() - 1
        self.owner.setCurrentIndex(max(0, index))
        self.due.setText(action.due_date.strftime("%d-%m-%Y") if action.due_date else "")
        self.add_button.setText(tr("Save change"))
        self.description.setFocus()

    def add(self) -> None:
        """Add a new action, or save the one being changed."""
        try:
            due = parse_date(self.due.text(), "due_date") if self.due.text().strip() else None
            if self.editing_id is not None:
                core_followup.update_action(self.db, self.editing_id, self.description.text(),
                                            self.owner.currentData(), due)
            else:
                core_followup.add_action(self.db, self.meeting_id, self.description.text(),
                                         self.owner.currentData(), due)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.description.clear()
        self.due.clear()
        self.editing_id = None
        self.add_button.setText(tr("Add action"))
        self.load(self.db, self.meeting_id)
        self.changed.emit()

    def _selected(self):
        row = self.table.currentRow()
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def _status(self, status: str) -> None:
        action = self._selected()
        if action is None:
            return
        core_followup.set_action_status(self.db, action.id, status)
        self.load(self.db, self.meeting_id)
        self.changed.emit()

    def delete(self) -> None:
        action = self._selected()
        if action is not None:
            core_followup.delete_action(self.db, action.id)
            self.load(self.db, self.meeting_id)
            self.changed.emit()


class FollowUp(QTabWidget):
    """The 'After the meeting' part of a meeting."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.attendance = AttendanceTab()
        self.minutes = MinutesTab()
        self.decisions = DecisionsTab()
        self.actions = ActionsTab()
        self.addTab(self.attendance, tr("Attendance"))
        self.addTab(self.minutes, tr("Minutes per item"))
        self.addTab(self.decisions, tr("Decisions"))
        self.addTab(self.actions, tr("Actions"))
        self.attendance.changed.connect(self.changed)
        self.actions.changed.connect(self.changed)

    def load(self, db, meeting_id, read_only=False) -> None:
        for tab in (self.attendance, self.minutes, self.decisions, self.actions):
            tab.load(db, meeting_id, read_only)

    def save(self) -> None:
        self.minutes.save()
