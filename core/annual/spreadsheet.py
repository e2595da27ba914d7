"""The annual figures as an .xlsx workbook: one sheet per part, the same tables as the PDF."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from core.annual.figures import AnnualFigures
from core.annual.tables import (
    Table,
    advice_table,
    advice_timing_table,
    attendance_table,
    channels_table,
    meetings_table,
    municipality_table,
    people_table,
    themes_table,
    work_table,
)
from core.i18n import tr
from core.spreadsheet_cells import neutralise_cell

SHEET_NAME_LIMIT = 31  # Excel refuses longer sheet names


def workbook_tables(figures: AnnualFigures) -> list[tuple[str, list[Table]]]:
    """(sheet name, tables one under the other) in the order of the printed report."""
    composition = figures.composition
    return [
        (tr("Meetings"), [meetings_table(figures), attendance_table(figures)]),
        (tr("Composition"), [people_table(composition.members),
                             people_table(composition.joined, tr("Member since")),
                             people_table(composition.left, tr("Left on")),
                             people_table(composition.terms_ending, tr("Term ends"))]),
        (tr("Advice"), [advice_table(figures), advice_timing_table(figures),
                        *([municipality_table(figures)] if figures.advice.per_municipality
                          else [])]),
        (tr("Signals"), [themes_table(figures), channels_table(figures)]),
        (tr("Actions and letters"), [work_table(figures)]),
    ]


def _value(value):
    # Names and labels are typed text: never let a spreadsheet run one as a formula.
    return neutralise_cell(value) if isinstance(value, str) else value


def _write_table(sheet, table: Table, bold) -> None:
    header, rows = table
    sheet.append([_value(value) for value in header])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in rows:
        sheet.append([_value(value) for value in row])
    for row in sheet.iter_rows(min_row=sheet.max_row - len(rows) + 1):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    sheet.append([])


def annual_xlsx(figures: AnnualFigures) -> bytes:
    workbook = Workbook()
    empty_sheet = workbook.active  # a new workbook starts with one empty sheet
    if empty_sheet is not None:
        workbook.remove(empty_sheet)
    bold = Font(bold=True)
    for name, tables in workbook_tables(figures):
        sheet = workbook.create_sheet(name[:SHEET_NAME_LIMIT])
        sheet.append([tr("Annual report {year}", year=figures.year)])
        sheet["A1"].font = bold
        sheet.append([])
        for table in tables:
            _write_table(sheet, table, bold)
        sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
