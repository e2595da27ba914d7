"""Quick table cells print what a Paragraph would: the same lines, the same height, every
word, and anything a Paragraph is needed for stays one."""

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from core.documents.cells import TextCell
from core.documents.page import DocumentInfo, render
from core.documents.styles import STYLES, cell, data_table
from core.documents.text import escape_text

WORDS = ["de", "raad", "vraagt", "aandacht", "voor", "Bijstandsgerechtigden", "zorg,",
         "lid12@voorbeeld.nl", "06-12345678", "7411", "AB", "’s-Hertogenbosch", "café", "—"]
TYPED = st.lists(st.sampled_from([*WORDS, " ", "  ", "\n", "\t"]), max_size=40).map(
    lambda parts: " ".join(parts).replace(" \n ", "\n"))


def _height(flowable, width: float) -> float:
    return flowable.wrap(width, 1e6)[1]


@settings(max_examples=300, deadline=None)
@given(text=TYPED, width=st.floats(min_value=40, max_value=460),
       style=st.sampled_from(["cell", "cell_bold", "small", "cell_head"]))
def test_a_quick_cell_is_as_tall_as_the_paragraph_it_replaces(text, width, style):
    quick = cell(text, style)
    paragraph = Paragraph(escape_text(text), STYLES[style])
    assert abs(_height(quick, width) - _height(paragraph, width)) < 0.01, (text, width)


def test_plain_typed_text_takes_the_quick_path():
    for text in ("Mevrouw J. van der Berg", "", "Dorpsstraat 1\n7411 AB Lindewaarde", "café"):
        assert isinstance(cell(text), TextCell), text


def test_text_that_needs_a_paragraph_stays_one():
    # Another script (fallback font), a no-break space, blank lines alone.
    for text in ("Groet: שלום", "Groet: 😀", "10\u00a0000", "\n\n"):
        assert isinstance(cell(text), Paragraph), text


def test_a_word_wider_than_its_column_is_left_to_the_paragraph_to_break():
    quick = cell("Bijstandsgerechtigdenvertegenwoordiging")
    assert isinstance(quick, TextCell)
    paragraph = Paragraph("Bijstandsgerechtigdenvertegenwoordiging", STYLES["cell"])
    assert _height(quick, 30 * mm) == _height(paragraph, 30 * mm) > STYLES["cell"].leading


def test_every_word_of_quick_cells_prints_once_in_order_across_pages(read_pdf, head):
    lines = [f"Regel {n}: de raad vraagt aandacht voor de toegang tot zorg." for n in range(600)]
    rows = [[cell("Nr.", "cell_head"), cell("Toelichting", "cell_head")],
            [cell("1", "cell_bold"), cell("\n".join(lines), "small")],
            [cell("2", "cell_bold"), cell("Sluiting")]]
    pdf = read_pdf(render(head, DocumentInfo(title="Lang"), [data_table(rows, [15 * mm,
                                                                             80 * mm])]))
    assert pdf.page_count > 5
    positions = [pdf.squeezed.find("".join(line.split())) for line in lines]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "Sluiting" in pdf.pages[-1]


def _drawn_at(flowable, x: float, y: float) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run the flowable draws at (x, y) on a page."""
    out = io.BytesIO()
    page = Canvas(out)
    flowable.drawOn(page, x, y)
    page.save()
    runs: list[tuple[str, float, float]] = []

    def seen(text, cm, tm, _font, _size):
        if text.strip():  # where the text matrix puts it on the page, after any move
            runs.append((text, cm[0] * tm[4] + cm[2] * tm[5] + cm[4],
                         cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=seen)
    return runs


def test_quick_cells_print_where_the_paragraph_would():
    typed = "42 leden\nen 3 adviseurs"
    for style in ("cell", "small_right"):
        quick, paragraph = cell(typed, style), Paragraph(escape_text(typed), STYLES[style])
        assert isinstance(quick, TextCell)
        for flowable in (quick, paragraph):
            flowable.wrap(100, 100)
        quick_runs, paragraph_runs = _drawn_at(quick, 50, 300), _drawn_at(paragraph, 50, 300)
        assert [text.strip() for text, _x, _y in quick_runs] == ["42 leden", "en 3 adviseurs"]
        for (_, quick_x, quick_y), (_, para_x, para_y) in zip(quick_runs, paragraph_runs,
                                                              strict=True):
            assert abs(quick_x - para_x) < 0.01 and abs(quick_y - para_y) < 0.01, style
    right = STYLES["small_right"]
    first_x = quick_runs[0][1]
    assert abs(first_x - (150 - stringWidth("42 leden", right.fontName, right.fontSize))) < 0.01
