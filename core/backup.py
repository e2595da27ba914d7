"""Consistent copies of a council file, made with SQLite's online backup API.

A copy is written under a temporary name, checked, flushed to disk and only then
renamed into place, so a backup on disk is always whole.

Backups are made automatically when a file is opened (once a day), before every
schema update and before a restore; and on demand. Old copies are thinned out by
``RotationPolicy``; restoring keeps the current file aside first, so a restore can
itself be undone.
"""

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core import driver
from core.encryption import FileKey, is_encrypted, pragma_of
from core.errors import RaadswerkError
from core.faults import explain, explained, fault_kind
from core.file_format import (
    SQLITE_HEADER,
    database_file,
    has_sqlite_header,
    is_stamped_ours,
    made_by_newer_program,
)
from core.i18n import mark, tr
from core.leftovers import (
    clean_backup_folder,
    remove_with_journal,
    restoring_name,
    temporary_name,
)

BACKUP_SUFFIX = ".raadswerk"

# Why a copy was made (stored in its file name) → label shown to the user.
REASONS = {
    "manual": mark("made by hand"),
    "daily": mark("daily backup"),
    "migration": mark("before an update"),
    "before-restore": mark("before a restore"),
    "before-encryption": mark("before a change of encryption"),
}
# What a backup holds, counted when the table exists (older files may lack some).
COUNTED_TABLES = ("members", "meetings", "signals", "advice")

_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<date>\d{4}-\d{2}-\d{2})_(?P<time>\d{6})_(?P<reason>[a-z-]+)"
    + re.escape(BACKUP_SUFFIX)
    + r"$"
)


@dataclass(frozen=True)
class RotationPolicy:
    """Which backups are kept; the rest are removed after each new backup.

    Like the 'keep' rules of common backup tools: the newest ``keep_last`` copies,
    plus the newest copy of each of the ``daily`` most recent days that have one,
    of the ``weekly`` most recent weeks and of the ``monthly`` most recent months.
    Copies made before a restore are never removed automatically: they are the way
    back from that restore.
    """

    keep_last: int = 5
    daily: int = 7
    weekly: int = 5
    monthly: int = 12


DEFAULT_POLICY = RotationPolicy()


@dataclass
class BackupInfo:
    """One backup file: when, why, how big, and what it holds."""

    path: Path
    stem: str
    made_at: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    readable: bool = True
    encrypted: bool = False

    @property
    def reason_label(self) -> str:
        return tr(REASONS.get(self.reason, REASONS["manual"]))


class SourceDamagedError(RaadswerkError):
    """The copy failed its check: the file being copied is damaged."""


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_consistent(source: driver.Connection, target: Path,
                    key: FileKey | None = None) -> Path:
    """Write ``source`` to ``target`` via a checked temporary file; returns ``target``.

    Whatever goes wrong (a full disk, a read-only stick, a failed check), the
    temporary copy is removed again and ``target`` is either whole or untouched.
    A copy cut off by a kill is found by its name on the next open (``core.leftovers``).
    An encrypted source is copied under its own ``key``: the copy opens with the same
    passphrase and recovery code.
    """
    with explained(target.parent):
        target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(target)
    try:
        _write_checked_copy(source, temporary, key)
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except (OSError, driver.Error) as error:
        remove_with_journal(temporary)
        if fault_kind(error) == "damaged":  # the file being copied, not the target
            raise SourceDamagedError(tr("The backup failed its check ({problem}).",
                                        problem=str(error)[:120])) from error
        raise explain(error, target.parent) from error
    except BaseException:
        remove_with_journal(temporary)
        raise
    return target


def _write_checked_copy(source: driver.Connection, temporary: Path,
                        key: FileKey | None = None) -> None:
    remove_with_journal(temporary)
    # Made by hand first: a read-only or full disk then says exactly that (SQLite would
    # only say "unable to open database file").
    with temporary.open("wb"):
        pass
    copy = driver.connect(temporary, key=pragma_of(key))
    try:
        # A fresh file needs no journal: if the copy fails it is thrown away as a whole.
        copy.execute("PRAGMA journal_mode = OFF")
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
    if result != "ok":
        raise SourceDamagedError(tr("The backup failed its check ({problem}).", problem=result))
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())


def backup_name(database_path: Path, when: dt.datetime, reason: str) -> str:
    stem = database_path.stem if database_path.stem else "raad"
    return f"{stem}_{when:%Y-%m-%d_%H%M%S}_{reason}{BACKUP_SUFFIX}"


def _free_target(folder: Path, database_path: Path, when: dt.datetime, reason: str) -> Path:
    """A backup path not yet taken (two copies within one second get the next second)."""
    target = folder / backup_name(database_path, when, reason)
    while target.exists():
        when += dt.timedelta(seconds=1)
        target = folder / backup_name(database_path, when, reason)
    return target


