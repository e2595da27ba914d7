"""The demo's last part: each council meeting's minutes adopted in the next one held."""

from sqlite_utils import Database

from core.meetings.followup import adopt_minutes
from core.meetings.repository import list_meetings


def add_demo(db: Database, context) -> None:
    """All but the last council meeting held (its minutes wait for the next meeting), over
    every year the demo fills."""
    held = sorted((meeting for meeting in list_meetings(db, context.today, upcoming=False)
                   if meeting.kind == "council"), key=lambda meeting: meeting.date)
    for meeting, next_meeting in zip(held, held[1:], strict=False):
        adopt_minutes(db, meeting.saved_id, next_meeting.date)
