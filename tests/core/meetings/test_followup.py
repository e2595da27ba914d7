"""After the meeting: attendance counts, decisions per year, actions that carry over,
Overzicht lines, deleting a meeting, and erasing a member."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.meetings import agenda, attachments, followup, repository
from core.members import create_working_group
from core.members.erasure import erase_member
from core.overview import attention_items


def test_attendance_is_counted(db, meeting_id, members):
    invitees = repository.list_invitees(db, meeting_id)
    repository.add_guest(db, meeting_id, "C. Vermeulen", "Gemeente")
    invitees = repository.list_invitees(db, meeting_id)
    assert [i.name for i in invitees][-1] == "C. Vermeulen"
    for invitee, code in zip(invitees, ("present", "present", "absent_notice", "absent"),
                             strict=True):
        repository.set_attendance(db, invitee.id, code)
    count = repository.attendance_count(db, meeting_id)
    assert (count.present, count.absent_notice, count.absent, count.total) == (2, 1, 1, 4)
    assert count.describe() == "2 van de 4 aanwezig"
    with pytest.raises(ValidationError):
        repository.set_attendance(db, invitees[0].id, "misschien")


def test_decisions_are_numbered_per_year(db, new_meeting):
    late = new_meeting(day=dt.date(2026, 12, 10))
    early_next = new_meeting(day=dt.date(2027, 1, 14))
    assert followup.add_decision(db, late, "Verslag vastgesteld").code == "2026-01"
    assert followup.add_decision(db, late, "Advies vastgesteld").code == "2026-02"
    assert followup.add_decision(db, early_next, "Jaarplan vastgesteld").code == "2027-01"
    with pytest.raises(ValidationError, match="Schrijf op wat er besloten is"):
        followup.add_decision(db, late, "   ")


def test_open_actions_carry_over_until_done(db, members, new_meeting):
    first = new_meeting(day=dt.date(2026, 9, 10))
    second = new_meeting(day=dt.date(2026, 10, 8))
    third = new_meeting(day=dt.date(2026, 11, 12))
    housing = create_working_group(db, "Werkgroep Wonen", member_ids=[members[2]])
    group = new_meeting(day=dt.date(2026, 10, 1), kind="working_group", group=housing)
    action = followup.add_action(db, first, "Cijfers opvragen", members[1],
                                 dt.date(2026, 9, 30))
    followup.add_action(db, group, "Werkgroepactie", members[2])
    assert followup.actions_of_meeting(db, first)[0].owner == "Sevgi Øzdemir"
    assert [a.description for a in followup.carried_over_actions(db, second)] == [
        "Cijfers opvragen"]
    assert [a.description for a in followup.carried_over_actions(db, third)] == [
        "Cijfers opvragen"]  # still open: it stays on the list
    assert followup.carried_over_actions(db, first) == []
    followup.set_action_status(db, action, "done", dt.date(2026, 10, 20))
    # Reported once as done at the first meeting after it was finished, then gone.
    third_list = followup.carried_over_actions(db, third)
    assert [(a.description, a.status) for a in third_list] == [("Cijfers opvragen", "done")]
    fourth = new_meeting(day=dt.date(2026, 12, 10))
    assert followup.carried_over_actions(db, fourth) == []


def test_overdue_actions_show_on_the_overview(db, members, new_meeting):
    meeting = new_meeting(day=dt.date(2026, 10, 8))
    followup.add_action(db, meeting, "Reactie college opvragen", members[0],
                        dt.date(2026, 11, 1))
    done = followup.add_action(db, meeting, "Al gedaan", members[0], dt.date(2026, 10, 20))
    followup.set_action_status(db, done, "done", dt.date(2026, 10, 19))
    lines = [item for item in attention_items(db, dt.date(2026, 11, 22))
             if item.section == "meetings" and item.severity == "overdue"]
    assert [line.title for line in lines] == ["Actie over de datum: Reactie college opvragen"]
    assert lines[0].item_id == meeting
    assert "Anneke van der Berg" in lines[0].detail


def test_deleting_a_meeting_says_what_goes_and_takes_it_all(db, meeting_id, members):
    item = agenda.list_agenda(db, meeting_id)[0]
    agenda.update_item(db, item.id, minutes="Opening om 19:31.")
    attachments.add_document(db, item.id, "notitie.pdf", b"%PDF-1.4")
    followup.add_decision(db, meeting_id, "Agenda vastgesteld", item.id)
    followup.add_action(db, meeting_id, "Iets doen", members[0])
    repository.set_attendance(db, repository.list_invitees(db, meeting_id)[0].id, "present")
    summary = repository.deletion_summary(db, meeting_id)
    assert summary.has_minutes
    # One of a kind reads as one ("1 stuk", not "1 stukken").
    assert summary.describe() == ("7 agendapunten, 1 stuk, het verslag van 1 agendapunt, "
                                  "1 besluit, 1 actie, de aanwezigheid van 1 genodigde")
    repository.delete_meeting(db, meeting_id)
    for table in ("meetings", "agenda_items", "decisions", "actions", "meeting_invitees",
                  "agenda_item_documents", "files"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_erasing_a_member_keeps_the_meeting(db, meeting_id, members):
    meeting = repository.get_meeting(db, meeting_id)
    meeting.chair_id = members[0]
    repository.update_meeting(db, meeting)
    followup.add_action(db, meeting_id, "Actie", members[0])
    erase_member(db, members[0])
    assert repository.get_meeting(db, meeting_id).chair_id is None
    assert followup.actions_of_meeting(db, meeting_id)[0].owner_id is None
    assert len(repository.list_invitees(db, meeting_id)) == 2


def test_next_meeting(db, new_meeting):
    from core.meetings import next_meeting

    assert next_meeting(db, dt.date(2026, 11, 22)) is None
    new_meeting(day=dt.date(2026, 11, 1))
    coming = new_meeting(day=dt.date(2026, 12, 10))
    new_meeting(day=dt.date(2027, 1, 14))
    found = next_meeting(db, dt.date(2026, 11, 22))
    assert (found.id, found.title, found.date, found.start_time) == (
        coming, "", dt.date(2026, 12, 10), "19:30")
