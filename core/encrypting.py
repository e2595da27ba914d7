"""Encrypting a council file, changing its passphrase, or removing the encryption.

Each change is one step that either completes or leaves the old file: a backup is made
first, the whole file is written anew under the new key beside it, checked, and only
then renamed over the old one. The backups of the file follow (each rewritten the same
way), so that one passphrase and one recovery sheet open the file and every copy.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from core import driver
from core.backup import backup_database, backup_paths
from core.database import Council, open_council
from core.encryption import FileKey, is_encrypted, opens, pragma_of, rewrite
from core.errors import RaadswerkError
from core.i18n import tr


class EncryptionChangeFailed(RaadswerkError):
    """The change did not happen; ``council`` is the file opened again as it was."""

    def __init__(self, message: str, council: Council):
        super().__init__(message)
        self.council = council


@dataclass
class EncryptionChange:
    """What a change did: the council opened anew, the backup made first, copies rewritten."""

    council: Council
    backup: Path
    backups_rewritten: list[Path] = field(default_factory=list)
    # Copies that could not be rewritten (unreadable, or under yet another passphrase).
    backups_left: list[Path] = field(default_factory=list)


def _rewrite_file(path: Path, old: FileKey | None, new: FileKey | None) -> None:
    """``path`` (closed) written anew under ``new``: complete, or left as it was."""
    old = old if is_encrypted(path) else None
    source = driver.connect(path, key=pragma_of(old))
    incoming = path.with_name(path.name + ".rekeying")
    try:
        rewrite(source, incoming, new)
    finally:
        source.close()
    try:
        os.replace(incoming, path)
    except OSError:
        incoming.unlink(missing_ok=True)
        raise


def change_encryption(council: Council, new: FileKey | None, backup_dir: Path) -> EncryptionChange:
    """Encrypt (``new`` given, file plain), re-key, or decrypt (``new`` None) an open council.

    ``council`` is closed; the returned change holds the council opened again under the
    new key, with the same lock. On failure the old council file is untouched and
    ``EncryptionChangeFailed`` says why and holds the council opened again as it was.
    """
    if council.read_only:
        raise RaadswerkError(tr("{name} is opened read-only: its encryption cannot be changed.",
                                name=council.path.name))
    if new is None and not council.encrypted:
        raise RaadswerkError(tr("{name} is not encrypted.", name=council.path.name))
    path, old, lock = council.path, council.key, council.detach_lock()
    backup = backup_database(council.db, Path(backup_dir), reason="before-encryption",
                             key=old)
    council.close()
    try:
        _rewrite_file(path, old, new)
    except (OSError, driver.Error, RaadswerkError) as error:
        again = open_council(path, create=False, backup_dir=backup_dir, lock=lock, key=old)
        raise EncryptionChangeFailed(
            tr("The encryption of {name} could not be changed: {reason}. The file was left "
               "as it was.", name=path.name, reason=getattr(error, "strerror", None) or error),
            again) from error
    reopened = open_council(path, create=False, backup_dir=backup_dir, lock=lock, key=new)
    change = EncryptionChange(council=reopened, backup=backup)
    _follow_with_backups(change, Path(backup_dir), path, old, new)
    return change


def _follow_with_backups(change: EncryptionChange, backup_dir: Path, path: Path,
                         old: FileKey | None, new: FileKey | None) -> None:
    """Rewrite the file's backups under the new key; those the old key cannot open stay."""
    for backup in backup_paths(backup_dir, path):
        current = old if is_encrypted(backup) else None
        if is_encrypted(backup) and not opens(backup, current):
            change.backups_left.append(backup)
            continue
        try:
            _rewrite_file(backup, current, new)
        except (OSError, driver.Error, RaadswerkError):
            change.backups_left.append(backup)
            continue
        change.backups_rewritten.append(backup)
