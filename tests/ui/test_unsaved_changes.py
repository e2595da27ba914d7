"""Never lose typing: leaving a record, a page, a dialog or the program with unsaved
changes asks 'Wijzigingen opslaan?'; no action resets typed fields."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core.advice import get_advice
from core.drafts import find_draft
from core.meetings import repository
from core.meetings.agenda import list_agenda
from core.members.terms import term_years
from core.profile import load_profile
from ui.members.member_dialog import MemberDialog
from ui.widgets.unsaved import CANCEL, DISCARD, SAVE

DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def meetings(window, demo_file):
    assert window.open_file(demo_file)
    window.show()
    window.show_section("meetings")
    page = window.current_page()
    page.today = DEMO_TODAY
    page.when_tabs.setCurrentIndex(0)
    page.fill_list()
    assert page.meeting_id is not None
    return page


def test_adding_a_guest_keeps_the_typed_location_and_ticks(meetings):
    details = meetings.details
    details.location.setText("Bibliotheek, zaal 2")
    model = details.members_list.check_model
    ticked_before = model.ticked_ids()
    model.set_ticked(0, model.data(model.index(0), Qt.CheckStateRole) != Qt.Checked)
    details.guest_name.setText("Mw. De Vries")
    details.add_guest()
    assert details.location.text() == "Bibliotheek, zaal 2"
    assert model.ticked_ids() != ticked_before
    assert any("De Vries" in details.guests_list.item(row).text()
               for row in range(details.guests_list.count()))
    assert meetings.has_unsaved_changes()


def test_quitting_with_unsaved_details_asks_and_cancel_keeps_the_window(window, meetings,
                                                                          answers):
    chair = meetings.details.chair
    chosen = 3 if chair.currentIndex() != 3 else 4
    chair.setCurrentIndex(chosen)
    answers["next"] = [CANCEL]
    assert not window.close()
    assert window.council is not None
    assert "niet opgeslagen" in answers["asked"][0]
    assert chair.currentIndex() == chosen


def test_quitting_and_choosing_save_keeps_the_details(window, meetings, answers):
    meeting_id = meetings.meeting_id
    meetings.details.location.setText("Wijkcentrum De Linde")
    answers["next"] = [SAVE]
    assert window.close()
    assert window.council is None
    window.open_file(window.preferences.recent_files()[0])
    assert repository.get_meeting(window.council.db, meeting_id).location == \
        "Wijkcentrum De Linde"


def test_another_meeting_asks_and_dont_save_lets_go(meetings, answers):
    meeting_id = meetings.meeting_id
    stored = repository.get_meeting(meetings.db, meeting_id).location
    meetings.details.location.setText("Ergens anders")
    answers["next"] = [CANCEL]
    meetings.meeting_list.setCurrentRow(1)
    assert meetings.meeting_id == meeting_id
    assert meetings.details.location.text() == "Ergens anders"
    answers["next"] = [DISCARD]
    meetings.meeting_list.setCurrentRow(1)
    assert meetings.meeting_id != meeting_id
    assert repository.get_meeting(meetings.db, meeting_id).location == stored


def test_another_page_asks_first(window, meetings, answers):
    meetings.details.title.setText("Extra vergadering")
    answers["next"] = [CANCEL]
    window.navigation.setCurrentRow(1)
    assert window.current_page() is meetings
    assert window.navigation.currentRow() == window.section_index("meetings")
    answers["next"] = [SAVE]
    window.navigation.setCurrentRow(1)
    assert window.current_page().section == "members"
    assert repository.get_meeting(meetings.db, meetings.meeting_id).title == \
        "Extra vergadering"


def test_a_save_that_fails_stays_on_the_page(window, meetings, answers):
    meetings.details.date.setText("31-02-2027")
    answers["next"] = [SAVE]
    window.navigation.setCurrentRow(1)
    assert window.current_page() is meetings
    assert meetings.details.message.text()


def test_the_advice_list_asks_before_another_advice(qtbot, window, demo_file, answers):
    assert window.open_file(demo_file)
    window.show_section("advice")
    page = window.current_page()
    page.table.selectRow(0)
    first = page.details.advice.id
    page.details.form.subject.clear()
    qtbot.keyClicks(page.details.form.subject, "Nieuw onderwerp")
    answers["next"] = [CANCEL]
    page.table.selectRow(1)
    assert page.details.advice.id == first
    assert page.details.form.subject.text() == "Nieuw onderwerp"
    answers["next"] = [SAVE]
    page.table.selectRow(1)
    assert page.details.advice.id != first
    assert get_advice(page.db, first).subject == "Nieuw onderwerp"


def test_settings_ask_and_save_every_changed_tab(window, demo_file, answers):
    assert window.open_file(demo_file)
    window.show_section("settings")
    page = window.current_page()
    page.profile_tab.phone.setText("0123-456789")
    members_tab = page.feature_tabs[0]
    members_tab.term_years.setValue(members_tab.term_years.value() + 1)
    wanted = members_tab.term_years.value()
    answers["next"] = [SAVE]
    window.navigation.setCurrentRow(0)
    assert window.current_page().section == "overview"
    assert load_profile(window.council.db).phone == "0123-456789"
    assert term_years(window.council.db) == wanted


def test_escape_in_a_typed_member_dialog_asks(qtbot, demo_council, answers):
    dialog = MemberDialog(demo_council.db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # untouched: closes without a question
    assert answers["asked"] == [] and not dialog.isVisible()
    dialog = MemberDialog(demo_council.db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.first_name.setText("Anna")
    answers["next"] = [CANCEL]
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert dialog.isVisible() and dialog.form.first_name.text() == "Anna"
    answers["next"] = [DISCARD]
    dialog.reject()
    assert not dialog.isVisible()


def test_advice_text_typed_before_a_crash_is_offered_back(qtbot, window, demo_file,
                                                           monkeypatch):
    assert window.open_file(demo_file)
    window.show_section("advice")
    page = window.current_page()
    details = page.details
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if not details.advice.text_frozen:
            break
    advice = details.advice
    assert not advice.text_frozen
    details.editor.edit.setFocus()
    qtbot.keyClicks(details.editor.edit, "Onze raad adviseert ")
    typed = details.editor.text()
    assert details.text_draft.timer.isActive()  # kept within seconds, not on every key
    details.text_draft.timer.timeout.emit()
    assert find_draft(page.db, f"advice-text:{advice.id}").text == typed
    # The program is killed: nothing saved. Opening the advice again offers the text back.
    offered = []
    monkeypatch.setattr("ui.widgets.draft_keeper.ask_restore_draft",
                        lambda parent, when: offered.append(when) or True)
    details.editor.set_modified(False)
    details.show_advice(advice.id)
    assert offered and details.editor.text() == typed
    assert details.editor.is_modified()
    assert details.save_text()
    assert get_advice(page.db, advice.id).body == typed
    assert find_draft(page.db, f"advice-text:{advice.id}") is None


def test_minutes_are_saved_while_typing(qtbot, meetings):
    minutes = meetings.followup.minutes
    meetings.tabs.setCurrentWidget(meetings.followup)
    minutes.item_list.setCurrentRow(1)
    item = minutes._current
    minutes.notes.setFocus()
    qtbot.keyClicks(minutes.notes, "Besproken: de wachtlijst.")
    assert minutes.autosave.isActive()
    qtbot.waitUntil(lambda: not minutes.autosave.isActive(), timeout=6000)
    stored = [i for i in list_agenda(meetings.db, meetings.meeting_id) if i.id == item.id][0]
    assert stored.minutes.endswith("Besproken: de wachtlijst.")
