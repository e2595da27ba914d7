"""Logging a signal: what is stored, and bad input that is refused with nothing saved."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.signals import ContactInput, SignalInput, get_signal, log_signal, status_history
from core.signals.privacy import get_contact
from core.signals.repository import count_signals

from .conftest import TODAY


def signal_count(db) -> int:
    return count_signals(db)


def test_a_logged_signal_holds_no_identity_and_starts_as_new(db, add):
    signal_id = add(dt.date(2026, 3, 14), "housing", "income", channel="phone")
    signal = get_signal(db, signal_id)
    assert signal.status == "new"
    assert signal.status_label == "Nieuw"
    assert signal.theme_labels == "Inkomen en armoede, Wonen"
    assert signal.channel_label == "Telefoon"
    assert not signal.has_contact and get_contact(db, signal_id) is None
    assert [change.description for change in status_history(db, signal_id)] == [
        "Vastgelegd als Nieuw"]


@pytest.mark.parametrize("text", [
    'Zegt: "de gemeente <b>luistert</b> niet" & meer', "🙂 emoji", "Ōgai en Øzdemir",
    "x" * 10_000,
])
def test_any_typed_text_is_stored_as_typed(db, add, text):
    signal = get_signal(db, add(TODAY, "transport", description=text))
    assert signal.description == text


@pytest.mark.parametrize("change, field, message", [
    ({"theme_ids": []}, "themes", "Kies minstens één thema."),
    ({"description": "   "}, "description", "Beschrijf waar het signaal over gaat."),
    ({"received_on": TODAY + dt.timedelta(days=1)}, "received_on",
     "De datum van een signaal kan niet in de toekomst liggen."),
    ({"channel": "fax"}, "channel", "Kies hoe het signaal binnenkwam."),
    ({"theme_ids": [999]}, "themes", "Een van de gekozen thema's bestaat niet meer."),
    ({"target_group": "x" * 201}, "target_group", "Dit veld mag hoogstens 200 tekens bevatten."),
    ({"logged_by": 4242}, "logged_by",
     "Het lid dat dit vastlegde staat niet meer in de ledenlijst."),
])
def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(db, themes, change, field,
                                                             message):
    values = {"received_on": TODAY, "channel": "email", "theme_ids": [themes["debt"]],
              "description": "Schuldhulp duurt lang."}
    values.update(change)
    with pytest.raises(ValidationError) as raised:
        log_signal(db, SignalInput(**values), today=TODAY)
    assert raised.value.field == field
    assert str(raised.value) == message
    assert signal_count(db) == 0


def test_contact_details_need_consent_with_a_date(db, themes):
    data = SignalInput(TODAY, "phone", [themes["debt"]], "Wil teruggebeld worden.")
    with pytest.raises(ValidationError) as raised:
        log_signal(db, data, ContactInput(consent_on=None, name="Gerda Visser",
                                          phone="06-12345678"), today=TODAY)
    assert raised.value.field == "consent_on"
    assert "toestemming" in str(raised.value)
    assert signal_count(db) == 0


def test_contact_details_need_a_way_to_reach_the_reporter(db, themes):
    data = SignalInput(TODAY, "phone", [themes["debt"]], "Wil teruggebeld worden.")
    with pytest.raises(ValidationError) as raised:
        log_signal(db, data, ContactInput(consent_on=TODAY, name="Gerda Visser"),
                   today=TODAY)
    assert raised.value.field == "contact_phone"
    assert signal_count(db) == 0


def test_a_bad_email_address_saves_neither_signal_nor_contact(db, themes):
    data = SignalInput(TODAY, "email", [themes["debt"]], "Mail terug graag.")
    with pytest.raises(ValidationError):
        log_signal(db, data, ContactInput(consent_on=TODAY, email="gerda@"), today=TODAY)
    assert signal_count(db) == 0
    assert db.execute("SELECT COUNT(*) FROM signal_contacts").fetchone()[0] == 0


def test_consented_contact_is_kept_apart_from_the_signal(db, add):
    signal_id = add(TODAY, "debt", contact=ContactInput(
        consent_on=dt.date(2026, 11, 20), name="Sevgi Øzdemir", phone="06-11223344"))
    contact = get_contact(db, signal_id)
    assert (contact.name, contact.phone, contact.consent_on) == (
        "Sevgi Øzdemir", "06-11223344", dt.date(2026, 11, 20))
    assert get_signal(db, signal_id).has_contact
    assert "Øzdemir" not in get_signal(db, signal_id).description
