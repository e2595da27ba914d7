"""Status rules: frozen text, no 'sent' without a letter, no response before sending."""

import datetime as dt

import pytest

from core.advice import (
    Response,
    allowed_statuses,
    create_advice,
    get_advice,
    next_reference,
    record_response,
    save_text,
    set_status,
)
from core.advice.letters import make_advice_letter
from core.advice.model import AdviceInput
from core.errors import NotFoundError, ValidationError
from core.letters import get_letter
from tests.core.advice.conftest import adopted_advice, new_advice


def test_history_is_dated(db):
    advice_id = new_advice(db)
    set_status(db, advice_id, "preparing", dt.date(2026, 3, 16))
    set_status(db, advice_id, "draft", dt.date(2026, 4, 2), note="werkgroep klaar")
    history = get_advice(db, advice_id).history
    assert [(h.status, h.changed_on) for h in history] == [
        ("received", dt.date(2026, 3, 13)), ("preparing", dt.date(2026, 3, 16)),
        ("draft", dt.date(2026, 4, 2))]
    assert history[-1].note == "werkgroep klaar"
    assert history[-1].label == "Concept"


def test_adopting_needs_a_text(db):
    advice_id = new_advice(db)
    with pytest.raises(ValidationError, match="adviestekst"):
        set_status(db, advice_id, "adopted", dt.date(2026, 4, 1))
    assert get_advice(db, advice_id).status == "received"


def test_text_is_frozen_once_adopted(db):
    advice_id = adopted_advice(db)
    with pytest.raises(ValidationError, match="vastgesteld"):
        save_text(db, advice_id, "Iets anders")
    advice = get_advice(db, advice_id)
    assert advice.body == "Wij adviseren **ruimhartig** te zijn."
    assert advice.adopted_on == dt.date(2026, 4, 1)
    # Only back to concept (see below), never further back.
    with pytest.raises(ValidationError, match="terug"):
        set_status(db, advice_id, "preparing", dt.date(2026, 4, 2))


def test_no_sent_without_a_letter(profiled):
    db = profiled
    advice_id = adopted_advice(db)
    assert "sent" not in allowed_statuses(db, advice_id)
    with pytest.raises(ValidationError, match="brief"):
        set_status(db, advice_id, "sent", dt.date(2026, 4, 3))
    assert get_advice(db, advice_id).status == "adopted"
    letter_id = make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    assert "sent" in allowed_statuses(db, advice_id)
    set_status(db, advice_id, "sent", dt.date(2026, 4, 3))
    advice = get_advice(db, advice_id)
    assert advice.status == "sent" and advice.sent_on == dt.date(2026, 4, 3)
    assert get_letter(db, letter_id).sent_on == dt.date(2026, 4, 3)  # the archive knows too


def test_no_letter_before_adoption(profiled):
    advice_id = new_advice(profiled)
    save_text(profiled, advice_id, "Tekst")
    with pytest.raises(ValidationError, match="vast"):
        make_advice_letter(profiled, advice_id, dt.date(2026, 4, 3))
    assert profiled.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 0


def test_no_response_before_sending(profiled):
    db = profiled
    advice_id = adopted_advice(db)
    with pytest.raises(ValidationError, match="verzonden"):
        record_response(db, advice_id, Response(dt.date(2026, 5, 1), "adopted"))
    assert get_advice(db, advice_id).response is None
    with pytest.raises(ValidationError, match="verzonden"):
        set_status(db, advice_id, "responded", dt.date(2026, 5, 1))


def _sent(db):
    advice_id = adopted_advice(db)
    make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    set_status(db, advice_id, "sent", dt.date(2026, 4, 3))
    return advice_id