def backup_database(
    db: Database,
    backup_dir: Path,
    reason: str = "manual",
    when: dt.datetime | None = None,
    policy: RotationPolicy | None = None,
    key: FileKey | None = None,
) -> Path:
    """A consistent copy of an open council in ``backup_dir``; returns its path.

    With a ``policy``, older copies of the same file are thinned out afterwards; the
    ``key`` of an encrypted council encrypts the copy the same way.
    """
    when = when or dt.datetime.now()
    database_path = database_file(db)
    target = copy_consistent(db.conn, _free_target(Path(backup_dir), database_path, when, reason),
                             key)
    if policy is not None:
        rotate_backups(backup_dir, database_path, policy)
    return target


def copy_to(db: Database, target: Path, key: FileKey | None = None) -> Path:
    """'Save a copy as…': a consistent copy at a path the user chose."""
    return copy_consistent(db.conn, Path(target), key)


# --- finding and describing backups ------------------------------------------------


def parse_backup_name(path: Path) -> tuple[str, dt.datetime, str] | None:
    """(stem, made at, reason) from a backup's file name, or None for other files."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = dt.datetime.strptime(f"{match['date']} {match['time']}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None
    return match["stem"], made_at, match["reason"]


def _backup_files(backup_dir: Path, stem: str | None) -> list[tuple[Path, str, dt.datetime, str]]:
    """(path, stem, made_at, reason) of the backups in a folder, newest first."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*" + BACKUP_SUFFIX):
        parsed = parse_backup_name(path)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        found.append((path, *parsed))
    found.sort(key=lambda item: (item[2], item[0].name), reverse=True)
    return found


def backup_paths(backup_dir: Path, database_path: Path) -> list[Path]:
    """The backup files of one council file, newest first (nothing is opened)."""
    return [item[0] for item in _backup_files(backup_dir, Path(database_path).stem)]


def open_read_only(path: Path, key: FileKey | None = None) -> driver.Connection:
    """A connection that can never change the file (nor leave a journal beside it)."""
    if not is_encrypted(path):
        key = None  # a copy made before the file was encrypted
    return driver.connect(path, read_only=True, key=pragma_of(key))


def count_records(conn: driver.Connection) -> dict[str, int]:
    """Members, meetings, signals and advice in a file; tables it lacks are left out."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        for table in COUNTED_TABLES
        if table in tables
    }


def describe_backup(path: Path, stem: str, made_at: dt.datetime, reason: str,
                    key: FileKey | None = None) -> BackupInfo:
    info = BackupInfo(path=path, stem=stem, made_at=made_at, reason=reason, size=0,
                      encrypted=is_encrypted(path))
    try:
        info.size = path.stat().st_size
        conn = open_read_only(path, key)
        try:
            info.counts = count_records(conn)
        finally:
            conn.close()
    except (OSError, driver.Error):
        info.readable = False
    return info


def list_backups(backup_dir: Path, database_path: Path | None = None,
                 key: FileKey | None = None) -> list[BackupInfo]:
    """The backups in ``backup_dir`` (of ``database_path`` only, when given), newest first.

    Encrypted copies are read with ``key``; one made under another passphrase shows as
    not readable (it still opens with that passphrase).
    """
    stem = Path(database_path).stem if database_path is not None else None
    return [describe_backup(*item, key=key) for item in _backup_files(backup_dir, stem)]


def backup_problems(path: Path, key: FileKey | None = None) -> list[str]:
    """Why a backup cannot be restored: damaged, not ours, or from a newer program."""
    try:
        with Path(path).open("rb") as handle:
            if not has_sqlite_header(handle.read(len(SQLITE_HEADER))) and key is None:
                if is_encrypted(path):
                    return [tr("it is encrypted: it opens only with its passphrase")]
                return [tr("it is not a database")]
        conn = open_read_only(path, key)
        try:
            return _copy_problems(Database(conn, execute_plugins=False))
        finally:
            conn.close()
    except (OSError, driver.Error) as error:
        return [str(error)]


def _copy_problems(db: Database) -> list[str]:
    problems = [row[0] for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    if problems:
        return problems
    if not is_stamped_ours(db):
        return [tr("it is not a Raadswerk file")]
    if made_by_newer_program(db):
        return [tr("it was made by a newer version of Raadswerk")]
    return []


def newest_good_backup(backup_dir: Path, database_path: Path,
                       key: FileKey | None = None) -> BackupInfo | None:
    """The newest backup of this file that passes the full integrity check."""
    for item in _backup_files(backup_dir, Path(database_path).stem):
        if not backup_problems(item[0], key):
            return describe_backup(*item, key=key)
    return None


# --- automatic backups and rotation -------------------------------------------------


def daily_backup_due(backup_dir: Path, database_path: Path, today: dt.date) -> bool:
    """True when no daily backup of this file was made today."""
    return not any(
        reason == "daily" and made_at.date() == today
        for _path, _stem, made_at, reason in _backup_files(backup_dir, Path(database_path).stem)
    )


def automatic_backup(
    db: Database,
    backup_dir: Path,
    now: dt.datetime | None = None,
    policy: RotationPolicy = DEFAULT_POLICY,
    key: FileKey | None = None,
) -> Path | None:
    """The once-a-day backup made when a file is opened; None when today's exists."""
    now = now or dt.datetime.now()
    if not daily_backup_due(backup_dir, database_file(db), now.date()):
        return None
    return backup_database(db, backup_dir, reason="daily", when=now, policy=policy, key=key)


