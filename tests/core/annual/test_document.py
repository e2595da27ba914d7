"""The printed annual report, read back: contents list with page numbers, the sections
in order, the figures, the council's own texts and the letterhead's page numbers."""

import io
import re

from pypdf import PdfReader

from core.annual.document import render_annual_report
from core.annual.figures import collect_figures
from core.annual.texts import AnnualTexts, load_texts, save_texts
from core.documents.letterhead import load_letterhead
from tests.conftest import DEMO_TODAY
from tests.core.annual.small_council import TODAY


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _report(db, year, today, texts=None):
    texts = texts or load_texts(db, year)
    return render_annual_report(load_letterhead(db), collect_figures(db, year, today), texts,
                                today)


def _contents(pdf: bytes) -> dict[str, int]:
    """{heading: page} as the contents list on page one names them (read as laid out)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text(extraction_mode="layout")
    lines = page.split("Inhoud", 1)[1].splitlines()
    entries = [re.match(r"^\s*(\S.*?)\s+[ .]*\.\s+(\d+)\s*$", line) for line in lines]
    return {match.group(1).strip(): int(match.group(2)) for match in entries if match}


def test_the_report_has_its_sections_in_order_with_a_contents_list(small):
    texts = AnnualTexts(2025, foreword="Dank aan alle leden & vrijwilligers <3.",
                        priorities="- **Toegang** voor iedereen", outlook="Meer spreekuren.")
    pdf = _report(small, 2025, TODAY, texts)
    pages = _pages(pdf)
    text = " ".join(pages)
    assert pages[0].startswith("Wmo-raad Kwakkelstee") and "Jaarverslag 2025" in pages[0]
    headings = ["Voorwoord", "Speerpunten", "Samenstelling van de raad", "Vergaderingen",
                "Adviezen", "Signalen uit de achterban", "Acties en brieven", "Vooruitblik"]
    contents = _contents(pdf)
    assert [name for name in contents if name in headings] == headings
    assert "Aanwezigheid" in contents and "Doorlooptijden" in contents  # second level
    for heading, number in contents.items():
        assert heading in pages[number - 1], f"{heading} is not on page {number}"
    body = text.split("Dank aan alle leden", 1)[1]
    assert [body.find(h) for h in headings[2:]] == sorted(body.find(h) for h in headings[2:])
    assert "Dank aan alle leden & vrijwilligers <3." in text  # typed text prints as typed
    assert "Toegang voor iedereen" in text
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page


def test_the_report_shows_the_figures_counted_by_hand(small):
    text = " ".join(_pages(_report(small, 2025, TODAY)))
    assert "Op 31 december 2025 telde de raad 2 leden." in text
    assert "In 2025 kwam de raad 3 keer bijeen." in text
    assert "Cornelia Vlasblom Lid 30 september 2025" in text  # who left, and when
    assert "Wilhelmina Zwartkop Voorzitter 31 mei 2026" in text  # term ending next year
    assert "Cornelia Vlasblom 0 1 1 0" in text  # attendance: present, notice, absent, %
    assert "Gevraagd 2 1 1 0 0" in text  # sent, adopted, partly, not, no response
    assert "Mediaan dagen van aanvraag tot advies 39,5" in text
    assert "Reacties later dan 8 weken (of daarna nog steeds niet binnen) 2" in text
    assert "In 2025 ontving de raad 4 signalen." in text
    assert "Terugkerende thema's (ten minste 3 signalen in één kwartaal): Wmo-ondersteuning " \
           "thuis." in text
    assert "Acties afgerond 2" in text and "Brieven verzonden in totaal 4" in text


def test_a_section_without_text_is_left_out(small):
    text = " ".join(_pages(_report(small, 2025, TODAY, AnnualTexts(2025))))
    assert "Voorwoord" not in text and "Vooruitblik" not in text
    assert "Samenstelling van de raad" in text


def test_the_demo_report_of_the_previous_year_has_its_chart_and_texts(demo_council):
    db = demo_council.db
    save_texts(db, load_texts(db, 2025))
    pdf = _report(db, 2025, DEMO_TODAY)
    pages = _pages(pdf)
    text = " ".join(pages)
    assert "Adviesraad Sociaal Domein Lindewaarde" in pages[0]
    assert "Het was een jaar waarin de raad veel van inwoners hoorde." in text
    assert "In 2025 kwam de raad 21 keer bijeen." in text
    assert "K1 2025" in text and "K4 2025" in text  # the chart's quarters
    assert len(pages) >= 3 and f"Pagina {len(pages)} van {len(pages)}" in pages[-1]
