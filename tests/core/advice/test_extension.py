"""An agreed extension (uitstel): a later deadline and a dated step in the history."""

import datetime as dt

import pytest

from core.advice import get_advice, set_status
from core.advice.extension import agree_extension
from core.advice.letters import make_advice_letter
from core.errors import ValidationError
from tests.core.advice.conftest import adopted_advice, new_advice


def test_an_extension_moves_the_deadline_and_is_a_dated_step(db):
    advice_id = new_advice(db, deadline=dt.date(2026, 4, 24))
    agree_extension(db, advice_id, dt.date(2026, 5, 15), dt.date(2026, 4, 20), "telefonisch")
    advice = get_advice(db, advice_id)
    assert advice.deadline == dt.date(2026, 5, 15)
    step = advice.history[-1]
    assert (step.changed_on, step.label) == (dt.date(2026, 4, 20), "Uitstel afgesproken")
    assert step.note == "Nieuwe termijn 15 mei 2026. telefonisch"
    assert advice.status == "received"  # the status itself does not change


def test_an_extension_must_be_later_and_before_sending(profiled):
    advice_id = new_advice(profiled, deadline=dt.date(2026, 4, 24))
    with pytest.raises(ValidationError, match="na 24 april 2026") as refused:
        agree_extension(profiled, advice_id, dt.date(2026, 4, 24), dt.date(2026, 4, 20))
    assert refused.value.field == "deadline"
    with pytest.raises(ValidationError, match="vóór de datum van de aanvraag"):
        agree_extension(profiled, advice_id, dt.date(2026, 5, 1), dt.date(2026, 1, 1))
    assert get_advice(profiled, advice_id).deadline == dt.date(2026, 4, 24)

    sent = adopted_advice(profiled)
    make_advice_letter(profiled, sent, dt.date(2026, 4, 2))
    set_status(profiled, sent, "sent", dt.date(2026, 4, 2))
    with pytest.raises(ValidationError, match="verzonden"):
        agree_extension(profiled, sent, dt.date(2026, 6, 1), dt.date(2026, 4, 10))
    assert all(step.status != "extended" for step in get_advice(profiled, sent).history)
