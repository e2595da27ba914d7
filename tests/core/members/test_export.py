"""Export to CSV and .xlsx, and reading the export back gives the same members."""

import datetime as dt

import pytest

from core.members import create_member, create_working_group, list_members, mark_former
from core.members.columns import guess_mapping
from core.members.exporting import export_members
from core.members.importing import prepare_import, run_import
from core.members.reading import read_member_file


def _fill(db):
    first = create_member(db, {
        "first_name": "Anneke", "prefix": "van der", "last_name": "Berg", "salutation": "ms",
        "address": "Kerkstraat 1", "postcode": "3511ab", "city": "Utrecht",
        "email": "anneke@voorbeeld.nl", "phone": "06-12345678", "role": "chair",
        "represents": "Ouderenbond; \"Zorg & Welzijn\"", "lived_experience": True,
        "start_date": dt.date(2023, 1, 1), "reappointable": False,
        "notes": "Regel één\nRegel twee =SUM(A1)",
    })
    second = create_member(db, {"first_name": "Sevgi", "last_name": "Øzdemir",
                                "role": "official_secretary", "phone": "+31 6 12345678"})
    former = create_member(db, {"first_name": "Zoë", "last_name": "Mulder",
                                "start_date": dt.date(2019, 3, 1)})
    mark_former(db, former, dt.date(2024, 12, 31))
    create_working_group(db, "Wonen en Zorg", member_ids=[first, second])
    create_working_group(db, "Jeugd", member_ids=[first])


def _comparable(members):
    return sorted(
        (m.display_name, m.salutation, m.address, m.postcode, m.city, m.email, m.phone,
         m.role, m.represents, m.lived_experience, m.start_date, m.term_end,
         m.reappointable, m.status, m.left_on, m.notes, len(m.working_group_ids))
        for m in members
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_round_trip(db, council, tmp_path, suffix):
    from core.database import open_council

    _fill(db)
    path = tmp_path / f"leden{suffix}"
    path.write_bytes(export_members(db, suffix))
    other = open_council(tmp_path / "andere.raadswerk", backup_dir=tmp_path)
    try:
        table = read_member_file(path)
        preview = prepare_import(other.db, table, guess_mapping(table.headers))
        assert preview.bad_rows == []
        run_import(other.db, preview)
        assert _comparable(list_members(other.db, "all")) == _comparable(
            list_members(db, "all"))
    finally:
        other.close()


def test_csv_export_opens_in_dutch_excel(db):
    _fill(db)
    data = export_members(db, ".csv")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM makes Excel read UTF-8
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Voornaam;Tussenvoegsel;Achternaam;Aanhef")
    assert "Anneke;van der;Berg;mevrouw;Kerkstraat 1;3511 AB;Utrecht" in text
    assert ";Oud-lid;31-12-2024;" in text


def test_xlsx_export_keeps_formulas_out(db, tmp_path):
    from openpyxl import load_workbook

    _fill(db)
    path = tmp_path / "leden.xlsx"
    path.write_bytes(export_members(db, ".xlsx"))
    sheet = load_workbook(path).active
    notes = [cell.value for cell in sheet["S"]][1:]
    assert "Regel één\nRegel twee =SUM(A1)" in notes
    assert sheet["M2"].value.year == 2023 or sheet["M3"].value.year == 2023  # real dates
