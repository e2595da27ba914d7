"""The figures as tables of plain values: what the printed report and the spreadsheet show.

Each function returns a header row and data rows (text and numbers, never markup), so the
PDF and the .xlsx always carry the same figures.
"""

from core.advice.model import kind_label as advice_kind_label
from core.advice.model import outcome_label
from core.annual.figures import AnnualFigures, Person
from core.i18n import format_date, format_number, tr
from core.letters.model import kind_label as letter_kind_label
from core.meetings.model import kind_label as meeting_kind_label
from core.members.model import role_label
from core.signals.model import channel_label
from core.signals.trends import quarter_label

Table = tuple[list, list[list]]


def _days(value: float | None) -> str:
    return "—" if value is None else format_number(value, 0 if value == int(value) else 1)


def meetings_table(figures: AnnualFigures) -> Table:
    rows = [[meeting_kind_label(kind), count] for kind, count in figures.meetings.items()
            if count]
    rows.append([tr("Total"), figures.meetings_held])
    return [tr("Kind of meeting"), tr("Held")], rows


def attendance_table(figures: AnnualFigures) -> Table:
    header = [tr("Member"), tr("Present"), tr("Absent with notice"), tr("Absent"),
              tr("Present (%)")]
    rows = [[row.name, row.present, row.with_notice, row.absent, row.present_percent]
            for row in figures.attendance]
    return header, rows


def people_table(people: list[Person], date_label: str | None = None) -> Table:
    header = [tr("Name"), tr("Function")] + ([date_label] if date_label else [])
    rows = [[person.name, role_label(person.role)]
            + ([format_date(person.date) if person.date else ""] if date_label else [])
            for person in people]
    return header, rows


def advice_table(figures: AnnualFigures) -> Table:
    advice = figures.advice
    header = [tr("Advice"), tr("Sent"), *[outcome_label(code) for code in
                                          next(iter(advice.per_kind.values())).outcomes],
              tr("No response yet")]
    rows = []
    for kind, kind_figures in advice.per_kind.items():
        rows.append([advice_kind_label(kind), kind_figures.sent,
                     *kind_figures.outcomes.values(), kind_figures.unanswered])
    outcomes = next(iter(advice.per_kind.values())).outcomes
    rows.append([tr("Total"), advice.sent, *[advice.outcome_total(code) for code in outcomes],
                 advice.unanswered])
    return header, rows


def municipality_table(figures: AnnualFigures) -> Table:
    """Requests and advice per municipality (a regional council); no rows otherwise."""
    rows = [[name, received, sent] for name, received, sent in figures.advice.per_municipality]
    return [tr("Municipality"), tr("Advice requests received"), tr("Advice sent")], rows


def advice_timing_table(figures: AnnualFigures) -> Table:
    advice = figures.advice
    rows: list[list] = [
        [tr("Advice requests received"), advice.requests_received],
        [tr("Median days from request to advice"), _days(advice.median_days_to_advice)],
        [tr("Requested advice sent after the deadline"), advice.sent_after_deadline],
        [tr("Median days from advice to the college's response"),
         _days(advice.median_days_to_response)],
        [tr("Responses later than {weeks} weeks (or still missing after that)",
            weeks=advice.response_weeks), advice.responses_late],
        [tr("Advice still without a response"), advice.unanswered],
    ]
    return [tr("Figure"), tr("Number")], rows


def themes_table(figures: AnnualFigures) -> Table:
    trend = figures.signals.trend
    quarters = [quarter for quarter in trend.quarters if quarter[0] == figures.year]
    header = [tr("Theme"), *[quarter_label(quarter) for quarter in quarters], tr("Total")]
    rows = [[theme.label, *[trend.count(theme.id, quarter) for quarter in quarters],
             trend.theme_total(theme.id)] for theme in trend.themes]
    return header, rows


def channels_table(figures: AnnualFigures) -> Table:
    rows = [[channel_label(code), count] for code, count in figures.signals.channels if count]
    rows.append([tr("Total"), figures.signals.total])
    return [tr("Channel"), tr("Signals")], rows


def work_table(figures: AnnualFigures) -> Table:
    actions = figures.actions
    rows = [[tr("Actions agreed at meetings"), actions.opened],
            [tr("Actions completed"), actions.closed],
            [tr("Actions still open at the end of the period"), actions.open_at_end]]
    rows += [[tr("Letters sent: {kind}", kind=letter_kind_label(kind)), count]
             for kind, count in figures.letters.items() if count]
    rows.append([tr("Letters sent in all"), figures.letters_sent])
    return [tr("Figure"), tr("Number")], rows
