"""Temporary files of this program, named so that a later run can find and remove them.

A copy in progress (a backup, a restore, a saved document) is written under a
temporary name that carries the id of the process writing it:
``raad_2026-11-22_090112_daily.raadswerk.4711.tmp``. If that process is killed (a
power cut, a full USB stick), the next open finds the file by its name pattern and
removes it, but only when the process that wrote it no longer runs on this
computer, or when the file is older than the computer's last start (the id may
have been given to another process since).
"""

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from core.locking import boot_time, process_alive

TEMPORARY_SUFFIX = ".tmp"
RESTORING_SUFFIX = ".restoring"
_OWNED = re.compile(r"\.(?P<pid>\d{1,10})\.tmp(-journal)?$")
_UNOWNED = re.compile(r"\.tmp(-journal)?$")


def temporary_name(target: Path) -> Path:
    """Where ``target`` is written before it is renamed into place."""
    return target.with_name(f"{target.name}.{os.getpid()}{TEMPORARY_SUFFIX}")


def restoring_name(database_path: Path) -> Path:
    """Where a backup being put back is made whole, beside the council file."""
    return database_path.with_name(database_path.name + RESTORING_SUFFIX)


def remove_with_journal(path: Path) -> None:
    """Remove a temporary database and the rollback journal SQLite may have left beside it."""
    for candidate in (path, path.with_name(path.name + "-journal")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            continue  # removed on the next open instead


def _owner_gone(path: Path) -> bool:
    """True when no running process on this computer can still be writing ``path``."""
    try:
        modified = path.stat().st_mtime
    except OSError:
        return False
    if modified < boot_time():
        return True  # written before the computer last started
    match = _OWNED.search(path.name)
    if match is not None:
        return not process_alive(int(match["pid"]))
    # An older program wrote ".tmp" without its id: gone when untouched for an hour.
    return modified < time.time() - 3600


def stale_temporaries(folder: Path, prefix: str) -> list[Path]:
    """This program's half-written copies in ``folder`` whose names start with ``prefix``."""
    try:
        names = [entry for entry in Path(folder).iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return []
    found = []
    for path in names:
        if _UNOWNED.search(path.name) and path.is_file() and _owner_gone(path):
            found.append(path)
    return sorted(found)


def _remove(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def clean_backup_folder(folder: Path, database_path: Path) -> list[Path]:
    """Remove cut-off backups of this council from ``folder``; returns what was removed."""
    stem = Path(database_path).stem or "raad"
    return _remove(stale_temporaries(Path(folder), stem + "_"))


def clean_beside(database_path: Path) -> list[Path]:
    """Remove a cut-off restore beside the council file; the caller holds the writer lock.

    With the lock held no other Raadswerk can be restoring this file, so a
    ``.restoring`` copy beside it is certainly left over.
    """
    database_path = Path(database_path)
    incoming = restoring_name(database_path)
    found = [path for path in (incoming, incoming.with_name(incoming.name + "-journal"))
             if path.is_file()]
    found += stale_temporaries(database_path.parent, incoming.name + ".")
    return _remove(found)


# Stored documents opened with the usual program are written to a folder of their own.
OPENED_PREFIX = "raadswerk-open-"


def opened_copy_folder() -> Path:
    """A new temporary folder for a stored document the person opens (named with our id)."""
    return Path(tempfile.mkdtemp(prefix=f"{OPENED_PREFIX}{os.getpid()}-"))


def clean_opened_copies(root: Path | None = None) -> list[Path]:
    """Remove the opened-document folders of programs that no longer run (personal data
    must not stay in the temporary folder); returns what was removed."""
    removed = []
    for folder in Path(root or tempfile.gettempdir()).glob(OPENED_PREFIX + "*"):
        pid = folder.name[len(OPENED_PREFIX):].split("-", 1)[0]
        try:
            gone = folder.stat().st_mtime < boot_time() or not process_alive(int(pid))
        except (OSError, ValueError):
            continue
        if gone and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
