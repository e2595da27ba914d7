"""Reading a member list file: CSV as Excel writes it (any delimiter; UTF-8 with or
without BOM, Windows-1252, or UTF-16 'Unicode text') or an Excel workbook (.xlsx).

Any file may come in, also a hostile one (a zip bomb, a million rows, a cell of
megabytes, binary junk with a .csv name): reading is bounded in size, rows and
cell length, so it ends quickly with a clear message and uses little memory.
"""

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from core.errors import ValidationError
from core.faults import explained
from core.i18n import tr
from core.spreadsheet_cells import restore_cell

# A member list is a few hundred rows; these bounds keep a hostile file harmless.
MAX_ROWS = 10_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all parts of a workbook, unpacked
_DELIMITERS = ";,\t|"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


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


def _not_text(name: str) -> ValidationError:
    return ValidationError(tr("{file} holds no text but other data (such as a picture or a "
                              "program), so it has no columns to read. Save the list from "
                              "Excel as .xlsx or .csv and choose that file.",
                              file=name or tr("This file")))


def _unbommed_encoding(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 without a BOM, recognised by where the zero bytes fall."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    if len(sample) % 4 == 0 and sample[2::4].count(0) == len(sample) // 4 and \
            sample[3::4].count(0) == len(sample) // 4:
        return "utf-32-le", "UTF-32"
    if len(sample) % 4 == 0 and sample[0::4].count(0) == len(sample) // 4 and \
            sample[1::4].count(0) == len(sample) // 4:
        return "utf-32-be", "UTF-32"
    half = len(sample) // 2
    if sample[1::2].count(0) > half * 0.6 and sample[0::2].count(0) < half * 0.1:
        return "utf-16-le", "UTF-16"
    if sample[0::2].count(0) > half * 0.6 and sample[1::2].count(0) < half * 0.1:
        return "utf-16-be", "UTF-16"
    return None


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """Text and the encoding it was in: any BOM, UTF-16/32 without one, UTF-8, Windows-1252."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, name), label
    guessed = _unbommed_encoding(data)
    if guessed is not None:
        return _strict(data, guessed[0], name), guessed[1]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, "cp1252", name), "Windows-1252"


def _strict(data: bytes, codec: str, name: str) -> str:
    """Decoded text; junk (bytes the encoding does not have, control codes) is refused."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise _not_text(name) from error
    if any(ord(char) < 32 and char not in "\t\r\n\f" for char in text):
        raise _not_text(name)
    return text


def sniff_delimiter(text: str) -> str:
    """The delimiter: the one the header row uses most (names hold no ';' or tabs),
    else what Python's sniffer makes of the first lines."""
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    if counts[best] and list(counts.values()).count(counts[best]) == 1:
        return best
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ";"


def _numbered_rows(rows) -> list[tuple[int, list]]:
    """(row number in the file, cells) of the rows that are not empty, at most MAX_ROWS + 1."""
    numbered = []
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS * 10:  # also a file of nothing but empty lines ends
            break
        if any(str(cell).strip() for cell in row if cell is not None):
            _check_row(number, row)
            numbered.append((number, row))
            if len(numbered) > MAX_ROWS + 1:
                raise _too_many_rows()
    return numbered


def _too_many_rows() -> ValidationError:
    return ValidationError(tr("The file has more than {limit} rows; split it into parts.",
                              limit=MAX_ROWS))


def _width(row: list) -> int:
    """The number of cells up to the last one that holds something."""
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None and str(row[index]).strip():
            return index + 1
    return 0


def _trimmed(row: list) -> list:
    """A sheet row without the empty cells after its last filled one."""
    return row[:_width(row)]


def _check_row(number: int, row: list) -> None:
    if _width(row) > MAX_COLUMNS:
        raise ValidationError(tr("Row {row} has more than {limit} columns; this is not a "
                                 "member list.", row=number, limit=MAX_COLUMNS))
    for column, cell in enumerate(row, start=1):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise ValidationError(tr("Row {row}, column {column} holds {count} characters "
                                     "(at most {limit}). Check the file: perhaps a quote "
                                     "mark (\") was not closed.", row=number, column=column,
                                     count=len(cell), limit=MAX_CELL_CHARS))


def _table(rows, encoding: str = "", delimiter: str = "") -> SourceTable:
    numbered = _numbered_rows(rows)
    if not numbered:
        raise ValidationError(tr("The file is empty: there is no header row and no member."))
    headers = [str(cell or "").strip() for cell in numbered[0][1]]
    data = [row for _, row in numbered[1:]]
    numbers = [number for number, _ in numbered[1:]]
    if not data:
        raise ValidationError(tr("The file has a header row but no members."))
    if len(data) > MAX_ROWS:
        raise _too_many_rows()
    width = max(len(headers), *(len(row) for row in data))
    headers += [""] * (width - len(headers))
    data = [list(row) + [""] * (width - len(row)) for row in data]
    return SourceTable(headers, data, encoding, delimiter, numbers)


def _csv_rows(text: str, delimiter: str):
    """The rows of the text, each cell as typed (an exported '=…' cell as it was)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield [restore_cell(cell) for cell in row]
    except csv.Error as error:
        raise ValidationError(tr("Line {line} of the file cannot be read: a cell is far too "
                                 "long, or a quote mark (\") was not closed. Check the file "
                                 "in Excel and save it again.", line=reader.line_num)) \
            from error


def read_csv(data: bytes, name: str = "") -> SourceTable:
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    text, encoding = decode(data, name)
    if not text.strip():
        raise ValidationError(tr("The file is empty: there is no header row and no member."))
    delimiter = sniff_delimiter(text)
    return _table(_csv_rows(text, delimiter), encoding, delimiter)


def _too_large() -> ValidationError:
    return ValidationError(tr("The file is larger than {size} MB; a member list is much "
                              "smaller. Choose the right file.",
                              size=MAX_FILE_BYTES // (1024 * 1024)))


def _cell(value):
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return ""
    return value if isinstance(value, dt.date) else str(value)


def _check_workbook_size(data: bytes) -> None:
    """Refuse a workbook whose parts unpack to far more than a member list (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            entries = len(archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _not_a_workbook() from error
    if unpacked > MAX_UNPACKED_BYTES or entries > 10_000:
        raise ValidationError(tr("This workbook unpacks to more than {size} MB; a member "
                                 "list is much smaller. Save the list again from Excel.",
                                 size=MAX_UNPACKED_BYTES // (1024 * 1024)))


def _not_a_workbook() -> ValidationError:
    return ValidationError(tr("This is not an Excel workbook (.xlsx) that can be read."))


def read_xlsx(data: bytes) -> SourceTable:
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    _check_workbook_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as error:
        raise _not_a_workbook() from error
    try:
        sheet = workbook.worksheets[0]
        rows = (_trimmed([_cell(value) for value in row])
                for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1))
        return _table(rows)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            IndexError) as error:
        raise _not_a_workbook() from error
    finally:
        workbook.close()


def read_member_file(path: Path | str) -> SourceTable:
    """The table in a .csv, .txt or .xlsx file; a clear message for anything else."""
    path = Path(path)
    with explained(path):
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _too_large()
        data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(data)
    if suffix == ".xls":
        raise ValidationError(tr("Old Excel files (.xls) cannot be read. Save the list in "
                                 "Excel as .xlsx or .csv first."))
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(data)
    return read_csv(data, path.name)
