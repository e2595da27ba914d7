"""Commands on the file as a whole: check, backup, backups, restore."""

from pathlib import Path

from core.backup import DEFAULT_POLICY, backup_database, list_backups, restore_backup
from core.cli.arguments import add_db_argument
from core.cli.common import database_path, key_for, open_for_command, say, take_lock
from core.database import check_file
from core.encryption import opens
from core.errors import RaadswerkError
from core.i18n import format_datetime, format_number, tr
from core.paths import default_backup_dir


def register(groups) -> None:
    check = groups.top.add_parser("check", help=tr("report integrity and schema version"))
    add_db_argument(check)
    check.set_defaults(handler=run_check)

    backup = groups.top.add_parser("backup", help=tr("write a consistent copy of the file"))
    add_db_argument(backup)
    backup.add_argument("--to", metavar="DIR", help=tr("folder for the copy"))
    backup.add_argument("--keep-all", action="store_true",
                        help=tr("keep every older backup (no rotation)"))
    backup.set_defaults(handler=run_backup)

    backups = groups.top.add_parser("backups", help=tr("list the backups of the file"))
    add_db_argument(backups)
    backups.add_argument("--from", dest="folder", metavar="DIR",
                         help=tr("folder with the backups"))
    backups.set_defaults(handler=run_list_backups)

    restore = groups.top.add_parser(
        "restore", help=tr("put a backup back; the current file is kept as a backup first"))
    add_db_argument(restore)
    restore.add_argument("backup", metavar="BACKUP", help=tr("the backup file to put back"))
    restore.add_argument("--backups", metavar="DIR",
                         help=tr("folder where the current file is kept first"))
    restore.set_defaults(handler=run_restore)


def run_check(args) -> int:
    path = database_path(args)
    report = check_file(path, key_for(args, path) if path.exists() else None)
    say(tr("File: {path}", path=report["path"]))
    if report["encrypted"]:
        say(tr("Encrypted: yes"))
    say(tr("Schema version: {version} (this program: {latest})",
           version=report["schema_version"], latest=report["latest_version"]))
    if report["pending"]:
        say(tr("Steps still to apply: {steps}", steps=", ".join(report["pending"])))
    if report["problems"]:
        for problem in report["problems"][:20]:
            say(tr("Problem: {problem}", problem=problem))
        return 1
    say(tr("Integrity: in order"))
    return 0


def run_backup(args) -> int:
    council = open_for_command(args)
    try:
        target = backup_database(council.db, Path(args.to) if args.to else default_backup_dir(),
                                 policy=None if args.keep_all else DEFAULT_POLICY,
                                 key=council.key)
    finally:
        council.close()
    say(tr("Backup written to {path}", path=target))
    return 0


def _counts_text(counts: dict[str, int]) -> str:
    labels = {"members": tr("members"), "meetings": tr("meetings"),
              "signals": tr("signals"), "advice": tr("advice")}
    return ", ".join(f"{format_number(count)} {labels[table]}" for table, count in counts.items())


def run_list_backups(args) -> int:
    folder = Path(args.folder) if args.folder else default_backup_dir()
    path = database_path(args)
    infos = list_backups(folder, path, key_for(args, path) if path.exists() else None)
    if not infos:
        say(tr("No backups of this file in {folder}.", folder=folder))
        return 0
    for info in infos:
        what = _counts_text(info.counts) if info.readable else tr("unreadable")
        say(f"{format_datetime(info.made_at)}  {info.reason_label}  "
            f"{format_number(round(info.size / 1024))} kB  {what}  {info.path.name}")
    return 0


def run_restore(args) -> int:
    path = database_path(args)
    backup = Path(args.backup)
    if not backup.exists():
        raise RaadswerkError(tr("The file {path} does not exist.", path=backup))
    key = key_for(args, path) if path.exists() else None
    backup_key = key if key is not None and opens(backup, key) else key_for(args, backup)
    # Refused, naming the holder, while the window has it open.
    lock = take_lock(path, getattr(args, "take_over", False))
    try:
        result = restore_backup(path, backup, Path(args.backups) if args.backups
                                else default_backup_dir(), key=key, backup_key=backup_key)
    finally:
        lock.release()
    say(tr("Backup {name} put back into {path}.", name=backup.name, path=path))
    if result.kept_aside is not None:
        say(tr("The file as it was is kept in {path}.", path=result.kept_aside))
    return 0
