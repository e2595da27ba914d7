"""The one SQLite driver: SQLCipher's build of SQLite, for plain and encrypted files alike.

Every connection to a council file or backup is made here, so that the error classes
(``Error``, ``DatabaseError``, …) are the ones the connection raises, and an encrypted
file gets its key before anything else reads it. SQLCipher opens unencrypted files as
plain SQLite does; its default of ``secure_delete`` does not matter, we set it ourselves.
"""

from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlite

if TYPE_CHECKING:
    # sqlcipher3 publishes no types; its connection is the standard library's sqlite3 code
    # built against SQLCipher, with the same API, so that is the type the checker sees.
    from sqlite3 import Connection
else:
    Connection = sqlite.Connection
Error = sqlite.Error
DatabaseError = sqlite.DatabaseError
OperationalError = sqlite.OperationalError
IntegrityError = sqlite.IntegrityError
sqlite_version = sqlite.sqlite_version


def connect(path: Path | str, *, read_only: bool = False, key: str | None = None,
            check_same_thread: bool = True) -> Connection:
    """A connection to ``path``; ``key`` is a PRAGMA key value (see core.encryption)."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite.connect(uri, uri=True, check_same_thread=check_same_thread)
    else:
        conn = sqlite.connect(str(path), check_same_thread=check_same_thread)
    # SQLCipher would otherwise print every failed decryption to the terminal.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key}")
    return conn
