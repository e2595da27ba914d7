"""What the command modules share: arguments, opening the file, writing output."""

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from core.cli.arguments import PASSPHRASE_VARIABLE
from core.database import Council, open_council, pending_steps
from core.encryption import FileKey, PassphraseNeededError, is_encrypted, unlock
from core.errors import RaadswerkError
from core.i18n import tr
from core.locking import (
    LockHeldError,
    LockInfo,
    WriterLock,
    acquire_lock,
    break_lock,
    lock_path,
)
from core.output import write_atomically
from core.paths import default_backup_dir


def read_secret_file(path: str) -> str:
    """The first line of a passphrase file (editors add a line break at the end)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise RaadswerkError(tr("The passphrase file {path} cannot be read: {reason}",
                                path=path, reason=getattr(error, "strerror", None) or error)
                             ) from error
    return text.splitlines()[0] if text.splitlines() else ""


def given_passphrase(args: argparse.Namespace, path: Path) -> str:
    """From --passphrase-file, else RAADSWERK_PASSPHRASE, else a prompt on a terminal."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_VARIABLE):
        return os.environ[PASSPHRASE_VARIABLE]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(tr("Passphrase for {name}: ", name=path.name))
    raise PassphraseNeededError(tr(
        "{name} is encrypted: give its passphrase with --passphrase-file FILE or in "
        "{variable}.", name=path.name, variable=PASSPHRASE_VARIABLE))


def key_for(args: argparse.Namespace, path: Path) -> FileKey | None:
    """The key of an encrypted file (None for a plain one); wrong: one clear line, exit 1."""
    if not is_encrypted(path):
        return None
    return unlock(path, given_passphrase(args, path))


def database_path(args: argparse.Namespace) -> Path:
    if not getattr(args, "db", None):
        raise RaadswerkError(tr("Say which council file to use with --db PATH."))
    return Path(args.db)


def open_for_command(args: argparse.Namespace, write: bool = False) -> Council:
    """Open the file named by --db; reading commands open it read-only when they can."""
    path = database_path(args)
    if not path.exists():
        raise RaadswerkError(tr("The file {path} does not exist.", path=path))
    key = key_for(args, path)
    if not write:
        council = open_council(path, create=False, read_only=True, key=key)
        if not pending_steps(council.db):
            return council
        council.close()
    # A writing command takes the lock, so it never writes while the window has the file.
    lock = take_lock(path, getattr(args, "take_over", False))
    try:
        council = open_council(path, create=False, backup_dir=default_backup_dir(), lock=lock,
                               key=key)
    except BaseException:
        lock.release()
        raise
    for note in council.notes:
        say(note)
    return council


def take_lock(path: Path, take_over: bool) -> WriterLock:
    """The writer lock on ``path``; with ``take_over``, a lock left behind is broken first.

    Only a lock that is certainly left behind is broken: its process no longer runs on
    this computer, or the lock file cannot be read at all. A file open elsewhere stays
    refused, with who has it.
    """
    try:
        return acquire_lock(path)
    except LockHeldError as error:
        if not take_over:
            raise LockHeldError(
                tr("{holder} Close it there first. If that Raadswerk was closed improperly "
                   "(a crash, a power cut), add --take-over.", holder=error),
                error.holder, path) from None
        if not (error.holder.is_stale() or error.holder.unreadable):
            raise LockHeldError(_why_not_taken_over(path, error.holder), error.holder,
                                path) from None
        break_lock(path, error.holder)
        say(tr("The lock left behind on {name} was removed.", name=path.name))
        return acquire_lock(path)


def _why_not_taken_over(path: Path, holder: LockInfo) -> str:
    if holder.on_this_computer:
        return tr("{holder} That program still runs (process {pid}), so the file is not taken "
                  "over. Close it there first.", holder=holder.describe(path.name),
                  pid=holder.pid)
    return tr("{holder} Raadswerk cannot see from here whether it still runs on that computer, "
              "so the file is not taken over. Close it there; if that computer is off for "
              "good, remove the lock file {lock} yourself.",
              holder=holder.describe(path.name), lock=lock_path(path))


def write_from_council(args: argparse.Namespace, make: Callable[[Database], bytes]) -> int:
    """Open the council file the arguments name, make the output from it, close the file,
    then write the output (a print or an export)."""
    council = open_for_command(args)
    try:
        data = make(council.db)
    finally:
        council.close()
    return write_output(args, data)


def write_output(args: argparse.Namespace, data: bytes) -> int:
    target = write_atomically(Path(args.output), data)
    print(tr("Written: {path}", path=target))
    return 0


def say(message: str) -> None:
    print(message, file=sys.stdout)
