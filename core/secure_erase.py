"""Erased means gone from the file's bytes, and the user is told where copies remain.

Every connection that writes runs with ``PRAGMA secure_delete = ON`` (set when a file
is opened, and again by every erasure path, whatever the connection was set to):
SQLite then overwrites freed space with zeros instead of leaving the old text in free
pages. Full-text indexes keep their own copy of every word, so each erasure rebuilds
them from what is left. Backups are separate files: ``backups_holding`` names the ones
that still hold a person, so the secretary can remove them.
"""

import os
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from core.backup import BackupInfo, list_backups, open_read_only
from core.errors import RaadswerkError
from core.i18n import tr


def secure_writes(db: Database) -> None:
    """Freed space is overwritten with zeros on this connection from now on."""
    db.execute("PRAGMA secure_delete = ON")


@contextmanager
def erasing(db: Database):
    """One transaction that erases: zeroed free space, search indexes rebuilt at the end."""
    secure_writes(db)
    with db.atomic():
        yield
        rebuild_search_indexes(db)


def fts_tables(db: Database) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                      "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS%'")
    return [row[0] for row in rows]


def rebuild_search_indexes(db: Database) -> list[str]:
    """Full-text indexes keep their own copy of words; rebuild them from what is left.

    A contentless index (``content=''``) cannot be rebuilt; it is merged instead, which
    drops the entries deleted from it.
    """
    rebuilt = []
    for name in fts_tables(db):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
        options = sql.replace(" ", "").lower()
        contentless = "content=''" in options or 'content=""' in options
        if "fts5" in options:
            command = "optimize" if contentless else "rebuild"
        elif contentless:
            continue
        else:
            command = "rebuild"
        db.execute(f'INSERT INTO "{name}"("{name}") VALUES (?)', [command])
        rebuilt.append(name)
    return rebuilt


def text_tables(db: Database) -> dict[str, list[str]]:
    """{table: its text columns} of the user tables, search-index shadow tables left out."""
    shadow = {f"{table}_{suffix}" for table in fts_tables(db)
              for suffix in ("data", "idx", "content", "docsize", "config", "segments",
                             "segdir", "stat")}
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    found = {}
    for table in names:
        if table in shadow or table in fts_tables(db):
            continue
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')
                   if (row[2] or "").upper() == "TEXT"]
        if columns:
            found[table] = columns
    return found


def mentions(db: Database, values: list[str]) -> dict[str, int]:
    """{table: rows whose text contains any of ``values``} (case as typed)."""
    values = [value for value in values if value and value.strip()]
    if not values:
        return {}
    found = {}
    for table, columns in text_tables(db).items():
        condition = " OR ".join(f'instr("{column}", ?) > 0' for column in columns
                                for _value in values)
        parameters = [value for _column in columns for value in values]
        count = db.execute(f'SELECT count(*) FROM "{table}" WHERE {condition}',
                           parameters).fetchone()[0]
        if count:
            found[table] = count
    return found


def backups_holding(backup_dir: Path, database_path: Path, values: list[str],
                    opener=open_read_only) -> list[BackupInfo]:
    """The backups of this file in which any of ``values`` (a name, a phone number) appears.

    A backup that cannot be read is listed too: nobody can say it is free of the person.
    """
    holding = []
    for info in list_backups(backup_dir, database_path):
        try:
            conn = opener(info.path)
        except (OSError, RaadswerkError):
            holding.append(info)
            continue
        try:
            found = mentions(Database(conn), values)
        except Exception:  # noqa: BLE001 - any unreadable copy is named, never skipped
            found = {"?": 1}
        finally:
            conn.close()
        if found:
            holding.append(info)
    return holding


def delete_backups(paths: list[Path]) -> list[Path]:
    """Overwrite and remove the given backup files; returns those removed."""
    removed = []
    for path in paths:
        try:
            _overwrite(Path(path))
            Path(path).unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise RaadswerkError(tr("The backup {name} could not be removed: {reason}. The "
                                    "others named before it were removed.",
                                    name=Path(path).name, reason=error.strerror or error)
                                 ) from error
        removed.append(Path(path))
    return removed


def _overwrite(path: Path) -> None:
    """Zeros over the file's contents before it goes (no undelete tool finds the text)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        chunk = b"\0" * 65536
        written = 0
        while written < size:
            handle.write(chunk[: min(len(chunk), size - written)])
            written += min(len(chunk), size - written)
        handle.flush()
        os.fsync(handle.fileno())
