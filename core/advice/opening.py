"""The first sentence of an advice letter, as advice letters open in practice: at the
college's request of a date (and under its reference), or on the council's own initiative.

The letter adds it above the advice text, so the text itself starts with the advice.
"""

import re

from core.advice.model import Advice
from core.documents.richtext import escape_stored, without_marks
from core.i18n import format_date, tr

# How Dutch (and English) letters greet and close: the letter adds these itself.
_SALUTATION = re.compile(r"^(geachte?|beste|hooggeachte|dear)\b", re.IGNORECASE)
_CLOSING = re.compile(r"^(met vriendelijke groet|hoogachtend|met (hartelijke|beste) groet"
                      r"|kind regards|yours (sincerely|faithfully))", re.IGNORECASE)


def opening_sentence(advice: Advice) -> str:
    """'Op uw verzoek van 3 maart 2026 (uw kenmerk Z-2026-118) brengen wij advies uit over
    ‘Inkoop Wmo 2027’.' — or 'Uit eigen beweging …' for unsolicited advice."""
    subject = advice.subject.strip()
    if advice.kind == "unsolicited":
        return tr("On our own initiative we give our advice on ‘{subject}’.", subject=subject)
    date = format_date(advice.request_date)
    reference = advice.their_reference.strip()
    if reference:
        return tr("At your request of {date} (your reference {reference}) we give our "
                  "advice on ‘{subject}’.", date=date, reference=reference, subject=subject)
    return tr("At your request of {date} we give our advice on ‘{subject}’.", date=date,
              subject=subject)


def letter_body(advice: Advice) -> str:
    """The advice letter's text in the stored format: the opening, then the advice."""
    return f"{escape_stored(opening_sentence(advice))}\n\n{advice.body}"


def letter_parts_in_text(body: str) -> str:
    """A warning when the advice text opens with a salutation or ends with a closing: the
    letter adds its own, and the filed letter would read 'Geacht college, / Geacht
    college,'. Empty when the text is as it should be."""
    lines = [without_marks(line).strip() for line in body.splitlines() if line.strip()]
    if lines and _SALUTATION.match(lines[0]):
        return tr("The text starts with a salutation (“{line}”): the letter adds its own. "
                  "Remove it here.", line=lines[0][:40])
    if lines and _CLOSING.match(lines[-1]):
        return tr("The text ends with a closing (“{line}”): the letter adds its own, with "
                  "the signers. Remove it here.", line=lines[-1][:40])
    return ""
