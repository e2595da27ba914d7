"""The formal letter as a reader sees it: order, date words, references, signers, pages."""

import datetime as dt

from core.documents.letter import LetterContent, render_letter
from core.i18n import set_language
from core.profile import Signer

BODY = (
    "Wij hebben uw adviesaanvraag over de **huishoudelijke hulp** ontvangen.\n\n"
    "Wij adviseren u:\n\n"
    "1. de wachttijd te verkorten;\n"
    "2. een vaste contactpersoon aan te wijzen.\n\n"
    "Verder vragen wij aandacht voor:\n\n"
    "- inwoners die *alleen wonen*;\n"
    "- mantelzorgers."
)


def _letter(**changes) -> LetterContent:
    values = dict(
        addressee="College van burgemeester en wethouders\nPostbus 1200\n7400 AA  Lindewaarde",
        subject="Advies over de huishoudelijke hulp",
        body=BODY,
        letter_date=dt.date(2026, 3, 3),
        place="Lindewaarde",
        reference="ASD/2026/014",
        their_reference="Z/26/1842",
        salutation="Geacht college,",
        signers=[Signer("Anneke van der Berg", "voorzitter"),
                 Signer("Mohamed El Amrani", "secretaris")],
        enclosures="Overzicht van signalen\nVerslag van de bijeenkomst",
        copies="Commissie Samenleving",
    )
    values.update(changes)
    return LetterContent(**values)


def test_letter_reads_in_the_order_of_a_dutch_letter(head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter()))
    order = [
        "Retouradres Postbus 1207, 7411 AB Lindewaarde",
        "College van burgemeester en wethouders",
        "7400 AA",
        "Lindewaarde, 3 maart 2026",
        "Ons kenmerk:",
        "ASD/2026/014",
        "Uw kenmerk:",
        "Z/26/1842",
        "Betreft:",
        "Advies over de huishoudelijke hulp",
        "Geacht college,",
        "Wij hebben uw adviesaanvraag",
        "1.",
        "de wachttijd te verkorten",
        "2.",
        "een vaste contactpersoon",
        "inwoners die alleen wonen",
        "Met vriendelijke groet,",
        "Anneke van der Berg",
        "voorzitter",
        "Mohamed El Amrani",
        "secretaris",
        "Bijlage(n):",
        "Overzicht van signalen",
        "Verslag van de bijeenkomst",
        "Afschrift aan:",
        "Commissie Samenleving",
    ]
    positions = [pdf.position(needle) for needle in order]
    assert positions == sorted(positions)
    assert "**" not in pdf.text and "*alleen" not in pdf.text  # markers became formatting


def test_one_page_letter_has_footer_with_date_reference_and_page_number(head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter()))
    assert pdf.page_count == 1
    assert "3 maart 2026 · ons kenmerk ASD/2026/014" in pdf.pages[0]
    assert "Pagina 1 van 1" in pdf.pages[0]


def test_letter_carries_pdf_metadata(head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter()))
    meta = pdf.reader.metadata
    assert meta.title == "Advies over de huishoudelijke hulp"
    assert meta.author == "Adviesraad Sociaal Domein Lindewaarde"
    assert meta.subject == "Advies over de huishoudelijke hulp"


def test_date_is_written_out_in_english_too(head, read_pdf):
    set_language("en")
    pdf = read_pdf(render_letter(head, _letter(letter_date=dt.date(2026, 12, 1))))
    assert "Lindewaarde, 1 December 2026" in pdf.text
    assert "Our reference:" in pdf.text and "Subject:" in pdf.text


def test_without_place_only_the_date_and_defaults_fill_salutation_and_closing(
        head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter(place="", salutation="", closing="",
                                               reference="", their_reference="")))
    assert "3 maart 2026" in pdf.text and ", 3 maart 2026" not in pdf.text
    assert "Geacht college," in pdf.text
    assert "Met vriendelijke groet," in pdf.text
    assert "Ons kenmerk" not in pdf.text and "Uw kenmerk" not in pdf.text


def test_one_signer_and_no_enclosures(head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter(signers=[Signer("Ōgai Øzdemir", "voorzitter")],
                                               enclosures="", copies="")))
    assert "Ōgai Øzdemir" in pdf.text
    assert "Mohamed El Amrani" not in pdf.text
    assert "Bijlage" not in pdf.text and "Afschrift" not in pdf.text


def test_long_letter_flows_onto_pages_with_the_running_header(head, read_pdf):
    paragraphs = "\n\n".join(f"Alinea {n}: " + "De raad vindt dit belangrijk. " * 30
                             for n in range(1, 13))
    pdf = read_pdf(render_letter(head, _letter(body=paragraphs)))
    assert pdf.page_count >= 3
    for number, page in enumerate(pdf.pages[1:], start=2):
        first_line = page.strip().splitlines()[0]
        assert "Adviesraad Sociaal Domein Lindewaarde" in first_line  # the running header
        assert "Advies over de huishoudelijke hulp" in page
        assert f"Pagina {number} van {pdf.page_count}" in page
        assert "Retouradres" not in page  # the address window is on page one only
    assert "Alinea 12:" in pdf.text
    assert pdf.position("Alinea 12:") < pdf.position("Anneke van der Berg")


def test_letterhead_shows_the_council_and_its_contact_lines(head, read_pdf):
    first = read_pdf(render_letter(head, _letter())).pages[0]
    for line in ("Adviesraad Sociaal Domein", "Postbus 1207", "Bezoekadres: Stadhuisplein 3",
                 "secretariaat@adviesraad-lindewaarde.nl", "0570 - 69 12 34"):
        assert line in first


def test_numbered_list_keeps_its_start_number(head, read_pdf):
    pdf = read_pdf(render_letter(head, _letter(body="3. derde punt\n4. vierde punt")))
    assert pdf.position("3.") < pdf.position("derde punt") < pdf.position("4.")


def test_address_sits_inside_the_envelope_window(head):
    """Left window of a Dutch window envelope: 25 mm from the left, 50–86 mm from the top."""
    import io

    from pypdf import PdfReader
    from reportlab.lib.units import mm

    from core.documents.page import PAGE_HEIGHT

    page = PdfReader(io.BytesIO(render_letter(head, _letter()))).pages[0]
    found = {}

    def visit(text, cm, tm, font_dict, font_size):
        for needle in ("Retouradres", "College van burgemeester", "7400 AA"):
            if needle in text and needle not in found:
                found[needle] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    assert set(found) == {"Retouradres", "College van burgemeester", "7400 AA"}
    for x, y in found.values():
        from_top = (PAGE_HEIGHT - y) / mm
        assert abs(x / mm - 25) < 1
        assert 50 <= from_top <= 86
