"""What a valid member is, and the Dutch messages for what is not."""

import datetime as dt

import pytest

from core.errors import NotFoundError, ValidationError
from core.members import create_member, get_member, list_members, update_member
from core.members.terms import save_term_settings
from core.members.validation import clean_member


def test_last_name_is_required_with_a_dutch_message():
    with pytest.raises(ValidationError) as caught:
        clean_member({"first_name": "Anneke", "last_name": "  "})
    assert str(caught.value) == "Vul de achternaam in."
    assert caught.value.field == "last_name"


@pytest.mark.parametrize("email", ["anneke", "anneke@", "a b@c.nl", "a@b", "<a>@b.nl"])
def test_a_wrong_email_is_refused(email):
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "email": email})
    assert "is geen e-mailadres" in str(caught.value)
    assert caught.value.field == "email"


@pytest.mark.parametrize("phone", ["12", "bel me", "06-1234567890123456", "+31 6 1234 5678 x"])
def test_a_wrong_phone_number_is_refused(phone):
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "phone": phone})
    assert "is geen telefoonnummer" in str(caught.value)


@pytest.mark.parametrize("phone", ["06-12345678", "+31 6 12345678", "(020) 123 45 67"])
def test_ordinary_phone_numbers_are_accepted(phone):
    assert clean_member({"last_name": "Berg", "phone": phone})["phone"] == phone


def test_end_of_term_must_fall_after_the_start():
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "start_date": "01-03-2026", "term_end": "01-03-2025"})
    assert str(caught.value) == "Het einde van de zittingstermijn moet na de startdatum liggen."
    assert caught.value.field == "term_end"


def test_term_ends_four_years_after_the_start_by_default(db):
    member_id = create_member(db, {"last_name": "Berg", "start_date": "29-02-2024"})
    assert get_member(db, member_id).term_end == dt.date(2028, 2, 28)  # day before anniversary


def test_the_term_length_setting_is_used(db):
    save_term_settings(db, 3, 2)
    member_id = create_member(db, {"last_name": "Berg", "start_date": "2026-01-15"})
    assert get_member(db, member_id).term_end == dt.date(2029, 1, 14)


def test_a_date_that_is_not_a_date_gets_a_clear_message():
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "start_date": "morgen"})
    assert "is geen datum" in str(caught.value)


def test_a_failed_save_changes_nothing(db):
    member_id = create_member(db, {"first_name": "Kees", "last_name": "Jansen",
                                   "email": "kees@voorbeeld.nl"})
    with pytest.raises(ValidationError):
        update_member(db, member_id, {"first_name": "Kees", "last_name": "Jansen",
                                      "email": "kapot"}, working_group_ids=[])
    assert get_member(db, member_id).email == "kees@voorbeeld.nl"


@pytest.mark.parametrize("text", ["O'Neill & <Zonen> \"x\"", "🙂 Ōgai", "Øzdemir", "x" * 100])
def test_any_typed_name_is_stored_as_typed(db, text):
    member_id = create_member(db, {"first_name": text, "last_name": text})
    assert get_member(db, member_id).last_name == text


def test_a_ten_thousand_character_word_gets_a_message_not_a_crash(db):
    with pytest.raises(ValidationError) as caught:
        create_member(db, {"last_name": "a" * 10_000})
    assert "mag hoogstens 100 tekens bevatten" in str(caught.value)
    assert list_members(db, "all") == []


def test_role_and_salutation_are_read_from_dutch_words():
    row = clean_member({"last_name": "Berg", "role": "Vice-voorzitter", "salutation": "mevr."})
    assert (row["role"], row["salutation"]) == ("vice_chair", "ms")
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "role": "koning"})
    assert "is geen bekende functie" in str(caught.value)


def test_a_former_member_needs_a_leaving_date():
    with pytest.raises(ValidationError) as caught:
        clean_member({"last_name": "Berg", "status": "oud-lid"})
    assert caught.value.field == "left_on"


def test_a_missing_member_is_reported(db):
    with pytest.raises(NotFoundError) as caught:
        get_member(db, 999)
    assert "bestaat niet" in str(caught.value)
