"""The overview as an .xlsx workbook: per member, the specification, and per month.

Amounts are numbers in euros with a currency format, totals are values (no formulas), and
every text cell is stored as text: a name typed as '=…' is never run as a formula.
"""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from core.allowances.document import document_title
from core.allowances.notes import maxima_line, no_rates_line, overview_notes
from core.allowances.overview import AllowanceOverview
from core.allowances.rules import euros
from core.allowances.tables import (
    MONEY,
    TEXT,
    Table,
    months_table,
    overview_table,
    specification_table,
)
from core.i18n import tr
from core.spreadsheet_cells import neutralise_cell

SHEET_NAME_LIMIT = 31  # Excel refuses longer sheet names
EURO_FORMAT = '"€" #,##0.00'


def _write_row(sheet, values: list, kinds: list[str], bold: Font | None = None) -> None:
    sheet.append([euros(value) if kind == MONEY and value != "" else
                  neutralise_cell(value) if isinstance(value, str) else value
                  for value, kind in zip(values, kinds, strict=True)])
    for cell, kind in zip(sheet[sheet.max_row], kinds, strict=True):
        if isinstance(cell.value, str):
            cell.data_type = "s"
        elif kind == MONEY:
            cell.number_format = EURO_FORMAT
        if bold is not None:
            cell.font = bold


def _write_table(sheet, title: str, table: Table, bold: Font) -> None:
    sheet.append([neutralise_cell(title)])
    sheet["A1"].font = bold
    sheet.append([])
    kinds = [column.kind for column in table.columns]
    _write_row(sheet, [column.title for column in table.columns], [TEXT] * len(kinds), bold)
    header_row = sheet.max_row
    for row in table.rows:
        _write_row(sheet, row, kinds)
    if table.total is not None:
        _write_row(sheet, table.total, kinds, bold)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.column_dimensions["A"].width = 32


def _notes(sheet, lines: list[str]) -> None:
    sheet.append([])
    for line in lines:
        sheet.append([neutralise_cell(line)])
        sheet.cell(row=sheet.max_row, column=1).data_type = "s"


def allowances_xlsx(overview: AllowanceOverview) -> bytes:
    workbook = Workbook()
    bold = Font(bold=True)
    title = document_title(overview.year)
    first = workbook.worksheets[0]  # a new workbook has this one sheet
    first.title = tr("Per member")[:SHEET_NAME_LIMIT]
    if not overview.paid_kinds:
        first.append([title])
        first.append([no_rates_line()])
    else:
        _write_table(first, title, overview_table(overview), bold)
        _notes(first, [maxima_line(overview.rules), *overview_notes(overview)])
        for name, table in ((tr("Specification"), specification_table(overview)),
                            (tr("Per month"), months_table(overview))):
            _write_table(workbook.create_sheet(name[:SHEET_NAME_LIMIT]), title, table, bold)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
