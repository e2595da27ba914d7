"""Opening, creating and checking a council file (one SQLite file per council).

The file keeps SQLite's rollback journal with ``synchronous=FULL`` (not WAL), so it
is complete on its own whenever no write is under way: secretaries keep it in
synced folders and copy it to USB sticks.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core import driver
from core.backup import backup_database
from core.encryption import (
    PAGE_SIZE,
    FileKey,
    PassphraseNeededError,
    is_encrypted,
    needed_message,
    pragma_of,
)
from core.errors import (
    BusyFileError,
    DamagedFileError,
    NewerSchemaError,
    NotACouncilFileError,
    NotADatabaseError,
    RaadswerkError,
    ReadOnlyFileError,
)
from core.faults import explained
from core.file_format import (
    APPLICATION_ID,
    application_id,
    applied_steps,
    database_file,
    has_sqlite_header,
    is_stamped_ours,
    made_by_newer_program,
    schema_version,
)
from core.i18n import tr
from core.leftovers import clean_backup_folder, clean_beside
from core.locking import WriterLock, acquire_lock
from core.schema import LATEST_VERSION, MIGRATION_SET, MIGRATIONS
from core.schema_check import MIGRATIONS_TABLE, schema_objects, schema_problems
from core.secure_erase import secure_writes


@dataclass
class Council:
    """An open council file: the sqlite-utils database plus where it lives."""

    db: Database
    path: Path
    read_only: bool = False
    read_only_reason: str = ""  # why, when the file could only be opened read-only
    backup_made: Path | None = None
    notes: list[str] = field(default_factory=list)
    lock: WriterLock | None = None
    # The key of an encrypted file (None: not encrypted); every new connection needs it.
    key: FileKey | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        """Close the file (complete on its own: no journal stays behind) and unlock it."""
        self.db.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def detach_lock(self) -> WriterLock | None:
        """Take the lock out of this council, so that closing it keeps the file locked."""
        lock, self.lock = self.lock, None
        return lock


class CouncilDatabase(Database):
    """sqlite-utils' Database whose transactions report a full disk, a busy or read-only
    file as a sentence naming the council file (``core.faults``), never as a raw error."""

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with explained(database_file(self), only_faults=True), super().atomic() as db:
            yield db


def _connect(path: Path, read_only: bool, key: FileKey | None) -> driver.Connection:
    return driver.connect(path, read_only=read_only, key=pragma_of(key),
                          check_same_thread=False)


# Decrypting a page costs more than reading it: an encrypted file keeps more pages in
# memory (in KiB; SQLite's default is 2 MB), so a filtered list does not decrypt them twice.
ENCRYPTED_CACHE_KIB = 65536


def _apply_pragmas(db: Database, read_only: bool, encrypted: bool = False) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if encrypted:
        db.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    db.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        secure_writes(db)


def check_header(path: Path, key: FileKey | None = None) -> None:
    """Refuse a file that is not SQLite, or is cut short, before SQLite touches it.

    An encrypted file has no readable header: with its key, only its length is checked
    (whole pages), and SQLite's checks after opening do the rest.
    """
    with explained(path):
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    if size == 0:
        raise DamagedFileError(
            tr("{name} is empty (0 bytes): its contents were lost, for instance by a copy "
               "or a synchronisation that did not finish. Nothing was changed.", name=path.name)
        )
    if not has_sqlite_header(header) and key is not None:
        if size % PAGE_SIZE and leftover_journal(path) is None:
            raise DamagedFileError(
                tr("{name} is cut short: it ends in the middle of a page. "
                   "Nothing was changed.", name=path.name))
        return
    if not has_sqlite_header(header):
        raise NotADatabaseError(
            tr("{name} is not a Raadswerk file (it is not a database at all).", name=path.name)
        )
    expected = expected_size(header)
    # With a journal beside it the file is mid-transaction: SQLite rolls it back first.
    if expected is not None and size < expected and leftover_journal(path) is None:
        raise DamagedFileError(
            tr("{name} is cut short: it holds {size} of the {expected} bytes it should have. "
               "Nothing was changed.", name=path.name, size=size, expected=expected)
        )


def expected_size(header: bytes) -> int | None:
    """The file size the SQLite header promises, when the header says so reliably."""
    if len(header) < 100:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    version_valid_for = int.from_bytes(header[92:96], "big")
    if page_count == 0 or change_counter != version_valid_for:
        return None  # written by an old SQLite: the count may be out of date
    return page_count * page_size


def quick_check(db: Database) -> list[str]:
    """Problems SQLite's quick check finds; an empty list means healthy."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except driver.DatabaseError as error:
        return [str(error)]
    problems = [row[0] for row in rows if row[0] != "ok"]
    return problems


