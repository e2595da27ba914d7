"""Full and read-only disks at every write path: a Dutch sentence naming the place and
what to do, the council file unchanged, and nothing left behind on the disk."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.backup import automatic_backup, backup_database, copy_to, restore_backup
from core.database import integrity_check, open_council
from core.errors import DiskFaultError, RaadswerkError
from core.files import store_bytes
from core.output import write_atomically
from core.settings import get_setting, set_setting

ROOT = Path(__file__).resolve().parents[3]
FULL = "de schijf is vol"
READ_ONLY = "alleen-lezen"


def assert_dutch_sentence_naming(error: BaseException, place: Path, fragment: str) -> None:
    message = str(error)
    assert str(place) in message, message
    assert fragment in message, message
    for english in ("disk is full", "database", "Errno", "Traceback", "No space"):
        assert english not in message, message


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing(council, small_disk):
    set_setting(council.db, "probe", "x" * 200_000)
    small_disk.fill()

    with pytest.raises(DiskFaultError) as failed:
        backup_database(council.db, small_disk.folder / "backups", "manual")

    assert_dutch_sentence_naming(failed.value, small_disk.folder / "backups", FULL)
    assert small_disk.leftovers() == []
    assert get_setting(council.db, "probe") == "x" * 200_000


def test_the_daily_backup_on_a_full_disk_fails_with_a_sentence_not_a_raw_error(
        council, small_disk):
    small_disk.fill()
    folder = small_disk.folder / "b"
    with pytest.raises(RaadswerkError) as failed:
        automatic_backup(council.db, folder, now=dt.datetime(2026, 11, 22, 9))
    assert_dutch_sentence_naming(failed.value, folder, FULL)
    assert small_disk.leftovers() == []


def test_a_backup_to_a_read_only_disk_says_so(council, small_disk):
    small_disk.make_read_only()
    with pytest.raises(DiskFaultError) as failed:
        backup_database(council.db, small_disk.folder, "manual")
    assert_dutch_sentence_naming(failed.value, small_disk.folder, READ_ONLY)


def test_save_a_copy_on_a_full_disk_leaves_no_half_copy(council, small_disk):
    small_disk.fill()
    target = small_disk.folder / "kopie.raadswerk"
    with pytest.raises(DiskFaultError):
        copy_to(council.db, target)
    assert not target.exists()
    assert small_disk.leftovers() == []


def test_writing_a_document_to_a_full_disk_leaves_nothing(small_disk):
    small_disk.fill()
    target = small_disk.folder / "agenda.pdf"
    with pytest.raises(RaadswerkError) as failed:
        write_atomically(target, b"%PDF-1.4 " + b"x" * 100_000)
    assert FULL in str(failed.value) and "agenda.pdf" in str(failed.value)
    assert small_disk.leftovers() == []


def _council_on(disk, data_kb: int = 0):
    path = disk.folder / "raad.raadswerk"
    council = open_council(path, backup_dir=disk.folder / "backups")
    if data_kb:
        set_setting(council.db, "probe", "y" * data_kb * 1024)
    return council


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0,
                    reason="needs a real small disk (tmpfs, as root)")
def test_attaching_a_document_when_the_disk_fills_up_changes_nothing(small_disk):
    council = _council_on(small_disk)
    set_setting(council.db, "probe", "before")
    small_disk.fill()

    with pytest.raises(RaadswerkError) as failed, council.db.atomic():
        store_bytes(council.db, "bijlage.pdf", os.urandom(300_000))
        set_setting(council.db, "probe", "half")

    assert_dutch_sentence_naming(failed.value, council.path, FULL)
    small_disk.make_room()
    assert get_setting(council.db, "probe") == "before"
    assert council.db.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    council.close()
    assert small_disk.leftovers() == ["raad.raadswerk"]  # no journal beside it
    assert integrity_check(open_council(council.path, read_only=True).db) == []


def test_a_restore_with_a_full_backup_folder_changes_nothing_and_leaves_nothing(
        council, tmp_path, small_disk):
    set_setting(council.db, "probe", "in the backup")
    backup = backup_database(council.db, tmp_path / "good")
    set_setting(council.db, "probe", "current")
    path = council.path
    council.close()
    small_disk.fill()

    with pytest.raises(DiskFaultError) as failed:
        restore_backup(path, backup, small_disk.folder)

    assert_dutch_sentence_naming(failed.value, small_disk.folder, FULL)
    reopened = open_council(path, read_only=True)
    assert get_setting(reopened.db, "probe") == "current"
    reopened.close()
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["raad.raadswerk"]
    assert small_disk.leftovers() == []


def test_a_restore_onto_a_full_disk_keeps_the_old_file_whole(tmp_path, small_disk):
    council = _council_on(small_disk)
    set_setting(council.db, "probe", "current")
    backup_source = open_council(tmp_path / "other.raadswerk")
    set_setting(backup_source.db, "probe", "z" * 400_000)
    backup = backup_database(backup_source.db, tmp_path / "b")
    backup_source.close()
    path = council.path
    council.close()
    small_disk.fill()

    with pytest.raises(DiskFaultError) as failed:
        restore_backup(path, backup, tmp_path / "aside")

    assert FULL in str(failed.value)
    small_disk.make_room()
    reopened = open_council(path, read_only=True)
    assert get_setting(reopened.db, "probe") == "current"
    reopened.close()
    assert small_disk.leftovers() == ["raad.raadswerk"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_the_backup_command_on_a_full_disk_exits_non_zero_with_the_sentence(
        council, small_disk):
    if not small_disk.real:
        pytest.skip("a subprocess cannot see an injected fault")
    path = council.path
    council.close()
    small_disk.fill()

    result = run_cli("backup", "--db", str(path), "--to", str(small_disk.folder / "b"))

    assert result.returncode == 1
    assert FULL in result.stderr and str(small_disk.folder / "b") in result.stderr
    assert "Traceback" not in result.stderr
    assert small_disk.leftovers() == []


def test_every_write_path_survives_a_disk_running_full_at_random_moments(monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "benchmarks"))
    import disk_faults

    assert disk_faults.disk_faults(rounds=16, seed=14)
    report = capsys.readouterr().out
    for path in disk_faults.PATHS:
        assert f"{path}: 2 tried" in report and "in 2 of 2" in report
