"""The council's own texts are kept per year, checked, and saved whole."""

import pytest

from core.annual.texts import TEXT_LIMIT, AnnualTexts, load_texts, save_texts, years_with_texts
from core.errors import ValidationError


def test_texts_are_kept_per_year_and_replaced_on_saving(db):
    save_texts(db, AnnualTexts(2025, foreword="Een goed jaar.", outlook="Meer spreekuren."))
    save_texts(db, AnnualTexts(2026, priorities="- Toegang"))
    save_texts(db, AnnualTexts(2025, foreword="Een druk jaar.\r\n", outlook=""))
    assert load_texts(db, 2025) == AnnualTexts(2025, foreword="Een druk jaar.")
    assert load_texts(db, 2026).priorities == "- Toegang"
    assert load_texts(db, 2024).is_empty
    assert years_with_texts(db) == [2025, 2026]


def test_a_wrong_year_or_a_pasted_book_is_refused_and_nothing_changes(db):
    save_texts(db, AnnualTexts(2025, foreword="Blijft staan."))
    with pytest.raises(ValidationError, match="jaar"):
        save_texts(db, AnnualTexts(12025, foreword="x"))
    with pytest.raises(ValidationError, match="hoogstens 20000 tekens") as caught:
        save_texts(db, AnnualTexts(2025, foreword="Nieuw.", outlook="x" * (TEXT_LIMIT + 1)))
    assert caught.value.field == "outlook"
    assert load_texts(db, 2025).foreword == "Blijft staan."
