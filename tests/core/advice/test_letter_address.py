"""Advice letters and reminders addressed from Relaties: the full postal address."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from core.advice import get_advice, save_advice_settings, set_status, update_advice
from core.advice.letters import (
    advice_letter_pdf,
    make_advice_letter,
    make_reminder_letter,
    reminder_content,
)
from core.errors import ValidationError
from core.letters import get_letter, letter_pdf
from core.relations import Relation, create_relation, delete_relation
from tests.core.advice.conftest import adopted_advice

COLLEGE = Relation(name="College van burgemeester en wethouders van Haarlem", role="college",
                   postal_address="Postbus 511\n2003 PB  HAARLEM", salutation="Geacht college,",
                   municipality="Haarlem")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_advice_letter_and_reminder_carry_the_full_postal_address(profiled):
    db = profiled
    create_relation(db, COLLEGE)
    sender = create_relation(db, Relation(name="wethouder R. Bakker", kind="person",
                                          role="alderman", organisation="Gemeente Haarlem"))
    advice_id = adopted_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.sender_relation_id = sender
    update_advice(db, advice_id, data)
    assert get_advice(db, advice_id).sender_relation_id == sender
    letter_id = make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    text = _text(letter_pdf(db, letter_id))
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index(COLLEGE.name)
    # The window holds every line a postman needs, in order, each on its own line.
    assert lines[start:start + 4] == [COLLEGE.name, "t.a.v. wethouder R. Bakker",
                                      "Postbus 511", "2003 PB  HAARLEM"]
    assert "Geacht college," in text
    assert get_letter(db, letter_id).content.relation_id is not None
    set_status(db, advice_id, "sent", dt.date(2026, 4, 3))
    reminder = make_reminder_letter(db, advice_id,
                                    reminder_content(db, advice_id, dt.date(2026, 6, 10)))
    reminder_text = _text(letter_pdf(db, reminder))
    assert "Postbus 511" in reminder_text and "2003 PB  HAARLEM" in reminder_text


def test_an_advice_to_the_council_goes_to_its_griffier_not_to_the_wethouder(profiled):
    db = profiled
    create_relation(db, Relation(name="De gemeenteraad van Haarlem", role="council",
                                 attention="de griffier", municipality="Haarlem",
                                 postal_address="Postbus 511\n2003 PB  HAARLEM"))
    sender = create_relation(db, Relation(name="wethouder R. Bakker", kind="person",
                                          role="alderman", organisation="Gemeente Haarlem"))
    advice_id = adopted_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.sender_relation_id, data.addressee = sender, "council"
    update_advice(db, advice_id, data)
    lines = [line.strip() for line in _text(letter_pdf(
        db, make_advice_letter(db, advice_id, dt.date(2026, 4, 3)))).splitlines()]
    start = lines.index("De gemeenteraad van Haarlem")
    assert lines[start:start + 4] == ["De gemeenteraad van Haarlem", "t.a.v. de griffier",
                                      "Postbus 511", "2003 PB  HAARLEM"]
    assert not any("Bakker" in line for line in lines)


def test_removing_the_sender_keeps_the_advice(profiled):
    db = profiled
    sender = create_relation(db, Relation(name="wethouder R. Bakker", kind="person"))
    advice_id = adopted_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.sender_relation_id = sender
    update_advice(db, advice_id, data)
    delete_relation(db, sender)
    assert get_advice(db, advice_id).sender_relation_id is None
    assert "Huishoudelijke hulp" in _text(advice_letter_pdf(db, advice_id))


def test_unknown_sender_is_refused(profiled):
    advice_id = adopted_advice(profiled)
    data = get_advice(profiled, advice_id).to_input()
    data.sender_relation_id = 999
    with pytest.raises(ValidationError, match="Relaties"):
        update_advice(profiled, advice_id, data)


def test_an_advice_letter_to_the_college_goes_to_the_council_for_information(profiled):
    db = profiled
    create_relation(db, COLLEGE)
    create_relation(db, Relation(name="De gemeenteraad van Haarlem", role="council",
                                 municipality="Haarlem", postal_address="Postbus 511"))
    advice_id = adopted_advice(db)
    text = " ".join(_text(letter_pdf(db, make_advice_letter(db, advice_id,
                                                             dt.date(2026, 4, 3)))).split())
    assert "Afschrift aan: De gemeenteraad van Haarlem (ter kennisname)" in text
    # Switched off under Instellingen → Adviezen: no copy line.
    save_advice_settings(db, 6, 8, copy_to_council=False)
    text = _text(letter_pdf(db, make_advice_letter(db, advice_id, dt.date(2026, 4, 4))))
    assert "Afschrift" not in text and "ter kennisname" not in text
