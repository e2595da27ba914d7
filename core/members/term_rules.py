"""The arithmetic of terms of office: a term ends the day before its anniversary."""

import datetime as dt

from core.dates import add_years


def term_end_for(start: dt.date, years: int) -> dt.date:
    """The last day of a term that starts on ``start``: 1-9-2022 + 4 years is 31-8-2026."""
    return add_years(start, years) - dt.timedelta(days=1)


def next_term_start(previous_end: dt.date) -> dt.date:
    return previous_end + dt.timedelta(days=1)


def latest_possible_end(current_end: dt.date, terms_served: int, years: int,
                        max_terms: int) -> dt.date:
    """The end of the last term the rules allow, if every reappointment follows on."""
    remaining = max(0, max_terms - terms_served)
    if remaining == 0:
        return current_end
    return term_end_for(next_term_start(current_end), years * remaining)
