"""Adopting an advice in a meeting (linked to the decision in the minutes) or in a written
round between meetings, each a dated step in the history."""

import datetime as dt

import pytest

from core.advice import get_advice, save_text
from core.advice.adoption import adopt
from core.advice.model import Adoption
from core.errors import ValidationError
from core.meetings.followup import add_decision
from core.meetings.model import Meeting
from core.meetings.repository import create_meeting
from core.members import create_member
from tests.core.advice.conftest import new_advice


@pytest.fixture
def written(db) -> int:
    for n in range(5):
        create_member(db, {"first_name": f"Lid{n}", "last_name": "Jansen", "role": "member"})
    advice_id = new_advice(db)
    save_text(db, advice_id, "1. Houd vaste hulpen.")
    return advice_id


def test_adopted_in_a_meeting_takes_the_date_and_code_of_its_decision(db, written):
    meeting = create_meeting(db, Meeting(id=None, kind="council", date=dt.date(2026, 4, 9),
                                         start_time="19:30", end_time="21:30"))
    decision = add_decision(db, meeting, "Het advies huishoudelijke hulp is vastgesteld.")
    adopt(db, written, Adoption(dt.date(2026, 4, 30), "meeting", decision.id))
    advice = get_advice(db, written)
    assert advice.status == "adopted" and advice.adopted_on == dt.date(2026, 4, 9)
    assert advice.adoption.decision_id == decision.id
    step = advice.history[-1]
    assert step.changed_on == dt.date(2026, 4, 9)
    assert step.note == f"In de vergadering van 9 april 2026, besluit {decision.code}"


def test_adopted_in_a_written_round_keeps_its_votes(db, written):
    adopt(db, written, Adoption(dt.date(2026, 4, 6), "written_round", votes_for=4,
                                votes_against=1, note="Twee opmerkingen verwerkt."))
    advice = get_advice(db, written)
    assert advice.adopted_on == dt.date(2026, 4, 6)
    assert (advice.adoption.how, advice.adoption.votes_for, advice.adoption.votes_against,
            advice.adoption.votes_abstained) == ("written_round", 4, 1, 0)
    assert advice.history[-1].note == ("In een schriftelijke ronde: 4 voor, 1 tegen, "
                                       "0 onthouding. Twee opmerkingen verwerkt.")


@pytest.mark.parametrize(("votes", "field", "says"), [
    ((2, 2, 1), "votes_for", "meer stemmen voor dan tegen"),
    ((5, 1, 0), "votes_for", "meer dan"),  # six replies from five voting members
    (("veel", 0, 0), "votes_for", "geen aantal stemmen"),
])
def test_a_written_round_that_cannot_adopt_is_refused_and_nothing_changes(db, written, votes,
                                                                         field, says):
    with pytest.raises(ValidationError, match=says) as refused:
        adopt(db, written, Adoption(dt.date(2026, 4, 6), "written_round",
                                    votes_for=votes[0], votes_against=votes[1],
                                    votes_abstained=votes[2]))
    assert refused.value.field == field
    advice = get_advice(db, written)
    assert advice.status == "received" and advice.adoption is None
