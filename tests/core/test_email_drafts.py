"""E-mail drafts: an unsent .eml with the PDF attached and the members in BCC, recorded."""

import datetime as dt
import os
from email import message_from_bytes, policy

import pytest

from core.email_drafts import (
    letter_draft,
    mailings,
    meeting_draft,
    member_addresses,
    record_mailing,
    write_draft,
)
from core.errors import ValidationError
from core.letters import get_letter, letter_pdf, list_letters
from core.meetings.agenda_document import render_agenda
from core.meetings.papers import load_papers
from core.meetings.repository import get_meeting


def _next_meeting(db):
    return get_meeting(db, db.execute(
        "SELECT id FROM meetings WHERE date >= '2026-11-22' ORDER BY date").fetchone()[0])


def test_agenda_draft_is_unsent_with_members_in_bcc_and_the_pdf(demo_council, tmp_path):
    db = demo_council.db
    meeting = _next_meeting(db)
    pdf = render_agenda(load_papers(db, meeting.id))
    draft = meeting_draft(db, meeting, "agenda", pdf, "agenda-2026-12-10.pdf")
    path = write_draft(db, draft, tmp_path / "concepten")
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] is None
    addresses, _without = member_addresses(db, meeting.id)
    assert len(addresses) >= 5
    assert sorted(a.strip() for a in message["Bcc"].split(",")) == addresses
    assert message["Subject"] == f"Agenda {meeting.label}"
    assert "secretariaat@adviesraad-lindewaarde.nl" in message["From"]
    body = message.get_body(("plain",)).get_content()
    assert "Beste leden," in body and "agenda" in body
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "agenda-2026-12-10.pdf"
    assert attachment.get_content() == pdf


def test_mailing_is_recorded_on_the_meeting(demo_council, tmp_path):
    db = demo_council.db
    meeting = _next_meeting(db)
    draft = meeting_draft(db, meeting, "pack", b"%PDF-1.4 x", "stukken.pdf")
    record_mailing(db, "pack", draft, meeting_id=meeting.id)
    (mailing,) = mailings(db, meeting_id=meeting.id)
    assert mailing.recipients == draft.recipients > 0
    assert mailing.made_on == dt.date.today()
    assert mailing.line.startswith("Per e-mail verstuurd: vergaderstukken op ")
    assert mailing.line.endswith(f"aan {draft.recipients} adressen")


def test_a_letter_goes_to_its_relation(demo_council):
    db = demo_council.db
    letter = get_letter(db, next(s.id for s in list_letters(db, kind="advice")))
    draft = letter_draft(db, letter, letter_pdf(db, letter.id), "advies.pdf",
                         "info@lindewaarde.nl")
    assert draft.to == ["info@lindewaarde.nl"] and draft.bcc == []
    assert draft.subject == letter.content.subject


def test_old_drafts_are_removed_and_nobody_to_send_to_is_refused(demo_council, tmp_path):
    db = demo_council.db
    meeting = _next_meeting(db)
    old = tmp_path / "oud.eml"
    old.write_bytes(b"x")
    week_ago = (dt.datetime.now() - dt.timedelta(days=8)).timestamp()
    os.utime(old, (week_ago, week_ago))
    draft = meeting_draft(db, meeting, "minutes", b"%PDF-1.4 x", "verslag.pdf")
    write_draft(db, draft, tmp_path)
    assert not old.exists()
    assert len(list(tmp_path.glob("*.eml"))) == 1
    draft.bcc = []
    with pytest.raises(ValidationError, match="e-mailadres"):
        write_draft(db, draft, tmp_path)
