"""Commands of the advice feature: the advice letter and the reminder, as PDF."""

import argparse
import re

from core.advice import get_advice
from core.advice.letters import advice_letter_pdf, reminder_content, reminder_draft_pdf
from core.cli.arguments import add_db_argument, add_output_argument
from core.cli.common import write_from_council
from core.documents.letterhead import load_letterhead
from core.errors import NotFoundError, RaadswerkError
from core.i18n import tr
from core.letters import letter_pdf

_REFERENCE = re.compile(r"^\s*(\d{4})-(\d{1,4})\s*$")


def find_advice_id(db, text: str) -> int:
    """An advice named by its id (12) or its reference (2026-07)."""
    match = _REFERENCE.match(text)
    if match:
        row = db.execute("SELECT id FROM advice WHERE ref_year = ? AND ref_number = ?",
                         [int(match.group(1)), int(match.group(2))]).fetchone()
    elif text.strip().isdigit():
        row = db.execute("SELECT id FROM advice WHERE id = ?", [int(text)]).fetchone()
    else:
        raise RaadswerkError(tr("Name the advice by its number or its reference, e.g. 2026-07."))
    if row is None:
        raise NotFoundError(tr("There is no advice {name} in this file.", name=text.strip()))
    return row[0]


def _print_advice(args: argparse.Namespace) -> int:
    return write_from_council(
        args, lambda db: advice_letter_pdf(db, find_advice_id(db, args.advice)))


def _print_reminder(args: argparse.Namespace) -> int:
    return write_from_council(args, lambda db: _reminder_pdf(db, args))


def _reminder_pdf(db, args: argparse.Namespace) -> bytes:
    """The reminder as sent, or (with --new, or none yet) a draft of a new one."""
    advice = get_advice(db, find_advice_id(db, args.advice))
    if advice.reminder_letter_id is not None and not args.new:
        return letter_pdf(db, advice.reminder_letter_id)
    return reminder_draft_pdf(load_letterhead(db), reminder_content(db, advice.id), advice)


def register(groups) -> None:
    advice = groups.print.add_parser(
        "advice", help=tr("the advice letter (as sent, or a draft of the current text)"))
    add_db_argument(advice)
    advice.add_argument("--advice", required=True, metavar="ID",
                        help=tr("the advice: its number or reference (2026-07)"))
    add_output_argument(advice)
    advice.set_defaults(handler=_print_advice)

    reminder = groups.print.add_parser(
        "advice-reminder", help=tr("the reminder for an advice without a response"))
    add_db_argument(reminder)
    reminder.add_argument("--advice", required=True, metavar="ID",
                          help=tr("the advice: its number or reference (2026-07)"))
    reminder.add_argument("--new", action="store_true",
                          help=tr("draft a new reminder even if one was sent"))
    add_output_argument(reminder)
    reminder.set_defaults(handler=_print_reminder)
