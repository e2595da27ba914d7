"""The agenda: times, numbering after moves, templates, and validation."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.meetings import agenda, attachments
from core.meetings.model import AgendaItem, Meeting, parse_time, validate_meeting
from core.meetings.repository import get_meeting, update_meeting


def _item(id_, duration, parent=None, position=0):
    return AgendaItem(id=id_, meeting_id=1, parent_id=parent, position=position,
                      title=f"punt {id_}", duration=duration)


def numbers(db, meeting_id):
    return [(item.number, item.title) for item in agenda.list_agenda(db, meeting_id)]


def test_times_follow_from_start_and_durations():
    items = [_item(1, 5, position=0), _item(2, 30, position=1), _item(3, 10, 2, position=0),
             _item(4, 15, 2, position=1), _item(5, 10, position=2)]
    ordered = agenda.number_and_time(items, "19:30")
    assert [(i.number, i.start) for i in ordered] == [
        ("1", "19:30"), ("2", "19:35"), ("2a", "20:05"), ("2b", "20:15"), ("3", "20:30")]
    assert agenda.agenda_end(items, "19:30") == "20:40"


def test_times_pass_midnight_without_crashing():
    ordered = agenda.number_and_time([_item(1, 200), _item(2, 10, position=1)], "23:00")
    assert [i.start for i in ordered] == ["23:00", "02:20"]


def test_sub_letters_go_on_after_z():
    assert [agenda.sub_letter(i) for i in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


def test_new_meeting_starts_with_the_template_and_new_items_go_before_rondvraag(
        db, meeting_id):
    titles = [title for _, title in numbers(db, meeting_id)]
    assert titles[0] == "Opening en vaststelling van de agenda"
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    agenda.add_item(db, meeting_id, "Huishoudelijke hulp", duration=20)
    listed = numbers(db, meeting_id)
    assert listed[-3] == ("6", "Huishoudelijke hulp")
    assert listed[-1] == ("8", "Sluiting")


def test_moving_renumbers(db, new_meeting):
    meeting_id = new_meeting(template=False)
    first = agenda.add_item(db, meeting_id, "Eerste")
    second = agenda.add_item(db, meeting_id, "Tweede")
    third = agenda.add_item(db, meeting_id, "Derde")
    sub = agenda.add_item(db, meeting_id, "Onderdeel", parent_id=second)
    assert agenda.move_item(db, third, -1)
    assert numbers(db, meeting_id) == [("1", "Eerste"), ("2", "Derde"), ("3", "Tweede"),
                                       ("3a", "Onderdeel")]
    assert not agenda.move_item(db, first, -1)  # already on top
    assert agenda.indent_item(db, third)  # Derde becomes a sub-item of Eerste
    assert numbers(db, meeting_id) == [("1", "Eerste"), ("1a", "Derde"), ("2", "Tweede"),
                                       ("2a", "Onderdeel")]
    assert agenda.outdent_item(db, sub)
    assert numbers(db, meeting_id)[-1] == ("3", "Onderdeel")
    agenda.delete_item(db, first)  # its sub-item goes with it
    assert numbers(db, meeting_id) == [("1", "Tweede"), ("2", "Onderdeel")]


def test_set_order_from_drag_and_drop(db, new_meeting):
    meeting_id = new_meeting(template=False)
    a, b, c = (agenda.add_item(db, meeting_id, title) for title in ("A", "B", "C"))
    agenda.set_order(db, meeting_id, [(c, [a]), (b, [])])
    assert numbers(db, meeting_id) == [("1", "C"), ("1a", "A"), ("2", "B")]
    with pytest.raises(ValidationError):
        agenda.set_order(db, meeting_id, [(c, [])])  # items missing: refused, nothing lost
    assert numbers(db, meeting_id) == [("1", "C"), ("1a", "A"), ("2", "B")]


def test_item_with_sub_items_cannot_become_a_sub_item(db, new_meeting):
    meeting_id = new_meeting(template=False)
    agenda.add_item(db, meeting_id, "A")
    b = agenda.add_item(db, meeting_id, "B")
    agenda.add_item(db, meeting_id, "B1", parent_id=b)
    with pytest.raises(ValidationError, match="subpunten"):
        agenda.indent_item(db, b)


def test_overrun_warning_in_dutch(db, meeting_id):
    meeting = get_meeting(db, meeting_id)
    items = agenda.list_agenda(db, meeting_id)
    assert agenda.overrun_minutes(meeting, items) == 0  # 60 minutes of 120
    agenda.add_item(db, meeting_id, "Lang punt", duration=90)
    items = agenda.list_agenda(db, meeting_id)
    assert agenda.overrun_minutes(meeting, items) == 30
    assert agenda.overrun_warning(meeting, items) == (
        "De agenda loopt tot 22:00, 30 minuten na de geplande eindtijd (21:30).")


@pytest.mark.parametrize(("duration", "message"), [
    (-5, "Een duur kan niet negatief zijn."),
    (600, "600 minuten voor één agendapunt is te lang (hoogstens 240)."),
    ("tien", "De duur 'tien' is geen aantal minuten."),
])
def test_bad_durations_are_refused_and_nothing_changes(db, meeting_id, duration, message):
    item = agenda.list_agenda(db, meeting_id)[0]
    with pytest.raises(ValidationError) as raised:
        agenda.update_item(db, item.id, title="Anders", duration=duration)
    assert str(raised.value) == message
    assert agenda.get_item(db, item.id).title == item.title


def test_meeting_validation_messages():
    def meeting(**changes):
        values = {"id": None, "kind": "council", "date": dt.date(2026, 3, 12),
                  "start_time": "19:30", "end_time": "21:30"}
        values.update(changes)
        return Meeting(**values)

    with pytest.raises(ValidationError, match="eindigt \\(19:00\\) voordat hij begint"):
        validate_meeting(meeting(end_time="19:00"))
    with pytest.raises(ValidationError, match="heeft een datum nodig"):
        validate_meeting(meeting(date=None))
    with pytest.raises(ValidationError, match="'25:00' is geen tijd"):
        validate_meeting(meeting(start_time="25:00"))
    checked = meeting(start_time="19.30", end_time="2130")
    validate_meeting(checked)
    assert (checked.start_time, checked.end_time) == ("19:30", "21:30")
    assert parse_time("9") == "09:00"


def test_failed_update_leaves_the_meeting_as_it_was(db, meeting_id):
    meeting = get_meeting(db, meeting_id)
    meeting.end_time = "18:00"
    with pytest.raises(ValidationError):
        update_meeting(db, meeting)
    assert get_meeting(db, meeting_id).end_time == "21:30"


def test_typed_text_of_any_kind_is_kept(db, meeting_id):
    odd = 'Zorg & "welzijn" <b>vet</b> 😀 Øzdemir ' + "x" * 10_000
    title = odd[:400]
    item_id = agenda.add_item(db, meeting_id, title, explanation=odd, presenter=odd[:150])
    item = agenda.get_item(db, item_id)
    assert item.title == title
    assert item.explanation == odd


def test_a_title_too_long_is_refused_not_cut(db, meeting_id):
    before = len(agenda.list_agenda(db, meeting_id))
    with pytest.raises(ValidationError, match="hoogstens 500 tekens"):
        agenda.add_item(db, meeting_id, "t" * 501)
    assert len(agenda.list_agenda(db, meeting_id)) == before


def test_documents_are_stored_in_the_file_and_removed_with_the_item(db, meeting_id):
    item = agenda.list_agenda(db, meeting_id)[0]
    attachments.add_document(db, item.id, "stuk.pdf", b"%PDF-1.4 test", "Beleidsnotitie")
    documents = agenda.list_agenda(db, meeting_id)[0].documents
    assert [d.title for d in documents] == ["Beleidsnotitie"]
    assert agenda.document_bytes(db, documents[0]) == b"%PDF-1.4 test"
    agenda.delete_item(db, item.id)
    assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 0


def test_labels_for_linking(db, meeting_id):
    agenda.add_item(db, meeting_id, "Huishoudelijke hulp")
    labels = [label for _, label in agenda.list_agenda_items_for_linking(db)]
    assert "Vergadering van de Wmo-raad 10 december 2026 — 6. Huishoudelijke hulp" in labels
