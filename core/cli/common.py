"""What the command modules share: arguments, opening the file, writing output."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from core.database import Council, open_council, pending_steps
from core.encryption import FileKey, PassphraseNeededError, is_encrypted, unlock
from core.errors import RaadswerkError
from core.i18n import tr
from core.output import write_atomically
from core.paths import default_backup_dir

PASSPHRASE_VARIABLE = "RAADSWERK_PASSPHRASE"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` on a subcommand; it may also stand before the command."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=tr("the council file"))
    add_passphrase_argument(parser, argparse.SUPPRESS)


def add_passphrase_argument(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=tr("read the passphrase of an encrypted file from FILE (or set "
                                "{variable}; otherwise it is asked for)",
                                variable=PASSPHRASE_VARIABLE))


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


def add_output_argument(parser: argparse.ArgumentParser, example: str = "OUT.pdf") -> None:
    parser.add_argument("-o", "--output", metavar=example, required=True,
                        help=tr("where to write the file"))


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
    return open_council(path, create=False, backup_dir=default_backup_dir(), lock=True,
                        key=key)


def write_output(args: argparse.Namespace, data: bytes) -> int:
    target = write_atomically(Path(args.output), data)
    print(tr("Written: {path}", path=target))
    return 0


def say(message: str) -> None:
    print(message, file=sys.stdout)