def change_stamp(db: Database) -> tuple[int, int]:
    """Changes when anything in the file changed: a row written through this connection
    (SQLite's total_changes) or a commit by another one (data_version). A screen compares
    it with the one of its last load, so that showing it again costs nothing when equal."""
    return db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0]


def integrity_check(db: Database) -> list[str]:
    """Problems the full integrity and foreign-key checks find; empty means healthy."""
    try:
        problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        orphans = db.execute("PRAGMA foreign_key_check").fetchall()
    except driver.DatabaseError as error:
        return [str(error)]
    problems += [f"foreign key: {row[0]} rowid {row[1]} -> {row[2]}" for row in orphans]
    return problems


def _user_tables(db: Database) -> list[str]:
    return [name for name in db.table_names() if not name.startswith("sqlite_")]


def _check_identity(db: Database, path: Path) -> None:
    """A file is ours when stamped with our application id and built by our steps, or empty.

    Anything else (another program's database, a file of views only, a file of ours
    whose tables or step record are gone) is refused before anything writes to it.
    """
    objects = schema_objects(db.conn)
    app_id = application_id(db)
    if app_id == 0 and not objects:
        return  # a new, empty file
    if not is_stamped_ours(db):
        raise NotACouncilFileError(
            tr("{name} is a database, but not a Raadswerk file. It was left untouched.",
               name=path.name)
        )
    if objects and MIGRATIONS_TABLE not in objects:
        raise DamagedFileError(
            tr("{name} is marked as a Raadswerk file, but the record of its structure is "
               "missing, so it cannot be a complete council file. It was left untouched; "
               "restore a backup to go on.", name=path.name)
        )


def _check_complete(db: Database, path: Path) -> None:
    """Refuse a council file that lacks tables or columns its version must have."""
    if MIGRATIONS_TABLE not in schema_objects(db.conn):
        return
    problems = schema_problems(db.conn, applied_steps(db), tables_only=True)
    if problems:
        raise DamagedFileError(
            tr("{name} is incomplete ({problem}). It was left untouched; restore a backup "
               "to go on.", name=path.name, problem=problems[0])
        )


def _check_not_newer(db: Database, path: Path) -> None:
    if made_by_newer_program(db):
        raise NewerSchemaError(
            tr(
                "{name} was saved by a newer version of Raadswerk. "
                "Install the newest version to open it; the file was left untouched.",
                name=path.name,
            )
        )


def _check_health(db: Database, path: Path, read_only: bool) -> None:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        problems = [row[0] for row in rows if row[0] != "ok"]
    except driver.OperationalError as error:
        _explain_unreadable(error, path, read_only)
        problems = [str(error)]
    except driver.DatabaseError as error:
        problems = [str(error)]
    if problems:
        raise DamagedFileError(
            tr(
                "{name} is damaged ({problem}). Nothing was changed; "
                "restore a backup to go on.",
                name=path.name,
                problem=problems[0][:120],
            )
        )


