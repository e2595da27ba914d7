"""Drafts say so: CONCEPT on every page of a draft, never on what was kept and sent."""

import datetime as dt

from core.advice import get_advice
from core.advice.letters import advice_letter_pdf, reminder_content, reminder_draft_pdf
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.letters import letter_pdf

LONG = "\n\n".join(f"Alinea {n} met genoeg woorden om de pagina te vullen." * 4
                   for n in range(60))


def test_a_draft_letter_is_marked_on_every_page(read_pdf, head):
    content = LetterContent(addressee="Gemeente", subject="Lang", body=LONG)
    draft = read_pdf(render_letter(head, content, draft=True))
    final = read_pdf(render_letter(head, content))
    assert draft.page_count >= 3
    assert all("CONCEPT" in page for page in draft.pages)
    assert "CONCEPT" not in final.text


def test_concept_advice_letter_and_unsent_reminder_are_marked(read_pdf, demo_council):
    db = demo_council.db
    statuses = {row[0]: row[1] for row in db.execute("SELECT status, id FROM advice")}
    draft = read_pdf(advice_letter_pdf(db, statuses["draft"]))
    assert all("CONCEPT" in page for page in draft.pages)
    kept = get_advice(db, statuses["sent"])
    assert "CONCEPT" not in read_pdf(letter_pdf(db, kept.letter_id)).text
    reminder = reminder_content(db, kept.id, kept.sent_on + dt.timedelta(days=70))
    pdf = read_pdf(reminder_draft_pdf(load_letterhead(db), reminder, kept))
    assert all("CONCEPT" in page for page in pdf.pages)


def test_minutes_are_a_draft_until_adopted(read_pdf, demo_council):
    import pytest

    from core.errors import ValidationError
    from core.meetings.followup import adopt_minutes
    from core.meetings.minutes_document import render_minutes
    from core.meetings.papers import load_papers

    db = demo_council.db
    meeting_id, day = db.execute(
        "SELECT id, date FROM meetings WHERE minutes_approved_on IS NULL "
        "AND date < '2026-11-22' ORDER BY date DESC").fetchone()
    draft = read_pdf(render_minutes(load_papers(db, meeting_id)))
    assert all("CONCEPT" in page for page in draft.pages)
    assert "Vastgesteld" not in draft.text
    with pytest.raises(ValidationError, match="later"):
        adopt_minutes(db, meeting_id, dt.date.fromisoformat(day) - dt.timedelta(days=1))
    adopt_minutes(db, meeting_id, dt.date(2027, 1, 12))
    adopted = read_pdf(render_minutes(load_papers(db, meeting_id)))
    assert "CONCEPT" not in adopted.text
    assert "Vastgesteld in de vergadering van 12 januari 2027." in " ".join(adopted.text.split())
