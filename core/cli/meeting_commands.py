"""Commands of the meeting feature: print agenda, invitation, pack, minutes and presence
list; export the calendar (.ics)."""

import datetime as dt

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, say, write_output
from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings import next_meeting
from core.meetings.agenda_document import render_agenda, render_presence_list
from core.meetings.calendar import meeting_ics, upcoming_ics
from core.meetings.invitation import make_invitation
from core.meetings.minutes_document import render_minutes
from core.meetings.pack import render_pack
from core.meetings.papers import load_papers
from core.meetings.repository import get_meeting


def _add_meeting_argument(parser, required: bool = True) -> None:
    parser.add_argument("--meeting", metavar="ID", required=required,
                        help=tr("the meeting's number, or 'next' for the next meeting"))


def register(groups) -> None:
    helps = {
        "agenda": tr("print the agenda of a meeting"),
        "invitation": tr("print the invitation letter (kept in the letters archive)"),
        "pack": tr("print the meeting pack: agenda and attached PDF documents"),
        "minutes": tr("print the minutes of a meeting"),
        "presence": tr("print the presence list to sign"),
    }
    for name, text in helps.items():
        parser = groups.print.add_parser(name, help=text)
        add_db_argument(parser)
        _add_meeting_argument(parser)
        add_output_argument(parser)
        parser.set_defaults(handler=run_print, document=name)
    calendar = groups.export.add_parser(
        "calendar", help=tr("export meetings as a calendar file (.ics)"))
    add_db_argument(calendar)
    _add_meeting_argument(calendar, required=False)
    add_output_argument(calendar, "OUT.ics")
    calendar.set_defaults(handler=run_calendar)


def meeting_id(db, value: str) -> int:
    """The id typed after --meeting: a number, or 'next'."""
    if value.strip().lower() in ("next", "volgende"):
        meeting = next_meeting(db, dt.date.today())
        if meeting is None:
            raise RaadswerkError(tr("There is no upcoming meeting."))
        return meeting.saved_id
    try:
        number = int(value)
    except ValueError:
        raise RaadswerkError(
            tr("'{value}' is not a meeting number.", value=value[:20])) from None
    return get_meeting(db, number).saved_id


def _document(db, name: str, chosen: int) -> bytes:
    if name == "invitation":
        letter_id, pdf = make_invitation(db, chosen)
        say(tr("The invitation was kept in the letters archive (letter {id}).", id=letter_id))
        return pdf
    if name == "pack":
        pdf, left_out = render_pack(load_papers(db, chosen, with_attachments=True))
        for document in left_out:
            say(tr("Not in the pack (not a readable PDF): {name}", name=document))
        return pdf
    papers = load_papers(db, chosen)
    renderers = {"agenda": render_agenda, "minutes": render_minutes,
                 "presence": render_presence_list}
    return renderers[name](papers)


def run_print(args) -> int:
    council = open_for_command(args, write=args.document == "invitation")
    try:
        pdf = _document(council.db, args.document, meeting_id(council.db, args.meeting))
    finally:
        council.close()
    return write_output(args, pdf)


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
