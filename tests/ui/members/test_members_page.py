"""The Leden page driven like a secretary would: filter, sort, add, edit, leave, erase."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core.members import get_member, list_members
from core.members.terms import term_years, warning_months
from ui.members.erase_dialog import EraseDialog
from ui.members.leave_dialog import LeaveDialog
from ui.members.member_dialog import MemberDialog
from ui.members.settings_tab import MembersSettingsTab
from ui.pages.members import MembersPage


@pytest.fixture
def page(qtbot, demo_council):
    widget = MembersPage()
    qtbot.addWidget(widget)
    widget.set_council(demo_council)
    return widget


def _names(page) -> list[str]:
    return [page.model.row_at(row).display_name for row in range(page.model.rowCount())]


def test_the_page_lists_the_active_members_in_dutch_order(page):
    assert page.count_label.text() == "12 leden"
    assert page.model.index(0, 0).data() == "Bakker, Marieke"
    assert page.model.index(1, 0).data() == "Berg, Anneke van der"
    assert page.model.headerData(1, Qt.Horizontal) == "Functie"
    assert page.terms_list.isVisibleTo(page)
    lines = [page.terms_list.item(row).text() for row in range(page.terms_list.count())]
    assert any("Niet herbenoembaar" in line for line in lines)  # in the last allowed term
    assert any(line.endswith(". Herbenoembaar.") for line in lines)


def test_filters_narrow_the_list(page, qtbot):
    qtbot.keyClicks(page.search, "ozdem")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _names(page) == ["Sevgi Øzdemir"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert page.count_label.text() == "3 leden"
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    page.role_filter.setCurrentIndex(page.role_filter.findData("chair"))
    assert _names(page) == ["Anneke van der Berg"]
    page.role_filter.setCurrentIndex(0)
    page.group_filter.setCurrentIndex(page.group_filter.findText("Deelraad Jeugd"))
    assert page.count_label.text() == "3 leden"


def test_sorting_by_role_puts_the_chair_first(page):
    page.table.sortByColumn(1, Qt.AscendingOrder)
    assert page.model.index(0, 1).data() == "Voorzitter"
    page.table.sortByColumn(0, Qt.DescendingOrder)
    assert page.model.index(0, 0).data().startswith("Wałęsa")


def test_selecting_a_member_shows_details_and_enables_actions(page):
    assert not page.edit_button.isEnabled()
    page.select_member(list_members(page.db)[1].id)
    assert page.edit_button.isEnabled() and page.leave_button.isEnabled()
    assert not page.reinstate_button.isEnabled()
    assert "Anneke van der Berg" in page.details.text()
    # The term ends the day before its anniversary; "4 years, renewable once" gives the
    # latest possible end.
    assert "Termijn 1: 1 januari 2023 tot en met 31 december 2026" in page.details.text()
    assert "Herbenoembaar; uiterlijk tot en met 31 december 2030." in page.details.text()


def test_open_item_from_the_overview_selects_a_former_member(page):
    former = list_members(page.db, "former")[0]
    page.open_item(former.id)
    assert page.status_filter.currentData() == "former"
    assert page.selected_member().id == former.id
    assert page.reinstate_button.isEnabled()


def test_the_form_explains_mistakes_and_saves_nothing_until_right(qtbot, demo_council):
    dialog = MemberDialog(demo_council.db)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    qtbot.keyClicks(dialog.form.first_name, "Priya")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.message.text() == "Vul de achternaam in."
    assert dialog.form.last_name.hasFocus() or dialog.focusWidget() is dialog.form.last_name
    qtbot.keyClicks(dialog.form.last_name, "Ramdin")
    qtbot.keyClicks(dialog.form.email, "priya-at-voorbeeld")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert "is geen e-mailadres" in dialog.message.text()
    dialog.form.email.setText("priya@voorbeeld.nl")
    dialog.form.start_date.setText("01-09-2026")
    dialog.form.term_end.setText("01-09-2025")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.message.text() == \
        "Het einde van de zittingstermijn moet na de startdatum liggen."
    assert all(m.last_name != "Ramdin" for m in list_members(demo_council.db, "all"))
    dialog.form.term_end.clear()
    dialog.form.role.setCurrentIndex(dialog.form.role.findData("aspirant"))
    dialog.form.groups.item(0).setCheckState(Qt.Checked)
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    member = get_member(demo_council.db, dialog.member_id)
    assert (member.display_name, member.role, member.term_end) == (
        "Priya Ramdin", "aspirant", dt.date(2030, 8, 31))
    assert len(member.working_group_ids) == 1


def test_editing_keeps_what_was_there(qtbot, demo_council):
    anneke = next(m for m in list_members(demo_council.db) if m.last_name == "Berg")
    dialog = MemberDialog(demo_council.db, anneke.id)
    qtbot.addWidget(dialog)
    assert dialog.form.prefix.text() == "van der"
    dialog.form.phone.setText("+31 6 11 22 33 44")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    edited = get_member(demo_council.db, anneke.id)
    assert edited.phone == "+31 6 11 22 33 44"
    assert edited.working_group_ids == anneke.working_group_ids
    assert edited.start_date == anneke.start_date


def test_leaving_the_council_makes_a_former_member(qtbot, page):
    member = list_members(page.db)[0]
    dialog = LeaveDialog(page.db, member)
    qtbot.addWidget(dialog)
    dialog.left_on.setText("31-12-2026")
    dialog.save()
    assert get_member(page.db, member.id).left_on == dt.date(2026, 12, 31)
    page.refresh()
    assert page.count_label.text() == "11 leden"


def test_erasing_needs_the_last_name_and_removes_the_person(qtbot, page):
    member = next(m for m in list_members(page.db) if m.last_name == "Øzdemir")
    dialog = EraseDialog(page.db, member)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "Jansen")
    assert not dialog.erase_button.isEnabled()
    dialog.confirmation.setText("øzdemir")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.LeftButton)
    assert "lidmaatschappen van werkgroepen" in dialog.report.summary()
    page.refresh()
    assert "Sevgi Øzdemir" not in [m.display_name for m in list_members(page.db, "all")]
    assert page.count_label.text() == "11 leden"


def test_read_only_files_cannot_be_changed(qtbot, demo_file):
    from core.database import open_council

    council = open_council(demo_file, create=False, read_only=True)
    widget = MembersPage()
    qtbot.addWidget(widget)
    widget.set_council(council)
    widget.select_member(list_members(council.db)[0].id)
    assert not widget.new_button.isEnabled()
    assert not widget.edit_button.isEnabled()
    assert not widget.erase_button.isEnabled()
    assert widget.print_button.isEnabled() and widget.export_button.isEnabled()
    council.close()


def test_export_writes_a_workbook(page, tmp_path):
    target = page.export_to(tmp_path / "leden")
    assert target.suffix == ".xlsx" and target.stat().st_size > 1000


def test_settings_tab_saves_term_length_and_warning(qtbot, db):
    tab = MembersSettingsTab()
    qtbot.addWidget(tab)
    tab.load(db)
    assert (tab.term_years.value(), tab.warning_months.value()) == (4, 3)
    tab.term_years.setValue(3)
    tab.warning_months.setValue(6)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.message.text() == "Opgeslagen."
    assert (term_years(db), warning_months(db)) == (3, 6)


def test_printing_hands_the_member_list_to_the_preview(page, monkeypatch):
    import io

    from pypdf import PdfReader

    shown = {}

    def fake_preview(parent, work, title, filename):
        shown.update(pdf=work(), title=title, filename=filename)

    monkeypatch.setattr("ui.pages.members.preview_document", fake_preview)
    page.print_public_action.trigger()
    assert (shown["title"], shown["filename"]) == ("Ledenlijst (openbaar)",
                                                   "ledenlijst-openbaar.pdf")
    text = PdfReader(io.BytesIO(shown["pdf"])).pages[0].extract_text()
    assert "Anneke van der Berg" in text and "@voorbeeld.nl" not in text.split("Ledenlijst")[1]


def test_the_working_groups_tab_shows_chair_and_members(page, qtbot):
    from ui.members.group_dialog import WorkingGroupDialog

    panel = page.groups_panel
    assert panel.list.count() == 3
    panel.list.setCurrentRow(2)
    assert "Voorzitter: Ilse de Vries" in panel.details.text()
    assert "(oud-lid)" in panel.details.text()
    dialog = WorkingGroupDialog(page.db)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.message.text() == "Vul de naam van de werkgroep in."
    dialog.name.setText("Commissie Vervoer")
    dialog.members.item(0).setCheckState(Qt.Checked)
    dialog.chair.setCurrentIndex(1)
    dialog.save()
    page.refresh()
    assert panel.list.count() == 4
    assert page.group_filter.findText("Commissie Vervoer") > 0


def test_after_erasing_the_backups_that_hold_the_person_are_named_and_removed(
        qtbot, page, tmp_path, monkeypatch, prefs):
    from PySide6.QtWidgets import QMessageBox

    from core.backup import backup_database, list_backups
    from ui.safety.preferences import set_backup_folder

    backups = tmp_path / "erase-backups"
    set_backup_folder(prefs, backups)
    page.preferences = prefs
    backup_database(page.db, backups, reason="daily")
    member = next(m for m in list_members(page.db) if m.last_name == "Øzdemir")
    page.select_member(member.id)
    monkeypatch.setattr(EraseDialog, "exec", lambda dialog: dialog.erase() or True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *args: asked.append(text) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    page.erase_member()
    assert "Sevgi Øzdemir" in asked[0] and "dagelijkse back-up" in asked[0]
    assert list_backups(backups) == []
    backup_database(page.db, backups)  # a copy made after the erasure holds nothing of her
    other = list_members(page.db)[0]
    page.select_member(other.id)
    asked.clear()
    page.erase_member()
    assert other.display_name in asked[0] and "(1)" in asked[0]


def test_closed_member_dialogs_are_gone_from_memory(page, qtbot):
    """A day of opening members must not keep every dialog (the soak test's leak)."""
    opened = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberDialog)
        opened.append(dialog)
        dialog.reject()

    page.table.selectRow(0)
    for _ in range(5):
        QTimer.singleShot(0, close_it)
        page.edit_member()
    assert len(opened) == 5  # the dialogs really opened
    opened.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert [w for w in QApplication.allWidgets() if isinstance(w, MemberDialog)] == []