def backups_to_keep(
    backups: list[tuple[Path, dt.datetime, str]], policy: RotationPolicy
) -> set[Path]:
    """Apply ``policy`` to (path, made_at, reason) items given newest first."""
    keep = {path for path, _made, reason in backups if reason == "before-restore"}
    keep.update(path for path, _made, _reason in backups[: policy.keep_last])
    buckets = (
        (policy.daily, lambda moment: moment.date()),
        (policy.weekly, lambda moment: moment.isocalendar()[:2]),
        (policy.monthly, lambda moment: (moment.year, moment.month)),
    )
    for limit, bucket_of in buckets:
        seen: list[object] = []
        for path, made_at, _reason in backups:
            bucket = bucket_of(made_at)
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(bucket)
            keep.add(path)
    return keep


def rotate_backups(
    backup_dir: Path, database_path: Path, policy: RotationPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Remove the backups of this file that ``policy`` does not keep; returns them."""
    found = _backup_files(backup_dir, Path(database_path).stem)
    items = [(path, made_at, reason) for path, _stem, made_at, reason in found]
    keep = backups_to_keep(items, policy)
    clean_backup_folder(Path(backup_dir), database_path)
    removed = []
    for path, _made_at, _reason in items:
        if path in keep:
            continue
        try:
            path.unlink()
        except OSError:
            continue  # a copy that cannot be removed now is removed next time
        removed.append(path)
    return removed


# --- restoring -----------------------------------------------------------------------


@dataclass
class RestoreResult:
    """Where the file that was replaced now is: a backup copy, or the damaged file kept aside."""

    restored_from: Path
    kept_aside: Path | None
    aside_was_damaged: bool = False


def journal_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + "-journal")


def _keep_current_aside(database_path: Path, backup_dir: Path, when: dt.datetime,
                        key: FileKey | None = None) -> RestoreResult:
    """A checked copy of the current file among the backups; a damaged file is renamed aside."""
    result = RestoreResult(restored_from=Path(), kept_aside=None)
    if not database_path.exists():
        return result
    key = key if is_encrypted(database_path) else None
    try:
        conn = driver.connect(database_path, key=pragma_of(key))
        try:
            target = _free_target(Path(backup_dir), database_path, when, "before-restore")
            result.kept_aside = copy_consistent(conn, target, key)
        finally:
            conn.close()
        return result
    except (driver.Error, SourceDamagedError):
        pass  # damaged: keep the file itself, renamed, untouched
    aside = database_path.with_name(f"{database_path.name}.damaged-{when:%Y-%m-%d_%H%M%S}")
    with explained(database_path):
        os.replace(database_path, aside)
        if journal_path(database_path).exists():
            os.replace(journal_path(database_path), journal_path(aside))
    result.kept_aside = aside
    result.aside_was_damaged = True
    return result


def restore_backup(
    database_path: Path, backup_path: Path, backup_dir: Path, when: dt.datetime | None = None,
    key: FileKey | None = None,
    backup_key: FileKey | None = None,
) -> RestoreResult:
    """Put ``backup_path`` in the place of ``database_path`` (which must be closed).

    The backup is checked first; the current file is kept aside (as a backup made
    'before a restore', or renamed when it is damaged), so nothing is lost. An
    encrypted backup is read with ``backup_key`` (default: ``key``, the current file's)
    and put back encrypted the same way.
    """
    database_path, backup_path = Path(database_path), Path(backup_path)
    backup_key = (backup_key or key) if is_encrypted(backup_path) else None
    problems = backup_problems(backup_path, backup_key)
    if problems:
        raise RaadswerkError(
            tr("The backup {name} cannot be restored: {problem}. Nothing was changed.",
               name=backup_path.name, problem=problems[0][:120])
        )
    # The copy is made whole beside the file first, so that the file is never missing
    # for longer than one rename, whatever happens in between.
    incoming = restoring_name(database_path)
    source = open_read_only(backup_path, backup_key)
    try:
        copy_consistent(source, incoming, backup_key)
    finally:
        source.close()
    try:
        result = _keep_current_aside(database_path, backup_dir, when or dt.datetime.now(), key)
        with explained(database_path):
            os.replace(incoming, database_path)
            _fsync_dir(database_path.parent)
    except BaseException:
        remove_with_journal(incoming)
        raise
    result.restored_from = backup_path
    return result
