"""The command line: the same core, without Qt. ``main.py`` builds and runs it.

Each feature keeps its commands in a module here with ``register(groups)``;
a handler takes the parsed arguments and returns the exit code.
"""

import argparse
from dataclasses import dataclass

from core import __version__
from core.cli import (
    advice_commands,
    allowance_commands,
    annual_commands,
    encryption_commands,
    file_commands,
    letter_commands,
    meeting_commands,
    member_commands,
    privacy_commands,
    search_commands,
    signal_commands,
)
from core.cli.common import add_passphrase_argument, add_take_over_argument
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr

MODULES = [
    file_commands,
    encryption_commands,
    letter_commands,
    member_commands,
    meeting_commands,
    signal_commands,
    privacy_commands,
    advice_commands,
    search_commands,
    annual_commands,
    allowance_commands,
]


@dataclass
class CommandGroups:
    """The places a feature can add commands: top level, 'print', 'import', 'export'."""

    top: argparse._SubParsersAction
    print: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction


def chosen_language(argv: list[str] | None) -> str:
    """The language asked for with ``--lang``, read before the parser's help text is built."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        # A wrong --lang is reported by the full parser, in the default language.
        return DEFAULT_LANGUAGE
    return known.lang if known.lang in LANGUAGES else DEFAULT_LANGUAGE


def build_parser() -> argparse.ArgumentParser:
    """The full parser; call ``set_language`` first, its help text is translated here."""
    parser = argparse.ArgumentParser(
        prog="raadswerk",
        description=tr("Raadswerk: the secretary's program for an advisory council. "
                       "Without a command, the window opens."),
    )
    parser.add_argument("--db", metavar="PATH", help=tr("the council file to open"))
    add_passphrase_argument(parser)
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help=tr("language (nl or en)"))
    add_take_over_argument(parser)
    parser.add_argument("--version", action="version", version=f"Raadswerk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=tr("check that this installation works, without a window"))
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = CommandGroups(
        top=top,
        print=top.add_parser("print", help=tr("print a document to PDF")).add_subparsers(
            dest="kind", metavar="DOCUMENT", required=True),
        import_=top.add_parser("import", help=tr("import records from a file")).add_subparsers(
            dest="kind", metavar="WHAT", required=True),
        export=top.add_parser("export", help=tr("export records to a file")).add_subparsers(
            dest="kind", metavar="WHAT", required=True),
    )
    for module in MODULES:
        module.register(groups)
    return parser
