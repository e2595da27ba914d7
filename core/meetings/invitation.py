"""The invitation: a one-page letter with a reference, then the agenda once, in one PDF.

A meeting has one invitation in the letters archive: printing it again brings it up to
date (new agenda, new date) until it is marked sent; after that it is what went out.
"""

import datetime as dt

from reportlab.platypus import PageBreak
from sqlite_utils import Database

from core.documents.letter import LetterContent, letter_footer, letter_story
from core.documents.page import DocumentInfo, render
from core.i18n import format_clock, format_date, tr
from core.letters import archive_letter, get_letter, letter_pdf, replace_letter
from core.meetings.agenda_document import agenda_story
from core.meetings.papers import MeetingPapers, load_papers


def invitation_reference(papers: MeetingPapers) -> str:
    """'2026-V1210': the year and the meeting's day; one meeting, one reference."""
    day = papers.meeting.date
    return f"{day:%Y}-V{day:%m%d}"


def invitation_content(papers: MeetingPapers, today: dt.date) -> LetterContent:
    meeting, profile = papers.meeting, papers.head.profile
    when = tr("{date} from {start} to {end}", date=format_date(meeting.date, "full"),
              start=format_clock(meeting.start_time), end=format_clock(meeting.end_time))
    place = tr(" in {location}", location=meeting.location) if meeting.location else ""
    body = "\n\n".join([
        tr("We invite you to {meeting} on {when}{place}.", meeting=meeting.in_sentence,
           when=when, place=place),
        tr("The agenda is enclosed; the documents for each item are listed on it. "
           "If you cannot attend, please let the secretary know beforehand."),
    ])
    return LetterContent(
        addressee=tr("To the members of the {council}", council=profile.name or tr("council")),
        subject=tr("Invitation {meeting}", meeting=meeting.label),
        body=body,
        letter_date=today,
        place=profile.place,
        reference=invitation_reference(papers),
        salutation=tr("Dear members,"),
        signers=list(profile.signers),
        enclosures=tr("Agenda"),
        confidential=papers.has_confidential,  # the enclosed agenda shows the closed part
    )


def render_invitation(papers: MeetingPapers, content: LetterContent) -> bytes:
    """The letter on page one, the agenda from page two: one document, numbered through."""
    head = papers.head
    info = DocumentInfo(title=content.subject, subject=content.subject,
                        footer_note=letter_footer(head, content),
                        confidential=content.confidential)
    story = [*letter_story(head, content), PageBreak(), *agenda_story(papers)]
    return render(head, info, story, letter=True)


def invitation_letter_id(db: Database, meeting_id: int) -> int | None:
    row = db.execute("SELECT invitation_letter_id FROM meetings WHERE id = ?",
                     [meeting_id]).fetchone()
    return row[0] if row else None


def make_invitation(db: Database, meeting_id: int, today: dt.date | None = None
                    ) -> tuple[int, bytes]:
    """The meeting's invitation, written or brought up to date; (letter id, PDF).

    Once it is marked sent, it is returned exactly as it went out.
    """
    papers = load_papers(db, meeting_id)
    letter_id = invitation_letter_id(db, meeting_id)
    if letter_id is not None and get_letter(db, letter_id).sent_on is not None:
        return letter_id, letter_pdf(db, letter_id)
    content = invitation_content(papers, today or dt.date.today())
    pdf = render_invitation(papers, content)
    with db.atomic():
        if letter_id is not None:
            replace_letter(db, letter_id, content, pdf)
        else:
            letter_id = archive_letter(db, content, "invitation", pdf)
            db.execute("UPDATE meetings SET invitation_letter_id = ? WHERE id = ?",
                       [letter_id, meeting_id])
    return letter_id, pdf
