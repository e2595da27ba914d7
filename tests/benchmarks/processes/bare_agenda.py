"""Anchor for printing an agenda: ReportLab alone, a title and a table of 21 rows.

    .venv/bin/python -m tests.benchmarks.processes.bare_agenda OUT.pdf

The same embedded fonts as the program's documents (Noto Sans, two faces), so the
ratio shows what the program adds, not what a font costs.
"""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"
ROWS = 21


def story() -> list:
    pdfmetrics.registerFont(TTFont("Sans", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONTS / "NotoSans-Bold.ttf")))
    title = ParagraphStyle("title", fontName="Sans-Bold", fontSize=17, leading=22)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12.5)
    rows = [[Paragraph("Nr.", cell), Paragraph("Onderwerp", cell), Paragraph("Wie", cell)]]
    rows += [[Paragraph(f"{number}.", cell),
              Paragraph(f"Agendapunt {number}: bespreking van de stukken", cell),
              Paragraph("Voorzitter", cell)] for number in range(1, ROWS)]
    table = Table(rows, colWidths=[15 * mm, 110 * mm, 35 * mm], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#B8C7CC")]))
    return [Paragraph("Agenda", title), Paragraph("Vergadering van de adviesraad", cell), table]


def main(out: str) -> int:
    SimpleDocTemplate(out, pagesize=A4).build(story())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
