"""Only real council files are opened, opening changes nothing by itself, and `check`
compares the schema with what this version expects."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.database import check_file, open_council
from core.errors import DamagedFileError, NotACouncilFileError, ReadOnlyFileError
from core.file_format import APPLICATION_ID
from core.schema import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[3]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _views_only(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIEW v AS SELECT 1 AS x")
    conn.commit()
    conn.close()
    return path


def _ours_without(path: Path, table: str) -> Path:
    council = open_council(path)
    council.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"DROP TABLE [{table}]")
    conn.commit()
    conn.close()
    return path


def _ours_without_step_record(path: Path) -> Path:
    return _ours_without(path, "_sqlite_migrations")


def _stamped_stranger(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    return path


ODD_FILES = {
    "views only": (_views_only, NotACouncilFileError),
    "settings table gone": (lambda p: _ours_without(p, "settings"), DamagedFileError),
    "members table gone": (lambda p: _ours_without(p, "members"), DamagedFileError),
    "no step record": (_ours_without_step_record, DamagedFileError),
    "our id, other tables": (_stamped_stranger, DamagedFileError),
}


@pytest.mark.parametrize("name", sorted(ODD_FILES))
def test_a_file_that_is_no_complete_council_file_is_refused_untouched(tmp_path, name):
    make, refusal = ODD_FILES[name]
    path = make(tmp_path / "raad.raadswerk")
    before = _digest(path)

    with pytest.raises(refusal) as refused:
        open_council(path, lock=True, backup_dir=tmp_path / "b")

    assert "raad.raadswerk" in str(refused.value) and "ongewijzigd" not in str(refused.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raad.raadswerk"]


@pytest.mark.parametrize("name", sorted(ODD_FILES))
def test_the_commands_refuse_such_a_file_too_and_change_nothing(tmp_path, name):
    make, _refusal = ODD_FILES[name]
    path = make(tmp_path / "raad.raadswerk")
    before = _digest(path)
    members = tmp_path / "leden.csv"
    members.write_text("Voornaam;Achternaam\nAnna;de Vries\n", encoding="utf-8")
    for command in (["backup", "--db", str(path), "--to", str(tmp_path / "b")],
                    ["import", "members", "--db", str(path), str(members)],
                    ["check", "--db", str(path)]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *command],
                                capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert result.returncode == 1, (command, result.stdout)
        assert "Traceback" not in result.stderr
    assert _digest(path) == before


def test_check_reports_a_missing_index_and_column(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    conn = sqlite3.connect(path)
    index = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                         "AND sql IS NOT NULL").fetchone()[0]
    conn.execute(f"DROP INDEX [{index}]")
    conn.execute("ALTER TABLE settings DROP COLUMN value")
    conn.commit()
    conn.close()

    problems = check_file(path)["problems"]

    assert any(index in problem and "ontbreekt" in problem for problem in problems)
    assert any("value" in problem and "settings" in problem for problem in problems)


def test_check_finds_nothing_wrong_with_a_healthy_file(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    report = check_file(path)
    assert report["problems"] == [] and report["schema_version"] == LATEST_VERSION


def test_opening_an_up_to_date_file_does_not_write_to_it(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    before, modified = _digest(path), path.stat().st_mtime_ns

    for _ in range(3):
        open_council(path, lock=True).close()
        open_council(path, read_only=True).close()

    assert _digest(path) == before and path.stat().st_mtime_ns == modified


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root may write read-only files; see the read-only disk test")
def test_a_read_only_file_is_refused_for_writing_with_a_sentence(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError) as refused:
        open_council(path, lock=True)
    assert "alleen-lezen" in str(refused.value)


def test_a_file_on_a_read_only_disk_is_refused_for_writing_and_opens_read_only(
        tmp_path, small_disk):
    path = small_disk.folder / "raad.raadswerk"
    open_council(path).close()
    small_disk.make_read_only()

    with pytest.raises(ReadOnlyFileError) as refused:
        open_council(path, lock=True)
    assert "alleen-lezen" in str(refused.value) and str(small_disk.folder) in str(refused.value)
    council = open_council(path, read_only=True)
    assert council.read_only
    council.close()
