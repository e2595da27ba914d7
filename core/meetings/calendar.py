"""Meetings as an iCalendar (.ics) file for Outlook, Google Calendar and Apple Calendar."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlite_utils import Database

from core import __version__
from core.meetings.agenda import list_agenda
from core.meetings.model import Meeting
from core.meetings.repository import get_meeting, list_meetings
from core.profile import load_profile

TIMEZONE = ZoneInfo("Europe/Amsterdam")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "raad"


def _description(db: Database, meeting: Meeting) -> str:
    lines = [f"{item.number}. {item.title} ({item.start})" for item in
             list_agenda(db, meeting.saved_id)]
    return "\n".join(lines)


def _event(db: Database, meeting: Meeting, council: str, stamp: dt.datetime) -> Event:
    created = db.execute("SELECT created_at FROM meetings WHERE id = ?",
                         [meeting.id]).fetchone()[0]
    event = Event()
    # The same meeting keeps the same UID, so importing again updates the appointment.
    event.add("uid", f"meeting-{meeting.id}-{_slug(created)}@{_slug(council)}.raadswerk")
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.replace(tzinfo=TIMEZONE))
    event.add("dtend", meeting.ends_at.replace(tzinfo=TIMEZONE))
    event.add("summary", f"{meeting.display_title} — {council}" if council else
              meeting.display_title)
    if meeting.location:
        event.add("location", meeting.location)
    description = _description(db, meeting)
    if description:
        event.add("description", description)
    return event


def meetings_ics(db: Database, meetings: list[Meeting]) -> bytes:
    council = load_profile(db).name
    calendar = Calendar()
    calendar.add("prodid", f"-//Raadswerk//Raadswerk {__version__}//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for meeting in meetings:
        calendar.add_component(_event(db, meeting, council, stamp))
    # The VTIMEZONE block Outlook needs to read Europe/Amsterdam correctly.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def meeting_ics(db: Database, meeting_id: int) -> bytes:
    return meetings_ics(db, [get_meeting(db, meeting_id)])


def upcoming_ics(db: Database, today: dt.date) -> bytes:
    return meetings_ics(db, list_meetings(db, today, upcoming=True))
