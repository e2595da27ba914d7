"""The overview as .xlsx, read back with openpyxl: numbers in euros, no formulas."""

import datetime as dt
import io
from decimal import Decimal

from openpyxl import load_workbook

from core.allowances.overview import allowance_overview
from core.allowances.spreadsheet import allowances_xlsx
from core.members.repository import create_member
from tests.core.allowances.example import build, meeting


def _book(db, year=2026):
    return load_workbook(io.BytesIO(allowances_xlsx(allowance_overview(db, year))))


def _rows(sheet) -> list[list]:
    return [[cell for cell in row if cell is not None]
            for row in sheet.iter_rows(values_only=True)]


def test_three_sheets_with_the_counted_amounts(db):
    build(db)
    book = _book(db)
    assert book.sheetnames == ["Per lid", "Specificatie", "Per maand"]
    members = _rows(book["Per lid"])
    assert members[0] == ["Vrijwilligersvergoeding 2026"]
    assert members[2] == ["Lid", "Functie", "Vergadering van de adviesraad", "Werkgroepoverleg",
                          "Vergaderingen", "Vergoeding", "Opmerkingen"]
    anna = next(row for row in members if row and row[0] == "Anna Aalders")
    assert anna[2:6] == [3, 1, 4, 145]
    assert anna[6].replace("\xa0", " ") == ("Boven het jaarmaximum van € 100,00; "
                                            "Boven € 60,00 per maand in maart")
    assert ["Totaal", 5, 2, 7, 250] in members
    cell = next(c for c in book["Per lid"]["F"] if c.value == 145)
    assert cell.number_format == '"€" #,##0.00'
    specification = _rows(book["Specificatie"])
    assert ["Anna Aalders", "Vergadering van de adviesraad", 3, 40, 120] in specification
    assert ["Bram Bosveld", "Werkgroepoverleg", 1, 25, 25] in specification
    months = _rows(book["Per maand"])
    assert months[2][:4] == ["Lid", "januari", "februari", "maart"]
    anna_months = next(row for row in book["Per maand"].iter_rows(values_only=True)
                       if row[0] == "Anna Aalders")
    assert anna_months[1:4] == (40, 0, 65) and anna_months[-1] == 145


def test_cents_survive_and_no_cell_is_a_formula(db):
    people = build(db)
    nasty = create_member(db, {"first_name": "=HYPERLINK(\"x\")", "last_name": "Som"})
    meeting(db, "council", dt.date(2026, 5, 5),
            {nasty: "present", people["anna"]: "present"})
    book = _book(db)
    values = [cell.value for sheet in book.worksheets for row in sheet.iter_rows()
              for cell in row if cell.value is not None]
    assert "'=HYPERLINK(\"x\") Som" in values
    assert not any(isinstance(value, str) and value.startswith("=") for value in values)
    assert all(cell.data_type != "f" for sheet in book.worksheets for row in sheet.iter_rows()
               for cell in row)
    amounts = [Decimal(str(value)) for value in values if isinstance(value, float)]
    assert all(amount == amount.quantize(Decimal("0.01")) for amount in amounts)
