"""The Vergaderingen page on the demo council, the new-meeting dialog, deleting, and the
template settings tab."""

import datetime as dt

import pytest

from core.meetings import repository
from core.meetings.templates import load_templates
from core.members import list_members, list_working_groups
from ui.meetings.details import NewMeetingDialog
from ui.meetings.templates_tab import MeetingTemplatesTab
from ui.pages.meetings import MeetingsPage

DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def page(qtbot, demo_council):
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.today = DEMO_TODAY
    widget.set_council(demo_council)
    widget.show()
    return widget


def test_upcoming_and_past_lists(page):
    first = page.meeting_list.item(0).text()
    assert "10 dec 2026" in first and "Vergadering van de adviesraad" in first
    assert page.heading.text().startswith("Vergadering van de adviesraad 10 december 2026")
    assert page.agenda.tree.topLevelItemCount() >= 9
    page.when_tabs.setCurrentIndex(1)
    assert page.meeting_list.count() >= 15
    assert "nov 2026" in page.meeting_list.item(0).text()


def test_open_item_shows_the_actions_of_a_past_meeting(page, demo_council):
    past = repository.list_meetings(demo_council.db, DEMO_TODAY, upcoming=False)[1]
    page.open_item(past.id)
    assert page.meeting_id == past.id
    assert page.when_tabs.currentIndex() == 1
    assert page.tabs.currentWidget() is page.followup
    assert "aanwezig" in page.followup.attendance.count_label.text()


def test_new_meeting_dialog_explains_bad_input(qtbot, db):
    dialog = NewMeetingDialog(db)
    qtbot.addWidget(dialog)
    dialog.date.setText("")
    dialog.create()
    assert dialog.message.text() == "Een vergadering heeft een datum nodig."
    dialog.date.setText("10-12-2026")
    dialog.start.setText("21:00")
    dialog.end.setText("19:00")
    dialog.create()
    assert "eindigt (19:00) voordat hij begint (21:00)" in dialog.message.text()
    assert repository.list_meetings(db, dt.date(2000, 1, 1)) == []
    dialog.end.setText("22:30")
    dialog.create()
    assert dialog.meeting_id is not None
    assert repository.get_meeting(db, dialog.meeting_id).date == dt.date(2026, 12, 10)


def test_deleting_a_meeting_with_minutes_says_what_goes(page, demo_council):
    past = repository.list_meetings(demo_council.db, DEMO_TODAY, upcoming=False)[0]
    page.open_item(past.id)
    questions = []
    page.confirm = lambda text: questions.append(text) or False
    page.delete_meeting()
    assert "verslag" in questions[0] and "agendapunten" in questions[0]
    assert "alleen uit een back-up" in questions[0]
    repository.get_meeting(demo_council.db, past.id)  # still there after "no"
    page.confirm = lambda text: True
    page.delete_meeting()
    assert past.id not in [m.id for m in repository.list_meetings(
        demo_council.db, DEMO_TODAY, upcoming=False)]


def test_template_tab_saves_an_edited_template(qtbot, db):
    tab = MeetingTemplatesTab()
    qtbot.addWidget(tab)
    tab.load(db)
    tab.kind.setCurrentIndex(tab.kind.findData("backing_group"))
    rows = tab.table.rowCount()
    tab.add_button.click()
    tab.table.item(rows, 0).setText("Voorstelronde")
    tab.save()
    assert [item.title for item in load_templates(db)["backing_group"]][-1] == "Voorstelronde"
    assert tab.message.text() == "Het sjabloon is opgeslagen."


def test_details_refuse_bad_times_and_save_invitees(page, demo_council):
    details = page.details
    meeting_id = page.meeting_id
    details.end.setText("18:00")
    assert not details.save()
    assert "eindigt (18:00) voordat hij begint (19:30)" in details.message.text()
    assert repository.get_meeting(demo_council.db, meeting_id).end_time == "22:00"
    details.end.setText("22:15")
    details.members_list.check_model.set_ticked(0, False)
    assert details.save()
    assert details.message.text() == "De gegevens zijn opgeslagen."
    assert repository.get_meeting(demo_council.db, meeting_id).end_time == "22:15"
    invited = [i for i in repository.list_invitees(demo_council.db, meeting_id) if not i.is_guest]
    assert len(invited) == details.members_list.count() - 1


def test_a_new_working_group_meeting_invites_that_group(qtbot, demo_council):
    db = demo_council.db
    group = list_working_groups(db)[1]
    dialog = NewMeetingDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.group.isVisible()  # a council meeting belongs to no group
    dialog.kind.setCurrentIndex(dialog.kind.findData("working_group"))
    assert dialog.group.isVisible()
    assert dialog.invite_all.text() == "De leden van de werkgroep uitnodigen"
    dialog.date.setText("10-12-2026")
    dialog.create()
    assert dialog.message.text() == "Kies de werkgroep van wie deze vergadering is."
    dialog.group.setCurrentIndex(dialog.group.findData(group.id))
    dialog.create()
    meeting = repository.get_meeting(db, dialog.meeting_id)
    assert meeting.display_title == group.name
    invited = {i.member_id for i in repository.list_invitees(db, meeting.id)}
    active = {m.id for m in list_members(db, "active")}
    assert invited == set(group.member_ids) & active and invited
