"""The demo council's year of meetings."""

import datetime as dt
import io

from pypdf import PdfReader

from core.database import open_council
from core.meetings import agenda_pdf, followup, next_meeting, repository
from core.meetings.pack import render_pack
from core.meetings.papers import load_papers
from core.overview import attention_items

DEMO_TODAY = dt.date(2026, 11, 22)


def test_demo_has_a_year_of_meetings_with_minutes_and_actions(demo_file):
    council = open_council(demo_file, read_only=True)
    db = council.db
    try:
        past = repository.list_meetings(db, DEMO_TODAY, upcoming=False)
        upcoming = repository.list_meetings(db, DEMO_TODAY, upcoming=True)
        assert len(past) >= 15 and len(upcoming) >= 4
        assert {m.kind for m in past} == {"council", "alderman", "civil_servants",
                                          "working_group", "backing_group"}
        assert (past[0].date - past[-1].date).days > 300  # latest first: a year back
        assert repository.attendance_count(db, past[0].id).present > 0
        assert any(followup.list_decisions(db, m.id) for m in past)
        statuses = {a.status for m in past for a in followup.actions_of_meeting(db, m.id)}
        assert statuses == {"open", "done"}
        assert any(line.severity == "overdue" and line.section == "meetings"
                   for line in attention_items(db, DEMO_TODAY))
        coming = next_meeting(db, DEMO_TODAY)
        assert coming.kind == "council"
        page = PdfReader(io.BytesIO(agenda_pdf(db, coming.id))).pages[0]
        text = " ".join(page.extract_text().split())
        assert "Adviesaanvraag verordening maatschappelijke" in text
        assert "8a" in text and "Stukken" in text
        pack, left_out = render_pack(load_papers(db, coming.id, with_attachments=True))
        assert left_out == []
        assert len(PdfReader(io.BytesIO(pack)).pages) >= 8
    finally:
        council.close()
