"""The meeting pack (vergaderstukken): the agenda plus every attached PDF, in agenda
order, as one PDF with page numbers running through the whole pack."""

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from core.documents.fonts import FAMILY, register_fonts
from core.documents.page import joined_metadata
from core.documents.styles import MUTED
from core.i18n import format_date, tr
from core.meetings.agenda import document_label
from core.meetings.agenda_document import render_agenda
from core.meetings.papers import MeetingPapers
from core.meetings.pdf_cleaning import cleaned_pdf


@dataclass
class PackPart:
    label: str  # "Bij agendapunt 4a: Beleidsplan" ('' for the agenda itself)
    reader: PdfReader


def _attachments(papers: MeetingPapers) -> tuple[list[tuple], dict[int, None]]:
    """[(document, item, reader)] of usable PDFs, and the documents left out."""
    usable, left_out = [], {}
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


def _agenda_with_refs(papers: MeetingPapers, usable: list, left_out: dict) -> PdfReader:
    """Render the agenda with the page where each document starts; the references can
    change the agenda's own length, so render until it is stable."""
    agenda = PdfReader(io.BytesIO(render_agenda(papers, _page_refs(2, usable, left_out))))
    for _ in range(3):
        refs = _page_refs(len(agenda.pages) + 1, usable, left_out)
        again = PdfReader(io.BytesIO(render_agenda(papers, refs)))
        if len(again.pages) == len(agenda.pages):
            return again
        agenda = again
    return agenda


def _stamp(width: float, height: float, footer: str, header: str) -> PdfReader:
    """A transparent page with the pack's page number (and the item it belongs to)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=(width, height))
    canvas.setFont(FAMILY, 8)
    text_width = canvas.stringWidth(footer, FAMILY, 8)
    right = width - 20 * mm
    canvas.setFillColor(white)
    canvas.rect(right - text_width - 3 * mm, 9.5 * mm, text_width + 5 * mm, 5.5 * mm,
                stroke=0, fill=1)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, 12 * mm, footer)
    if header:
        header_width = canvas.stringWidth(header, FAMILY, 8)
        canvas.setFillColor(white)
        canvas.rect(12 * mm, height - 11 * mm, header_width + 4 * mm, 5.5 * mm, stroke=0,
                    fill=1)
        canvas.setFillColor(MUTED)
        canvas.drawString(14 * mm, height - 9 * mm, header)
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def render_pack(papers: MeetingPapers) -> tuple[bytes, list[str]]:
    """The pack's PDF, and the names of documents that could not go in (not a PDF)."""
    usable, left_out = _attachments(papers)
    parts = [PackPart("", _agenda_with_refs(papers, usable, left_out))]
    for document, item, reader in usable:
        label = tr("With item {number}: {title}", number=item.number,
                   title=document_label(document))
        parts.append(PackPart(label[:110], reader))
    writer = PdfWriter()
    total = sum(len(part.reader.pages) for part in parts)
    stamp_date = format_date(papers.meeting.date, "short")
    number = 0
    for part in parts:
        for index, page in enumerate(part.reader.pages):
            number += 1
            page = writer.add_page(page)
            if page.rotation:
                page.transfer_rotation_to_content()
            box = page.mediabox
            footer = tr("Meeting papers {date} · page {page} of {total}", date=stamp_date,
                        page=number, total=total)
            stamp = _stamp(float(box.width), float(box.height), footer,
                           part.label if index == 0 else "")
            page.merge_translated_page(stamp.pages[0], float(box.left), float(box.bottom))
    writer.add_metadata(joined_metadata(
        tr("Meeting papers {label}", label=papers.meeting.label), papers.head.profile.name))
    out = io.BytesIO()
    writer.write(out)
    names = [document_label(d) for d in papers.documents() if d.id in left_out]
    return out.getvalue(), names
