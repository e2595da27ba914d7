"""What makes a file a Raadswerk file: SQLite's header, our application id, and a version
made of schema steps this program knows.

Opening a file (``core.database``) and restoring a backup (``core.backup``) ask these
same questions, so the two can never disagree about which files are ours. The shape a
version must have (tables, columns, indexes) is compared in ``core.schema_check``.
"""

from pathlib import Path

from sqlite_utils import Database

from core.schema import LATEST_VERSION, MIGRATIONS, STEP_NAMES

# 'RWRK' — marks the file as a Raadswerk file (PRAGMA application_id).
APPLICATION_ID = 0x5257524B
SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(header: bytes) -> bool:
    """Whether the first bytes of a file are SQLite's own (an encrypted file's are not)."""
    return header[: len(SQLITE_HEADER)] == SQLITE_HEADER


def database_file(db: Database) -> Path:
    """The path of the main database file behind an open connection."""
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "raad")


def application_id(db: Database) -> int:
    return db.execute("PRAGMA application_id").fetchone()[0]


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def applied_steps(db: Database) -> list[str]:
    return [migration.name for migration in MIGRATIONS.applied(db)]


def is_stamped_ours(db: Database) -> bool:
    return application_id(db) == APPLICATION_ID


def made_by_newer_program(db: Database) -> bool:
    """A step this program does not know, or a version beyond its latest."""
    unknown = [name for name in applied_steps(db) if name not in STEP_NAMES]
    return bool(unknown) or schema_version(db) > LATEST_VERSION
