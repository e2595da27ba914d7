"""What the command modules share: arguments, opening the file, writing output."""

import argparse
import sys
from pathlib import Path

from core.database import Council, open_council, pending_steps
from core.errors import RaadswerkError
from core.i18n import tr
from core.output import write_atomically
from core.paths import default_backup_dir


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` on a subcommand; it may also stand before the command."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=tr("the council file"))


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
    if not write:
        council = open_council(path, create=False, read_only=True)
        if not pending_steps(council.db):
            return council
        council.close()
    # A writing command takes the lock, so it never writes while the window has the file.
    return open_council(path, create=False, backup_dir=default_backup_dir(), lock=True)


def write_output(args: argparse.Namespace, data: bytes) -> int:
    target = write_atomically(Path(args.output), data)
    print(tr("Written: {path}", path=target))
    return 0


def say(message: str) -> None:
    print(message, file=sys.stdout)
