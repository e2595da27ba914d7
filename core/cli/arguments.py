"""The arguments several commands share (--db, --passphrase-file, --take-over, --output).

Declaring them needs nothing but argparse and the texts, so that the parser can be built
without loading the database code (``--version`` stays quick).
"""

import argparse

from core.i18n import tr

PASSPHRASE_VARIABLE = "RAADSWERK_PASSPHRASE"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` and ``--take-over`` on a subcommand; they may also stand before it."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=tr("the council file"))
    add_passphrase_argument(parser, argparse.SUPPRESS)
    add_take_over_argument(parser, argparse.SUPPRESS)


def add_passphrase_argument(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=tr("read the passphrase of an encrypted file from FILE (or set "
                                "{variable}; otherwise it is asked for)",
                                variable=PASSPHRASE_VARIABLE))


def add_take_over_argument(parser: argparse.ArgumentParser, default=False) -> None:
    parser.add_argument("--take-over", action="store_true", default=default,
                        help=tr("take the file over when a Raadswerk that did not close "
                                "properly left it locked"))


def add_output_argument(parser: argparse.ArgumentParser, example: str = "OUT.pdf") -> None:
    parser.add_argument("-o", "--output", metavar=example, required=True,
                        help=tr("where to write the file"))
