"""Commands of the volunteer allowances: the overview of a year for the penningmeester, as
PDF on the letterhead or as an .xlsx workbook."""

import argparse
from pathlib import Path

from core.allowances.document import allowances_pdf
from core.allowances.overview import allowance_overview
from core.allowances.spreadsheet import allowances_xlsx
from core.annual.texts import check_year
from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import write_from_council
from core.errors import RaadswerkError
from core.i18n import tr


def _add_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, metavar="YEAR",
                        help=tr("the calendar year, such as 2026"))


def _check_suffix(args: argparse.Namespace, suffix: str) -> None:
    if Path(args.output).suffix.lower() != suffix:
        raise RaadswerkError(tr("{name}: choose a file name ending in {endings}.",
                                name=Path(args.output).name, endings=suffix))


def run_print_allowances(args: argparse.Namespace) -> int:
    year = check_year(args.year)
    _check_suffix(args, ".pdf")
    return write_from_council(args, lambda db: allowances_pdf(db, year))


def run_export_allowances(args: argparse.Namespace) -> int:
    year = check_year(args.year)
    _check_suffix(args, ".xlsx")
    return write_from_council(args, lambda db: allowances_xlsx(allowance_overview(db, year)))


def register(groups) -> None:
    printing = groups.print.add_parser(
        "allowances", help=tr("the volunteer allowances of a year, per member (for the "
                              "treasurer)"))
    add_db_argument(printing)
    _add_year(printing)
    add_output_argument(printing)
    printing.set_defaults(handler=run_print_allowances)

    exporting = groups.export.add_parser(
        "allowances", help=tr("the volunteer allowances of a year as a spreadsheet"))
    add_db_argument(exporting)
    _add_year(exporting)
    add_output_argument(exporting, "OUT.xlsx")
    exporting.set_defaults(handler=run_export_allowances)
