"""Deadlines count calendar days (weekends too), the default term fills in, and can be edited."""

import datetime as dt

import pytest

from core.advice import (
    AdviceInput,
    default_deadline,
    get_advice,
    response_overdue,
    save_advice_settings,
    term_weeks,
    update_advice,
)
from core.errors import ValidationError
from tests.core.advice.conftest import new_advice


def test_six_weeks_from_a_friday_is_a_friday_weekends_counted():
    friday = dt.date(2026, 3, 13)
    assert default_deadline(friday, 6) == dt.date(2026, 4, 24)
    assert (default_deadline(friday, 6) - friday).days == 42


def test_term_over_new_year_and_leap_day():
    assert default_deadline(dt.date(2027, 12, 20), 6) == dt.date(2028, 1, 31)
    assert default_deadline(dt.date(2028, 2, 1), 4) == dt.date(2028, 2, 29)


def test_new_request_gets_the_default_term(db):
    advice = get_advice(db, new_advice(db, request=dt.date(2026, 3, 13)))
    assert advice.deadline == dt.date(2026, 4, 24)


def test_configured_term_is_used(db):
    save_advice_settings(db, 8, 10)
    assert term_weeks(db) == 8
    advice = get_advice(db, new_advice(db, request=dt.date(2026, 3, 13)))
    assert advice.deadline == dt.date(2026, 5, 8)


def test_deadline_can_be_edited_and_stays(db):
    advice_id = new_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.deadline = dt.date(2026, 5, 15)  # the college agreed to more time
    update_advice(db, advice_id, data)
    assert get_advice(db, advice_id).deadline == dt.date(2026, 5, 15)


def test_deadline_before_request_is_refused_and_nothing_changes(db):
    advice_id = new_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.deadline = dt.date(2026, 3, 1)
    with pytest.raises(ValidationError, match="vóór de datum van de aanvraag") as caught:
        update_advice(db, advice_id, data)
    assert caught.value.field == "deadline"
    assert get_advice(db, advice_id).deadline == dt.date(2026, 4, 24)


def test_unsolicited_advice_has_no_deadline(db):
    advice_id = new_advice(db, kind="unsolicited")
    advice = get_advice(db, advice_id)
    assert advice.deadline is None and advice.status == "preparing"


@pytest.mark.parametrize("weeks", [0, 53, "zes", None])
def test_bad_term_setting_is_refused(db, weeks):
    with pytest.raises(ValidationError, match="weken"):
        save_advice_settings(db, weeks, 8)
    assert term_weeks(db) == 6


def test_response_overdue_after_eight_weeks():
    sent = dt.date(2026, 1, 9)
    assert not response_overdue(sent, None, dt.date(2026, 3, 6), 8)  # the last day
    assert response_overdue(sent, None, dt.date(2026, 3, 7), 8)
    assert not response_overdue(sent, dt.date(2026, 3, 1), dt.date(2026, 6, 1), 8)
    assert not response_overdue(None, None, dt.date(2026, 6, 1), 8)


def test_odd_text_in_fields_is_kept(db):
    advice_id = new_advice(db, subject='Øzdemir & "Ōgai" <b>😀</b> ' + "x" * 200,
                           policy_area="Wmo & jeugd")
    advice = get_advice(db, advice_id)
    assert advice.subject.startswith('Øzdemir & "Ōgai" <b>😀</b>')


def test_missing_subject_and_date_give_dutch_messages(db):
    with pytest.raises(ValidationError, match="onderwerp"):
        new_advice(db, subject="   ")
    with pytest.raises(ValidationError, match="datum"):
        from core.advice import create_advice

        create_advice(db, AdviceInput(subject="X"))
    assert db.execute("SELECT COUNT(*) FROM advice").fetchone()[0] == 0
