"""The member commands: print, import and export without a window."""

import io

from pypdf import PdfReader

from core.members import list_members
from main import main


def test_print_members_public(demo_file, tmp_path, capsys):
    out = tmp_path / "leden.pdf"
    assert main(["print", "members", "--db", str(demo_file), "-o", str(out), "--public"]) == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Ledenlijst (openbaar)" in text or "Ledenlijst" in text
    assert "@voorbeeld.nl" not in text


def test_export_then_import_into_a_new_file(demo_file, tmp_path, capsys):
    from core.database import open_council

    export = tmp_path / "leden.xlsx"
    assert main(["export", "members", "--db", str(demo_file), "-o", str(export)]) == 0
    target = tmp_path / "nieuw.raadswerk"
    open_council(target, backup_dir=tmp_path).close()
    assert main(["import", "members", "--db", str(target), str(export)]) == 0
    assert "15 leden geïmporteerd." in capsys.readouterr().out
    council = open_council(target, backup_dir=tmp_path)
    assert len(list_members(council.db, "all")) == 15
    council.close()


def test_import_of_a_bad_file_says_why_and_changes_nothing(demo_council, tmp_path, capsys):
    path = tmp_path / "fout.csv"
    path.write_text("Voornaam;Achternaam;E-mail\nPiet;;piet@voorbeeld.nl\n", encoding="utf-8")
    before = len(list_members(demo_council.db, "all"))
    demo_council.close()
    assert main(["import", "members", "--db", str(demo_council.path), str(path)]) == 1
    said = capsys.readouterr()
    assert "Er is niets geïmporteerd: 1 regel heeft een probleem." in said.err
    assert "Regel 2: Achternaam: Vul de achternaam in." in said.out
    from core.database import open_council

    council = open_council(demo_council.path, backup_dir=tmp_path)
    assert len(list_members(council.db, "all")) == before
    council.close()


def test_export_refuses_an_unknown_extension(demo_file, tmp_path, capsys):
    assert main(["export", "members", "--db", str(demo_file), "-o",
                 str(tmp_path / "x.doc")]) == 1
    assert ".csv of .xlsx" in capsys.readouterr().err
