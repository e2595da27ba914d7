"""Imports of any file end quickly with a clear message and change nothing; what Excel
writes (UTF-8 with or without BOM, Windows-1252, UTF-16 'Unicode text') is read right;
exports carry no live formulas and import back as they were."""

import io
import resource
import zipfile

import pytest
from openpyxl import Workbook

from core.errors import ValidationError
from core.members import create_member, list_members
from core.members.columns import guess_mapping
from core.members.exporting import export_members
from core.members.importing import prepare_import, run_import
from core.members.reading import read_member_file

NAMES = "Voornaam\tAchternaam\tWoonplaats\r\nZoë\tÖzdemir\t's-Hertogenbosch\r\n" \
        "Łukasz\tvan den Brink\tMünster\r\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "utf-32-le"])
def test_what_excel_and_other_programs_write_is_read_right(tmp_path, codec):
    path = tmp_path / "leden.txt"
    path.write_bytes(NAMES.encode(codec))

    table = read_member_file(path)

    assert table.headers == ["Voornaam", "Achternaam", "Woonplaats"]
    assert table.rows[0] == ["Zoë", "Özdemir", "'s-Hertogenbosch"]
    assert table.rows[1][0] == "Łukasz"
    assert not any("\x00" in cell or "\x01" in cell for row in table.rows for cell in row)


def test_windows_1252_is_read_right(tmp_path):
    path = tmp_path / "leden.csv"
    path.write_bytes("Voornaam;Achternaam\r\nZoë;Müller – €\r\n".encode("cp1252"))
    assert read_member_file(path).rows == [["Zoë", "Müller – €"]]


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"<row>" + b" " * (1024 * 1024 - 11) + b"</row>"
            for _ in range(300):  # 300 MB unpacked, under 1 MB packed
                member.write(chunk)
    return buffer.getvalue()


def _million_rows(tmp_path) -> bytes:
    return b"Voornaam;Achternaam\r\n" + b"Anna;de Vries\r\n" * 1_000_000


HOSTILE = {
    "zip bomb": ("leden.xlsx", lambda tmp: _zip_bomb(), "MB"),
    "a million rows": ("leden.csv", _million_rows, "10000"),
    "a cell of megabytes": ("leden.csv",
                            lambda tmp: b"Voornaam;Achternaam\r\nAnna;" + b"x" * 3_000_000,
                            "te lang"),
    "an unclosed quote": ("leden.csv",
                          lambda tmp: b'Voornaam;Achternaam\r\nAnna;"de Vries\r\n' +
                          b"Piet;Jansen\r\n" * 20_000, "aanhalingsteken"),
    "binary junk named .csv": ("leden.csv", lambda tmp: bytes(range(256)) * 400,
                               "leden.csv bevat geen tekst"),
    "binary junk named .xlsx": ("leden.xlsx", lambda tmp: b"PK\x03\x04" + bytes(range(256)) * 40,
                                "Excel"),
    "a very wide row": ("leden.csv", lambda tmp: b"a;" * 5000 + b"\r\nb;" * 2, "kolommen"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_refused_quickly_with_a_message_and_nothing_changes(
        db, tmp_path, name):
    file_name, make, fragment = HOSTILE[name]
    path = tmp_path / file_name
    path.write_bytes(make(tmp_path))
    create_member(db, {"first_name": "Bestaand", "last_name": "Lid"})
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    with pytest.raises(ValidationError) as refused:
        table = read_member_file(path)
        run_import(db, prepare_import(db, table, guess_mapping(table.headers)))

    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert fragment in str(refused.value)
    assert grown_mb < 500
    assert [member.last_name for member in list_members(db)] == ["Lid"]


def _member_with_formulas(db) -> None:
    create_member(db, {"first_name": "=HYPERLINK(\"http://x\",\"klik\")", "last_name": "@SUM(A1)",
                       "phone": "+31 6 12345678", "city": "-Stad", "notes": "\tlet op"})


def test_a_csv_export_carries_no_live_formulas(db, tmp_path):
    _member_with_formulas(db)
    text = export_members(db, ".csv").decode("utf-8-sig")
    for cell in (cell for line in text.splitlines()[1:] for cell in line.split(";")):
        assert not cell.lstrip('"').startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'=HYPERLINK" in text and "'+31 6 12345678" in text


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_own_export_imports_back_as_it_was(db, tmp_path, suffix):
    _member_with_formulas(db)
    path = tmp_path / f"leden{suffix}"
    path.write_bytes(export_members(db, suffix))
    db.execute("DELETE FROM members")

    table = read_member_file(path)
    run_import(db, prepare_import(db, table, guess_mapping(table.headers)))

    member = list_members(db)[0]
    assert member.first_name == "=HYPERLINK(\"http://x\",\"klik\")"
    assert member.last_name == "@SUM(A1)" and member.phone == "+31 6 12345678"
    assert member.city == "-Stad"


def test_an_xlsx_export_stores_formula_text_as_text(db, tmp_path):
    _member_with_formulas(db)
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(export_members(db, ".xlsx")))
    cells = [cell for row in workbook.active.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert any(cell.value == "=HYPERLINK(\"http://x\",\"klik\")" for cell in cells)


def test_a_workbook_claiming_a_huge_sheet_is_read_within_bounds(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Voornaam", "Achternaam"])
    sheet.append(["Anna", "de Vries"])
    sheet.cell(row=1_048_576, column=1, value="x")  # far below, like a stray keystroke
    path = tmp_path / "leden.xlsx"
    workbook.save(path)
    table = read_member_file(path)
    assert table.rows[0][:2] == ["Anna", "de Vries"]
