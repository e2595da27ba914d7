"""Documents that show sensitive details say so at the top of every page."""

import datetime as dt
import io

from pypdf import PdfReader

from core.signals.access_document import reporter_pdf
from core.signals.report import signals_report_pdf
from core.signals.reporters import reporter_candidates

MARK = "Vertrouwelijk — bevat gevoelige gegevens"
DEMO_PERIOD = (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def page_texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_every_page_of_a_report_with_sensitive_text_is_marked(demo_council):
    pages = page_texts(signals_report_pdf(demo_council.db, *DEMO_PERIOD,
                                          include_sensitive=True))
    assert len(pages) > 2  # page one and the running-header pages both carry it
    assert [index for index, text in enumerate(pages) if MARK not in text] == []


def test_a_report_without_sensitive_text_carries_no_mark(demo_council):
    pages = page_texts(signals_report_pdf(demo_council.db, *DEMO_PERIOD))
    assert not any(MARK in text for text in pages)


def test_the_overview_for_a_reporter_with_a_sensitive_signal_is_marked(db, add):
    from core.signals import ContactInput

    day = dt.date(2026, 5, 1)
    person = ContactInput(consent_on=day, name="Truus Meijer", phone="06-12345678", email="")
    add(day, "income", description="Heeft schulden door ziekte.", sensitive=True,
        contact=person)
    add(day, "income", description="Geen geld voor de bus.", contact=person)
    add(day, "income", description="Iets anders.",
        contact=ContactInput(consent_on=day, name="Jan Dirks", phone="06-1", email=""))
    [truus] = reporter_candidates(db, "truus")
    [jan] = reporter_candidates(db, "dirks")
    assert all(MARK in text for text in page_texts(reporter_pdf(db, truus)))
    assert not any(MARK in text for text in page_texts(reporter_pdf(db, jan)))
