"""Overzicht (home): what needs the secretary now, and the next meeting with its agenda.

Every line opens the record it names; the lines come from each feature's provider
(core.overview.PROVIDERS): advice deadlines, overdue responses, overdue actions, terms
of office ending, new signals.
"""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.attention import AttentionItem
from core.errors import RaadswerkError
from core.i18n import format_date, format_time, tr, trn
from core.meetings import agenda_pdf, next_meeting
from core.overview import attention_items
from core.profile import kind_label, load_profile
from ui.documents import preview
from ui.errors import show_error
from ui.pages.base import Page
from ui.safety.banners import BackupWarning
from ui.safety.flows import daily_backup


def current_date() -> dt.date:
    """Today; tests put the demo's date here."""
    return dt.date.today()

SEVERITY_MARKS = {"overdue": "●", "soon": "●", "info": "○"}
# Lines shown under one heading; the rest is one line with their number that opens the
# page (a ten-year file can have thousands of warnings, and each line costs Qt calls).
LINES_PER_GROUP = 8
SEVERITY_COLOURS = {"overdue": "#B00020", "soon": "#B26A00", "info": "#1F5C6B"}


def grouped(items: list[AttentionItem]) -> list[tuple[str, list[AttentionItem]]]:
    """Lines under their headings; the heading with the most urgent line comes first."""
    groups: dict[str, list[AttentionItem]] = {}
    for item in items:  # already most urgent first
        groups.setdefault(item.group or tr("Other"), []).append(item)
    # A count of lines not shown ("… and 12 more") closes its group.
    return [(group, shortened(sorted(lines, key=lambda item: item.summary)))
            for group, lines in groups.items()]


def shortened(lines: list[AttentionItem]) -> list[AttentionItem]:
    """At most LINES_PER_GROUP lines; the rest become one line that opens their page."""
    if len(lines) <= LINES_PER_GROUP:
        return lines
    shown, rest = lines[:LINES_PER_GROUP - 1], lines[LINES_PER_GROUP - 1:]
    sections = {item.section for item in rest}
    section = rest[0].section if len(sections) == 1 else "overview"
    more = AttentionItem(section=section, item_id=None,
                         title=trn("… and {count} more line",
                                   "… and {count} more lines",
                                   len(rest)),
                         severity=rest[0].severity, group=rest[0].group, summary=True)
    return [*shown, more]


def line_text(item: AttentionItem) -> str:
    due = f" — {format_date(item.due)}" if item.due else ""
    detail = f"\n{item.detail}" if item.detail else ""
    return f"{SEVERITY_MARKS.get(item.severity, '')}  {item.title}{due}{detail}"


class NextMeetingCard(QFrame):
    """The next meeting: when and where, with 'Print agenda' and 'Open'."""

    def __init__(self, page: "OverviewPage"):
        super().__init__()
        self.page = page
        self.meeting = None
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        text = QVBoxLayout()
        heading = QLabel(tr("Next meeting"))
        heading.setObjectName("sectionHeading")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.when = QLabel()
        self.when.setObjectName("cardText")
        self.when.setWordWrap(True)
        text.addWidget(heading)
        text.addWidget(self.title)
        text.addWidget(self.when)
        layout.addLayout(text, 1)
        self.print_button = QPushButton(tr("Print agenda"))
        self.print_button.setToolTip(tr("Show the agenda, ready to print or save as PDF"))
        self.print_button.clicked.connect(self.print_agenda)
        self.open_button = QPushButton(tr("Open meeting"))
        self.open_button.clicked.connect(self.open_meeting)
        buttons = QVBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def load(self, db, today: dt.date) -> None:
        self.meeting = next_meeting(db, today)
        has_meeting = self.meeting is not None
        self.print_button.setEnabled(has_meeting)
        self.open_button.setEnabled(has_meeting)
        if not has_meeting:
            self.title.setText(tr("No meeting planned"))
            self.when.setText(tr("Plan the next meeting on the Meetings page."))
            return
        meeting = self.meeting
        self.title.setText(meeting.display_title)
        days = (meeting.date - today).days
        when = {0: tr("today"), 1: tr("tomorrow")}.get(days, tr("in {days} days", days=days))
        start = dt.time.fromisoformat(meeting.start_time) if meeting.start_time else None
        parts = [f"{format_date(meeting.date, 'full')}, {format_time(start)}" if start
                 else format_date(meeting.date, "full"), when]
        if meeting.location.strip():
            parts.append(meeting.location.strip())
        self.when.setText(" · ".join(parts))

    def print_agenda(self) -> None:
        if self.meeting is None:
            return
        db, meeting_id = self.page.db, self.meeting.id
        title = tr("Agenda {meeting}", meeting=self.meeting.label)
        try:
            preview.preview_document(self.page, lambda: agenda_pdf(db, meeting_id), title,
                             f"Agenda {self.meeting.date.isoformat()}.pdf")
        except RaadswerkError as error:
            show_error(self.page, error)

    def open_meeting(self) -> None:
        if self.meeting is not None:
            self.page.navigate.emit("meetings", self.meeting.id)


