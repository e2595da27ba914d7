"""The first sentence of an advice letter, as advice letters open in practice: at the
college's request of a date (and under its reference), or on the council's own initiative.

The letter adds it above the advice text, so the text itself starts with the advice.
"""

from core.advice.model import Advice
from core.documents.richtext import escape_stored
from core.i18n import format_date, tr


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
