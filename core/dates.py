"""Dates as stored (ISO text) and as people type them."""

import datetime as dt
import re

from core.errors import ValidationError
from core.i18n import tr

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


def date_hint() -> str:
    """How a date is typed, as a field's placeholder: 'dd-mm-jjjj' in Dutch."""
    return tr("dd-mm-yyyy")


def parse_date(text: str, field: str | None = None) -> dt.date:
    """Read '2026-03-14', '14-03-2026' or '14/3/2026'; a clear message otherwise."""
    text = (text or "").strip()
    try:
        match = _DMY.match(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            value = dt.date(year, month, day)
        else:
            value = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            tr("'{text}' is not a date. Write it as 14-03-2026.", text=text[:40]), field
        ) from None
    return check_date_range(value, field)


def check_date_range(value: dt.date, field: str | None = None) -> dt.date:
    """Refuse dates no council would mean (typos like 0202 or 20266)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            tr(
                "The year {year} is out of range ({low}–{high}).",
                year=value.year,
                low=EARLIEST_YEAR,
                high=LATEST_YEAR,
            ),
            field,
        )
    return value


def to_iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def date_from_iso(text: str) -> dt.date:
    """The date of a column that always holds one (NOT NULL); ``from_iso`` for the others."""
    return dt.date.fromisoformat(text)


def add_years(value: dt.date, years: int) -> dt.date:
    """Same day ``years`` later; 29 February becomes 28 February."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


def add_months(value: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clipped to the month's last day."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    for day in range(value.day, 27, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, min(value.day, 28))
