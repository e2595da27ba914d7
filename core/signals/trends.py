"""Counting signals: per theme per quarter, per channel, and which themes recur.

A signal with two themes counts once for each of them; the total of signals counts it once.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.dates import to_iso
from core.i18n import tr
from core.signals.model import CHANNELS, Theme
from core.signals.options import recurrence_threshold
from core.signals.themes import list_themes

Quarter = tuple[int, int]  # (year, 1..4)


def quarter_of(day: dt.date) -> Quarter:
    return day.year, (day.month - 1) // 3 + 1


def quarter_label(quarter: Quarter) -> str:
    return tr("Q{quarter} {year}", quarter=quarter[1], year=quarter[0])


def quarters_between(first: dt.date, last: dt.date) -> list[Quarter]:
    quarters, current, end = [], quarter_of(first), quarter_of(last)
    while current <= end:
        quarters.append(current)
        year, number = current
        current = (year + 1, 1) if number == 4 else (year, number + 1)
    return quarters


@dataclass
class ThemeTrend:
    """Counts per theme per quarter for a period, with the recurring cells marked."""

    quarters: list[Quarter]
    themes: list[Theme]
    counts: dict[int, dict[Quarter, int]]
    threshold: int
    total_signals: int = 0
    recurring: set[tuple[int, Quarter]] = field(default_factory=set)

    def count(self, theme_id: int, quarter: Quarter) -> int:
        return self.counts.get(theme_id, {}).get(quarter, 0)

    def theme_total(self, theme_id: int) -> int:
        return sum(self.counts.get(theme_id, {}).values())

    def is_recurring(self, theme_id: int) -> bool:
        return any(cell[0] == theme_id for cell in self.recurring)

    @property
    def recurring_themes(self) -> list[Theme]:
        return [theme for theme in self.themes if self.is_recurring(theme.id)]

    @property
    def maximum(self) -> int:
        return max((n for row in self.counts.values() for n in row.values()), default=0)


def _period_rows(db: Database, first: dt.date, last: dt.date):
    return db.execute(
        "SELECT s.received_on, l.theme_id FROM signals s "
        "JOIN signal_theme_links l ON l.signal_id = s.id "
        "WHERE s.received_on BETWEEN ? AND ?", [to_iso(first), to_iso(last)]).fetchall()


def signal_total(db: Database, first: dt.date, last: dt.date) -> int:
    return db.execute("SELECT COUNT(*) FROM signals WHERE received_on BETWEEN ? AND ?",
                      [to_iso(first), to_iso(last)]).fetchone()[0]


def theme_trend(db: Database, first: dt.date, last: dt.date,
                threshold: int | None = None) -> ThemeTrend:
    """Themes that occur in the period (in the configured order) against its quarters."""
    threshold = threshold if threshold is not None else recurrence_threshold(db)
    counts: dict[int, dict[Quarter, int]] = {}
    for received_on, theme_id in _period_rows(db, first, last):
        quarter = quarter_of(dt.date.fromisoformat(received_on))
        row = counts.setdefault(theme_id, {})
        row[quarter] = row.get(quarter, 0) + 1
    themes = [theme for theme in list_themes(db, include_inactive=True) if theme.id in counts]
    recurring = {(theme_id, quarter) for theme_id, row in counts.items()
                 for quarter, number in row.items() if number >= threshold}
    return ThemeTrend(quarters=quarters_between(first, last), themes=themes, counts=counts,
                      threshold=threshold, total_signals=signal_total(db, first, last),
                      recurring=recurring)


def channel_counts(db: Database, first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(channel code, number of signals) for every channel, in the form's order."""
    rows = dict(db.execute(
        "SELECT channel, COUNT(*) FROM signals WHERE received_on BETWEEN ? AND ? "
        "GROUP BY channel", [to_iso(first), to_iso(last)]).fetchall())
    return [(code, rows.get(code, 0)) for code in CHANNELS]


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last four full quarters plus the current one: enough to see what recurs."""
    year, number = quarter_of(today)
    start_month = (number - 1) * 3 + 1
    return dt.date(year - 1, start_month, 1), today
