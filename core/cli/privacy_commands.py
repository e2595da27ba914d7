"""``print register``: the register of processing activities (AVG Art. 30) of the file."""

from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import open_for_command, write_output
from core.i18n import tr
from core.processing_register import processing_register_pdf


def register(groups) -> None:
    register_parser = groups.print.add_parser(
        "register", help=tr("the register of processing activities (AVG Art. 30)"))
    add_db_argument(register_parser)
    add_output_argument(register_parser)
    register_parser.set_defaults(handler=run_register)


def run_register(args) -> int:
    council = open_for_command(args)
    try:
        data = processing_register_pdf(council.db, council.encrypted)
    finally:
        council.close()
    return write_output(args, data)
