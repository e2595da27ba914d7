"""The calendar export of the meeting feature (.ics, through icalendar)."""

import datetime as dt

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, write_output
from core.cli.meeting_choice import add_meeting_argument, meeting_id
from core.i18n import tr
from core.meetings.calendar import meeting_ics, upcoming_ics


def register(groups) -> None:
    calendar = groups.export.add_parser(
        "calendar", help=tr("export meetings as a calendar file (.ics)"))
    add_db_argument(calendar)
    add_meeting_argument(calendar, required=False)
    add_output_argument(calendar, "OUT.ics")
    calendar.set_defaults(handler=run_calendar)


def run_calendar(args) -> int:
    council = open_for_command(args)
    try:
        if args.meeting:
            data = meeting_ics(council.db, meeting_id(council.db, args.meeting))
        else:
            data = upcoming_ics(council.db, dt.date.today())
    finally:
        council.close()
    return write_output(args, data)
