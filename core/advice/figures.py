"""The year in figures: what the annual report (jaarverslag) says about advice.

An advice counts in the year it was sent. Averages are in calendar days.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.advice.model import KINDS, OUTCOMES
from core.dates import date_from_iso


@dataclass
class YearFigures:
    year: int
    requests_received: int = 0  # requests that came in this year
    sent: int = 0  # advices sent this year
    per_kind: dict[str, int] = field(default_factory=dict)
    per_outcome: dict[str, int] = field(default_factory=dict)
    awaiting_response: int = 0  # sent this year, no response yet
    average_days_to_advice: float | None = None  # request → sending (requested advice)
    average_days_to_response: float | None = None  # sending → response


def _average(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def year_figures(db: Database, year: int) -> YearFigures:
    figures = YearFigures(year, per_kind=dict.fromkeys(KINDS, 0),
                          per_outcome=dict.fromkeys(OUTCOMES, 0))
    figures.requests_received = db.execute(
        "SELECT COUNT(*) FROM advice WHERE kind = 'requested' AND substr(request_date, 1, 4) = ?",
        [f"{year:04d}"]).fetchone()[0]
    rows = db.execute(
        "SELECT kind, request_date, sent_on, response_date, response_outcome FROM advice "
        "WHERE substr(sent_on, 1, 4) = ?", [f"{year:04d}"]).fetchall()
    to_advice, to_response = [], []
    for kind, request_date, sent_on, response_date, outcome in rows:
        sent: dt.date = date_from_iso(sent_on)
        figures.sent += 1
        figures.per_kind[kind] = figures.per_kind.get(kind, 0) + 1
        if kind == "requested":
            to_advice.append((sent - date_from_iso(request_date)).days)
        if response_date:
            figures.per_outcome[outcome] = figures.per_outcome.get(outcome, 0) + 1
            to_response.append((date_from_iso(response_date) - sent).days)
        else:
            figures.awaiting_response += 1
    figures.average_days_to_advice = _average(to_advice)
    figures.average_days_to_response = _average(to_response)
    return figures
