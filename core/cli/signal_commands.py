"""Commands of the signal feature: the printed signals report."""

import sys

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, write_output
from core.dates import parse_date
from core.errors import RaadswerkError
from core.i18n import tr
from core.signals.access_document import reporter_pdf
from core.signals.report import signals_report_pdf
from core.signals.reporters import export_reporter_json, get_reporter, reporter_candidates


def register(groups) -> None:
    report = groups.print.add_parser(
        "signals", help=tr("the signals report for a period (counts, chart, summaries)"))
    add_db_argument(report)
    report.add_argument("--from", dest="date_from", metavar="DATE", required=True,
                        help=tr("first day of the period (14-03-2026 or 2026-03-14)"))
    report.add_argument("--to", dest="date_to", metavar="DATE", required=True,
                        help=tr("last day of the period"))
    report.add_argument("--include-sensitive", action="store_true",
                        help=tr("also print descriptions marked as sensitive (do not pass "
                                "such a report on)"))
    add_output_argument(report)
    report.set_defaults(handler=run_signals_report)

    reporter = groups.export.add_parser(
        "reporter", help=tr("everything kept about one reporter (a request for access)"))
    add_db_argument(reporter)
    who = reporter.add_mutually_exclusive_group(required=True)
    who.add_argument("--search", metavar="TEXT",
                     help=tr("name, phone number or e-mail address of the reporter"))
    who.add_argument("--reporter", metavar="NUMBER", type=int,
                     help=tr("the reporter's number (the search lists it when it finds "
                             "more than one person)"))
    add_output_argument(reporter, "OUT.pdf|OUT.json")
    reporter.set_defaults(handler=run_export_reporter)


def run_signals_report(args) -> int:
    first = parse_date(args.date_from, "from")
    last = parse_date(args.date_to, "to")
    council = open_for_command(args)
    try:
        data = signals_report_pdf(council.db, first, last,
                                  include_sensitive=args.include_sensitive)
    finally:
        council.close()
    return write_output(args, data)


def run_export_reporter(args) -> int:
    council = open_for_command(args)
    try:
        reporter = _one_reporter(council.db, args)
        if str(args.output).lower().endswith(".pdf"):
            data = reporter_pdf(council.db, reporter)
        else:
            data = export_reporter_json(council.db, reporter)
    finally:
        council.close()
    return write_output(args, data)


def _one_reporter(db, args):
    """The one person the request is about; an ambiguous search lists the candidates."""
    if args.reporter is not None:
        return get_reporter(db, args.reporter)
    candidates = reporter_candidates(db, args.search)
    if not candidates:
        raise RaadswerkError(tr("No contact details match '{text}'.", text=args.search[:80]))
    if len(candidates) > 1:
        lines = [f"  {candidate.reporter_id:>5}  {candidate.describe()}"
                 for candidate in candidates]
        print("\n".join([tr("'{text}' matches different people ({count}):",
                             text=args.search[:80], count=len(candidates)), *lines]),
              file=sys.stderr)
        raise RaadswerkError(tr("A request is about one person: choose one with "
                                "--reporter NUMBER."))
    return candidates[0]
