"""The agenda builder driven as a secretary would: add, move (keys and drop), delete."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from core.meetings import agenda as core_agenda
from core.meetings.attachments import add_document
from core.meetings.model import Meeting
from core.meetings.repository import create_meeting
from core.members import create_working_group
from ui.meetings.agenda_builder import AgendaBuilder
from ui.meetings.printing import PrintBar


@pytest.fixture
def meeting_id(db):
    group = create_working_group(db, "Werkgroep Wonen")
    meeting = Meeting(id=None, kind="working_group", date=dt.date(2026, 12, 10),
                      start_time="19:30", end_time="20:00", working_group_id=group)
    return create_meeting(db, meeting)


@pytest.fixture
def builder(qtbot, db, meeting_id):
    widget = AgendaBuilder()
    qtbot.addWidget(widget)
    widget.set_meeting(db, meeting_id)
    widget.show()
    return widget


def titles(builder):
    tree = builder.tree
    rows = []
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        rows.append((top.text(0), top.text(1), top.text(2)))
        for sub in range(top.childCount()):
            child = top.child(sub)
            rows.append((child.text(0), child.text(1), child.text(2)))
    return rows


def test_add_an_item_and_give_it_a_title(qtbot, builder, db, meeting_id):
    assert [row[2] for row in titles(builder)] == [
        "Opening en vaststelling van de agenda", "Verslag van de vorige vergadering",
        "Actielijst", "Rondvraag", "Sluiting"]
    qtbot.mouseClick(builder.add_button, Qt.LeftButton)
    assert builder.title_edit.hasFocus() or builder.title_edit.selectedText()
    builder.title_edit.setText("Huishoudelijke hulp")
    builder.duration_spin.setValue(20)
    builder.title_edit.editingFinished.emit()
    builder.save_form()
    rows = titles(builder)
    assert rows[3] == ("4", "19:50", "Huishoudelijke hulp")  # before Rondvraag
    assert rows[4][:2] == ("5", "20:10")
    assert builder.warning.isVisible()  # 55 minutes in a meeting of 30
    assert "20:25" in builder.warning.text()
    assert core_agenda.list_agenda(db, meeting_id)[3].duration == 20


def test_move_with_the_keyboard_renumbers(qtbot, builder):
    builder.tree.setCurrentItem(builder.tree.topLevelItem(2))  # Actielijst
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key_Up, Qt.AltModifier)
    assert [row[2] for row in titles(builder)][:3] == [
        "Opening en vaststelling van de agenda", "Actielijst",
        "Verslag van de vorige vergadering"]
    assert builder.tree.currentItem().text(0) == "2"  # the moved item stays selected
    qtbot.keyClick(builder.tree, Qt.Key_Right, Qt.AltModifier)  # sub-item of 1
    assert titles(builder)[1][:1] == ("1a",)
    qtbot.keyClick(builder.tree, Qt.Key_Left, Qt.AltModifier)
    assert titles(builder)[1][0] == "2"


def test_drop_order_is_stored(builder, db, meeting_id):
    ids = [item.id for item in builder.items]
    structure = [(ids[4], []), (ids[0], [ids[1]]), (ids[2], []), (ids[3], [])]
    builder.tree.order_dropped.emit(structure)
    numbered = [(i.number, i.title) for i in core_agenda.list_agenda(db, meeting_id)]
    assert numbered[:3] == [("1", "Sluiting"), ("2", "Opening en vaststelling van de agenda"),
                            ("2a", "Verslag van de vorige vergadering")]
    assert titles(builder)[0][2] == "Sluiting"


def test_delete_asks_first(builder, db, meeting_id):
    builder.tree.setCurrentItem(builder.tree.topLevelItem(1))
    questions = []
    builder.confirm = lambda text: questions.append(text) or False
    builder.delete_button.click()
    assert len(core_agenda.list_agenda(db, meeting_id)) == 5  # said no: nothing gone
    builder.confirm = lambda text: questions.append(text) or True
    builder.delete_button.click()
    assert questions[0] == "Agendapunt 2. Verslag van de vorige vergadering verwijderen?"
    assert [row[:1] + row[2:] for row in titles(builder)] == [
        ("1", "Opening en vaststelling van de agenda"), ("2", "Actielijst"),
        ("3", "Rondvraag"), ("4", "Sluiting")]


def test_an_empty_title_is_refused_with_a_message(builder, db, meeting_id, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.meetings.agenda_builder.show_error",
                        lambda parent, error: shown.append(str(error)))
    builder.tree.setCurrentItem(builder.tree.topLevelItem(0))
    builder.title_edit.setText("   ")
    builder.save_form()
    assert shown == ["Een agendapunt heeft een titel nodig."]
    assert core_agenda.list_agenda(db, meeting_id)[0].title.startswith("Opening")


def _select(builder, item_id: int) -> None:
    builder.reload(item_id)
    assert builder.current_id() == item_id


def test_an_item_and_a_document_are_marked_confidential(builder, db, meeting_id):
    open_item = core_agenda.add_item(db, meeting_id, "Woonvisie")
    closed = core_agenda.add_item(db, meeting_id, "Klacht van een inwoner")
    sub = core_agenda.add_item(db, meeting_id, "Antwoord aan de klager", parent_id=closed)
    document = add_document(db, open_item, "brief.pdf", b"%PDF-1.4", "Brief Jansen")
    _select(builder, closed)
    builder.confidential_check.setChecked(True)  # saved at once, like the other fields
    assert core_agenda.get_item(db, closed).confidential
    assert any("Klacht van een inwoner (vertrouwelijk)" in row[2] for row in titles(builder))

    _select(builder, sub)  # the sub-item follows its main item and says why
    assert builder.confidential_check.isChecked()
    assert not builder.confidential_check.isEnabled()
    assert "hoofdpunt" in builder.confidential_check.toolTip()

    _select(builder, open_item)
    builder.documents_list.setCurrentRow(0)
    builder.confidential_document_button.setChecked(True)
    assert next(d for i in core_agenda.list_agenda(db, meeting_id) for d in i.documents
                if d.id == document).confidential
    assert "(vertrouwelijk)" in builder.documents_list.item(0).text()


def test_the_print_menu_makes_the_version_for_publication(qtbot, db, meeting_id):
    closed = core_agenda.add_item(db, meeting_id, "Klacht van een inwoner", confidential=True)
    core_agenda.add_item(db, meeting_id, "Woonvisie")
    bar = PrintBar()
    qtbot.addWidget(bar)
    bar.set_meeting(db, meeting_id)
    texts = [action.text() for action in bar.menu.actions()]
    assert {"Agenda voor publicatie", "Vergaderpakket voor publicatie",
            "Verslag voor publicatie"} <= set(texts)
    for key in ("agenda", "minutes", "pack"):
        work, title, filename = bar._work(f"{key}_public")
        text = "\n".join(page.extract_text()
                         for page in PdfReader(io.BytesIO(work())).pages)
        assert "Klacht" not in text and "Woonvisie" in text, key
        assert title.endswith("(voor publicatie)") and filename.endswith("-openbaar.pdf")
        members_work, _title, _name = bar._work(key)
        assert "Klacht van een inwoner" in "\n".join(
            page.extract_text() for page in PdfReader(io.BytesIO(members_work())).pages)
    assert core_agenda.get_item(db, closed).confidential