def _explain_unreadable(error: driver.OperationalError, path: Path, read_only: bool) -> None:
    """Busy or unfinished files are not damaged: say what they are instead."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        raise BusyFileError(
            tr("{name} is busy: another program is writing to it. Try again in a moment.",
               name=path.name)
        ) from error
    if read_only and "readonly" in text.replace("-", "").replace(" ", ""):
        raise RaadswerkError(
            tr("{name} was not closed properly and cannot be read before it is repaired. "
               "Open it normally (not read-only) once; Raadswerk then repairs it.",
               name=path.name)
        ) from error


def _open_checked(path: Path, read_only: bool, complete: bool = True,
                  key: FileKey | None = None) -> Database:
    """Open a file and check it is a healthy Raadswerk file of a schema we know
    (and, with ``complete``, that no table or column of that schema is missing)."""
    if key is None and is_encrypted(path):
        raise PassphraseNeededError(needed_message(path))
    check_header(path, key)
    conn = _connect(path, read_only, key)
    db = CouncilDatabase(conn, execute_plugins=False)
    try:
        _check_health(db, path, read_only)
        _check_identity(db, path)
        _check_not_newer(db, path)
        if complete:
            _check_complete(db, path)
    except driver.DatabaseError as error:
        db.close()
        raise NotADatabaseError(
            tr("{name} cannot be read as a database: {reason}", name=path.name, reason=error)
        ) from error
    except RaadswerkError:
        db.close()
        raise
    return db


def _create_empty(path: Path, key: FileKey | None = None) -> None:
    """A new file, stamped as ours at once so that it is never a bare 0-byte file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = driver.connect(path, key=pragma_of(key))
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()


def pending_steps(db: Database) -> list[str]:
    return [migration.name for migration in MIGRATIONS.pending(db)]


def migrate(db: Database) -> None:
    """Apply pending schema steps and stamp the file as ours with its version.

    A file that is up to date is not written at all: opening changes nothing by itself.
    """
    if pending_steps(db):
        MIGRATIONS.apply(db)
    if not is_stamped_ours(db):
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    version = len(applied_steps(db))
    if schema_version(db) != version:
        db.execute(f"PRAGMA user_version = {version}")


def open_council(
    path: Path | str,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_dir: Path | None = None,
    lock: bool | WriterLock | None = False,
    key: FileKey | None = None,
) -> Council:
    """Open (and when absent create) a council file, migrating it to the current schema.

    Before pending steps run on a file that already holds data, a consistent copy is
    written to ``backup_dir`` (when given), so a failed migration loses nothing.
    With ``lock`` (the window does this), the file is taken for writing first and
    ``core.locking.LockHeldError`` names the holder when another instance has it; a
    ``WriterLock`` already held for this file may be passed on instead.
    An encrypted file needs its ``key`` (``core.encryption.unlock``); without it
    ``PassphraseNeededError`` is raised and the file is left untouched. A new file is
    made encrypted when a key is given.
    """
    path = Path(path)
    if not path.exists() and (not create or read_only):
        raise RaadswerkError(tr("The file {path} does not exist.", path=path))
    if not read_only:
        refuse_unwritable(path)
    writer_lock = None
    if lock and not read_only:
        if not isinstance(lock, WriterLock):
            _make_folder(path.parent)  # the first start: the data folder may not exist yet
        writer_lock = lock if isinstance(lock, WriterLock) else acquire_lock(path)
    try:
        with explained(path):
            council = _open_and_migrate(path, create, read_only, backup_dir, key)
    except BaseException:
        if writer_lock is not None and writer_lock is not lock:
            writer_lock.release()  # ours to give back; a lock passed in stays with its owner
        raise
    council.lock = writer_lock
    if writer_lock is not None:
        council.notes += leftover_notes(path, backup_dir)
    return council


