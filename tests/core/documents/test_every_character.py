"""Every character prints: Hebrew and Arabic in reading order and in a font that has them,
accents on their letter, and a visible box (that the preview warns about) for the rest."""

import datetime as dt

import pytest

from core.documents.bidi import visual_order
from core.documents.characters import MISSING_MARK, for_print, unprintable
from core.documents.letter import LetterContent, render_letter
from core.documents.page import Letterhead
from core.documents.text import escape_text
from core.profile import CouncilProfile, Signer


def letter_with(head, text: str) -> LetterContent:
    return LetterContent(addressee=f"Aan {text}", subject=f"Betreft {text}",
                         body=f"Groet: {text} einde", letter_date=dt.date(2026, 3, 3),
                         signers=[Signer(f"Naam {text}", "lid")])


@pytest.mark.parametrize("logical, visual", [
    # Hebrew inside a Dutch line: the word reads right to left, the line stays in place.
    ("Groet: שלום einde", "Groet: םולש einde"),
    ("Groet: שלום עולם einde", "Groet: םלוע םולש einde"),
    # Numbers inside right-to-left text keep their own order.
    ("huisnr רחוב 12 תל", "huisnr לת 12 בוחר"),
    # A line that starts in Hebrew runs right to left as a whole; brackets are mirrored.
    ("שלום (123) עולם!", "!םלוע (123) םולש"),
    ("עברית: abc def.", ".abc def :תירבע"),
    ("geen enkel Hebreeuws woord", "geen enkel Hebreeuws woord"),
])
def test_right_to_left_words_are_put_in_visual_order(logical, visual):
    assert visual_order(logical) == visual


def test_hebrew_and_arabic_print_in_reading_order_in_every_field(head, read_pdf):
    pdf = read_pdf(render_letter(head, letter_with(head, "שלום en مرحبا")))
    assert "\x00" not in pdf.text  # nothing printed as an empty glyph
    # pypdf reads right-to-left glyphs back in reading order, as a PDF reader does: text
    # printed in typed (logical) order would come back reversed ("םולש"). The Arabic
    # comes back in its joined forms (ﻣ initial, ﺮ final, ﺣ and ﺒ medial, ﺎ final).
    for label in ("Aan", "Betreft", "Groet:", "Naam"):
        assert f"{label} שלום en ﻣﺮﺣﺒﺎ" in pdf.text, label


def test_combining_accents_join_their_letter(head, read_pdf):
    pdf = read_pdf(render_letter(head, letter_with(head, "Rene\u0301e Zoe\u0308")))
    assert "Renée Zoë" in pdf.text
    assert for_print("Rene\u0301e") == "Renée"


def test_emoji_the_fallback_font_has_print_and_others_show_a_box(head, read_pdf):
    pdf = read_pdf(render_letter(head, letter_with(head, "☺ ❤\ufe0f 🪿 中")))
    assert "\x00" not in pdf.text
    for label in ("Aan", "Groet:", "Naam"):  # the signer's name is bold
        assert f"{label} ☺ ❤ {MISSING_MARK} {MISSING_MARK}" in pdf.text, label
    assert unprintable("☺ ❤\ufe0f 🪿 中 שלום") == ["🪿", "中"]


def test_typed_markup_stays_literal_in_a_fallback_run():
    assert escape_text("Zeg שלום <b>&") == (
        'Zeg <font name="RaadswerkFallback">םולש</font> &lt;b&gt;&amp;')


def test_format_characters_leave_no_box(head, read_pdf):
    pdf = read_pdf(render_letter(head, letter_with(head, "a\u200bb\u202ec\u200dd")))
    assert "Groet: abcd einde" in pdf.text and MISSING_MARK not in pdf.text


def test_letterhead_and_running_header_print_hebrew_too(read_pdf):
    head = Letterhead(CouncilProfile(name="Raad שלום", municipality="Lindewaarde",
                                     postal_address="Postbus 1\nעיר 1234"))
    body = "\n\n".join(["Een alinea die de brief langer maakt. " * 12] * 8)
    pdf = read_pdf(render_letter(head, LetterContent(addressee="Gemeente",
                                                     subject="Betreft עולם", body=body)))
    assert pdf.page_count >= 2 and "\x00" not in pdf.text
    first, second = ("".join(page.split()) for page in pdf.pages[:2])
    # Drawn in pieces (one per font), read back piece by piece: compared without spaces.
    # The address line starts in Hebrew, so it runs right to left: the number is left.
    assert "Raadשלום" in first and "1234עיר" in first
    assert "Raadשלום" in second  # the running header
