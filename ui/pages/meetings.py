"""Vergaderingen: upcoming and past meetings; details, agenda, and after the meeting."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import NotFoundError, RaadswerkError
from core.i18n import format_date, tr
from core.meetings import repository
from ui.errors import show_error
from ui.meetings.agenda_builder import AgendaBuilder
from ui.meetings.details import MeetingDetails, NewMeetingDialog
from ui.meetings.followup import FollowUp
from ui.meetings.printing import PrintBar, export_upcoming
from ui.pages.base import Page
from ui.widgets.modal import run_modal


class MeetingsPage(Page):
    section = "meetings"

    def __init__(self, parent=None):
        super().__init__(
            tr("Meetings"), tr("Meetings, agendas, minutes, decisions and actions."), parent
        )
        self.today = dt.date.today()
        self.meeting_id = None
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 900])
        self.body.addWidget(splitter, 1)

    def _build_list(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.when_tabs = QTabBar()
        self.when_tabs.addTab(tr("Upcoming"))
        self.when_tabs.addTab(tr("Past"))
        self.when_tabs.currentChanged.connect(self._when_changed)
        self.meeting_list = QListWidget()
        self.meeting_list.currentItemChanged.connect(self._meeting_chosen)
        self.new_button = QPushButton(tr("New meeting…"))
        self.delete_button = QPushButton(tr("Delete meeting…"))
        self.calendar_button = QPushButton(tr("Upcoming to calendar…"))
        self.calendar_button.setToolTip(tr("Save all upcoming meetings as one .ics file"))
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.calendar_button.clicked.connect(lambda: export_upcoming(self, self.db))
        layout.addWidget(self.when_tabs)
        layout.addWidget(self.meeting_list, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.calendar_button)
        return panel

    def _build_editor(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("")
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.print_bar = PrintBar()
        self.print_bar.before_print = self.may_leave
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_bar)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.details = MeetingDetails()
        self.agenda = AgendaBuilder()
        self.followup = FollowUp()
        self.tabs.addTab(self.details, tr("Details"))
        self.tabs.addTab(self.agenda, tr("Agenda"))
        self.tabs.addTab(self.followup, tr("After the meeting"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.details.saved.connect(self._details_saved)
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(tr("Choose a meeting on the left, or make a new one."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.empty)
        self.editor = panel
        return panel

    # --- list ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None:
            return
        self.new_button.setEnabled(not self.read_only)
        self.fill_list(self.meeting_id)

    def fill_list(self, select_id=None) -> None:
        if self.db is None:
            return
        upcoming = self.when_tabs.currentIndex() == 0
        meetings = repository.list_meetings(self.db, self.today, upcoming=upcoming)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        chosen = None
        for meeting in meetings:
            entry = QListWidgetItem(f"{format_date(meeting.date, 'medium')} · "
                                    f"{meeting.start_time}\n{meeting.display_title}")
            entry.setData(Qt.UserRole, meeting.id)
            self.meeting_list.addItem(entry)
            if meeting.id == select_id:
                chosen = entry
        self.meeting_list.blockSignals(False)
        if chosen is None and self.meeting_list.count():
            chosen = self.meeting_list.item(0)
        if chosen is not None:
            self.meeting_list.setCurrentItem(chosen)
            self.show_meeting(chosen.data(Qt.UserRole))
        else:
            self.show_meeting(None)

    def _when_changed(self, index: int) -> None:
        if not self.may_leave():
            blocker = self.when_tabs.blockSignals(True)
            self.when_tabs.setCurrentIndex(1 - index)
            self.when_tabs.blockSignals(blocker)
            return
        self.fill_list()

    def _meeting_chosen(self, current, previous) -> None:
        if current is None:
            return
        if not self.may_leave():
            blocker = self.meeting_list.blockSignals(True)
            self.meeting_list.setCurrentItem(previous)
            self.meeting_list.blockSignals(blocker)
            return
        self.show_meeting(current.data(Qt.UserRole))

    # --- never lose typing --------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.meeting_id is not None and self.details.is_dirty()

    def unsaved_description(self) -> str:
        return tr("The details of {meeting} were changed but not saved yet.",
                  meeting=self.details.meeting.label)

    def save_changes(self) -> bool:
        if not self.details.save():
            self.tabs.setCurrentWidget(self.details)
            return False
        return True

    def discard_changes(self) -> None:
        self.details.load(self.db, repository.get_meeting(self.db, self.meeting_id),
                          self.read_only)

    def save_automatic(self) -> None:
        """The agenda and the minutes are kept as they are typed, like the paper notes."""
        self._save_pending()

    def open_item(self, item_id) -> None:
        """Show a meeting (from an Overzicht line), in whichever list holds it."""
        try:
            meeting = repository.get_meeting(self.db, item_id)
        except NotFoundError as error:
            show_error(self, error)
            return
        self._show_in_list(meeting)
        # A past meeting opens at its actions (where overdue ones are done), a coming
        # one at its agenda.
        if meeting.date < self.today:
            self.tabs.setCurrentWidget(self.followup)
            self.followup.setCurrentWidget(self.followup.actions)
        else:
            self.tabs.setCurrentWidget(self.agenda)

    # --- one meeting -------------------------------------------------------------------
    def show_meeting(self, meeting_id) -> None:
        self.meeting_id = meeting_id
        shown = meeting_id is not None
        self.tabs.setVisible(shown)
        self.print_bar.setVisible(shown)
        self.heading.setVisible(shown)
        self.empty.setVisible(not shown)
        self.delete_button.setEnabled(shown and not self.read_only)
        if not shown:
            return
        meeting = repository.get_meeting(self.db, meeting_id)
        self.heading.setText(f"{meeting.label} · {meeting.start_time}–{meeting.end_time}")
        self.details.load(self.db, meeting, self.read_only)
        self.agenda.set_meeting(self.db, meeting_id, self.read_only)
        self.followup.load(self.db, meeting_id, self.read_only)
        self.print_bar.set_meeting(self.db, meeting_id, self.read_only)

    def _tab_changed(self, _index: int) -> None:
        if self.meeting_id is None:
            return
        self._save_pending()  # the details keep their typing across tabs, until saved
        if self.tabs.currentWidget() is self.followup:
            self.followup.load(self.db, self.meeting_id, self.read_only)
        elif self.tabs.currentWidget() is self.agenda:
            self.agenda.reload()

    def _save_pending(self) -> None:
        if self.meeting_id is not None and not self.read_only:
            self.agenda.save_form()
            self.followup.save()

    def _details_saved(self) -> None:
        """Reload the list; a meeting whose date moved may now be in the other list."""
        self._show_in_list(repository.get_meeting(self.db, self.meeting_id))

    def _show_in_list(self, meeting) -> None:
        """Select a meeting in the list it belongs in (upcoming or past)."""
        self.when_tabs.blockSignals(True)
        self.when_tabs.setCurrentIndex(0 if meeting.date >= self.today else 1)
        self.when_tabs.blockSignals(False)
        self.fill_list(meeting.id)

    def new_record(self) -> None:
        self.new_meeting()

    def new_meeting(self) -> None:
        if self.db is None or self.read_only or not self.may_leave():
            return
        dialog = NewMeetingDialog(self.db, self)
        if run_modal(dialog) and dialog.meeting_id is not None:
            self._show_in_list(repository.get_meeting(self.db, dialog.meeting_id))
            self.tabs.setCurrentWidget(self.agenda)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Delete meeting"), question,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def delete_meeting(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        try:
            meeting = repository.get_meeting(self.db, self.meeting_id)
            summary = repository.deletion_summary(self.db, self.meeting_id)
            question = tr("Delete the {meeting}? With it go: {what}.", meeting=meeting.label,
                          what=summary.describe())
            if summary.has_minutes:
                question += " " + tr("This meeting has minutes; they cannot be restored "
                                     "(only from a backup).")
            if not self.confirm(question):
                return
            repository.delete_meeting(self.db, self.meeting_id)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.meeting_id = None
        self.fill_list()