def refuse_unwritable(path: Path) -> None:
    """A file (or folder) that may not be written: say so before anything is tried."""
    folder = path.parent if path.parent != Path("") else Path(".")
    blocked = path if path.exists() and not os.access(path, os.W_OK) else None
    if blocked is None and folder.exists() and not os.access(folder, os.W_OK):
        blocked = folder
    if blocked is not None:
        raise ReadOnlyFileError(
            tr("{path} may not be changed (it is marked read-only, or it is on a read-only "
               "disk or a folder without write rights).", path=blocked)
        )


def leftover_notes(path: Path, backup_dir: Path | None) -> list[str]:
    """Remove what an interrupted backup or restore left behind, and say what it was."""
    removed = clean_beside(path)
    if backup_dir is not None:
        removed += clean_backup_folder(backup_dir, path)
    if not removed:
        return []
    return [tr("Raadswerk removed {count} file(s) left behind by a backup or restore that was "
               "cut off (for instance by a power cut): {names}. Your council file itself was "
               "not affected.", count=len(removed), names=", ".join(p.name for p in removed))]


def _make_folder(folder: Path) -> None:
    with explained(folder):
        folder.mkdir(parents=True, exist_ok=True)


def _open_and_migrate(
    path: Path, create: bool, read_only: bool, backup_dir: Path | None,
    key: FileKey | None = None,
) -> Council:
    if not path.exists():
        if not create or read_only:
            raise RaadswerkError(tr("The file {path} does not exist.", path=path))
        _create_empty(path, key)
    if key is not None and not is_encrypted(path):
        key = None  # a plain file: the key of another copy has nothing to open here
    db = _open_checked(path, read_only, key=key)
    _apply_pragmas(db, read_only, key is not None)
    council = Council(db=db, path=path, read_only=read_only, key=key)
    if read_only:
        return council
    if pending_steps(db) and _user_tables(db) and backup_dir is not None:
        council.backup_made = backup_database(db, backup_dir, reason="migration", key=key)
    try:
        migrate(db)
        clear_leftover_journal(db, path)
    except driver.Error as error:
        db.close()
        raise RaadswerkError(
            tr("The file {name} could not be updated: {reason}", name=path.name, reason=error)
        ) from error
    return council


def clear_leftover_journal(db: Database, path: Path) -> None:
    """A journal a crash left behind (not hot, so SQLite kept it): one write removes it."""
    if leftover_journal(path) is not None:
        db.execute(f"PRAGMA user_version = {schema_version(db)}")


def check_file(path: Path | str, key: FileKey | None = None) -> dict:
    """A read-only health report for the ``check`` command: never changes the file."""
    path = Path(path)
    if not path.exists():
        raise RaadswerkError(tr("The file {path} does not exist.", path=path))
    with explained(path):
        db = _open_checked(path, read_only=True, complete=False, key=key)
        try:
            return {
                "path": str(path),
                "encrypted": key is not None,
                "schema_version": schema_version(db),
                "latest_version": LATEST_VERSION,
                "pending": pending_steps(db),
                "problems": integrity_check(db)
                + schema_problems(db.conn, applied_steps(db)),
                "migration_set": MIGRATION_SET,
            }
        finally:
            db.close()


# Folder names of sync services: a file inside one is copied to other computers.
SYNC_SERVICES = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud~": "iCloud Drive",
    "mobile documents": "iCloud Drive",
}


def sync_service(path: Path | str) -> str | None:
    """The sync service (OneDrive, Dropbox, Google Drive…) whose folder holds ``path``."""
    parts = [part.casefold() for part in Path(os.path.abspath(path)).parts]
    for part in parts:
        for prefix, service in SYNC_SERVICES.items():
            # "OneDrive - Gemeente X", "Dropbox (Personal)", "GoogleDrive-name@…"
            if part.startswith(prefix):
                return service
    return None


def leftover_journal(path: Path | str) -> Path | None:
    """A rollback journal beside the file: only there while writing, or after a crash."""
    journal = Path(path).with_name(Path(path).name + "-journal")
    return journal if journal.exists() else None
