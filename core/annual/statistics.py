"""Anonymous figures of one year for the region and the national umbrella (Koepel).

Only counts, under codes that are the same in every council's file: no names, no contact
details, no typed text (not even the council's own theme names: own themes count together
as ``own_theme``). Each figure is one row — measure, category, detail, quarter, value — so
the files of many councils combine by putting their rows under one another. README.md
documents the format.
"""

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from sqlite_utils import Database

from core.annual.figures import AnnualFigures, Period, collect_figures
from core.dates import to_iso
from core.profile import load_profile
from core.signals.trends import quarter_of

FORMAT = "raadswerk-statistics"
FORMAT_VERSION = 1
OWN_THEME = "own_theme"
COLUMNS = ["format_version", "year", "council_kind", "measure", "category", "detail",
           "quarter", "value"]


@dataclass
class Figure:
    measure: str
    category: str = ""
    detail: str = ""
    quarter: int | None = None
    value: int | float = 0


def _signals_per_quarter(db: Database, period: Period) -> dict[int, int]:
    counts = dict.fromkeys(range(1, 5), 0)
    for (received_on,) in db.execute(
            "SELECT received_on FROM signals WHERE received_on BETWEEN ? AND ?",
            [to_iso(period.first), to_iso(period.counted_until)]):
        counts[quarter_of(dt.date.fromisoformat(received_on))[1]] += 1
    return counts


def _theme_figures(figures: AnnualFigures) -> list[Figure]:
    trend = figures.signals.trend
    per_code: dict[tuple[str, int], int] = {}
    for theme in trend.themes:
        code = theme.code if theme.code and not theme.name else OWN_THEME
        for quarter in range(1, 5):
            key = (code, quarter)
            per_code[key] = per_code.get(key, 0) + trend.count(theme.id, (figures.year, quarter))
    return [Figure("signals_per_theme", code, "", quarter, count)
            for (code, quarter), count in per_code.items()]


def _advice_figures(figures: AnnualFigures) -> list[Figure]:
    advice = figures.advice
    rows = [Figure("advice_requests_received", value=advice.requests_received),
            Figure("advice_sent_after_deadline", value=advice.sent_after_deadline),
            Figure("advice_responses_late", value=advice.responses_late)]
    for kind, kind_figures in advice.per_kind.items():
        rows.append(Figure("advice_sent", kind, value=kind_figures.sent))
        rows += [Figure("advice_outcome", kind, outcome, value=count)
                 for outcome, count in kind_figures.outcomes.items()]
        rows.append(Figure("advice_unanswered", kind, value=kind_figures.unanswered))
    for measure, days in (("advice_median_days_to_advice", advice.median_days_to_advice),
                          ("advice_median_days_to_response", advice.median_days_to_response)):
        if days is not None:  # a whole number of days stays one (37, not 37.0)
            rows.append(Figure(measure, value=int(days) if days == int(days) else days))
    return rows


def statistics_figures(db: Database, year: int, today: dt.date | None = None) -> list[Figure]:
    figures = collect_figures(db, year, today)
    rows = [Figure("meetings_held", kind, value=count)
            for kind, count in figures.meetings.items()]
    rows += [Figure("signals", "", "", quarter, count)
             for quarter, count in _signals_per_quarter(db, figures.period).items()]
    rows += _theme_figures(figures)
    rows += [Figure("signals_per_channel", code, value=count)
             for code, count in figures.signals.channels]
    return rows + _advice_figures(figures)


def _header(db: Database, year: int, today: dt.date | None) -> dict:
    period = Period(year, today or dt.date.today())
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "year": year,
            "counted_until": to_iso(period.counted_until),
            "council_kind": load_profile(db).kind}


def statistics_json(db: Database, year: int, today: dt.date | None = None) -> bytes:
    document = _header(db, year, today)
    document["figures"] = [
        {"measure": row.measure, "category": row.category, "detail": row.detail,
         "quarter": row.quarter, "value": row.value}
        for row in statistics_figures(db, year, today)]
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def statistics_csv(db: Database, year: int, today: dt.date | None = None) -> bytes:
    """Semicolons and UTF-8 with a BOM, as Dutch Excel opens it; one figure per row."""
    header = _header(db, year, today)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in statistics_figures(db, year, today):
        writer.writerow([FORMAT_VERSION, year, header["council_kind"], row.measure,
                         row.category, row.detail, "" if row.quarter is None else row.quarter,
                         row.value])
    return buffer.getvalue().encode("utf-8-sig")


def export_statistics(db: Database, year: int, suffix: str,
                      today: dt.date | None = None) -> bytes:
    """The bytes of the export; ``suffix`` is '.json' or '.csv'."""
    if suffix.lower() == ".csv":
        return statistics_csv(db, year, today)
    return statistics_json(db, year, today)
