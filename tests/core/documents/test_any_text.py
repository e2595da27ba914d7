"""Any text a person can type prints literally, and no size of text breaks the layout."""

import datetime as dt

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from core.documents.letter import LetterContent, render_letter
from core.documents.page import DocumentInfo, render
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, data_table
from core.documents.text import escape_text
from core.profile import Signer

HOSTILE = [
    "AT&T",
    "5 < 6 & 7 > 3",
    "<b>half bold",
    '<img src="/etc/passwd"/>',
    '<a href="https://example.com">klik</a>',
    "<font size=40>groot</font>",
    "&amp; &lt; &#65;",
    "</para><para>",
    '"quotes" and \'apostrophes\'',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_prints_literally_in_every_letter_field(head, read_pdf, text):
    content = LetterContent(
        addressee=f"Aan {text}", subject=f"Betreft {text}", body=f"Tekst {text}",
        letter_date=dt.date(2026, 3, 3), place=f"Plaats {text}", reference=f"Ref {text}",
        their_reference=f"Uw {text}", salutation=f"Geachte {text}", closing=f"Groet {text}",
        signers=[Signer(f"Naam {text}", f"Rol {text}")], enclosures=f"Bijlage {text}",
        copies=f"Kopie {text}",
    )
    data = render_letter(head, content)
    pdf = read_pdf(data)
    squeezed_text = "".join(text.split())
    for label in ("Aan", "Betreft", "Tekst", "Plaats", "Ref", "Uw", "Geachte", "Groet",
                  "Naam", "Rol", "Bijlage", "Kopie"):
        assert f"{label}{squeezed_text}" in pdf.squeezed, label
    assert b"/URI" not in data  # no link was made
    assert pdf.reader.pages[0].get("/Annots") is None
    assert pdf.page_count == 1  # <font size=40> did not blow anything up


def test_typed_line_breaks_are_kept(head, read_pdf):
    content = LetterContent(addressee="Mevrouw A. Jansen\nDorpsstraat 1\n1234 AB Dorp",
                            subject="Regels", body="eerste regel\ntweede regel",
                            letter_date=dt.date(2026, 3, 3))
    lines = [line.strip() for line in read_pdf(render_letter(head, content)).text.splitlines()]
    assert "Mevrouw A. Jansen" in lines and "Dorpsstraat 1" in lines
    assert "eerste regel" in lines and "tweede regel" in lines


def test_every_name_prints_as_itself(head, read_pdf):
    names = "€ ë ï ō ł ş ğ ø Å ß"
    content = LetterContent(addressee=f"Aan {names}", subject=f"Over {names}",
                            body=f"**{names}** en *{names}*",
                            signers=[Signer(f"Ōgai Øzdemir-Łukasz {names}", "lid")])
    pdf = read_pdf(render_letter(head, content))
    assert pdf.text.count(names) >= 5  # address, subject, bold, italic, signer


def test_escape_text_keeps_breaks_and_escapes_markup():
    assert escape_text("a < b & c\nd") == "a &lt; b &amp; c<br/>d"
    assert escape_text(None) == ""
    assert escape_text("nul\x00teken") == "nulteken"  # XML cannot hold it: dropped


def test_ten_thousand_character_word_in_every_field(head, read_pdf):
    word = "Ō" + "x" * 9998 + "Z"
    content = LetterContent(addressee=word, subject=word, body=word, place=word,
                            reference=word, their_reference=word, salutation=word,
                            closing=word, signers=[Signer(word, word)], enclosures=word,
                            copies=word)
    pdf = read_pdf(render_letter(head, content))
    assert pdf.page_count > 1
    assert pdf.squeezed.count("xxxxxxxxxxZ") >= 8  # the word wrapped, it was not lost


def test_sixty_page_body_renders_all_pages(head, read_pdf):
    body = "\n\n".join(f"Alinea {n}. " + "Een zin over de zorg in Lindewaarde. " * 25
                       for n in range(1, 261))
    pdf = read_pdf(render_letter(head, LetterContent(addressee="Raad", subject="Lang",
                                                     body=body)))
    assert pdf.page_count >= 60
    assert f"Pagina {pdf.page_count} van {pdf.page_count}" in pdf.pages[-1]
    assert "Alinea 260." in pdf.text


def test_empty_body_and_empty_letter_still_make_a_letter(head, read_pdf):
    pdf = read_pdf(render_letter(head, LetterContent(addressee="", subject="", body="")))
    assert pdf.page_count == 1
    assert "Met vriendelijke groet," in pdf.text
    assert to_flowables("") == [] and to_flowables(None) == []


def test_table_cell_with_five_thousand_characters_splits_over_pages(head, read_pdf):
    long_cell = " ".join(["toelichting"] * 450)[:5000]
    rows = [[Paragraph("Onderwerp", STYLES["cell_head"]),
             Paragraph("Toelichting", STYLES["cell_head"])]]
    for number in range(3):
        rows.append([Paragraph(escape_text(f"Punt {number} <b>"), STYLES["cell"]),
                     Paragraph(escape_text(long_cell), STYLES["cell"])])
    story = [Paragraph("Overzicht", STYLES["title"]), data_table(rows, [40 * mm, 120 * mm])]
    pdf = read_pdf(render(head, DocumentInfo(title="Overzicht"), story))
    assert pdf.page_count >= 2
    assert "Punt 2 <b>" in pdf.text
    assert pdf.squeezed.count("toelichting") >= 3 * 400


def test_single_unbreakable_five_thousand_character_cell(head, read_pdf):
    rows = [[Paragraph("Kop", STYLES["cell_head"])],
            [Paragraph("y" * 5000, STYLES["cell"])]]
    pdf = read_pdf(render(head, DocumentInfo(title="Cel"), [data_table(rows, [160 * mm])]))
    assert pdf.squeezed.count("y") >= 5000


def test_document_without_letter_has_print_date_footer(head, read_pdf):
    info = DocumentInfo(title="Ledenlijst", print_date=dt.date(2026, 11, 22))
    pdf = read_pdf(render(head, info, [Paragraph("Inhoud", STYLES["body"])]))
    assert "Afgedrukt op 22 november 2026" in pdf.text
    assert "Pagina 1 van 1" in pdf.text
    assert pdf.reader.metadata.title == "Ledenlijst"


def test_huge_council_name_and_title_are_shortened_not_broken(read_pdf, head):
    head.profile.name = "Raad " * 3000
    info = DocumentInfo(title="Titel " * 2000)
    story = [Paragraph("tekst " * 3000, STYLES["body"])]
    pdf = read_pdf(render(head, info, story))
    assert pdf.page_count >= 2
    assert "…" in pdf.pages[1]  # the running header was cut with an ellipsis


def test_broken_logo_does_not_stop_a_letter(head, read_pdf):
    head.logo = b"\x89PNG this is not an image"
    pdf = read_pdf(render_letter(head, LetterContent(addressee="Raad", subject="Logo",
                                                     body="Tekst")))
    assert "Tekst" in pdf.text


def test_characters_the_font_lacks_never_break_a_letter(head, read_pdf):
    content = LetterContent(addressee="😀 中文 עברית", subject="Emoji 👍🏽 e\u0301",
                            body="**😀** *中文* \u200b\u202e rtl",
                            signers=[Signer("Zoë 👩\u200d👩\u200d👧", "lid")])
    pdf = read_pdf(render_letter(head, content))
    assert pdf.page_count == 1
    assert "Zoë" in pdf.text and "rtl" in pdf.text
