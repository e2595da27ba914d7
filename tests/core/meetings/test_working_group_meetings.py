"""A working-group meeting belongs to one werkgroep: who it invites, its title, and its
action list, which never mixes with another group's."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.meetings import followup, repository
from core.meetings.model import Meeting
from core.members import create_member, create_working_group, mark_former
from tests.core.meetings.conftest import make_meeting


@pytest.fixture
def groups(db, members):
    extra = create_member(db, {"first_name": "Kees", "last_name": "Jansen"})
    housing = create_working_group(db, "Werkgroep Wonen en Zorg", chair_id=members[0],
                                   member_ids=[members[0], members[2]])
    income = create_working_group(db, "Commissie Werk en Inkomen", chair_id=members[1],
                                  member_ids=[members[1], extra])
    return housing, income, extra


def test_a_working_group_meeting_needs_its_group(db, members):
    meeting = Meeting(id=None, kind="working_group", date=dt.date(2026, 10, 1),
                      start_time="19:30", end_time="21:00")
    with pytest.raises(ValidationError) as caught:
        repository.create_meeting(db, meeting)
    assert caught.value.field == "working_group"
    assert "werkgroep" in str(caught.value)
    assert repository.all_meetings(db) == []


def test_it_invites_its_own_active_members_and_is_named_after_the_group(db, members, groups):
    housing, _income, _extra = groups
    mark_former(db, members[2], dt.date(2026, 6, 30))
    invited = repository.default_invitees(db, "working_group", housing)
    assert invited == [members[0]]  # Hiroshi left the council; Kees is in another group
    meeting_id = make_meeting(db, kind="working_group", group=housing, members=invited)
    meeting = repository.get_meeting(db, meeting_id)
    assert meeting.display_title == "Werkgroep Wonen en Zorg"
    assert [i.member_id for i in repository.list_invitees(db, meeting_id)] == [members[0]]
    # The council's own meeting still invites every active member.
    assert len(repository.default_invitees(db, "council", None)) == 3


def test_actions_carry_over_within_the_same_group_only(db, members, groups):
    housing, income, extra = groups
    housing_1 = make_meeting(db, dt.date(2026, 9, 1), "working_group", group=housing)
    income_1 = make_meeting(db, dt.date(2026, 9, 8), "working_group", group=income)
    housing_2 = make_meeting(db, dt.date(2026, 10, 6), "working_group", group=housing)
    income_2 = make_meeting(db, dt.date(2026, 10, 13), "working_group", group=income)
    council = make_meeting(db, dt.date(2026, 10, 20))
    followup.add_action(db, housing_1, "Wachtlijst hulpmiddelen uitzoeken", members[2])
    followup.add_action(db, income_1, "Armoedecijfers opvragen", extra)

    def listed(meeting_id):
        return [a.description for a in followup.carried_over_actions(db, meeting_id)]

    assert listed(housing_2) == ["Wachtlijst hulpmiddelen uitzoeken"]
    assert listed(income_2) == ["Armoedecijfers opvragen"]
    assert listed(council) == []  # no working group's actions on the council's list
    previous = repository.previous_meeting_of_kind(db, repository.get_meeting(db, income_2))
    assert previous.id == income_1


def test_changing_the_kind_drops_the_group(db, members, groups):
    housing = groups[0]
    meeting_id = make_meeting(db, kind="working_group", group=housing)
    meeting = repository.get_meeting(db, meeting_id)
    meeting.kind = "council"
    repository.update_meeting(db, meeting)
    assert repository.get_meeting(db, meeting_id).working_group_id is None
