"""Property: whatever Unicode goes into any field of any builder comes back out of the PDF."""

import datetime as dt
import io
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from core.documents.fonts import FAMILY, register_fonts
from core.documents.letter import LetterContent, render_letter
from core.documents.page import DocumentInfo, Letterhead, render
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, data_table
from core.documents.text import escape_text
from core.profile import CouncilProfile, Signer


def _printable_characters() -> list[str]:
    """Letters, digits, punctuation, symbols and spaces the bundled font can draw."""
    register_fonts()
    face = pdfmetrics.getFont(FAMILY).face
    return sorted(chr(code) for code in face.charToGlyph
                  if unicodedata.category(chr(code))[0] in "LNPSZ"
                  and unicodedata.category(chr(code)) not in ("Zl", "Zp")
                  and code < 0xFFF0)


CHARACTERS = _printable_characters()
# Typed text: any printable character, including <, &, quotes, and line breaks.
TYPED = st.text(st.sampled_from([*CHARACTERS, "\n", "<", "&", ">", '"']), min_size=1,
                max_size=60)
# Body text goes through the Markdown-like format, so markers may not start it.
BODY = st.text(st.sampled_from([c for c in CHARACTERS if c not in "*\\#-•0123456789"] + ["\n"]),
               min_size=1, max_size=200)


def _squeeze(text: str) -> str:
    """Without whitespace, and composed as print composes it (NFC: a Kelvin sign is a K)."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _read(data: bytes) -> str:
    return _squeeze("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


HEAD = Letterhead(CouncilProfile(name="Adviesraad", municipality="Lindewaarde",
                                 postal_address="Postbus 1\n1234 AB Lindewaarde"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(addressee=TYPED, subject=TYPED, body=BODY, place=TYPED, reference=TYPED,
       their_reference=TYPED, salutation=TYPED, closing=TYPED, name=TYPED, role=TYPED,
       enclosures=TYPED, copies=TYPED)
def test_every_letter_field_prints_what_was_typed(addressee, subject, body, place, reference,
                                                  their_reference, salutation, closing, name,
                                                  role, enclosures, copies):
    content = LetterContent(
        addressee=addressee, subject=subject, body=body, letter_date=dt.date(2026, 3, 3),
        place=place, reference=reference, their_reference=their_reference,
        salutation=salutation, closing=closing, signers=[Signer(name, role)],
        enclosures=enclosures, copies=copies,
    )
    text = _read(render_letter(HEAD, content))
    for value in (addressee, subject, body, place, reference, their_reference, name, role,
                  enclosures, copies):
        assert _squeeze(value) in text
    for value in (salutation, closing):  # a blank one is replaced by the default
        assert _squeeze(value) in text or not value.strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TYPED, heading=TYPED, cell=TYPED, body=BODY)
def test_general_documents_print_every_field(title, heading, cell, body):
    story = [
        Paragraph(escape_text(heading), STYLES["h1"]),
        *to_flowables(body),
        data_table([[Paragraph(escape_text(cell), STYLES["cell"])]], [160 * mm]),
    ]
    data = render(HEAD, DocumentInfo(title=title, subject=title), story)
    text = _read(data)
    for value in (heading, body, cell):
        assert _squeeze(value) in text
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata.title == title and metadata.subject == title


MARKED = st.text(st.sampled_from(list("abcxyzÅøß*\\#-•1.) \n<&>")), min_size=1, max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=MARKED)
def test_any_mix_of_format_markers_prints_every_letter_in_order(body):
    data = render_letter(HEAD, LetterContent(addressee="Raad", subject="Tekst", body=body))
    text = _read(data)
    letters = "".join(ch for ch in body if ch.isalpha())
    body_start = text.index("Geachtcollege,") + len("Geachtcollege,")
    body_end = text.index("Metvriendelijkegroet,")
    assert "".join(ch for ch in text[body_start:body_end] if ch.isalpha()) == letters
