"""The figures as .xlsx, read back with openpyxl: the same tables as the report."""

import io

from openpyxl import load_workbook

from core.annual.figures import collect_figures
from core.annual.spreadsheet import annual_xlsx
from core.members.repository import create_member
from tests.core.annual.small_council import TODAY


def _rows(sheet) -> list[list]:
    return [[cell for cell in row if cell is not None]
            for row in sheet.iter_rows(values_only=True)]


def test_one_sheet_per_part_with_the_counted_figures(small):
    book = load_workbook(io.BytesIO(annual_xlsx(collect_figures(small, 2025, TODAY))))
    assert book.sheetnames == ["Vergaderingen", "Samenstelling", "Adviezen", "Signalen",
                               "Acties en brieven"]
    meetings = _rows(book["Vergaderingen"])
    assert meetings[0] == ["Jaarverslag 2025"]
    assert ["Vergadering van de adviesraad", 2] in meetings and ["Totaal", 3] in meetings
    assert ["Cornelia Vlasblom", 0, 1, 1, 0] in meetings
    advice = _rows(book["Adviezen"])
    assert ["Gevraagd", 2, 1, 1, 0, 0] in advice
    assert ["Ongevraagd", 1, 0, 0, 0, 1] in advice
    assert ["Mediaan dagen van advies tot reactie van het college", "63"] in advice
    assert ["Acties afgesproken in vergaderingen", 3] in _rows(book["Acties en brieven"])


def test_a_name_that_looks_like_a_formula_stays_text(small):
    create_member(small, {"first_name": "=HYPERLINK(\"x\")", "last_name": "Sommen",
                          "start_date": TODAY.replace(year=2025)})
    book = load_workbook(io.BytesIO(annual_xlsx(collect_figures(small, 2025, TODAY))))
    names = [row[0] for row in _rows(book["Samenstelling"]) if row]
    assert "'=HYPERLINK(\"x\") Sommen" in names
