"""The meeting pack (vergaderstukken): the agenda plus every attached PDF, in agenda
order, as one PDF with page numbers running through the whole pack."""

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from core.documents.fonts import FAMILY, register_fonts
from core.documents.joined import joined_metadata, set_document_language
from core.documents.styles import MUTED, RULE
from core.i18n import format_date, tr
from core.meetings.agenda import document_label
from core.meetings.agenda_document import render_agenda
from core.meetings.papers import MeetingPapers
from core.meetings.pdf_cleaning import cleaned_pdf

# Attachment pages are shrunk a little so that the pack's header and page number have
# bands of their own above and below them.
BAND_TOP = 11 * mm
BAND_BOTTOM = 12 * mm


@dataclass
class PackPart:
    label: str  # "Bij agendapunt 4a: Beleidsplan" ('' for the agenda itself)
    reader: PdfReader
    confidential: bool = False  # then every page of it says so in its band


def _attachments(papers: MeetingPapers) -> tuple[list[tuple], dict[int, None]]:
    """[(document, item, reader)] of usable PDFs, and the documents left out."""
    usable: list[tuple] = []
    left_out: dict[int, None] = {}
    for item in papers.items:
        for document in item.documents:
            data = papers.attachments.get(document.id)
            reader = cleaned_pdf(data) if document.is_pdf and data else None
            if reader is None:
                left_out[document.id] = None
            else:
                usable.append((document, item, reader))
    return usable, left_out


def _page_refs(first_page: int, usable: list, left_out: dict) -> dict:
    refs, page = dict(left_out), first_page
    for document, _item, reader in usable:
        refs[document.id] = page
        page += len(reader.pages)
    return refs


def _agenda_with_refs(papers: MeetingPapers, usable: list, left_out: dict,
                      page_text=None) -> PdfReader:
    """Render the agenda with the page where each document starts; the references can
    change the agenda's own length, so render until it is stable."""
    agenda = PdfReader(io.BytesIO(render_agenda(papers, _page_refs(2, usable, left_out),
                                                page_text)))
    for _ in range(3):
        refs = _page_refs(len(agenda.pages) + 1, usable, left_out)
        again = PdfReader(io.BytesIO(render_agenda(papers, refs, page_text)))
        if len(again.pages) == len(agenda.pages):
            return again
        agenda = again
    return agenda


def _band_stamp(width: float, height: float, footer: str, header: str) -> PdfReader:
    """A transparent page with the pack's header and page number in the bands that the
    shrunk attachment page leaves free: nothing covers the attachment's own text."""
    register_fonts()
    buffer = io.BytesIO()
    # types-reportlab has initialFontName as a number; ReportLab takes the font's name.
    canvas = pdf_canvas.Canvas(buffer, pagesize=(width, height),
                               initialFontName=FAMILY)  # type: ignore[arg-type]
    canvas.setFont(FAMILY, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - 15 * mm, BAND_BOTTOM / 2 - 1 * mm, footer)
    if header:
        canvas.drawString(15 * mm, height - BAND_TOP / 2 - 1 * mm,
                          _fitted(canvas, header, width - 30 * mm))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(15 * mm, BAND_BOTTOM - 1.5 * mm, width - 15 * mm, BAND_BOTTOM - 1.5 * mm)
    canvas.line(15 * mm, height - BAND_TOP + 1.5 * mm, width - 15 * mm,
                height - BAND_TOP + 1.5 * mm)
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _fitted(canvas, text: str, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (a header of one line)."""
    while len(text) > 1 and canvas.stringWidth(text, FAMILY, 8) > width:
        text = text[:-2].rstrip() + "…"
    return text


def _into_frame(page) -> None:
    """Shrink the attachment page into the part between the pack's bands, centred."""
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    scale = (height - BAND_TOP - BAND_BOTTOM) / height
    left, bottom = float(box.left), float(box.bottom)
    move_x = left + (width - width * scale) / 2 - left * scale
    move_y = bottom + BAND_BOTTOM - bottom * scale
    page.add_transformation(Transformation().scale(scale).translate(move_x, move_y))


def _band_header(part: PackPart, index: int) -> str:
    """The document's label on its first page; on every page when it is confidential."""
    if part.confidential:
        return tr("Confidential · {label}", label=part.label)
    return part.label if index == 0 else ""


def render_pack(papers: MeetingPapers) -> tuple[bytes, list[str]]:
    """The pack's PDF, and the names of documents that could not go in (not a PDF)."""
    usable, left_out = _attachments(papers)
    stamp_date = format_date(papers.meeting.date, "short")
    attached_pages = sum(len(reader.pages) for _document, _item, reader in usable)

    def footer(page: int, total: int) -> str:
        return tr("Meeting papers {date} · page {page} of {total}", date=stamp_date,
                  page=page, total=total)

    # The agenda carries the pack's numbers itself (its own page count plus the attached
    # pages): no second, hidden number stays in its text.
    agenda = _agenda_with_refs(papers, usable, left_out,
                               lambda page, pages: footer(page, pages + attached_pages))
    total = len(agenda.pages) + attached_pages
    parts = [PackPart("", agenda)]
    for document, item, reader in usable:
        label = tr("With item {number}: {title}", number=item.number,
                   title=document_label(document))
        confidential = document.confidential or item.confidential
        parts.append(PackPart(label[:110], reader, confidential))
    writer = PdfWriter()
    number = 0
    for part in parts:
        for index, page in enumerate(part.reader.pages):
            number += 1
            page = writer.add_page(page)
            if not part.label:
                continue  # the agenda: numbered and headed as it was rendered
            if page.rotation:
                page.transfer_rotation_to_content()
            _into_frame(page)
            box = page.mediabox
            stamp = _band_stamp(float(box.width), float(box.height), footer(number, total),
                                _band_header(part, index))
            page.merge_translated_page(stamp.pages[0], float(box.left), float(box.bottom))
    writer.add_metadata(joined_metadata(
        tr("Meeting papers {label}", label=papers.meeting.label), papers.head.profile.name))
    set_document_language(writer)
    out = io.BytesIO()
    writer.write(out)
    names = [document_label(d) for d in papers.documents() if d.id in left_out]
    return out.getvalue(), names
