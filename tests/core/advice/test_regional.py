"""A regional council advises several municipalities: an advice names which one asked, its
letter goes to that college at its own address, and the figures split per municipality."""

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from core.advice import get_advice, set_status, update_advice
from core.advice.letters import make_advice_letter
from core.annual.document import annual_report_pdf
from core.annual.figures import collect_figures
from core.errors import ValidationError
from core.letters import letter_pdf
from core.profile import load_profile, save_profile
from core.relations import Relation, create_relation
from tests.core.advice.conftest import adopted_advice, new_advice


@pytest.fixture
def regional(profiled):
    profile = load_profile(profiled)
    save_profile(profiled, dataclasses.replace(
        profile, kind="regional", other_municipalities=["Bloemendaal", " Heemstede ", ""]))
    for place, box in (("Haarlem", "Postbus 511\n2003 PB  HAARLEM"),
                       ("Heemstede", "Postbus 201\n2100 AE  HEEMSTEDE")):
        create_relation(profiled, Relation(
            name=f"College van burgemeester en wethouders van {place}", role="college",
            postal_address=box, municipality=place))
        create_relation(profiled, Relation(name=f"De gemeenteraad van {place}",
                                           role="council", municipality=place))
    return profiled


def _for(db, advice_id: int, municipality: str) -> None:
    data = get_advice(db, advice_id).to_input()
    data.municipality = municipality
    update_advice(db, advice_id, data)


def test_the_profile_names_every_municipality_its_own_first(regional):
    profile = load_profile(regional)
    assert profile.municipalities == ["Haarlem", "Bloemendaal", "Heemstede"]
    assert profile.regional


def test_the_letter_goes_to_the_college_of_the_municipality_that_asked(regional):
    advice_id = adopted_advice(regional)
    _for(regional, advice_id, "Heemstede")
    assert get_advice(regional, advice_id).municipality == "Heemstede"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(letter_pdf(
        regional, make_advice_letter(regional, advice_id, dt.date(2026, 4, 3))))).pages)
    assert "College van burgemeester en wethouders van Heemstede" in text
    assert "Postbus 201" in text and "HAARLEM" not in text
    assert "De gemeenteraad van Heemstede (ter kennisname)" in text


def test_an_advice_for_a_municipality_the_council_does_not_advise_is_refused(regional):
    advice_id = new_advice(regional)
    with pytest.raises(ValidationError, match="adviseert Zandvoort niet") as refused:
        _for(regional, advice_id, "Zandvoort")
    assert refused.value.field == "municipality"
    assert get_advice(regional, advice_id).municipality == ""
    _for(regional, advice_id, "Haarlem")  # its own municipality is stored as ''
    assert get_advice(regional, advice_id).municipality == ""


def test_the_figures_split_per_municipality(regional):
    for municipality in ("", "Heemstede", "Heemstede"):
        advice_id = adopted_advice(regional)
        _for(regional, advice_id, municipality)
        make_advice_letter(regional, advice_id, dt.date(2026, 4, 3))
        set_status(regional, advice_id, "sent", dt.date(2026, 4, 3))
    figures = collect_figures(regional, 2026, dt.date(2026, 12, 31))
    assert figures.advice.per_municipality == [("Haarlem", 1, 1), ("Bloemendaal", 0, 0),
                                               ("Heemstede", 2, 2)]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        annual_report_pdf(regional, 2026, dt.date(2026, 12, 31)))).pages)
    assert "Per gemeente" in text and "Heemstede" in text


def test_a_council_of_one_municipality_has_no_split(profiled):
    assert collect_figures(profiled, 2026, dt.date(2026, 12, 31)).advice.per_municipality == []