def test_response_moves_status_and_is_kept(profiled):
    db = profiled
    advice_id = _sent(db)
    record_response(db, advice_id, Response(dt.date(2026, 5, 20), "partly", "Geld <ontbreekt>"),
                    ("reactie.pdf", b"%PDF-1.4 reactie"))
    advice = get_advice(db, advice_id)
    assert advice.status == "responded"
    assert advice.response == Response(dt.date(2026, 5, 20), "partly", "Geld <ontbreekt>")
    assert advice.response_file_id is not None
    assert advice.history[-1].status == "responded"
    set_status(db, advice_id, "closed", dt.date(2026, 6, 1))
    assert get_advice(db, advice_id).status == "closed"


def test_response_before_sending_date_and_bad_outcome_refused(profiled):
    db = profiled
    advice_id = _sent(db)
    with pytest.raises(ValidationError, match="3 april 2026"):
        record_response(db, advice_id, Response(dt.date(2026, 4, 1), "adopted"))
    with pytest.raises(ValidationError, match="uitkomst"):
        record_response(db, advice_id, Response(dt.date(2026, 5, 1), "maybe"))
    advice = get_advice(db, advice_id)
    assert advice.status == "sent" and advice.response is None


def test_closing_needs_sending(db):
    advice_id = new_advice(db)
    with pytest.raises(ValidationError, match="verzonden"):
        set_status(db, advice_id, "closed", dt.date(2026, 4, 1))


def test_references_number_per_year(db):
    first = new_advice(db, request=dt.date(2025, 12, 30))
    second = new_advice(db, request=dt.date(2025, 12, 31))
    new_year = new_advice(db, request=dt.date(2026, 1, 2))
    late_2025 = new_advice(db, request=dt.date(2025, 11, 1))  # registered late
    references = [get_advice(db, i).reference for i in (first, second, new_year, late_2025)]
    assert references == ["2025-01", "2025-02", "2026-01", "2025-03"]
    assert next_reference(db, 2026) == (2026, 2)
    assert next_reference(db, 2027) == (2027, 1)


def test_reference_stays_when_date_changes(db):
    from core.advice import update_advice

    advice_id = new_advice(db, request=dt.date(2026, 1, 5))
    data = get_advice(db, advice_id).to_input()
    data.request_date = dt.date(2025, 12, 20)
    update_advice(db, advice_id, data)
    assert get_advice(db, advice_id).reference == "2026-01"


def test_many_numbers_in_a_year_keep_sorting(db):
    for day in range(1, 13):
        create_advice(db, AdviceInput(subject=f"A{day}", request_date=dt.date(2026, 1, day)))
    assert get_advice(db, 12).reference == "2026-12"


def test_until_it_is_sent_an_adopted_advice_can_go_back_to_concept(profiled):
    advice_id = adopted_advice(profiled)
    letter_id = make_advice_letter(profiled, advice_id, dt.date(2026, 4, 2))
    assert "draft" in allowed_statuses(profiled, advice_id)
    set_status(profiled, advice_id, "draft", dt.date(2026, 4, 3), "Nieuw overleg met de wethouder")
    advice = get_advice(profiled, advice_id)
    assert advice.status == "draft" and advice.adopted_on is None
    assert advice.letter_id is None and advice.adoption is None
    with pytest.raises(NotFoundError):
        get_letter(profiled, letter_id)  # the unsent letter with the old text is gone
    step = advice.history[-1]
    assert (step.status, step.changed_on, step.note) == ("draft", dt.date(2026, 4, 3),
                                                         "Nieuw overleg met de wethouder")
    save_text(profiled, advice_id, "Een nieuwe tekst.")  # the text opens again
    assert get_advice(profiled, advice_id).body == "Een nieuwe tekst."


def test_a_sent_advice_cannot_go_back_to_concept(profiled):
    advice_id = adopted_advice(profiled)
    make_advice_letter(profiled, advice_id, dt.date(2026, 4, 2))
    set_status(profiled, advice_id, "sent", dt.date(2026, 4, 2))
    assert "draft" not in allowed_statuses(profiled, advice_id)
    with pytest.raises(ValidationError, match="kan niet terug"):
        set_status(profiled, advice_id, "draft", dt.date(2026, 4, 3))
    assert get_advice(profiled, advice_id).status == "sent"
