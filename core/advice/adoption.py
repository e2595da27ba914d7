"""Adopting an advice (vaststellen): in a meeting, linked to the decision in its minutes,
or between meetings in a written round (schriftelijke ronde) with its votes.

After adoption the text is frozen: it is the council's decision (see workflow.py).
"""

from sqlite_utils import Database

from core.advice.model import ADOPTED_HOW, Adoption
from core.advice.repository import now_text
from core.advice.workflow import set_status
from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import format_date, tr
from core.meetings.followup import get_decision, vote_count
from core.meetings.model import votes_text
from core.meetings.rules import voting_member_ids

MAX_NOTE = 1000


def adopt(db: Database, advice_id: int, adoption: Adoption) -> None:
    """Adopt the advice as ``adoption`` says, in one step with its status and history."""
    if adoption.how not in ADOPTED_HOW:
        raise ValidationError(tr("Choose how the council adopted the advice."), "adopted_how")
    if adoption.how == "meeting":
        adoption = _in_meeting(db, adoption)
    else:
        adoption = _in_written_round(db, adoption)
    with db.atomic():
        set_status(db, advice_id, "adopted", adoption.on, _history_note(db, adoption))
        db.execute(
            "UPDATE advice SET adopted_how = ?, adopted_decision_id = ?, round_for = ?, "
            "round_against = ?, round_abstained = ?, round_note = ?, updated_at = ? "
            "WHERE id = ?",
            [adoption.how, adoption.decision_id, adoption.votes_for, adoption.votes_against,
             adoption.votes_abstained, adoption.note, now_text(), advice_id])


def _in_meeting(db: Database, adoption: Adoption) -> Adoption:
    """A meeting's adoption takes the date of the meeting whose decision it is."""
    on = (adoption.on if adoption.decision_id is None
          else get_decision(db, adoption.decision_id)[1])
    return Adoption(on, "meeting", adoption.decision_id, note=_note(adoption.note))


def _in_written_round(db: Database, adoption: Adoption) -> Adoption:
    """A written round adopts with more votes for than against, from at most every voting
    member."""
    votes = [vote_count(adoption.votes_for, "votes_for") or 0,
             vote_count(adoption.votes_against, "votes_against") or 0,
             vote_count(adoption.votes_abstained, "votes_abstained") or 0]
    if votes[0] <= votes[1]:
        raise ValidationError(tr("A written round adopts the advice only with more votes for "
                                 "than against."), "votes_for")
    members = len(voting_member_ids(db))
    if members and sum(votes) > members:
        raise ValidationError(tr("{total} replies is more than the council's {members} voting "
                                 "members.", total=sum(votes), members=members), "votes_for")
    return Adoption(adoption.on, "written_round", None, votes_for=votes[0],
                    votes_against=votes[1], votes_abstained=votes[2],
                    note=_note(adoption.note))


def _note(note: str) -> str:
    text = clean(note).strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(tr("The note is too long: it may hold at most {count} "
                                 "characters.", count=MAX_NOTE), "adoption_note")
    return text


def _history_note(db: Database, adoption: Adoption) -> str:
    """'In de vergadering van 12 november 2026, besluit 2026-07' or 'In een schriftelijke
    ronde: 8 voor, 1 tegen, 0 onthouding'."""
    if adoption.how == "written_round":
        votes = votes_text(adoption.votes_for or 0, adoption.votes_against,
                           adoption.votes_abstained)
        text = tr("In a written round: {votes}", votes=votes)
    elif adoption.decision_id is not None:
        decision, day = get_decision(db, adoption.decision_id)
        text = tr("In the meeting of {date}, decision {code}", date=format_date(day),
                  code=decision.code)
    else:
        text = tr("In a meeting")
    return f"{text}. {adoption.note}" if adoption.note else text
