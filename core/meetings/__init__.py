"""Meetings (vergaderingen): agendas, printed papers, minutes, decisions and actions.

The contract other features code against: ``next_meeting``, ``agenda_pdf`` and
``list_agenda_items_for_linking``.
"""

from sqlite_utils import Database

from core.meetings.agenda import list_agenda_items_for_linking
from core.meetings.agenda_document import render_agenda
from core.meetings.model import AgendaItem, Meeting
from core.meetings.papers import load_papers
from core.meetings.repository import next_meeting


def agenda_pdf(db: Database, meeting_id: int) -> bytes:
    """The printed agenda of one meeting, on the council's letterhead."""
    return render_agenda(load_papers(db, meeting_id))


__all__ = [
    "AgendaItem",
    "Meeting",
    "agenda_pdf",
    "list_agenda_items_for_linking",
    "next_meeting",
]
