"""The one set of styles every document shares."""

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from core.documents.cells import text_cell
from core.documents.column_widths import widths_without_broken_words
from core.documents.fonts import BOLD, FAMILY, register_fonts
from core.documents.tables import PagedTable
from core.documents.text import escape_text

ACCENT = colors.HexColor("#1F5C6B")  # deep teal: calm, official, prints well in grey
MUTED = colors.HexColor("#5A6670")
RULE = colors.HexColor("#B8C7CC")
ZEBRA = colors.HexColor("#F1F5F6")
CONFIDENTIAL = colors.HexColor("#A3201B")  # dark red: stands out, still legible in grey
DRAFT_MARK = colors.HexColor("#9A3B3B")  # the diagonal CONCEPT on drafts

# Every table names the bundled font for its cells: ReportLab's default would put an
# unused, non-embedded Helvetica into the PDF.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), FAMILY)

BODY_SIZE = 10.5
LEADING = 14.5
LABEL_COLUMN = 30 * mm  # where values start after "Betreft:" and similar labels
_LABEL_BULLET = {"leftIndent": LABEL_COLUMN, "bulletIndent": 0, "bulletFontName": FAMILY,
                 "bulletFontSize": 9.5, "bulletColor": MUTED}


def _style(name: str, **kwargs) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FAMILY,
        "fontSize": BODY_SIZE,
        "leading": LEADING,
        "splitLongWords": 1,
        "alignment": TA_LEFT,
        # No lone first or last line of a paragraph at a page edge.
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


def build_styles() -> dict[str, ParagraphStyle]:
    # Styles only name the fonts; they are read when the first document is built
    # (core/documents/page.py), not when a module that prints is imported.
    return {
        "body": _style("body", spaceAfter=6),
        "body_tight": _style("body_tight"),
        "small": _style("small", fontSize=8.5, leading=11, textColor=MUTED),
        "small_confidential": _style("small_confidential", fontSize=8.5, leading=11,
                                     textColor=CONFIDENTIAL),
        "small_right": _style("small_right", fontSize=8, leading=10.5, textColor=MUTED,
                              alignment=TA_RIGHT),
        "title": _style("title", fontName=BOLD, fontSize=17, leading=22, textColor=ACCENT,
                        spaceAfter=8),
        "h1": _style("h1", fontName=BOLD, fontSize=13.5, leading=18, textColor=ACCENT,
                     spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": _style("h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                     spaceAfter=3, keepWithNext=1),
        "h3": _style("h3", fontName=BOLD, fontSize=BODY_SIZE, leading=LEADING, spaceBefore=6,
                     spaceAfter=2, keepWithNext=1),
        "cell": _style("cell", fontSize=9.5, leading=12.5),
        "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=9.5, leading=12.5),
        "cell_head": _style("cell_head", fontName=BOLD, fontSize=9, leading=12,
                            textColor=colors.white),
        "label": _style("label", fontSize=9.5, leading=13, textColor=MUTED),
        "value": _style("value", fontSize=BODY_SIZE, leading=13.5),
        "value_bold": _style("value_bold", fontName=BOLD, fontSize=BODY_SIZE, leading=13.5),
        # A line too long for the window hangs under itself: no false extra address line.
        "address": _style("address", leading=14, leftIndent=4 * mm, firstLineIndent=-4 * mm),
        # Label in the bullet position, value hanging in its own column ("Betreft:  …").
        "ref_value": _style("ref_value", leading=13.5, spaceAfter=1.5, **_LABEL_BULLET),
        "ref_subject": _style("ref_subject", fontName=BOLD, leading=13.5, **_LABEL_BULLET),
        "ref_small": _style("ref_small", fontSize=8.5, leading=11, textColor=MUTED,
                            leftIndent=LABEL_COLUMN, bulletIndent=0, bulletFontName=FAMILY,
                            bulletFontSize=8.5),
        "return_address": _style("return_address", fontSize=7, leading=9, textColor=MUTED,
                                 spaceAfter=2.5 * mm),
    }


STYLES = build_styles()


def paragraph(text: str | None, style: str = "body") -> Paragraph:
    """What a person typed, printed literally in one of the shared styles."""
    return Paragraph(escape_text(text), STYLES[style])


def cell(text: str | None, style: str = "cell") -> Flowable:
    """A table cell of typed text: a quick ``TextCell`` where that prints the same as a
    Paragraph (see cells.py), else the Paragraph."""
    return text_cell(text, STYLES[style]) or paragraph(text, style)


def data_table(rows: list[list], col_widths: list[float], header: bool = True,
               whole: Sequence[int] = ()) -> PagedTable:
    """A table that splits between pages as a typesetter would (see tables.py), with
    columns wide enough for their longest word where the others have room to spare, and
    the ``whole`` columns (names) for their whole line."""
    register_fonts()  # the words are measured now, before anything is drawn
    commands = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    return PagedTable(rows[0] if header and rows else None, rows[1:] if header else rows,
                      widths_without_broken_words(rows, col_widths, whole), commands,
                      stripes=(colors.white, ZEBRA))


def label_value_table(pairs: Sequence[tuple[object, object]], label_width: float = 38 * mm,
                      total_width: float = 160 * mm) -> LongTable:
    """Two columns, 'Datum: …' style, without a header or lines."""
    table = LongTable(
        [[label, value] for label, value in pairs],
        colWidths=[label_width, total_width - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table
