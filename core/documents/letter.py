"""The Dutch formal letter: address window, place and date, reference, subject,
salutation, body, closing, signers, enclosures and copies."""

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import FrameBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from core.documents.page import DocumentInfo, Letterhead, render
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, label_value_table
from core.documents.text import clean, escape_text
from core.i18n import format_date, tr
from core.profile import Signer


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


def default_salutation() -> str:
    return tr("Dear Board of Mayor and Aldermen,")


def default_closing() -> str:
    return tr("Kind regards,")


def _address_block(letter: LetterContent) -> list:
    lines = [line for line in clean(letter.addressee).split("\n") if line.strip()]
    return [Paragraph("<br/>".join(escape_text(line) for line in lines) or "&nbsp;",
                      STYLES["address"]), FrameBreak()]


def _meta_block(letter: LetterContent) -> list:
    dated = f"{letter.place}, {format_date(letter.letter_date)}" if letter.place.strip() \
        else format_date(letter.letter_date)
    pairs = [(tr("Date"), dated)]
    if letter.reference.strip():
        pairs.append((tr("Our reference"), letter.reference))
    if letter.their_reference.strip():
        pairs.append((tr("Your reference"), letter.their_reference))
    pairs.append((tr("Subject"), letter.subject))
    rows = [(Paragraph(escape_text(label), STYLES["label"]),
             Paragraph(escape_text(value), STYLES["value"])) for label, value in pairs]
    return [label_value_table(rows, label_width=32 * mm), Spacer(1, 9 * mm)]


def _signature_block(signers: list[Signer]) -> Table | None:
    if not signers:
        return None
    cells = [
        Paragraph(f"<b>{escape_text(signer.name)}</b><br/>{escape_text(signer.role)}",
                  STYLES["body_tight"])
        for signer in signers[:2]
    ]
    table = Table([cells], colWidths=[80 * mm] * len(cells))
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 16 * mm),  # room for a handwritten signature
    ]))
    return table


def _closing_block(letter: LetterContent) -> list:
    closing = Paragraph(escape_text(letter.closing or default_closing()), STYLES["body"])
    signature = _signature_block(letter.signers)
    keep = [closing] + ([signature] if signature else [])
    story = [Spacer(1, 4 * mm), KeepTogether(keep), Spacer(1, 8 * mm)]
    if letter.enclosures.strip():
        story.append(Paragraph(
            f"{escape_text(tr('Enclosure(s)'))}: {escape_text(letter.enclosures)}",
            STYLES["small"]))
    if letter.copies.strip():
        story.append(Paragraph(
            f"{escape_text(tr('Copy to'))}: {escape_text(letter.copies)}", STYLES["small"]))
    return story


def letter_story(letter: LetterContent) -> list:
    salutation = letter.salutation.strip() or default_salutation()
    return [
        *_address_block(letter),
        *_meta_block(letter),
        Paragraph(escape_text(salutation), STYLES["body"]),
        *to_flowables(letter.body),
        *_closing_block(letter),
    ]


def render_letter(head: Letterhead, letter: LetterContent, title: str | None = None) -> bytes:
    info = DocumentInfo(title=title or letter.subject or tr("Letter"), subject=letter.subject)
    return render(head, info, letter_story(letter), letter=True)
