"""Commands on the file as a whole: demo, check, backup."""

from pathlib import Path

from core.backup import backup_database
from core.cli.common import add_db_argument, database_path, open_for_command, say
from core.database import check_file
from core.demo import write_demo
from core.i18n import tr
from core.paths import default_backup_dir


def register(groups) -> None:
    demo = groups.top.add_parser("demo", help=tr("write a demo council into a new file"))
    demo.add_argument("path", metavar="PATH", help=tr("the new file"))
    demo.add_argument("--force", action="store_true", help=tr("overwrite an existing file"))
    demo.set_defaults(handler=run_demo)

    check = groups.top.add_parser("check", help=tr("report integrity and schema version"))
    add_db_argument(check)
    check.set_defaults(handler=run_check)

    backup = groups.top.add_parser("backup", help=tr("write a consistent copy of the file"))
    add_db_argument(backup)
    backup.add_argument("--to", metavar="DIR", help=tr("folder for the copy"))
    backup.set_defaults(handler=run_backup)


def run_demo(args) -> int:
    path = write_demo(Path(args.path), force=args.force)
    say(tr("Demo council written to {path}", path=path))
    return 0


def run_check(args) -> int:
    report = check_file(database_path(args))
    say(tr("File: {path}", path=report["path"]))
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
        target = backup_database(council.db, Path(args.to) if args.to else default_backup_dir())
    finally:
        council.close()
    say(tr("Backup written to {path}", path=target))
    return 0
