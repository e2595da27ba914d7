"""Tables split like a typesetter: header only atop a page, no last row alone, rows whole."""

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from core.documents.page import DocumentInfo, render
from core.documents.styles import STYLES, cell, data_table


def _table_pdf(read_pdf, head, rows: int, filler_mm: float = 0):
    cells = [[Paragraph(text, STYLES["cell_head"]) for text in ("Nr.", "Onderwerp")]]
    cells += [[Paragraph(str(n), STYLES["cell"]), Paragraph(f"Punt {n}", STYLES["cell"])]
              for n in range(1, rows + 1)]
    story = [Spacer(1, filler_mm * mm), data_table(cells, [20 * mm, 100 * mm])]
    return read_pdf(render(head, DocumentInfo(title="Tabel"), story))


def test_header_repeats_once_per_page_and_every_row_prints_once(read_pdf, head):
    pdf = _table_pdf(read_pdf, head, 200)
    assert pdf.page_count >= 3
    for page in pdf.pages:
        assert page.count("Onderwerp") == 1
    for n in range(1, 201):
        assert pdf.text.count(f"Punt {n}\n") == 1


def test_the_last_row_never_stands_alone(read_pdf, head):
    # Fill page one so that all rows but one would fit: the last two move together.
    split_cases = 0
    for filler in range(150, 200, 3):
        pdf = _table_pdf(read_pdf, head, 12, filler)
        if pdf.page_count == 2:
            split_cases += 1
            rows_on_last = sum(1 for n in range(1, 13) if f"Punt {n}\n" in pdf.pages[-1])
            assert rows_on_last != 1, filler
            assert "Onderwerp" in pdf.pages[-1]
    assert split_cases >= 3  # the table really broke over a page


def test_a_paragraph_of_many_lines_prints_every_line_once_in_order(read_pdf, head):
    from core.documents.letter import LetterContent, render_letter

    body = "\n".join(f"Regel {n} van de toelichting" for n in range(1, 601))
    pdf = read_pdf(render_letter(head, LetterContent(addressee="Gemeente", subject="Lang",
                                                     body=body)))
    positions = [pdf.position(f"Regel {n} van") for n in range(1, 601)]
    assert positions == sorted(positions) and pdf.page_count >= 10


def test_a_row_about_as_tall_as_a_page_prints_whatever_its_height(read_pdf, head):
    """Rows from a little under to a little over a page's height (a long handled note): each
    prints in full, never "too large on page" (rows of 700–711 pt used to stop the print)."""
    heights_tried = set()
    for lines in range(46, 62):
        text = "<br/>".join(f"Regel {n}" for n in range(1, lines + 1))
        cells = [[Paragraph("Kop", STYLES["cell_head"])], [Paragraph(text, STYLES["cell"])],
                 [Paragraph("Daarna", STYLES["cell"])]]
        table = data_table(cells, [160 * mm])
        heights_tried.add(round(table.wrap(160 * mm, 1e9)[1]))
        pdf = read_pdf(render(head, DocumentInfo(title="Tabel"), [table]))
        assert f"Regel {lines}" in pdf.text and "Daarna" in pdf.text, lines
    assert min(heights_tried) < 680 and max(heights_tried) > 730


def test_words_and_e_mail_addresses_are_never_broken_in_a_cell(read_pdf, head):
    cells = [[Paragraph(text, STYLES["cell_head"]) for text in ("Naam", "Vertegenwoordigt",
                                                                 "Contact")],
             [Paragraph("Anneke", STYLES["cell"]), Paragraph("Bijstandsgerechtigden",
                                                              STYLES["cell"]),
              Paragraph("anneke.vanderberg@voorbeeld.nl", STYLES["cell"])]]
    widths = [80 * mm, 20 * mm, 30 * mm]  # too narrow for either long word
    table = data_table(cells, widths)
    assert sum(table.col_widths) == pytest.approx(sum(widths))
    assert table.col_widths[0] < widths[0]  # the roomy column gave up what they needed
    lines = read_pdf(render(head, DocumentInfo(title="Tabel"), [table])).text.splitlines()
    assert "Bijstandsgerechtigden" in " ".join(lines).split()
    assert any("anneke.vanderberg@voorbeeld.nl" in line for line in lines)


def test_columns_that_fit_keep_the_widths_they_were_given(head):
    cells = [[Paragraph("Kop", STYLES["cell_head"]), Paragraph("Ook", STYLES["cell_head"])],
             [Paragraph("kort", STYLES["cell"]), Paragraph("woord", STYLES["cell"])]]
    assert data_table(cells, [30 * mm, 40 * mm]).col_widths == [30 * mm, 40 * mm]


def test_a_row_taller_than_a_page_never_puts_a_header_mid_page(read_pdf, head):
    # A long explanation in the middle: it breaks over pages, the header stays at the top.
    tall = "\n".join(f"Regel {n} van de toelichting" for n in range(260))
    cells = [[cell("Nr.", "cell_head"), cell("Onderwerp", "cell_head")]]
    cells += [[cell(str(n)), cell(f"Punt {n}")] for n in range(1, 7)]
    cells += [[cell("7"), cell(tall)]]
    cells += [[cell(str(n)), cell(f"Punt {n}")] for n in range(8, 12)]
    pdf = read_pdf(render(head, DocumentInfo(title="Tabel"),
                          [data_table(cells, [20 * mm, 100 * mm])]))
    assert pdf.page_count >= 3
    for number, page in enumerate(pdf.pages, start=1):
        assert page.count("Onderwerp") == 1, number
        assert page.index("Onderwerp") < min(page.find(word) for word in ("Punt", "Regel")
                                            if word in page), number
    for n in [*range(1, 7), *range(8, 12)]:
        assert pdf.text.count(f"Punt {n}\n") == 1
    assert all(pdf.text.count(f"Regel {n} van") == 1 for n in range(260))
