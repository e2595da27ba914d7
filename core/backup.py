"""Consistent copies of a council file, made with SQLite's online backup API.

A copy is written under a temporary name, checked, flushed to disk and only then
renamed into place, so a backup on disk is always whole.
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from core.errors import RaadswerkError
from core.i18n import tr

BACKUP_SUFFIX = ".raadswerk"


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_consistent(source: sqlite3.Connection, target: Path) -> Path:
    """Write ``source`` to ``target`` via a checked temporary file; returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    copy = sqlite3.connect(str(temporary))
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
    if result != "ok":
        temporary.unlink(missing_ok=True)
        raise RaadswerkError(tr("The backup failed its check ({problem}).", problem=result))
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    _fsync_dir(target.parent)
    return target


def backup_name(database_path: Path, when: dt.datetime, reason: str) -> str:
    stem = database_path.stem if database_path.stem else "raad"
    return f"{stem}_{when:%Y-%m-%d_%H%M%S}_{reason}{BACKUP_SUFFIX}"


def backup_database(
    db: Database, backup_dir: Path, reason: str = "manual", when: dt.datetime | None = None
) -> Path:
    """A consistent copy of an open council in ``backup_dir``; returns its path."""
    when = when or dt.datetime.now()
    database_path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "raad")
    target = Path(backup_dir) / backup_name(database_path, when, reason)
    try:
        return copy_consistent(db.conn, target)
    except OSError as error:
        raise RaadswerkError(
            tr("The backup could not be written to {folder}: {reason}",
               folder=backup_dir, reason=error.strerror or error)
        ) from error


def copy_to(db: Database, target: Path) -> Path:
    """'Save a copy as…': a consistent copy at a path the user chose."""
    try:
        return copy_consistent(db.conn, Path(target))
    except OSError as error:
        raise RaadswerkError(
            tr("The copy could not be written to {path}: {reason}",
               path=target, reason=error.strerror or error)
        ) from error
