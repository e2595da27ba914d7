"""Commands of the letters feature: print an archived letter without a window."""

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import write_from_council
from core.i18n import tr
from core.letters import letter_pdf


def register(groups) -> None:
    letter = groups.print.add_parser(
        "letter", help=tr("write an archived letter to PDF, exactly as it was kept"))
    add_db_argument(letter)
    letter.add_argument("--letter", metavar="ID", type=int, required=True,
                        help=tr("the number of the letter in the archive"))
    add_output_argument(letter)
    letter.set_defaults(handler=run_print_letter)


def run_print_letter(args) -> int:
    return write_from_council(args, lambda db: letter_pdf(db, args.letter))
