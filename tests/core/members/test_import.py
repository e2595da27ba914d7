"""Importing members from CSV and Excel: checked first, then all or nothing."""

import pytest
from openpyxl import Workbook

from core.errors import ValidationError
from core.members import create_member, list_members, list_working_groups
from core.members.columns import guess_mapping
from core.members.importing import prepare_import, run_import
from core.members.reading import read_member_file

from .conftest import HEADER


def _import(db, path):
    table = read_member_file(path)
    preview = prepare_import(db, table, guess_mapping(table.headers))
    return preview, run_import(db, preview) if not preview.bad_rows else None


def test_a_good_csv_file_is_imported_with_working_groups(db, write_file):
    path = write_file("leden.csv", HEADER + "\n"
                      "Anneke;van der;Berg;anneke@voorbeeld.nl;06-12345678;Voorzitter;"
                      "01-01-2024;Wonen en Zorg\n"
                      "Sevgi;;Øzdemir;sevgi@voorbeeld.nl;;lid;2025-03-01;Wonen en Zorg; Jeugd\n")
    preview, result = _import(db, path)
    assert result.added == 2
    members = list_members(db)
    assert [m.display_name for m in members] == ["Anneke van der Berg", "Sevgi Øzdemir"]
    assert members[0].role == "chair"
    assert sorted(g.name for g in list_working_groups(db)) == ["Wonen en Zorg"]


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(db, write_file):
    path = write_file("leden.csv", HEADER + "\n"
                      "Anneke;van der;Berg;anneke@voorbeeld.nl;;lid;01-01-2024;\n"
                      "Kees;;;kees@voorbeeld.nl;;lid;01-01-2024;\n"
                      "Ilse;de;Vries;ilse(at)voorbeeld.nl;;lid;01-01-2024;\n"
                      "Noor;van;Dijk;;;lid;31-02-2024;\n")
    table = read_member_file(path)
    preview = prepare_import(db, table, guess_mapping(table.headers))
    report = preview.problems_report()
    assert [row.line for row in preview.bad_rows] == [3, 4, 5]
    assert "Regel 3: Achternaam: Vul de achternaam in." in report
    assert "Regel 4: E-mail:" in report and "is geen e-mailadres" in report
    assert "Regel 5: Startdatum: '31-02-2024' is geen datum" in report
    with pytest.raises(ValidationError) as caught:
        run_import(db, preview)
    assert "Er is niets geïmporteerd: 3 regels hebben een probleem." in str(caught.value)
    assert list_members(db, "all") == []


def test_windows_1252_with_commas_is_read(db, write_file):
    path = write_file("excel.csv", "Voornaam,Achternaam,E-mail\nRenée,Smeets,renee@voorbeeld.nl\n"
                      "Zoë,Mulder,zoe@voorbeeld.nl\n", encoding="cp1252")
    table = read_member_file(path)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ",")
    _preview, result = _import(db, path)
    assert result.added == 2
    assert {m.display_name for m in list_members(db)} == {"Renée Smeets", "Zoë Mulder"}


def test_utf8_with_bom_and_tabs_is_read(db, write_file):
    path = write_file("bom.csv", "\ufeffVoornaam\tAchternaam\nHiroshi\tŌgai\n")
    _preview, result = _import(db, path)
    assert result.added == 1
    assert list_members(db)[0].last_name == "Ōgai"


def test_an_empty_file_is_refused_with_a_message(db, write_file):
    for text in ("", "\n\n", ";;;\n"):
        with pytest.raises(ValidationError) as caught:
            read_member_file(write_file("leeg.csv", text))
        assert "Het bestand is leeg" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        read_member_file(write_file("kop.csv", HEADER + "\n"))
    assert "geen leden" in str(caught.value)


def test_a_file_that_is_not_a_member_list_is_refused(db, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError) as caught:
        read_member_file(path)
    assert "geen leesbaar Excel-bestand" in str(caught.value)


def test_likely_duplicates_are_flagged_not_doubled(db, write_file):
    create_member(db, {"first_name": "Anneke", "prefix": "van der", "last_name": "Berg",
                       "email": "anneke@voorbeeld.nl"})
    path = write_file("leden.csv", "Voornaam;Tussenvoegsel;Achternaam;E-mail\n"
                      "Anneke;van der;Berg;ANNEKE@voorbeeld.nl\n"
                      "Kees;;Jansen;kees@voorbeeld.nl\n"
                      "Kees;;Jansen;kees@voorbeeld.nl\n")
    preview, result = _import(db, path)
    assert [(row.line, row.duplicate_of) for row in preview.duplicates] == [
        (2, "Anneke van der Berg"), (4, "Kees Jansen")]
    assert result.added == 1 and result.skipped_duplicates == 2
    assert len(list_members(db)) == 2


def test_an_xlsx_workbook_is_read_with_real_dates(db, tmp_path):
    import datetime as dt

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Voornaam", "Achternaam", "Startdatum", "Telefoon", "Herbenoembaar"])
    sheet.append(["Fatima", "Bouzid", dt.datetime(2024, 5, 1), "06-11223344", "nee"])
    path = tmp_path / "leden.xlsx"
    workbook.save(path)
    _preview, result = _import(db, path)
    member = list_members(db)[0]
    assert result.added == 1
    # A term ends the day before its anniversary.
    assert (member.start_date, member.term_end) == (dt.date(2024, 5, 1), dt.date(2028, 4, 30))
    assert member.reappointable is False


def test_the_mapping_needs_a_last_name_column(db, write_file):
    table = read_member_file(write_file("x.csv", "Wie;Waar\nAnneke;Utrecht\n"))
    with pytest.raises(ValidationError) as caught:
        prepare_import(db, table, guess_mapping(table.headers))
    assert str(caught.value) == "Kies in welke kolom de achternaam staat."
    preview = prepare_import(db, table, ["last_name", "city"])
    assert run_import(db, preview).added == 1


def test_ten_thousand_rows_are_imported_in_one_go(db, write_file):
    lines = [HEADER] + [
        f"Lid{n};;Achternaam{n:05d};lid{n}@voorbeeld.nl;06-{10000000 + n};lid;01-01-2025;"
        f"Werkgroep {n % 3}" for n in range(10_000)
    ]
    path = write_file("groot.csv", "\n".join(lines) + "\n")
    _preview, result = _import(db, path)
    assert result.added == 10_000
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 10_000
    assert db.execute("SELECT count(*) FROM working_group_members").fetchone()[0] == 10_000


def test_a_bad_row_at_the_end_of_ten_thousand_leaves_the_file_untouched(db, write_file):
    lines = [HEADER] + [f"Lid{n};;Naam{n};;;lid;;" for n in range(9_999)]
    lines.append("Fout;;Naam;geen-mail;;lid;;")
    table = read_member_file(write_file("groot.csv", "\n".join(lines)))
    preview = prepare_import(db, table, guess_mapping(table.headers))
    assert [row.line for row in preview.bad_rows] == [10_001]
    with pytest.raises(ValidationError):
        run_import(db, preview)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_line_numbers_match_the_file_even_after_empty_lines(db, write_file):
    path = write_file("gaten.csv", "Voornaam;Achternaam\n\nAnna;Bos\n;\nPiet;\n")
    table = read_member_file(path)
    preview = prepare_import(db, table, guess_mapping(table.headers))
    assert [row.line for row in preview.bad_rows] == [5]
