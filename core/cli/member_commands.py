"""Commands of the member feature: print the member list, import and export members."""

from pathlib import Path

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, say, write_from_council
from core.errors import RaadswerkError
from core.i18n import tr, trn
from core.members.columns import field_label, guess_mapping
from core.members.exporting import export_members
from core.members.importing import prepare_import, run_import
from core.members.member_list import member_list_pdf
from core.members.reading import read_member_file
from core.members.rooster import rooster_pdf

EXPORT_SUFFIXES = (".csv", ".xlsx")


def register(groups) -> None:
    printing = groups.print.add_parser("members", help=tr("the member list (ledenlijst)"))
    add_db_argument(printing)
    add_output_argument(printing)
    printing.add_argument("--public", action="store_true",
                          help=tr("without addresses, e-mail and phone (for publication)"))
    printing.set_defaults(handler=run_print)

    terms = groups.print.add_parser(
        "terms", help=tr("the retirement schedule: who steps down or is reappointed when"))
    add_db_argument(terms)
    add_output_argument(terms)
    terms.set_defaults(handler=run_print_terms)

    importing = groups.import_.add_parser("members", help=tr("members from a .csv or .xlsx file"))
    add_db_argument(importing)
    importing.add_argument("file", metavar="FILE", help=tr("the .csv or .xlsx file"))
    importing.set_defaults(handler=run_import_command)

    exporting = groups.export.add_parser("members", help=tr("all members to .csv or .xlsx"))
    add_db_argument(exporting)
    add_output_argument(exporting, "FILE.csv|FILE.xlsx")
    exporting.set_defaults(handler=run_export)


def run_print(args) -> int:
    return write_from_council(args, lambda db: member_list_pdf(db, public=args.public))


def run_print_terms(args) -> int:
    return write_from_council(args, rooster_pdf)


def run_import_command(args) -> int:
    table = read_member_file(Path(args.file))
    mapping = guess_mapping(table.headers)
    used = [f"{header} → {field_label(name)}" for header, name in zip(table.headers, mapping,
                                                                      strict=True) if name]
    say(tr("Columns read: {columns}", columns="; ".join(used) or "-"))
    council = open_for_command(args, write=True)
    try:
        preview = prepare_import(council.db, table, mapping)
        if preview.bad_rows:
            say(preview.problems_report())
            raise RaadswerkError(trn("Nothing was imported: {count} row has a problem.",
                                     "Nothing was imported: {count} rows have a problem.",
                                     len(preview.bad_rows)))
        result = run_import(council.db, preview)
    finally:
        council.close()
    say(trn("{count} member imported.", "{count} members imported.", result.added))
    for row in preview.duplicates:
        say(tr("Line {line}: {name} looks like {existing}, who is already there; skipped.",
               line=row.line, name=row.name, existing=row.duplicate_of))
    if result.groups_created:
        say(tr("New working groups: {names}", names=", ".join(result.groups_created)))
    return 0


def run_export(args) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise RaadswerkError(tr("Export to a file ending in .csv or .xlsx."))
    return write_from_council(args, lambda db: export_members(db, suffix))
