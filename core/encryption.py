"""Encryption at rest (SQLCipher): keys, passphrases, recovery codes, and rewriting a file.

A council file and all its backups share one key and one salt. The key is derived from
the passphrase exactly as SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256,000 rounds,
the salt in the file's first 16 bytes), so the passphrase opens every copy. The
recovery code printed on the *herstelblad* is that key itself: it opens the file and
its backups when the passphrase is forgotten. A new passphrase means a new key, and so
a new recovery sheet.

The key lives in memory as a ``FileKey`` only: the passphrase itself is never kept.
"""

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from core import driver
from core.errors import RaadswerkError
from core.file_format import SQLITE_HEADER, has_sqlite_header
from core.i18n import tr

KDF_ROUNDS = 256_000  # SQLCipher 4's default
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_SIZE = 4096  # SQLCipher 4's default page size
MIN_PASSPHRASE = 10
_HEX = re.compile(r"^[0-9a-f]{64}$")


class PassphraseNeededError(RaadswerkError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphraseError(RaadswerkError):
    """The passphrase (or recovery code) does not open the file."""


@dataclass(frozen=True)
class FileKey:
    """The raw key and salt of an encrypted file (what SQLCipher uses on every page)."""

    key: bytes
    salt: bytes

    def pragma(self) -> str:
        """The value for ``PRAGMA key``: raw key plus salt, so no slow derivation runs."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def recovery_code(self) -> str:
        """The key as 16 groups of four characters, for the recovery sheet."""
        text = self.key.hex().upper()
        return "-".join(text[index:index + 4] for index in range(0, len(text), 4))

    def __repr__(self) -> str:  # never show the key in a log or traceback
        return "FileKey(…)"


def pragma_of(key: FileKey | None) -> str | None:
    return None if key is None else key.pragma()


def derive(passphrase: str, salt: bytes) -> FileKey:
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS,
                              KEY_BYTES)
    return FileKey(raw, salt)


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """A passphrase good enough to protect health details, typed twice the same."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise RaadswerkError(tr("Choose a passphrase of at least {count} characters, for "
                                "instance four words you will remember.",
                                count=MIN_PASSPHRASE))
    if passphrase != repeated:
        raise RaadswerkError(tr("The two passphrases are not the same. Type them again."))


def new_key(passphrase: str) -> FileKey:
    """A key for a file that is to be encrypted: fresh salt, derived from the passphrase."""
    return derive(passphrase, secrets.token_bytes(SALT_BYTES))


def is_encrypted(path: Path) -> bool:
    """True when the file looks like SQLCipher's: whole pages, no plain SQLite header.

    Anything else that is not SQLite (a zip, a text file) is reported as not a database.
    """
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        size = Path(path).stat().st_size
    except OSError:
        return False
    return (not has_sqlite_header(header) and size >= PAGE_SIZE and size % PAGE_SIZE == 0)


def file_salt(path: Path) -> bytes:
    with Path(path).open("rb") as handle:
        return handle.read(SALT_BYTES)


def _recovery_key(secret: str) -> bytes | None:
    """The key in a typed recovery code (dashes, spaces and case do not matter)."""
    text = re.sub(r"[\s\-]", "", secret).lower()
    return bytes.fromhex(text) if _HEX.match(text) else None


def unlock(path: Path, secret: str) -> FileKey:
    """The key of ``path`` from a passphrase or recovery code; wrong: WrongPassphraseError."""
    path = Path(path)
    if not secret:
        raise PassphraseNeededError(needed_message(path))
    salt = file_salt(path)
    raw = _recovery_key(secret)
    key = FileKey(raw, salt) if raw is not None else derive(secret, salt)
    if not opens(path, key):
        raise WrongPassphraseError(tr(
            "The passphrase does not open {name}. Check it (capitals count) and try again; "
            "the file was not changed.", name=path.name))
    return key


def matches(key: FileKey, secret: str) -> bool:
    """Whether a passphrase or recovery code is the one of ``key`` (the file is not read)."""
    raw = _recovery_key(secret or "")
    candidate = FileKey(raw, key.salt) if raw is not None else derive(secret or "", key.salt)
    return secrets.compare_digest(candidate.key, key.key)


def needed_message(path: Path) -> str:
    return tr("{name} is encrypted: give its passphrase (or the recovery code from the "
              "recovery sheet).", name=Path(path).name)


def opens(path: Path, key: FileKey | None) -> bool:
    """Whether ``key`` (None: no key) reads the file."""
    try:
        conn = driver.connect(path, read_only=True, key=pragma_of(key))
    except driver.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver.DatabaseError:
        return False
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def rewrite(source_conn: driver.Connection, target: Path, key: FileKey | None) -> Path:
    """Write the whole database of ``source_conn`` to ``target`` under ``key`` (None: plain).

    Works across plain and encrypted (SQLite's backup API cannot), through a checked
    temporary file: ``target`` appears whole or not at all.
    """
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    versions = [source_conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("user_version", "application_id")]
    key_value = key.pragma() if key is not None else "''"
    try:
        source_conn.execute(f"ATTACH DATABASE ? AS rewritten KEY {key_value}",
                            [str(temporary)])
        try:
            source_conn.execute("SELECT sqlcipher_export('rewritten')")
            source_conn.execute(f"PRAGMA rewritten.user_version = {int(versions[0])}")
            source_conn.execute(f"PRAGMA rewritten.application_id = {int(versions[1])}")
        finally:
            source_conn.execute("DETACH DATABASE rewritten")
        check = driver.connect(temporary, key=pragma_of(key))
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise RaadswerkError(tr("The rewritten copy failed its check ({problem}); the "
                                    "file was left as it was.", problem=result))
        _fsync(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
