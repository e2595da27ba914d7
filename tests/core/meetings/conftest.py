"""A small council with three members and one meeting, for the meeting tests."""

import datetime as dt

import pytest

from core.meetings.model import Meeting
from core.meetings.repository import create_meeting
from core.members import create_member


@pytest.fixture
def members(db):
    return [create_member(db, {"first_name": first, "prefix": prefix, "last_name": last,
                               "role": role})
            for first, prefix, last, role in (("Anneke", "van der", "Berg", "chair"),
                                              ("Sevgi", "", "Øzdemir", "secretary"),
                                              ("Hiroshi", "", "Ōgai", "member"))]


def make_meeting(db, day=dt.date(2026, 12, 10), kind="council", start="19:30",
                 end="21:30", members=(), template=True, group=None) -> int:
    meeting = Meeting(id=None, kind=kind, date=day, start_time=start, end_time=end,
                      location="Stadhuis", working_group_id=group)
    return create_meeting(db, meeting, list(members), use_template=template)


@pytest.fixture
def new_meeting(db):
    """Make a meeting: ``new_meeting(day=..., kind=..., template=False)``."""
    return lambda **options: make_meeting(db, **options)


@pytest.fixture
def meeting_id(db, members):
    return make_meeting(db, members=members)
