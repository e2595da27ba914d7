"""Reading a member list file: CSV as Excel writes it (any delimiter, UTF-8 or
Windows-1252) or an Excel workbook (.xlsx, with openpyxl)."""

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from core.errors import RaadswerkError, ValidationError
from core.i18n import tr

MAX_ROWS = 100_000
_DELIMITERS = ";,\t|"


@dataclass
class SourceTable:
    """The header row and the data rows of a file, cells as text or dates."""

    headers: list[str]
    rows: list[list]
    encoding: str = ""
    delimiter: str = ""
    line_numbers: list[int] | None = None  # the file line of each row, for the report

    def line_of(self, index: int) -> int:
        return self.line_numbers[index] if self.line_numbers else index + 2


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ";"


def _numbered_rows(rows: list[list]) -> list[tuple[int, list]]:
    """(row number in the file, cells) of the rows that are not empty."""
    return [(number, row) for number, row in enumerate(rows, start=1)
            if any(str(cell).strip() for cell in row if cell is not None)]


def _table(rows: list[list], encoding: str = "", delimiter: str = "") -> SourceTable:
    numbered = _numbered_rows(rows)
    if not numbered:
        raise ValidationError(tr("The file is empty: there is no header row and no member."))
    headers = [str(cell or "").strip() for cell in numbered[0][1]]
    data = [row for _, row in numbered[1:]]
    numbers = [number for number, _ in numbered[1:]]
    if not data:
        raise ValidationError(tr("The file has a header row but no members."))
    if len(data) > MAX_ROWS:
        raise ValidationError(tr("The file has more than {limit} rows; split it into parts.",
                                 limit=MAX_ROWS))
    width = max(len(headers), *(len(row) for row in data))
    headers += [""] * (width - len(headers))
    data = [list(row) + [""] * (width - len(row)) for row in data]
    return SourceTable(headers, data, encoding, delimiter, numbers)


def read_csv(data: bytes) -> SourceTable:
    text, encoding = decode(data)
    text = text.replace("\x00", "")
    if not text.strip():
        raise ValidationError(tr("The file is empty: there is no header row and no member."))
    delimiter = sniff_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _table(rows, encoding, delimiter)


def _cell(value):
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return ""
    return value if isinstance(value, dt.date) else str(value)


def read_xlsx(data: bytes) -> SourceTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(tr("This is not an Excel workbook (.xlsx) that can be read.")) \
            from error
    try:
        sheet = workbook.worksheets[0]
        rows = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(rows)


def read_member_file(path: Path | str) -> SourceTable:
    """The table in a .csv, .txt or .xlsx file; a clear message for anything else."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RaadswerkError(tr("The file {path} cannot be read: {reason}", path=path,
                                reason=error.strerror)) from error
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(data)
    if suffix == ".xls":
        raise ValidationError(tr("Old Excel files (.xls) cannot be read. Save the list in "
                                 "Excel as .xlsx or .csv first."))
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(data)
    return read_csv(data)
