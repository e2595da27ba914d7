"""The command line: the same core, without Qt. ``main.py`` builds and runs it.

Each feature keeps its commands in a module here with ``register(groups)``;
a handler takes the parsed arguments and returns the exit code. ``COMMANDS`` names the
module of every command, and only the modules of the command being run are imported:
``check`` never loads ReportLab, ``--version`` loads no command at all.
"""

import argparse
import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core import __version__
from core.cli.arguments import add_passphrase_argument, add_take_over_argument
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr

# Every command, as typed, and the module that declares it. The one place where modules
# are imported by name (docs/style.md, "Imports"): a command's module, and what it needs,
# is loaded only when that command runs. tests/core/cli/test_command_registry.py checks
# that this list and the modules' own register() agree.
COMMANDS: dict[str, str] = {
    "demo": "core.cli.demo_commands",
    **dict.fromkeys(["check", "backup", "backups", "restore"], "core.cli.file_commands"),
    **dict.fromkeys(["encrypt", "decrypt"], "core.cli.encryption_commands"),
    "print letter": "core.cli.letter_commands",
    **dict.fromkeys(["print members", "print terms", "import members", "export members"],
                    "core.cli.member_commands"),
    **dict.fromkeys(["print agenda", "print invitation", "print minutes", "print presence"],
                    "core.cli.meeting_commands"),
    "print pack": "core.cli.pack_commands",
    "export calendar": "core.cli.calendar_commands",
    **dict.fromkeys(["print signals", "export reporter"], "core.cli.signal_commands"),
    "print register": "core.cli.privacy_commands",
    **dict.fromkeys(["print advice", "print advice-reminder"], "core.cli.advice_commands"),
    "search": "core.cli.search_commands",
    **dict.fromkeys(["print annual-report", "export annual-figures", "export statistics"],
                    "core.cli.annual_commands"),
    **dict.fromkeys(["print allowances", "export allowances"], "core.cli.allowance_commands"),
}
ALL_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
# Options before the command that take a value (so the value is not read as a command),
# and the one that takes none (so that the command after it is still found).
_VALUED_OPTIONS = ("--db", "--passphrase-file", "--lang")
_FLAG_OPTIONS = ("--take-over",)


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


def command_words(argv: Sequence[str]) -> list[str]:
    """The command as typed, without options: ['print', 'agenda'] (at most two words)."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    for option in _VALUED_OPTIONS:
        early.add_argument(option)
    for option in _FLAG_OPTIONS:
        early.add_argument(option, action="store_true")
    try:
        _known, rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return []
    # Options after the command (-o OUT.pdf) are the full parser's; the first two words
    # are the command.
    return [token for token in rest if not token.startswith("-")][:2]


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules that ``argv`` needs: its command's; every one for an unknown
    command or for help on all of them (argparse lists them); none without a command."""
    words = command_words(argv)
    if not words and not {"-h", "--help"} & set(argv):
        return ()
    chosen = {module for name, module in COMMANDS.items()
              if name.split()[:len(words)] == words[:len(name.split())]}
    return tuple(module for module in ALL_MODULES if module in chosen) or ALL_MODULES


def build_parser(modules: Iterable[str] = ALL_MODULES) -> argparse.ArgumentParser:
    """The parser with the commands of ``modules`` (all by default); call ``set_language``
    first, its help text is translated here."""
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
    for name in modules:
        importlib.import_module(name).register(groups)
    return parser
