"""Follow-up: status changes with a dated history of who changed what, and links."""

import datetime as dt

import pytest

from core.errors import NotFoundError, ValidationError
from core.signals import (
    advice_for_signal,
    change_status,
    get_signal,
    link_signal_to_advice,
    signals_for_advice,
    status_history,
    unlink_signal_from_advice,
)
from core.signals.repository import delete_signal, set_handled_note

from .conftest import TODAY


def add_member(db, first, last) -> int:
    return db.execute(
        "INSERT INTO members (first_name, last_name, created_at, updated_at) "
        "VALUES (?, ?, '2026-01-01', '2026-01-01')", [first, last]).lastrowid


def add_advice(db, subject, number=1) -> int:
    return db.execute(
        "INSERT INTO advice (ref_year, ref_number, subject, request_date, created_at, "
        "updated_at) VALUES (2026, ?, ?, '2026-01-10', '2026-01-10', '2026-01-10')",
        [number, subject]).lastrowid


def test_history_records_each_change_with_who_and_a_note(db, add):
    anneke = add_member(db, "Anneke", "Berg")
    signal_id = add(dt.date(2026, 9, 1), "transport")
    change_status(db, signal_id, "in_progress", "Besproken in de werkgroep", anneke,
                  today=TODAY)
    change_status(db, signal_id, "passed_on", "Gemaild naar de beleidsmedewerker", anneke,
                  today=TODAY)
    history = status_history(db, signal_id)
    assert [change.description for change in history] == [
        "Vastgelegd als Nieuw", "Van Nieuw naar In behandeling",
        "Van In behandeling naar Doorgegeven aan gemeente"]
    assert [change.note for change in history[1:]] == [
        "Besproken in de werkgroep", "Gemaild naar de beleidsmedewerker"]
    assert history[2].changed_by_name == "Anneke Berg"
    assert all(isinstance(change.changed_at, dt.datetime) for change in history)


def test_closing_dates_the_signal_and_reopening_clears_it(db, add):
    signal_id = add(dt.date(2026, 9, 1), "transport")
    change_status(db, signal_id, "closed", today=dt.date(2026, 10, 5))
    assert get_signal(db, signal_id).closed_on == dt.date(2026, 10, 5)
    change_status(db, signal_id, "in_progress", "Toch weer opgepakt", today=TODAY)
    assert get_signal(db, signal_id).closed_on is None
    assert len(status_history(db, signal_id)) == 3


def test_the_same_status_twice_is_refused_and_not_recorded(db, add):
    signal_id = add(TODAY, "housing")
    with pytest.raises(ValidationError, match="heeft al de status 'Nieuw'"):
        change_status(db, signal_id, "new", today=TODAY)
    with pytest.raises(ValidationError, match="Kies een status"):
        change_status(db, signal_id, "lost", today=TODAY)
    assert len(status_history(db, signal_id)) == 1


def test_an_erased_member_leaves_the_history_without_a_name(db, add):
    member = add_member(db, "Kees", "Jansen")
    signal_id = add(TODAY, "housing")
    change_status(db, signal_id, "in_progress", changed_by=member, today=TODAY)
    db.execute("DELETE FROM members WHERE id = ?", [member])
    history = status_history(db, signal_id)
    assert history[1].changed_by is None and history[1].changed_by_name == ""


def test_the_note_of_what_was_done_is_kept(db, add):
    signal_id = add(TODAY, "housing")
    set_handled_note(db, signal_id, "Doorverwezen naar het Sociaal Team.")
    assert get_signal(db, signal_id).handled_note == "Doorverwezen naar het Sociaal Team."


def test_linking_to_advice_moves_an_open_signal_into_advice(db, add):
    advice_id = add_advice(db, "Verordening maatschappelijke ondersteuning")
    open_id = add(dt.date(2026, 5, 4), "wmo_support")
    closed_id = add(dt.date(2026, 5, 5), "wmo_support")
    change_status(db, closed_id, "closed", today=TODAY)
    link_signal_to_advice(db, open_id, advice_id)
    link_signal_to_advice(db, closed_id, advice_id)
    link_signal_to_advice(db, open_id, advice_id)  # twice is harmless
    assert get_signal(db, open_id).status == "in_advice"
    assert status_history(db, open_id)[-1].note == (
        "Gekoppeld aan het advies 'Verordening maatschappelijke ondersteuning'.")
    assert get_signal(db, closed_id).status == "closed"
    assert [signal_id for signal_id, _label in signals_for_advice(db, advice_id)] == [
        open_id, closed_id]
    assert advice_for_signal(db, open_id) == [
        (advice_id, "Verordening maatschappelijke ondersteuning")]
    unlink_signal_from_advice(db, open_id, advice_id)
    assert advice_for_signal(db, open_id) == []


def test_link_labels_never_show_a_sensitive_description(db, add):
    advice_id = add_advice(db, "Minimabeleid")
    signal_id = add(dt.date(2026, 5, 4), "income", description="Diabetes en schulden",
                    sensitive=True)
    link_signal_to_advice(db, signal_id, advice_id)
    label = signals_for_advice(db, advice_id)[0][1]
    assert "Diabetes" not in label and "gevoelige gegevens" in label


def test_linking_to_missing_records_says_so(db, add):
    signal_id = add(TODAY, "housing")
    with pytest.raises(NotFoundError, match="Dit advies bestaat niet meer"):
        link_signal_to_advice(db, signal_id, 12345)
    with pytest.raises(NotFoundError, match="Dit signaal bestaat niet meer"):
        link_signal_to_advice(db, 999, 1)


def test_deleting_advice_or_signal_removes_only_the_link(db, add):
    advice_id = add_advice(db, "Vervoer")
    signal_id = add(TODAY, "transport")
    link_signal_to_advice(db, signal_id, advice_id)
    db.execute("DELETE FROM advice WHERE id = ?", [advice_id])
    assert get_signal(db, signal_id).status == "in_advice"
    assert db.execute("SELECT COUNT(*) FROM advice_signals").fetchone()[0] == 0
    other = add_advice(db, "Vervoer 2", 2)
    link_signal_to_advice(db, signal_id, other)
    delete_signal(db, signal_id)
    assert signals_for_advice(db, other) == []
    assert db.execute("SELECT COUNT(*) FROM signal_status_history").fetchone()[0] == 0
