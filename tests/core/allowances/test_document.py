"""The printed overview for the treasurer, read back from the PDF."""

import datetime as dt
import io

from pypdf import PdfReader

from core.allowances.document import allowances_pdf
from core.allowances.rules import AllowanceRules, save_rules
from core.i18n import set_language
from core.profile import CouncilProfile, save_profile
from tests.core.allowances.example import build

TODAY = dt.date(2026, 12, 1)


def pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.replace("\xa0", " ").split())


def test_rates_members_warnings_and_specification(db):
    save_profile(db, CouncilProfile(name="Wmo-raad Dorpsveen"))
    build(db)
    text = pdf_text(allowances_pdf(db, 2026, TODAY))
    assert "Wmo-raad Dorpsveen" in text
    assert "Vrijwilligersvergoeding 2026" in text
    assert "Voor de penningmeester. Stand op 1 december 2026. Leden boven een maximum: 2." in text
    assert "Vergadering van de adviesraad € 40,00" in text
    assert "Werkgroepoverleg € 25,00" in text
    assert "Training" not in text  # no rate: not a paid kind
    assert ("Maximum van een onbelaste vrijwilligersvergoeding: € 100,00 per jaar en € 60,00 "
            "per maand.") in text
    assert "Anna Aalders 4 € 145,00 Boven het jaarmaximum van € 100,00" in text
    assert "Boven € 60,00 per maand in maart" in text
    assert "Carla Claessens 1 € 40,00 Uitgetreden per 30 juni 2026" in text
    assert "Totaal 7 € 250,00" in text
    # The specification: meetings × rate = amount.
    assert "Anna Aalders Vergadering van de adviesraad 3 € 40,00 € 120,00" in text
    assert "Bram Bosveld Vergadering van de adviesraad 1 € 40,00 € 40,00" in text
    assert "Dirk Dekker" not in text
    assert "1 van hen was aanwezig bij vergoede vergaderingen." in text


def test_without_rates_the_document_says_where_to_set_them(db):
    build(db, AllowanceRules())
    text = pdf_text(allowances_pdf(db, 2026, TODAY))
    assert "Er zijn nog geen vergoedingen ingesteld: vul ze in onder Instellingen → " \
           "Vrijwilligersvergoeding." in text
    assert "Anna Aalders" not in text


def test_a_year_without_attendance(db):
    build(db)
    text = pdf_text(allowances_pdf(db, 2024, TODAY))
    assert "In 2024 is niemand als aanwezig genoteerd bij een vergoede vergadering." in text


def test_in_english(db):
    build(db)
    save_rules(db, AllowanceRules(rates={"council": 40_00}, year_maximum=2100_00))
    set_language("en")
    text = pdf_text(allowances_pdf(db, 2026, TODAY))
    assert "Volunteer allowances 2026" in text
    assert "Anna Aalders 3 €120.00" in text
    assert "€2,100.00 a year" in text
