"""The print buttons of a meeting: agenda, invitation, presence list, pack, minutes, .ics."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from core.email_drafts import mailings, meeting_draft, member_addresses
from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings.agenda_document import render_agenda, render_presence_list
from core.meetings.calendar import meeting_ics, upcoming_ics
from core.meetings.invitation import invitation_letter_id, make_invitation
from core.meetings.minutes_document import render_minutes
from core.meetings.pack import render_pack
from core.meetings.papers import for_public, load_papers
from core.meetings.repository import get_meeting
from core.output import write_atomically
from core.paths import default_drafts_dir
from ui.documents.email import hand_to_mail_program
from ui.documents.preview import preview_document
from ui.errors import show_error, show_message
from ui.tasks import run_in_background

PUBLIC = "_public"  # a document key's ending for its version for publication


def file_stem(meeting) -> str:
    return f"{meeting.date.isoformat()}-{meeting.kind}"


class PrintBar(QWidget):
    """One row of buttons; ``meeting_id`` says which meeting they print."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.meeting_id = None
        self.read_only = False
        self.before_print = None  # saves pending edits first
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = {}
        self.agenda_button = QPushButton(tr("Print agenda"))
        self.agenda_button.clicked.connect(lambda: self.print_document("agenda"))
        self.more_button = QPushButton(tr("More documents"))
        self.menu = QMenu(self.more_button)
        for key, text in (("invitation", tr("Invitation letter (kept in the archive)")),
                          ("presence", tr("Presence list to sign")),
                          ("pack", tr("Meeting pack (agenda and documents)")),
                          ("minutes", tr("Minutes")),
                          ("calendar", tr("Calendar file (.ics)…"))):
            self.buttons[key] = self.menu.addAction(
                text, lambda k=key: self.print_document(k))
        self.menu.addSeparator()
        # For the website or the library: without the closed part and confidential documents.
        for key, text in ((f"agenda{PUBLIC}", tr("Agenda for publication")),
                          (f"pack{PUBLIC}", tr("Meeting pack for publication")),
                          (f"minutes{PUBLIC}", tr("Minutes for publication"))):
            self.buttons[key] = self.menu.addAction(
                text, lambda k=key: self.print_document(k))
        self.buttons["agenda"] = self.agenda_button
        self.more_button.setMenu(self.menu)
        self.email_button = QPushButton(tr("Send by e-mail…"))
        self.email_button.setToolTip(tr("A draft in your own mail program, the PDF attached "
                                        "and the invited members in BCC"))
        self.email_menu = QMenu(self.email_button)
        self.email_actions = {}
        for key, text in (("agenda", tr("Agenda")), ("pack", tr("Meeting pack")),
                          ("invitation", tr("Invitation letter")), ("minutes", tr("Minutes"))):
            self.email_actions[key] = self.email_menu.addAction(
                text, lambda k=key: self.send_by_email(k))
        self.email_button.setMenu(self.email_menu)
        self.mailed_label = QLabel("")
        self.mailed_label.setObjectName("pageSubtitle")
        self.drafts_folder = default_drafts_dir()
        layout.addWidget(self.agenda_button)
        layout.addWidget(self.more_button)
        layout.addWidget(self.email_button)
        layout.addWidget(self.mailed_label, 1)

    def set_meeting(self, db, meeting_id, read_only=False) -> None:
        self.db, self.meeting_id, self.read_only = db, meeting_id, read_only
        for key, button in self.buttons.items():
            button.setEnabled(meeting_id is not None and not (key == "invitation" and read_only))
        self.email_button.setEnabled(meeting_id is not None and not read_only)
        self._show_mailings()

    def _show_mailings(self) -> None:
        found = mailings(self.db, meeting_id=self.meeting_id) if self.meeting_id else []
        self.mailed_label.setText(found[0].line if found else "")
        self.mailed_label.setToolTip("\n".join(mailing.line for mailing in found))

    def send_by_email(self, key: str) -> None:
        """Render the document, then hand an e-mail draft with it to the mail program."""
        if self.before_print is not None:
            self.before_print()
        try:
            work, _title, filename = self._work(key)
        except RaadswerkError as error:
            show_error(self, error)
            return
        db, meeting_id = self.db, self.meeting_id
        letter_id = invitation_letter_id(db, meeting_id) if key == "invitation" else None

        def done(pdf: bytes) -> None:
            meeting = get_meeting(db, meeting_id)
            draft = meeting_draft(db, meeting, key, pdf, filename)
            _addresses, without = member_addresses(db, meeting_id)
            hand_to_mail_program(self.window(), db, draft, self.drafts_folder, key,
                                 meeting_id=meeting_id, letter_id=letter_id,
                                 without_address=without)
            self._show_mailings()

        run_in_background(work, done, lambda error, details: show_error(self, error, details))

    def print_document(self, key: str) -> None:
        if self.meeting_id is None:
            return
        if self.before_print is not None:
            self.before_print()
        try:
            if key == "calendar":
                self._export_calendar()
                return
            work, title, filename = self._work(key)
        except RaadswerkError as error:
            show_error(self, error)
            return
        notice = getattr(work, "notice", None)
        preview_document(self.window(), work, title, filename, notice=notice)

    def _work(self, key: str):
        """Read on the UI thread; return the rendering work for the background."""
        public = key.endswith(PUBLIC)
        work, title, filename = self._members_work(key.removesuffix(PUBLIC), public)
        if public:
            return work, tr("{title} (for publication)", title=title), \
                filename.replace(".pdf", "-openbaar.pdf")
        return work, title, filename

    def _papers(self, public: bool, with_attachments: bool = False):
        papers = load_papers(self.db, self.meeting_id, with_attachments=with_attachments)
        return for_public(papers) if public else papers

    def _members_work(self, key: str, public: bool = False):
        meeting = get_meeting(self.db, self.meeting_id)
        stem = file_stem(meeting)
        if key == "invitation":
            letter_id, pdf = make_invitation(self.db, self.meeting_id)
            return (lambda: pdf), tr("Invitation {meeting}", meeting=meeting.label), \
                f"uitnodiging-{stem}.pdf"
        if key == "pack":
            papers = self._papers(public, with_attachments=True)
            return PackWork(papers), \
                tr("Meeting papers {label}", label=meeting.label), f"vergaderstukken-{stem}.pdf"
        papers = self._papers(public)
        renderers = {
            "agenda": (render_agenda, tr("Agenda {meeting}", meeting=meeting.label), "agenda"),
            "presence": (render_presence_list, tr("Presence list {meeting}",
                                                  meeting=meeting.label), "presentielijst"),
            "minutes": (render_minutes, tr("Minutes {meeting}", meeting=meeting.label),
                        "verslag"),
        }
        render, title, prefix = renderers[key]
        return (lambda: render(papers)), title, f"{prefix}-{stem}.pdf"

    def _export_calendar(self) -> None:
        meeting = get_meeting(self.db, self.meeting_id)
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save calendar file"), f"{file_stem(meeting)}.ics",
            tr("Calendar files (*.ics)"))
        if path:
            write_calendar(self, Path(path), meeting_ics(self.db, self.meeting_id))


class PackWork:
    """Makes the pack off the UI thread and remembers which attachments were left out."""

    def __init__(self, papers):
        self.papers = papers
        self.left_out: list[str] = []

    def __call__(self) -> bytes:
        pdf, self.left_out = render_pack(self.papers)
        return pdf

    def notice(self) -> str:
        if not self.left_out:
            return ""
        return tr("Not in the pack, because they cannot be read as PDF: {names}. The agenda "
                  "says so at their items.", names=", ".join(self.left_out))


def write_calendar(parent, path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except RaadswerkError as error:
        show_error(parent, error)
        return
    show_message(parent, tr("Saved: {path}. Open it with Outlook or import it in Google "
                            "Calendar.", path=path), tr("Calendar file"))


def export_upcoming(parent, db) -> None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save calendar file"),
                                          "vergaderingen.ics", tr("Calendar files (*.ics)"))
    if path:
        write_calendar(parent, Path(path), upcoming_ics(db, dt.date.today()))
