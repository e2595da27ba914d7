"""The invitation letter: a formal letter with the agenda attached, kept in the archive."""

import datetime as dt
import io

from pypdf import PdfReader, PdfWriter
from sqlite_utils import Database

from core.documents.letter import LetterContent, render_letter
from core.documents.page import joined_metadata
from core.i18n import format_clock, format_date, tr
from core.meetings.agenda_document import render_agenda
from core.meetings.papers import MeetingPapers, load_papers


def invitation_content(papers: MeetingPapers, today: dt.date) -> LetterContent:
    meeting, profile = papers.meeting, papers.head.profile
    when = tr("{date} from {start} to {end}", date=format_date(meeting.date, "full"),
              start=format_clock(meeting.start_time), end=format_clock(meeting.end_time))
    place = tr(" in {location}", location=meeting.location) if meeting.location else ""
    lines = [
        tr("We invite you to {meeting} on {when}{place}.", meeting=meeting.in_sentence,
           when=when, place=place),
        "",
        tr("The agenda is enclosed; the documents for each item are listed on it. "
           "If you cannot attend, please let the secretary know beforehand."),
        "",
        "## " + tr("Agenda"),
    ]
    # One line per item, time first (a line starting "1. " would become a numbered list).
    for item in papers.items:
        lines.append(f"{format_clock(item.start)} · {item.number}. "
                     f"{_escape_markup(item.title)}")
    return LetterContent(
        addressee=tr("To the members of the {council}", council=profile.name or tr("council")),
        subject=tr("Invitation {meeting}", meeting=meeting.label),
        body="\n".join(lines),
        letter_date=today,
        place=profile.place,
        salutation=tr("Dear members,"),
        signers=list(profile.signers),
        enclosures=tr("Agenda"),
    )


def _escape_markup(text: str) -> str:
    """Item titles print literally in the letter body (no bold or italics by accident)."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("\n", " ")


def render_invitation(papers: MeetingPapers, content: LetterContent) -> bytes:
    """The letter followed by the agenda, as one PDF."""
    writer = PdfWriter()
    for data in (render_letter(papers.head, content), render_agenda(papers)):
        writer.append(PdfReader(io.BytesIO(data)))
    writer.add_metadata(joined_metadata(content.subject, papers.head.profile.name))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_invitation(db: Database, meeting_id: int, today: dt.date | None = None
                    ) -> tuple[int, bytes]:
    """Write the invitation and keep it in the letters archive; (letter id, PDF)."""
    from core.letters import archive_letter

    papers = load_papers(db, meeting_id)
    content = invitation_content(papers, today or dt.date.today())
    pdf = render_invitation(papers, content)
    return archive_letter(db, content, "invitation", pdf), pdf
