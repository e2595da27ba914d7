"""Commands of the meeting feature: print agenda, invitation, pack, minutes and presence
list (the calendar export is in calendar_commands.py: only it needs icalendar)."""

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, say, write_output
from core.cli.meeting_choice import add_meeting_argument, meeting_id
from core.i18n import tr
from core.meetings.agenda_document import render_agenda, render_presence_list
from core.meetings.invitation import make_invitation
from core.meetings.minutes_document import render_minutes
from core.meetings.pack import render_pack
from core.meetings.papers import for_public, load_papers


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
        add_meeting_argument(parser)
        add_output_argument(parser)
        if name in PUBLISHABLE:
            parser.add_argument("--public", action="store_true",
                                help=tr("for publication: without the confidential items "
                                        "and documents"))
        parser.set_defaults(handler=run_print, document=name, public=False)


PUBLISHABLE = ("agenda", "pack", "minutes")


def _papers(db, chosen: int, public: bool, with_attachments: bool = False):
    papers = load_papers(db, chosen, with_attachments=with_attachments)
    return for_public(papers) if public else papers


def _document(db, name: str, chosen: int, public: bool) -> bytes:
    if name == "invitation":
        letter_id, pdf = make_invitation(db, chosen)
        say(tr("The invitation was kept in the letters archive (letter {id}).", id=letter_id))
        return pdf
    if name == "pack":
        pdf, left_out = render_pack(_papers(db, chosen, public, with_attachments=True))
        for document in left_out:
            say(tr("Not in the pack (not a readable PDF): {name}", name=document))
        return pdf
    papers = _papers(db, chosen, public)
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
