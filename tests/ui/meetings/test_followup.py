"""After the meeting, on screen: attendance count, actions added, changed and done."""

import datetime as dt

import pytest

from core.meetings import followup as core_followup
from core.meetings import repository
from core.meetings.model import Meeting
from core.members import create_member
from ui.meetings.followup import FollowUp


@pytest.fixture
def meeting_id(db):
    members = [create_member(db, {"first_name": "Noor", "last_name": "Dijk", "prefix": "van"}),
               create_member(db, {"first_name": "Kees", "last_name": "Jansen"})]
    meeting = Meeting(id=None, kind="council", date=dt.date(2026, 11, 12),
                      start_time="19:30", end_time="21:30")
    return repository.create_meeting(db, meeting, members)


@pytest.fixture
def panel(qtbot, db, meeting_id):
    widget = FollowUp()
    qtbot.addWidget(widget)
    widget.load(db, meeting_id)
    return widget


def test_attendance_count_follows_the_choices(panel, db, meeting_id):
    table = panel.attendance.table
    assert panel.attendance.count_label.text().startswith("0 van de 2 aanwezig")
    combo = table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("present"))
    assert panel.attendance.count_label.text().startswith("1 van de 2 aanwezig")
    assert repository.attendance_count(db, meeting_id).present == 1


def test_actions_added_changed_and_done(panel, db, meeting_id, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.meetings.followup.show_error",
                        lambda parent, error: shown.append(str(error)))
    tab = panel.actions
    tab.description.setText("Cijfers opvragen")
    tab.due.setText("31-02-2027")
    tab.add_button.click()
    assert len(shown) == 1 and shown[0].startswith("'31-02-2027' is geen datum.")
    assert core_followup.actions_of_meeting(db, meeting_id) == []
    tab.due.setText("15-01-2027")
    tab.owner.setCurrentIndex(tab.owner.findText("Kees Jansen"))
    tab.add_button.click()
    assert tab.table.item(0, 0).text() == "Cijfers opvragen"
    assert tab.table.item(0, 1).text() == "Kees Jansen"
    tab.table.selectRow(0)
    tab.edit_selected()
    assert tab.add_button.text() == "Wijziging opslaan"
    tab.due.setText("01-02-2027")
    tab.add_button.click()
    action = core_followup.actions_of_meeting(db, meeting_id)[0]
    assert action.due_date == dt.date(2027, 2, 1)
    tab.table.selectRow(0)
    tab.done_button.click()
    assert core_followup.get_action(db, action.id).status == "done"
    assert tab.table.item(0, 3).text().startswith("afgerond op")


def test_the_decisions_tab_warns_about_the_quorum_and_records_votes(panel, db, meeting_id):
    tab = panel.decisions
    for invitee in repository.list_invitees(db, meeting_id):
        repository.set_attendance(db, invitee.id, "present" if invitee.name == "Kees Jansen"
                                  else "absent")
    tab.text.setText("Het jaarplan wordt vastgesteld")
    tab.add()
    assert tab.quorum.text().startswith("Quorum niet gehaald: 1 van de 2 stemgerechtigde")
    tab.list.setCurrentRow(0)
    assert tab.vote.save_button.isEnabled()
    tab.vote.unanimous.setChecked(True)
    assert not tab.vote.votes_for.isEnabled()
    tab.vote.save()
    assert core_followup.list_decisions(db, meeting_id)[0].unanimous
    assert tab.list.item(0).text().endswith("Het jaarplan wordt vastgesteld "
                                            "(met algemene stemmen)")
