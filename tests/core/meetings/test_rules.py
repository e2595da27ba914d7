"""The huishoudelijk reglement: quorum warnings in the minutes and before the meeting, and
the vote recorded with each decision."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from core.errors import ValidationError
from core.meetings import followup, repository
from core.meetings.minutes_document import render_minutes
from core.meetings.papers import load_papers
from core.meetings.rules import CouncilRules, load_rules, quorum_status, save_rules
from core.members import create_member, create_working_group
from tests.core.meetings.conftest import make_meeting


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


@pytest.fixture
def council_people(db):
    """Five voting members, an aspiring member, an adviser and the official secretary."""
    roles = ["chair", "secretary", "treasurer", "member", "member", "aspirant", "adviser",
             "official_secretary"]
    return [create_member(db, {"first_name": f"P{n}", "last_name": f"Lid{n}", "role": role})
            for n, role in enumerate(roles)]


def _attend(db, meeting_id, codes: dict[int, str], others: str = "absent") -> None:
    for invitee in repository.list_invitees(db, meeting_id):
        repository.set_attendance(db, invitee.id, codes.get(invitee.member_id, others))


def test_the_minutes_warn_when_the_quorum_is_missed(db, council_people):
    meeting_id = make_meeting(db, members=council_people)
    status = quorum_status(db, meeting_id)
    assert (status.voting_members, status.required) == (5, 3)
    assert status.warning() == ""  # no attendance recorded yet: nothing to warn about
    # Two voting members, plus the aspirant, the adviser and the secretary: 2 of 5 count.
    present = {person: "present" for person in council_people[:2] + council_people[5:]}
    _attend(db, meeting_id, present)
    text = _text(render_minutes(load_papers(db, meeting_id)))
    assert "Quorum niet gehaald: 2 van de 5 stemgerechtigde leden waren aanwezig; er zijn er " \
           "3 nodig." in text
    present[council_people[2]] = "present"
    _attend(db, meeting_id, present)
    assert "Quorum niet gehaald" not in _text(render_minutes(load_papers(db, meeting_id)))


def test_before_the_meeting_apologies_put_the_quorum_at_risk(db, council_people):
    meeting_id = make_meeting(db, members=council_people)
    assert quorum_status(db, meeting_id, expected=True).met
    _attend(db, meeting_id, {person: "absent_notice" for person in council_people[:3]}, "")
    warning = quorum_status(db, meeting_id, expected=True).warning(expected=True)
    assert warning.startswith("Quorum in gevaar: 2 van de 5 stemgerechtigde leden")


def test_the_rule_is_a_setting_and_working_groups_need_no_quorum(db, council_people):
    save_rules(db, CouncilRules("count", 2, "consensus"))
    assert load_rules(db) == CouncilRules("count", 2, "consensus")
    meeting_id = make_meeting(db, members=council_people)
    _attend(db, meeting_id, {person: "present" for person in council_people[:2]})
    assert quorum_status(db, meeting_id).met
    with pytest.raises(ValidationError) as caught:
        save_rules(db, CouncilRules("count", 0, "majority"))
    assert caught.value.field == "quorum_count"
    group = create_working_group(db, "Werkgroep Wonen", member_ids=council_people[:2])
    assert quorum_status(db, make_meeting(db, kind="working_group", group=group)) is None


def test_each_decision_records_its_vote(db, council_people):
    meeting_id = make_meeting(db, day=dt.date(2026, 12, 10), members=council_people)
    _attend(db, meeting_id, {person: "present" for person in council_people})
    unanimous = followup.add_decision(db, meeting_id, "Het verslag wordt vastgesteld")
    counted = followup.add_decision(db, meeting_id, "Het advies wordt vastgesteld")
    followup.set_decision_vote(db, unanimous.id, unanimous=True)
    followup.set_decision_vote(db, counted.id, False, "3", "1", "1")
    with pytest.raises(ValidationError) as caught:
        followup.set_decision_vote(db, counted.id, False, 4, 2, 0)  # 6 votes, 5 voters
    assert "6 stemmen is meer dan de 5 aanwezige stemgerechtigde leden" in str(caught.value)
    with pytest.raises(ValidationError):
        followup.set_decision_vote(db, counted.id, False, -1)
    decisions = followup.list_decisions(db, meeting_id)
    assert [d.vote_text for d in decisions] == ["met algemene stemmen",
                                               "3 voor, 1 tegen, 1 onthouding"]
    text = _text(render_minutes(load_papers(db, meeting_id)))
    assert "Het verslag wordt vastgesteld (met algemene stemmen)" in text
    assert "Het advies wordt vastgesteld (3 voor, 1 tegen, 1 onthouding)" in text
    followup.set_decision_vote(db, counted.id)  # all empty: no vote on record
    assert followup.list_decisions(db, meeting_id)[1].vote_text == ""
