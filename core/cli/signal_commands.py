"""Commands of the signal feature: the printed signals report."""

from core.cli.common import add_db_argument, add_output_argument, open_for_command, write_output
from core.dates import parse_date
from core.i18n import tr


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
    reporter.add_argument("--search", metavar="TEXT", required=True,
                          help=tr("name, phone number or e-mail address of the reporter"))
    add_output_argument(reporter, "OUT.pdf|OUT.json")
    reporter.set_defaults(handler=run_export_reporter)


def run_signals_report(args) -> int:
    from core.signals.report import signals_report_pdf

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
    from core.errors import RaadswerkError
    from core.signals.privacy import export_reporter_json, find_reporter

    council = open_for_command(args)
    try:
        signal_ids = sorted({contact.signal_id for contact in find_reporter(council.db,
                                                                           args.search)})
        if not signal_ids:
            raise RaadswerkError(tr("No contact details match '{text}'.", text=args.search[:80]))
        if str(args.output).lower().endswith(".pdf"):
            from core.signals.access_document import reporter_pdf

            data = reporter_pdf(council.db, signal_ids)
        else:
            data = export_reporter_json(council.db, signal_ids)
    finally:
        council.close()
    return write_output(args, data)
