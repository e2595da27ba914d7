"""The Dutch formal letter: address window, place and date, reference, subject,
salutation, body, closing, signers, enclosures and copies.

Page one follows the Dutch layout for a window envelope with the window on the
left: the return address and the addressee show through the window; place and
date, the references and "Betreft" follow below it, then the letter itself.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.documents.fonts import register_fonts
from core.documents.page import (
    PAGE_HEIGHT,
    WINDOW_HEIGHT,
    WINDOW_WIDTH,
    DocumentInfo,
    Letterhead,
    render,
)
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, TABLE_FONT
from core.documents.text import clean, escape_text
from core.i18n import format_date, tr
from core.profile import Signer

MAX_SIGNERS = 2
SIGNATURE_SPACE = 17 * mm  # room for a handwritten signature
SIGNER_WIDTH = 80 * mm
SIGNER_MAX_HEIGHT = 120 * mm
ADDRESS_MIN_SIZE = 7.5  # smaller than this the post office's machines read badly


@dataclass
class LetterContent:
    addressee: str
    subject: str
    body: str
    letter_date: dt.date = field(default_factory=dt.date.today)
    place: str = ""
    reference: str = ""
    their_reference: str = ""
    salutation: str = ""
    closing: str = ""
    signers: list[Signer] = field(default_factory=list)
    enclosures: str = ""
    copies: str = ""
    relation_id: int | None = None  # the Relaties entry the address came from, if any
    confidential: bool = False  # every page says so


def default_salutation() -> str:
    return tr("Dear Board of Mayor and Aldermen,")


def default_closing() -> str:
    return tr("Kind regards,")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


def place_and_date(letter: LetterContent) -> str:
    """'Lindewaarde, 3 maart 2026' (or only the date when no place is known)."""
    place = " ".join(clean(letter.place).split())
    written = format_date(letter.letter_date)
    return f"{place}, {written}" if place else written


def return_address(head: Letterhead) -> str:
    """The small line above the address: where the post office returns undeliverable mail."""
    postal = ", ".join(" ".join(line.split()) for line in _lines(head.profile.postal_address))
    return tr("Return address {address}", address=postal) if postal else ""


def address_markup(line: str) -> str:
    """One address line as markup that keeps its typed spacing: PostNL asks for two
    spaces between postcode and town, and a paragraph would fold them into one."""
    return re.sub(r" (?= )", "\u00a0", escape_text(line))


def _address_style(lines: list[str]) -> ParagraphStyle:
    """The address style, made smaller as a whole when a line is too long for the window,
    so that no line wraps into what looks like a line of its own (a line too long even
    then hangs indented under itself)."""
    register_fonts()  # measured before anything is drawn
    style = STYLES["address"]
    widest = max((stringWidth(" ".join(line.split()), style.fontName, style.fontSize)
                  for line in lines), default=0)
    if widest <= WINDOW_WIDTH:
        return style
    size = max(ADDRESS_MIN_SIZE, style.fontSize * WINDOW_WIDTH / widest * 0.99)
    return ParagraphStyle(f"address_{size:.2f}", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


def _address_block(head: Letterhead, letter: LetterContent) -> list:
    """Sender line and address, shrunk if needed so they always stay inside the window."""
    content: list[Flowable] = []
    sender = return_address(head)
    if sender:
        content.append(Paragraph(escape_text(sender), STYLES["return_address"]))
    lines = [line.strip() for line in clean(letter.addressee).split("\n") if line.strip()]
    style = _address_style(lines)
    content += [Paragraph(address_markup(line), style) for line in lines] or [
        Paragraph("&nbsp;", style)]
    return [KeepInFrame(WINDOW_WIDTH, WINDOW_HEIGHT, content, mode="shrink"), FrameBreak()]


def _labelled(label: str, value_markup: str, style: str) -> Paragraph:
    """'Betreft:  value' with the label hanging left of the value's column.

    A paragraph (not a table row) so that any length of value can split over pages.
    """
    return Paragraph(value_markup or "&nbsp;", STYLES[style], bulletText=label)


def _reference_block(letter: LetterContent) -> list:
    lines = []
    if clean(letter.reference).strip():
        lines.append(_labelled(tr("Our reference:"), escape_text(letter.reference), "ref_value"))
    if clean(letter.their_reference).strip():
        lines.append(_labelled(tr("Your reference:"), escape_text(letter.their_reference),
                               "ref_value"))
    lines.append(_labelled(tr("Subject:"), escape_text(letter.subject), "ref_subject"))
    return [
        Paragraph(escape_text(place_and_date(letter)), STYLES["body_tight"]),
        Spacer(1, 5 * mm),
        *lines,
        Spacer(1, 8 * mm),
    ]


def _signature_block(signers: list[Signer]) -> list:
    """Names and roles under room for a signature: side by side, or stacked if very long."""
    cells = [
        Paragraph(f"<b>{escape_text(signer.name)}</b><br/>{escape_text(signer.role)}",
                  STYLES["body_tight"])
        for signer in signers[:MAX_SIGNERS]
    ]
    if not cells:
        return []
    if max(cell.wrap(SIGNER_WIDTH, PAGE_HEIGHT)[1] for cell in cells) > SIGNER_MAX_HEIGHT:
        # A table row cannot always split; paragraphs always can.
        return [Spacer(1, SIGNATURE_SPACE), *cells]
    table = Table([cells], colWidths=[SIGNER_WIDTH] * len(cells), hAlign="LEFT")
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), SIGNATURE_SPACE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _closing_block(head: Letterhead, letter: LetterContent) -> list:
    closing = clean(letter.closing).strip() or default_closing()
    council = " ".join(clean(head.profile.name).split())
    greeting = escape_text(closing)
    if council:
        greeting += "<br/>" + escape_text(council)
    keep = [Paragraph(greeting, STYLES["body_tight"]), *_signature_block(letter.signers)]
    return [Spacer(1, 3 * mm), KeepTogether(keep)]


def _attachment_lines(label: str, text: str) -> list:
    """'Bijlage(n):' or 'Afschrift aan:' with one line per item the person typed."""
    items = _lines(text)
    if not items:
        return []
    lines = [_labelled(label if index == 0 else "", escape_text(item), "ref_small")
             for index, item in enumerate(items)]
    return [*lines, Spacer(1, 2 * mm)]


def letter_story(head: Letterhead, letter: LetterContent) -> list:
    salutation = clean(letter.salutation).strip() or default_salutation()
    attachments = (_attachment_lines(tr("Enclosure(s):"), letter.enclosures)
                   + _attachment_lines(tr("Copy to:"), letter.copies))
    return [
        *_address_block(head, letter),
        *_reference_block(letter),
        Paragraph(escape_text(salutation), STYLES["body"]),
        *to_flowables(letter.body),
        *_closing_block(head, letter),
        *([Spacer(1, 9 * mm), *attachments] if attachments else []),
    ]


def letter_title(letter: LetterContent) -> str:
    subject = " ".join(clean(letter.subject).split())
    return subject or tr("Letter")


def render_letter(head: Letterhead, letter: LetterContent, title: str | None = None,
                  draft: bool = False) -> bytes:
    """The letter as PDF bytes; pages after the first carry the running header.

    A ``draft`` carries the diagonal CONCEPT mark on every page.
    """
    info = DocumentInfo(
        title=title or letter_title(letter),
        subject=letter_title(letter),
        footer_note=letter_footer(head, letter),
        draft=draft,
        confidential=letter.confidential,
    )
    return render(head, info, letter_story(head, letter), letter=True)


def letter_footer(head: Letterhead, letter: LetterContent) -> str:
    """The footer of a letter names the date and reference, not the print date."""
    parts = [format_date(letter.letter_date)]
    reference = " ".join(clean(letter.reference).split())
    if reference:
        parts.append(tr("our reference {reference}", reference=reference))
    return " · ".join(parts)
