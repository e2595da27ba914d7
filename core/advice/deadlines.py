"""Deadlines in calendar days: the advice term, and when a response is overdue (saved with
the other advice settings).

Weekends and holidays count like any other day, as municipalities count their terms.
"""

import datetime as dt

from sqlite_utils import Database

from core.advice.copies import COPY_TO_COUNCIL_KEY
from core.errors import ValidationError
from core.i18n import tr
from core.settings import get_int_setting, set_settings

TERM_WEEKS_KEY = "advice.term_weeks"
RESPONSE_WEEKS_KEY = "advice.response_weeks"
DEFAULT_TERM_WEEKS = 6
DEFAULT_RESPONSE_WEEKS = 8
# The Overzicht names a deadline this many days ahead.
SOON_DAYS = 14
MAX_WEEKS = 52


def term_weeks(db: Database) -> int:
    return get_int_setting(db, TERM_WEEKS_KEY, DEFAULT_TERM_WEEKS)


def response_weeks(db: Database) -> int:
    return get_int_setting(db, RESPONSE_WEEKS_KEY, DEFAULT_RESPONSE_WEEKS)


def _check_weeks(value, field: str) -> int:
    try:
        weeks = int(value)
    except (TypeError, ValueError):
        weeks = -1
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(
            tr("Give a number of weeks from 1 to {most}.", most=MAX_WEEKS), field)
    return weeks


def save_advice_settings(db: Database, term: int, response: int,
                         copy_to_council: bool = True) -> None:
    """Both terms and the copy to the council in one go: saved together or not at all."""
    values = {TERM_WEEKS_KEY: _check_weeks(term, "term_weeks"),
              RESPONSE_WEEKS_KEY: _check_weeks(response, "response_weeks"),
              COPY_TO_COUNCIL_KEY: bool(copy_to_council)}
    set_settings(db, values)


def default_deadline(request_date: dt.date, weeks: int) -> dt.date:
    """The request date plus the term, in calendar days (a Friday + 6 weeks is a Friday)."""
    return request_date + dt.timedelta(weeks=weeks)


def response_due(sent_on: dt.date, weeks: int) -> dt.date:
    """The last day the response may come before the advice counts as overdue."""
    return sent_on + dt.timedelta(weeks=weeks)


def response_overdue(sent_on: dt.date | None, response_date: dt.date | None,
                     today: dt.date, weeks: int) -> bool:
    return (sent_on is not None and response_date is None
            and today > response_due(sent_on, weeks))
