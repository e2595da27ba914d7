"""Every print and export command works on an encrypted council file, given the passphrase,
and what it writes holds the council's own data (read back, not only "a file exists")."""

import argparse
import csv
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import main as program
from core.database import open_council
from core.encrypting import change_encryption
from core.encryption import is_encrypted, new_key
from core.profile import load_profile
from core.signals.reporters import all_reporters

PASSPHRASE = "zeven zwanen zwemmen zuidwaarts"


@pytest.fixture(scope="module")
def encrypted_demo(demo_master, tmp_path_factory):
    """A copy of the demo council, encrypted, with the records the commands need."""
    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "demo.raadswerk"
    path.write_bytes(demo_master.read_bytes())
    council = open_council(path, create=False, backup_dir=folder / "backups")
    change = change_encryption(council, new_key(PASSPHRASE), folder / "backups")
    db = change.council.db
    records = {
        "council": load_profile(db).name,
        "letter": db.execute("SELECT id, subject FROM letters ORDER BY id LIMIT 1").fetchone(),
        # The last meeting held, by the first title of its agenda.
        "meeting": db.execute(
            "SELECT m.id, a.title FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id "
            "WHERE m.date < '2026-11-20' ORDER BY m.date DESC, a.position LIMIT 1").fetchone(),
        "sent_advice": db.execute(
            "SELECT id, subject FROM advice WHERE status = 'sent' ORDER BY id LIMIT 1")
        .fetchone(),
        "member": db.execute("SELECT last_name FROM members ORDER BY id LIMIT 1").fetchone()[0],
        "reporter": next(r for r in all_reporters(db) if r.name),
    }
    change.council.close()
    assert is_encrypted(path)
    return path, records


def run(monkeypatch, *argv: str) -> int:
    monkeypatch.setenv("RAADSWERK_PASSPHRASE", PASSPHRASE)
    return program.main(list(argv))


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def print_commands(records) -> dict[str, tuple[list[str], str]]:
    """Each print command with its arguments and a text its PDF must show."""
    meeting_id, meeting_title = records["meeting"]
    advice_id, advice_subject = records["sent_advice"]
    letter_id, letter_subject = records["letter"]
    meeting = ["--meeting", str(meeting_id)]
    return {
        "letter": (["--letter", str(letter_id)], letter_subject),
        "members": ([], records["member"]),
        "terms": ([], records["member"]),
        "agenda": (meeting, meeting_title),
        "invitation": (meeting, meeting_title),
        "pack": (meeting, meeting_title),
        "minutes": (meeting, meeting_title),
        "presence": (meeting, records["member"]),
        "signals": (["--from", "2026-01-01", "--to", "2026-12-31"], records["council"]),
        "register": ([], "Verwerkingsregister"),
        "advice": (["--advice", str(advice_id)], advice_subject),
        "advice-reminder": (["--advice", str(advice_id), "--new"], advice_subject),
        "annual-report": (["--year", "2025"], "Jaarverslag 2025"),
        "allowances": (["--year", "2026"], records["member"]),
    }


@pytest.mark.parametrize("document", [
    "letter", "members", "terms", "agenda", "invitation", "pack", "minutes", "presence",
    "signals", "register", "advice", "advice-reminder", "annual-report", "allowances"])
def test_every_document_prints_from_an_encrypted_file(encrypted_demo, document, tmp_path,
                                                      monkeypatch):
    path, records = encrypted_demo
    arguments, expected = print_commands(records)[document]
    out = tmp_path / f"{document}.pdf"
    assert run(monkeypatch, "print", document, "--db", str(path), *arguments,
               "-o", str(out)) == 0
    text = " ".join(pdf_text(out).split())
    assert " ".join(expected.split()) in text


def test_the_print_list_covers_every_print_command(encrypted_demo):
    """A new print command must be added above: the test would otherwise miss it."""
    parser = program.build_parser()
    top = next(a for a in parser._actions if a.dest == "command")  # noqa: SLF001 - argparse
    printing = next(a for a in top.choices["print"]._actions  # noqa: SLF001
                    if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    assert set(printing.choices) == set(print_commands(encrypted_demo[1]))


def test_exports_read_an_encrypted_file(encrypted_demo, tmp_path, monkeypatch):
    path, records = encrypted_demo
    members = tmp_path / "leden.csv"
    assert run(monkeypatch, "export", "members", "--db", str(path), "-o", str(members)) == 0
    with members.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";")) or [[]]
    assert any(records["member"] in cell for row in rows for cell in row)
    figures = tmp_path / "jaarcijfers.xlsx"
    assert run(monkeypatch, "export", "annual-figures", "--db", str(path), "--year", "2025",
               "-o", str(figures)) == 0
    cells = {cell for sheet in load_workbook(figures).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row}
    assert "Vergadering van de adviesraad" in cells
    allowances = tmp_path / "vergoeding.xlsx"
    assert run(monkeypatch, "export", "allowances", "--db", str(path), "--year", "2026",
               "-o", str(allowances)) == 0
    names = {cell for row in load_workbook(allowances)["Per lid"].iter_rows(values_only=True)
             for cell in row if isinstance(cell, str)}
    assert any(records["member"] in name for name in names)
    statistics = tmp_path / "cijfers.json"
    assert run(monkeypatch, "export", "statistics", "--db", str(path), "--year", "2025",
               "-o", str(statistics)) == 0
    assert json.loads(statistics.read_text(encoding="utf-8"))
    calendar = tmp_path / "vergaderingen.ics"
    assert run(monkeypatch, "export", "calendar", "--db", str(path), "-o", str(calendar)) == 0
    assert records["meeting"][1] in calendar.read_text(encoding="utf-8").replace("\r\n ", "")
    reporter = records["reporter"]
    overview = tmp_path / "inzage.json"
    assert run(monkeypatch, "export", "reporter", "--db", str(path), "--reporter",
               str(reporter.reporter_id), "-o", str(overview)) == 0
    assert reporter.name in json.dumps(json.loads(overview.read_text(encoding="utf-8")),
                                       ensure_ascii=False)
