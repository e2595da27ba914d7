"""The command line works on core alone and fails with one clear line, never a traceback."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from core.database import open_council
from core.profile import load_profile
from main import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "backup", "print", "import", "export"):
        assert command in result.stdout


def test_help_speaks_the_language_asked_for():
    english = run("--lang", "en", "--help")
    assert english.returncode == 0
    assert "the council file to open" in english.stdout
    assert "print a document to PDF" in english.stdout
    assert "raadsbestand" not in english.stdout
    dutch = run("--help")
    assert "het raadsbestand om te openen" in dutch.stdout
    assert "een document als PDF afdrukken" in dutch.stdout
    assert "the council file to open" not in dutch.stdout


def test_help_of_a_command_speaks_english_with_lang_en():
    result = run("--lang=en", "check", "--help")
    assert result.returncode == 0
    assert "--db PATH             the council file" in result.stdout
    assert "het raadsbestand" not in result.stdout


def test_demo_writes_a_council_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "demo.raadswerk"
    assert main(["demo", str(path)]) == 0
    council = open_council(path, create=False)
    assert load_profile(council.db).municipality == "Lindewaarde"
    council.close()
    before = path.read_bytes()
    assert main(["demo", str(path)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["demo", str(path), "--force"]) == 0


def test_check_says_healthy_or_fails_in_one_line(tmp_path):
    good = tmp_path / "raad.raadswerk"
    open_council(good).close()
    result = run("check", "--db", str(good))
    assert result.returncode == 0
    assert "in orde" in result.stdout
    bad = tmp_path / "kapot.raadswerk"
    bad.write_bytes(b"PK\x03\x04 dit is een zip")
    result = run("check", "--db", str(bad))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "geen Raadswerk-bestand" in result.stderr


def test_check_in_english(tmp_path):
    good = tmp_path / "raad.raadswerk"
    open_council(good).close()
    result = run("--lang", "en", "check", "--db", str(good))
    assert "Integrity: in order" in result.stdout


def test_backup_writes_a_consistent_copy(tmp_path):
    source = tmp_path / "raad.raadswerk"
    assert main(["demo", str(source)]) == 0
    assert main(["backup", "--db", str(source), "--to", str(tmp_path / "kopieen")]) == 0
    copies = list((tmp_path / "kopieen").glob("*.raadswerk"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] >= 1


def test_a_command_without_db_says_what_is_missing(capsys):
    assert main(["check"]) == 1
    assert "--db" in capsys.readouterr().err
