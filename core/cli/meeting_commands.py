"""Commands of the meeting feature: print agenda, invitation, minutes and presence list
(the pack is in pack_commands.py: only it needs pypdf; the calendar export is in
calendar_commands.py: only it needs icalendar)."""

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, say, write_output
from core.cli.meeting_choice import (
    add_meeting_argument,
    add_public_argument,
    meeting_id,
    meeting_papers,
)
from core.i18n import tr
from core.meetings.agenda_document import render_agenda, render_presence_list
from core.meetings.invitation import make_invitation
from core.meetings.minutes_document import render_minutes

PUBLISHABLE = ("agenda", "minutes")  # and the pack (pack_commands.py)


def register(groups) -> None:
    helps = {
        "agenda": tr("print the agenda of a meeting"),
        "invitation": tr("print the invitation letter (kept in the letters archive)"),
        "minutes": tr("print the minutes of a meeting"),
        "presence": tr("print the presence list to sign"),
    }
    for name, text in helps.items():
        parser = groups.print.add_parser(name, help=text)
        add_db_argument(parser)
        add_meeting_argument(parser)
        add_output_argument(parser)
        if name in PUBLISHABLE:
            add_public_argument(parser)
        parser.set_defaults(handler=run_print, document=name, public=False)


def _document(db, name: str, chosen: int, public: bool) -> bytes:
    if name == "invitation":
        letter_id, pdf = make_invitation(db, chosen)
        say(tr("The invitation was kept in the letters archive (letter {id}).", id=letter_id))
        return pdf
    papers = meeting_papers(db, chosen, public)
    renderers = {"agenda": render_agenda, "minutes": render_minutes,
                 "presence": render_presence_list}
    return renderers[name](papers)


def run_print(args) -> int:
    council = open_for_command(args, write=args.document == "invitation")
    try:
        pdf = _document(council.db, args.document, meeting_id(council.db, args.meeting),
                        args.public)
    finally:
        council.close()
    return write_output(args, pdf)