class OverviewPage(Page):
    section = "overview"

    def __init__(self, parent=None):
        super().__init__(tr("Overview"), parent=parent)
        self.today = current_date()
        self.backup_warning = BackupWarning(self._retry_backup)
        self.body.addWidget(self.backup_warning)
        self.council_card = QFrame()
        self.council_card.setObjectName("card")
        card_layout = QVBoxLayout(self.council_card)
        self.council_name = QLabel()
        self.council_name.setObjectName("cardTitle")
        self.council_name.setWordWrap(True)
        self.council_details = QLabel()
        self.council_details.setObjectName("cardText")
        self.council_details.setWordWrap(True)
        card_layout.addWidget(self.council_name)
        card_layout.addWidget(self.council_details)
        self.body.addWidget(self.council_card)
        self.next_meeting = NextMeetingCard(self)
        self.body.addWidget(self.next_meeting)

        heading_row = QHBoxLayout()
        heading = QLabel(tr("Needs your attention"))
        heading.setObjectName("sectionHeading")
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        heading_row.addWidget(heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.summary)
        self.body.addLayout(heading_row)
        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setAccessibleName(tr("Needs your attention"))
        self.attention.setWordWrap(True)
        # A chosen line keeps its readable colours (the keyboard moves the choice).
        self.attention.setStyleSheet(
            "QListWidget#attentionList::item:selected { background: #E3EEF1; color: #1F3B44; }")
        self.attention.itemActivated.connect(self._open_line)
        self.attention.itemClicked.connect(self._open_line)
        self.body.addWidget(self.attention, 1)
        self.empty_label = QLabel(tr("Nothing needs your attention right now."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.body.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        for text, section in ((tr("Members"), "members"), (tr("Meetings"), "meetings"),
                              (tr("Log a signal"), "signals"), (tr("Advice"), "advice")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=section: self.navigate.emit(s, None))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

    def _retry_backup(self, folder, remember: bool = False) -> None:
        window = self.window()
        if hasattr(window, "council"):
            daily_backup(window, folder, remember=remember)

    def refresh(self) -> None:
        if self.db is None:
            return
        self.today = current_date()
        profile = load_profile(self.db)
        self.council_name.setText(profile.name or tr("(council without a name)"))
        parts = [kind_label(profile.kind)]
        if profile.municipality:
            parts.append(tr("municipality of {name}", name=profile.municipality))
        parts.append(tr("today is {date}", date=format_date(self.today, "full")))
        self.council_details.setText(" · ".join(parts))
        self.next_meeting.load(self.db, self.today)
        self._fill_attention()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Coming back to the home page shows what changed elsewhere meanwhile."""
        super().showEvent(event)
        if self.db is not None and not event.spontaneous():
            self.refresh()

    def _fill_attention(self) -> None:
        self.attention.clear()
        items = attention_items(self.db, self.today)
        heading_font = QFont(self.attention.font())
        heading_font.setBold(True)
        for group, lines in grouped(items):
            header = QListWidgetItem(f"{group} ({len(lines)})")
            header.setFlags(Qt.NoItemFlags)
            header.setFont(heading_font)
            header.setForeground(QColor("#1F3B44"))
            self.attention.addItem(header)
            for item in lines:
                line = QListWidgetItem(line_text(item))
                line.setData(Qt.UserRole, item)
                line.setToolTip(tr("Open"))
                line.setForeground(QColor(SEVERITY_COLOURS.get(item.severity, "#1F3B44")))
                self.attention.addItem(line)
        overdue = sum(1 for item in items if item.severity == "overdue")
        self.summary.setText(trn("{count} line, {overdue} overdue",
                                 "{count} lines, {overdue} overdue",
                                 len(items),
                                 overdue=overdue) if items else "")
        self.attention.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        first = next((row for row in range(self.attention.count())
                      if self.attention.item(row).data(Qt.UserRole) is not None), None)
        if first is not None:
            self.attention.setCurrentRow(first)

    def lines(self) -> list[QListWidgetItem]:
        """The clickable lines (not the headings), in the order shown."""
        return [self.attention.item(row) for row in range(self.attention.count())
                if self.attention.item(row).data(Qt.UserRole) is not None]

    def _open_line(self, line: QListWidgetItem) -> None:
        item = line.data(Qt.UserRole)
        if item is not None:
            self.navigate.emit(item.section, item.item_id)
