"""``encrypt`` and ``decrypt``: encryption at rest for a council file and its backups."""

import getpass
import os
import sys
from pathlib import Path

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import database_path, open_for_command, read_secret_file, say
from core.documents.letterhead import load_letterhead
from core.documents.recovery_sheet import recovery_sheet_pdf
from core.encrypting import EncryptionChange, EncryptionChangeFailed, change_encryption
from core.encryption import check_new_passphrase, new_key
from core.errors import RaadswerkError
from core.i18n import tr
from core.output import write_atomically
from core.paths import default_backup_dir

NEW_PASSPHRASE_VARIABLE = "RAADSWERK_NEW_PASSPHRASE"


def register(groups) -> None:
    encrypt = groups.top.add_parser(
        "encrypt", help=tr("encrypt the file and its backups with a passphrase (or choose a "
                           "new passphrase); writes the recovery sheet"))
    add_db_argument(encrypt)
    encrypt.add_argument("--new-passphrase-file", metavar="FILE",
                         help=tr("read the new passphrase from FILE (or set {variable}; "
                                 "otherwise it is asked for twice)",
                                 variable=NEW_PASSPHRASE_VARIABLE))
    add_output_argument(encrypt, "HERSTELBLAD.pdf")
    encrypt.add_argument("--backups", metavar="DIR", help=tr("folder with the backups"))
    encrypt.set_defaults(handler=run_encrypt)

    decrypt = groups.top.add_parser(
        "decrypt", help=tr("remove the encryption of the file and its backups"))
    add_db_argument(decrypt)
    decrypt.add_argument("--backups", metavar="DIR", help=tr("folder with the backups"))
    decrypt.set_defaults(handler=run_decrypt)


def _new_passphrase(args) -> str:
    if args.new_passphrase_file:
        return read_secret_file(args.new_passphrase_file)
    if os.environ.get(NEW_PASSPHRASE_VARIABLE):
        return os.environ[NEW_PASSPHRASE_VARIABLE]
    if sys.stdin is None or not sys.stdin.isatty():
        raise RaadswerkError(tr("Give the new passphrase with --new-passphrase-file FILE or in "
                                "{variable}.", variable=NEW_PASSPHRASE_VARIABLE))
    first = getpass.getpass(tr("New passphrase: "))
    check_new_passphrase(first, getpass.getpass(tr("The new passphrase again: ")))
    return first


def _report(change: EncryptionChange) -> None:
    say(tr("A backup was made first: {path}", path=change.backup))
    if change.backups_rewritten:
        say(tr("Backups rewritten the same way: {count}", count=len(change.backups_rewritten)))
    for path in change.backups_left:
        say(tr("Left as it was (it does not open with the old passphrase): {path}", path=path))


def run_encrypt(args) -> int:
    passphrase = _new_passphrase(args)
    check_new_passphrase(passphrase, passphrase)
    key = new_key(passphrase)
    council = open_for_command(args, write=True)
    try:
        # The sheet is written before the file changes: no encrypted file without its sheet.
        sheet = write_atomically(Path(args.output),
                                 recovery_sheet_pdf(load_letterhead(council.db), key,
                                                    council.path))
        change = _change(council, key, args)
    finally:
        council.close()
    say(tr("{name} is encrypted. Recovery sheet: {path} — print it and keep it in a safe "
           "place; without passphrase and sheet nobody can open the file.",
           name=database_path(args).name, path=sheet))
    _report(change)
    return 0


def run_decrypt(args) -> int:
    council = open_for_command(args, write=True)
    try:
        change = _change(council, None, args)
    finally:
        council.close()
    say(tr("{name} is no longer encrypted.", name=database_path(args).name))
    _report(change)
    return 0


def _change(council, key, args) -> EncryptionChange:
    """Change the encryption; the council opened again is closed at once (a command ends)."""
    try:
        change = change_encryption(council, key, _backup_folder(args))
    except EncryptionChangeFailed as failed:
        failed.council.close()
        raise
    change.council.close()
    return change


def _backup_folder(args) -> Path:
    return Path(args.backups) if args.backups else default_backup_dir()
