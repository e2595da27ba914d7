"""Commands of the annual report: the printed jaarverslag, its figures as .xlsx, and the
anonymous statistics for the region and the Koepel."""

import argparse
import datetime as dt
from pathlib import Path

from core.annual.document import annual_report_pdf
from core.annual.figures import collect_figures
from core.annual.spreadsheet import annual_xlsx
from core.annual.statistics import export_statistics
from core.annual.texts import check_year
from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import write_from_council
from core.errors import RaadswerkError
from core.i18n import tr

STATISTICS_SUFFIXES = (".json", ".csv")


def _add_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, metavar="YEAR",
                        help=tr("the calendar year, such as 2026"))


def _year(args: argparse.Namespace) -> int:
    return check_year(args.year)


def _suffix(args: argparse.Namespace, allowed: tuple[str, ...]) -> str:
    suffix = Path(args.output).suffix.lower()
    if suffix not in allowed:
        raise RaadswerkError(tr("{name}: choose a file name ending in {endings}.",
                                name=Path(args.output).name, endings=" / ".join(allowed)))
    return suffix


def run_annual_report(args: argparse.Namespace) -> int:
    year = _year(args)
    _suffix(args, (".pdf",))
    return write_from_council(args, lambda db: annual_report_pdf(db, year, dt.date.today()))


def run_annual_figures(args: argparse.Namespace) -> int:
    year = _year(args)
    _suffix(args, (".xlsx",))
    return write_from_council(args, lambda db: annual_xlsx(collect_figures(db, year)))


def run_statistics(args: argparse.Namespace) -> int:
    year = _year(args)
    suffix = _suffix(args, STATISTICS_SUFFIXES)
    return write_from_council(args, lambda db: export_statistics(db, year, suffix))


def register(groups) -> None:
    report = groups.print.add_parser(
        "annual-report", help=tr("the annual report of a year (texts, figures, charts)"))
    add_db_argument(report)
    _add_year(report)
    add_output_argument(report)
    report.set_defaults(handler=run_annual_report)

    figures = groups.export.add_parser(
        "annual-figures", help=tr("the figures of the annual report as a spreadsheet"))
    add_db_argument(figures)
    _add_year(figures)
    add_output_argument(figures, "OUT.xlsx")
    figures.set_defaults(handler=run_annual_figures)

    statistics = groups.export.add_parser(
        "statistics", help=tr("anonymous figures of a year for the region or the Koepel "
                              "(no names, no contact details, no typed text)"))
    add_db_argument(statistics)
    _add_year(statistics)
    add_output_argument(statistics, "OUT.json|OUT.csv")
    statistics.set_defaults(handler=run_statistics)
