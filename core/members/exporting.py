"""Exporting members to CSV (as Dutch Excel opens it) and .xlsx; import reads both back."""

import csv
import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlite_utils import Database

from core.i18n import tr
from core.members.columns import FIELDS
from core.members.model import role_label, status_label
from core.members.repository import list_members
from core.members.working_groups import list_working_groups
from core.spreadsheet_cells import neutralise_cell

_SALUTATION_WORDS = {"ms": "mevrouw", "mr": "de heer", "": ""}


def _yes_no(value: bool) -> str:
    return tr("yes") if value else tr("no")


def export_rows(db: Database, status: str = "all") -> list[list]:
    """The header row and one row per member; dates stay dates (for .xlsx)."""
    groups = {group.id: group.name for group in list_working_groups(db)}
    rows: list[list] = [[tr(label) for _, label in FIELDS]]
    for member in list_members(db, status):
        values = {
            "first_name": member.first_name, "prefix": member.prefix,
            "last_name": member.last_name,
            "salutation": _SALUTATION_WORDS.get(member.salutation, ""),
            "address": member.address, "postcode": member.postcode, "city": member.city,
            "email": member.email, "phone": member.phone, "role": role_label(member.role),
            "represents": member.represents,
            "lived_experience": _yes_no(member.lived_experience),
            "start_date": member.start_date, "term_end": member.term_end,
            "reappointable": _yes_no(member.reappointable),
            "status": status_label(member.status),
            "left_on": member.left_on,
            "working_groups": "; ".join(groups[g] for g in member.working_group_ids
                                        if g in groups),
            "notes": member.notes,
        }
        rows.append([values[name] for name, _ in FIELDS])
    return rows


def _text(value) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return "" if value is None else str(value)


def export_csv(db: Database, status: str = "all") -> bytes:
    """Semicolons and a BOM: what Dutch Excel opens with the accents intact."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in export_rows(db, status):
        writer.writerow([neutralise_cell(_text(value)) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def export_xlsx(db: Database, status: str = "all") -> bytes:
    workbook = Workbook()
    sheet = workbook.worksheets[0]  # a new workbook has this one sheet
    sheet.title = tr("Members")[:31]
    for row in export_rows(db, status):
        sheet.append([value if isinstance(value, dt.date) else _text(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever was typed
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_members(db: Database, suffix: str, status: str = "all") -> bytes:
    """The bytes of an export file; ``suffix`` is '.csv' or '.xlsx'."""
    return export_xlsx(db, status) if suffix.lower() == ".xlsx" else export_csv(db, status)

