"""``print pack``: a meeting's agenda with its attached PDF documents joined after it.
Apart from the other meeting commands because only joining PDFs needs pypdf."""

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, say, write_output
from core.cli.meeting_choice import (
    add_meeting_argument,
    add_public_argument,
    meeting_id,
    meeting_papers,
)
from core.i18n import tr
from core.meetings.pack import render_pack


def register(groups) -> None:
    parser = groups.print.add_parser(
        "pack", help=tr("print the meeting pack: agenda and attached PDF documents"))
    add_db_argument(parser)
    add_meeting_argument(parser)
    add_output_argument(parser)
    add_public_argument(parser)
    parser.set_defaults(handler=run_print_pack)


def run_print_pack(args) -> int:
    council = open_for_command(args)
    try:
        chosen = meeting_id(council.db, args.meeting)
        papers = meeting_papers(council.db, chosen, args.public, with_attachments=True)
        pdf, left_out = render_pack(papers)
    finally:
        council.close()
    for document in left_out:
        say(tr("Not in the pack (not a readable PDF): {name}", name=document))
    return write_output(args, pdf)
