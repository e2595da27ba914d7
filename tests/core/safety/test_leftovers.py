"""Nothing left lying around: a backup or restore cut off at any moment leaves the old
file or the new one, and the next open removes this program's leftovers and says so."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.backup import backup_database, list_backups
from core.database import integrity_check, open_council
from core.leftovers import clean_backup_folder, restoring_name
from core.settings import get_setting, set_setting

ROOT = Path(__file__).resolve().parents[3]


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_killed_backup_leaves_a_temporary_that_the_next_open_removes(filled_file, tmp_path):
    backups = tmp_path / "backups"
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        import core.backup as backup
        from core.database import open_council
        real = backup._write_checked_copy
        def killed(source, temporary, key=None):
            real(source, temporary, key)
            os.kill(os.getpid(), signal.SIGKILL)  # a power cut just before the rename
        backup._write_checked_copy = killed
        council = open_council(Path({str(filled_file)!r}))
        backup.backup_database(council.db, Path({str(backups)!r}), "manual")
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert result.returncode == -signal.SIGKILL
    half = [name for name in _files(backups) if name.endswith(".tmp")]
    assert len(half) == 1 and list_backups(backups, filled_file) == []

    council = open_council(filled_file, lock=True, backup_dir=backups)

    assert _files(backups) == []
    assert any(half[0] in note for note in council.notes)
    assert "opgeruimd" in council.notes[0]
    council.close()


def test_a_temporary_of_a_running_backup_is_never_removed(council, tmp_path):
    backups = tmp_path / "b"
    backups.mkdir()
    running = backups / f"raad_2026-11-22_090000_daily.raadswerk.{os.getpid()}.tmp"
    running.write_bytes(b"being written")
    other = backups / "someone-else.raadswerk.tmp"  # not a copy of this council
    other.write_bytes(b"x")

    assert clean_backup_folder(backups, council.path) == []
    assert running.exists() and other.exists()


def test_a_killed_restore_leaves_the_old_file_and_the_next_open_removes_the_copy(
        filled_file, tmp_path):
    backups = tmp_path / "backups"
    council = open_council(filled_file)
    set_setting(council.db, "probe", "in the backup")
    backup = backup_database(council.db, tmp_path / "elsewhere")
    set_setting(council.db, "probe", "current")
    council.close()
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        import core.backup as backup
        from core.locking import acquire_lock
        def killed(*args):
            os.kill(os.getpid(), signal.SIGKILL)  # after the copy, before the swap
        backup._keep_current_aside = killed
        acquire_lock(Path({str(filled_file)!r}))
        backup.restore_backup(Path({str(filled_file)!r}), Path({str(backup)!r}),
                              Path({str(backups)!r}))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert result.returncode == -signal.SIGKILL
    assert restoring_name(filled_file).exists()  # a full copy with personal data

    from core.locking import break_lock, read_lock

    break_lock(filled_file, read_lock(filled_file))  # the killed program's lock
    reopened = open_council(filled_file, lock=True, backup_dir=backups)

    assert get_setting(reopened.db, "probe") == "current"  # the old file, whole
    assert not restoring_name(filled_file).exists()
    assert any("raad.raadswerk.restoring" in note for note in reopened.notes)
    assert integrity_check(reopened.db) == []
    reopened.close()
    assert _files(filled_file.parent) == ["elsewhere", "raad.raadswerk"]


def test_a_read_only_open_never_removes_anything(filled_file):
    incoming = restoring_name(filled_file)
    incoming.write_bytes(b"another Raadswerk may be restoring")
    council = open_council(filled_file, read_only=True)
    council.close()
    assert incoming.exists()


def _wait_for_backups(folder: Path, count: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if folder.is_dir() and len(list(folder.glob("*.raadswerk"))) >= count:
            return
        time.sleep(0.01)
    raise AssertionError("the backup process made no backups")


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is a POSIX signal")
def test_backups_killed_at_random_moments_leave_only_whole_backups(filled_file, tmp_path):
    backups = tmp_path / "backups"
    script = textwrap.dedent(f"""
        from pathlib import Path
        import core.backup as backup
        from core.database import open_council
        council = open_council(Path({str(filled_file)!r}))
        while True:
            backup.backup_database(council.db, Path({str(backups)!r}), "manual")
    """)
    for attempt in range(6):
        process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
        _wait_for_backups(backups, attempt + 1)
        time.sleep(attempt * 0.037)  # a different moment within a copy each time
        process.kill()
        process.wait()
    council = open_council(filled_file, lock=True, backup_dir=backups)
    council.close()
    names = _files(backups)
    assert names and all(name.endswith(".raadswerk") for name in names), names
    for info in list_backups(backups, filled_file):
        assert info.readable and info.size > 0


def test_opened_documents_of_a_program_that_ended_are_removed(tmp_path):
    from core.leftovers import OPENED_PREFIX, clean_opened_copies

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    theirs = tmp_path / f"{OPENED_PREFIX}{ended.pid}-abc"
    ours = tmp_path / f"{OPENED_PREFIX}{os.getpid()}-def"
    for folder in (theirs, ours):
        folder.mkdir()
        (folder / "adviesaanvraag.pdf").write_bytes(b"%PDF personal")

    assert clean_opened_copies(tmp_path) == [theirs]
    assert not theirs.exists() and (ours / "adviesaanvraag.pdf").exists()
