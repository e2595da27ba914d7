"""The response per point of the advice: the points come from the adopted text, the answers
are kept with the response and add up to its outcome."""

import datetime as dt

import pytest

from core.advice import delete_advice, get_advice, record_response, set_status
from core.advice.letters import make_advice_letter
from core.advice.model import PointResponse, Response
from core.advice.points import advice_points, overall_outcome
from core.errors import ValidationError
from tests.core.advice.conftest import adopted_advice

TEXT = """Inleiding met **vet**.

## Ons advies

1. Keer de toeslag *maandelijks* uit.
2. Vraag geen nieuwe aanvraag per studiejaar.

- geen punt maar een opsomming

3) Betrek de raad bij de evaluatie \\*jaarlijks\\*."""


def test_the_points_are_the_numbered_items_of_the_text_as_they_read():
    assert advice_points(TEXT) == [
        (1, "Keer de toeslag maandelijks uit."),
        (2, "Vraag geen nieuwe aanvraag per studiejaar."),
        (3, "Betrek de raad bij de evaluatie *jaarlijks*."),
    ]
    assert advice_points("Een advies zonder genummerde punten.") == []


@pytest.mark.parametrize(("outcomes", "overall"), [
    (["adopted", "adopted"], "adopted"),
    (["rejected", "rejected"], "rejected"),
    (["adopted", "rejected"], "partly"),
    (["partly"], "partly"),
    ([], None),
])
def test_the_answers_add_up_to_the_outcome(outcomes, overall):
    answers = [PointResponse(n, f"punt {n}", outcome) for n, outcome in enumerate(outcomes, 1)]
    assert overall_outcome(answers) == overall


def _sent(db) -> int:
    advice_id = adopted_advice(db, TEXT)
    make_advice_letter(db, advice_id, dt.date(2026, 4, 2))
    set_status(db, advice_id, "sent", dt.date(2026, 4, 2))
    return advice_id


def test_answers_per_point_are_kept_with_the_response_and_replaced(profiled):
    advice_id = _sent(profiled)
    first = [PointResponse(1, "Keer de toeslag maandelijks uit.", "adopted"),
             PointResponse(2, "Vraag geen nieuwe aanvraag.", "rejected", "te duur")]
    record_response(profiled, advice_id, Response(dt.date(2026, 5, 1), "partly", "", first))
    assert get_advice(profiled, advice_id).response.points == first
    again = [PointResponse(3, "Betrek de raad.", "adopted")]
    record_response(profiled, advice_id, Response(dt.date(2026, 5, 2), "adopted", "", again))
    assert get_advice(profiled, advice_id).response.points == again


@pytest.mark.parametrize("answers", [
    [PointResponse(1, "a", "maybe")],
    [PointResponse(1, "a", "adopted"), PointResponse(1, "b", "rejected")],
    [PointResponse(1, "a", "adopted", "x" * 1001)],
])
def test_a_wrong_answer_is_refused_and_nothing_is_half_saved(profiled, answers):
    advice_id = _sent(profiled)
    with pytest.raises(ValidationError, match="punt 1|Punt 1") as refused:
        record_response(profiled, advice_id,
                        Response(dt.date(2026, 5, 1), "partly", "", answers))
    assert refused.value.field == "points"
    advice = get_advice(profiled, advice_id)
    assert advice.response is None and advice.status == "sent"


def test_deleting_the_advice_takes_its_answers_with_it(profiled):
    advice_id = _sent(profiled)
    record_response(profiled, advice_id, Response(dt.date(2026, 5, 1), "adopted", "",
                                                  [PointResponse(1, "a", "adopted")]))
    delete_advice(profiled, advice_id)
    assert profiled.execute("SELECT count(*) FROM advice_point_responses").fetchone()[0] == 0
