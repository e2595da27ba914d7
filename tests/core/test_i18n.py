"""Language: Dutch by default, English complete, dates as people write them."""

import datetime as dt

import pytest

from core.dates import add_years, parse_date
from core.errors import ValidationError
from core.i18n import format_date, format_money, set_language, tr, trn


def test_dates_are_written_out_in_dutch_and_english():
    day = dt.date(2013, 8, 20)
    assert format_date(day) == "20 augustus 2013"
    set_language("en")
    assert format_date(day) == "20 August 2013"


def test_the_same_message_in_both_languages():
    assert tr("Page {page} of {total}", page=2, total=5) == "Pagina 2 van 5"
    set_language("en")
    assert tr("Page {page} of {total}", page=2, total=5) == "Page 2 of 5"


def test_money_in_dutch():
    assert format_money(9000) == "€\xa09.000,00"  # a non-breaking space keeps € with it


def test_an_unknown_language_falls_back_to_dutch():
    set_language("fr")
    assert tr("Members") == "Leden"


@pytest.mark.parametrize("text", ["14-03-2026", "14/3/2026", "2026-03-14", " 14.03.2026 "])
def test_dates_typed_the_dutch_way_are_read(text):
    assert parse_date(text) == dt.date(2026, 3, 14)


@pytest.mark.parametrize("text", ["31-02-2026", "morgen", "", "14-03-20266", "01-01-0202"])
def test_impossible_dates_get_a_clear_message(text):
    with pytest.raises(ValidationError, match="(geen datum|buiten het bereik)"):
        parse_date(text)


def test_a_term_from_29_february_ends_on_28_february():
    assert add_years(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_counted_words_take_their_plural_form_in_both_languages():
    set_language("nl")
    assert trn("{count} member", "{count} members", 1) == "1 lid"
    assert trn("{count} member", "{count} members", 3) == "3 leden"
    assert trn("{count} member", "{count} members", 0) == "0 leden"
    assert trn("{count} member", "{count} members", 1234) == "1.234 leden"
    assert trn("{count} agenda item", "{count} agenda items", 1) == "1 agendapunt"
    set_language("en")
    assert trn("{count} member", "{count} members", 1) == "1 member"
    assert trn("{count} member", "{count} members", 1234) == "1,234 members"
    set_language("nl")
