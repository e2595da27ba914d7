"""The year in figures, counted from the register whenever a report is made.

A year runs from 1 January to 31 December; for the current year the count stops at
``today`` (meetings planned later in the year were not held yet). Small query functions,
one per part of the report, fill plain dataclasses so that printing and exporting need
no database.
"""

import datetime as dt
import statistics
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.advice.deadlines import response_due, response_weeks
from core.advice.model import KINDS as ADVICE_KINDS
from core.advice.model import OUTCOMES
from core.dates import date_from_iso, from_iso, to_iso
from core.letters.model import KINDS as LETTER_KINDS
from core.meetings.model import KINDS as MEETING_KINDS
from core.members.model import is_council_member, role_order
from core.profile import load_profile
from core.signals.trends import ThemeTrend, channel_counts, theme_trend


@dataclass
class Period:
    year: int
    today: dt.date

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def counted_until(self) -> dt.date:
        """The last day whose events count: 31 December, or today in the current year."""
        return min(self.last, self.today)


@dataclass
class AttendanceRow:
    name: str
    present: int
    with_notice: int
    absent: int

    @property
    def recorded(self) -> int:
        return self.present + self.with_notice + self.absent

    @property
    def present_percent(self) -> int:
        return round(100 * self.present / self.recorded) if self.recorded else 0


@dataclass
class Person:
    name: str
    role: str
    date: dt.date | None = None  # joined, left or end of term, as the list says


@dataclass
class Composition:
    on: dt.date
    members: list[Person]  # in the council on ``on`` (board first)
    joined: list[Person]
    left: list[Person]
    terms_ending: list[Person]  # terms of members on ``on`` that end the next year

    @property
    def member_count(self) -> int:
        """Council members only: advisers and the official secretary are no members."""
        return sum(1 for person in self.members if is_council_member(person.role))


@dataclass
class AdviceKindFigures:
    sent: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    unanswered: int = 0


@dataclass
class AdviceFigures:
    requests_received: int
    per_kind: dict[str, AdviceKindFigures]
    median_days_to_advice: float | None  # request → sending, requested advice
    sent_after_deadline: int
    median_days_to_response: float | None  # sending → the college's response
    responses_late: int  # came after the response term, or still missing past it
    response_weeks: int
    # A regional council: (municipality, requests received, advice sent) for each.
    per_municipality: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return sum(kind.sent for kind in self.per_kind.values())

    @property
    def unanswered(self) -> int:
        return sum(kind.unanswered for kind in self.per_kind.values())

    def outcome_total(self, outcome: str) -> int:
        return sum(kind.outcomes[outcome] for kind in self.per_kind.values())


@dataclass
class SignalFigures:
    trend: ThemeTrend
    channels: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return self.trend.total_signals


@dataclass
class ActionFigures:
    opened: int  # decided at a meeting held this year
    closed: int  # marked done this year
    open_at_end: int  # of all actions, still open at the end of the period


@dataclass
class AnnualFigures:
    period: Period
    meetings: dict[str, int]  # kind → meetings held
    attendance: list[AttendanceRow]
    composition: Composition
    advice: AdviceFigures
    signals: SignalFigures
    actions: ActionFigures
    letters: dict[str, int]  # kind → letters sent

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def meetings_held(self) -> int:
        return sum(self.meetings.values())

    @property
    def letters_sent(self) -> int:
        return sum(self.letters.values())


def _range(period: Period) -> list[str]:
    return [period.first.isoformat(), period.counted_until.isoformat()]


def meetings_held(db: Database, period: Period) -> dict[str, int]:
    """Meetings per kind (every kind, in the usual order) held in the period."""
    rows = dict(db.execute("SELECT kind, COUNT(*) FROM meetings WHERE date BETWEEN ? AND ? "
                           "GROUP BY kind", _range(period)).fetchall())
    return {kind: rows.get(kind, 0) for kind in MEETING_KINDS}


def _name(first: str, prefix: str, last: str) -> str:
    return " ".join(part for part in (first, prefix, last) if part)


def attendance_per_member(db: Database, period: Period) -> list[AttendanceRow]:
    """Per member: the meetings held in the period they were invited to, by attendance."""
    rows = db.execute(
        "SELECT m.first_name, m.prefix, m.last_name, m.sort_name, "
        "SUM(i.attendance = 'present'), SUM(i.attendance = 'absent_notice'), "
        "SUM(i.attendance = 'absent') FROM meeting_invitees i "
        "JOIN meetings g ON g.id = i.meeting_id JOIN members m ON m.id = i.member_id "
        "WHERE g.date BETWEEN ? AND ? AND i.attendance != '' "
        "GROUP BY m.id ORDER BY m.sort_name, m.id", _range(period)).fetchall()
    return [AttendanceRow(_name(first, prefix, last), present, notice, absent)
            for first, prefix, last, _sort, present, notice, absent in rows]


def _people(rows) -> list[Person]:
    people = [Person(_name(first, prefix, last), role, from_iso(day))
              for first, prefix, last, role, day in rows]
    return sorted(people, key=lambda person: (role_order(person.role), person.name.casefold()))


def _in_council_on(db: Database, day: dt.date) -> list[Person]:
    day_text = to_iso(day)
    return _people(db.execute(
        "SELECT first_name, prefix, last_name, role, start_date FROM members "
        "WHERE (start_date IS NULL OR start_date <= ?) "
        "AND (left_on > ? OR (left_on IS NULL AND status = 'active'))",
        [day_text, day_text]).fetchall())


def composition(db: Database, period: Period) -> Composition:
    """Who was in the council on 31 December, who joined and left, whose term ends next."""
    columns = "first_name, prefix, last_name, role"
    joined = db.execute(f"SELECT {columns}, start_date FROM members "
                        "WHERE start_date BETWEEN ? AND ?", _range(period)).fetchall()
    left = db.execute(f"SELECT {columns}, left_on FROM members WHERE left_on BETWEEN ? AND ?",
                      _range(period)).fetchall()
    next_year = [f"{period.year + 1:04d}-01-01", f"{period.year + 1:04d}-12-31"]
    ending = db.execute(
        f"SELECT {columns}, t.end_date FROM member_terms t JOIN members m ON m.id = t.member_id "
        "WHERE t.end_date BETWEEN ? AND ? AND t.start_date <= ? "
        "AND (m.left_on IS NULL OR m.left_on > ?)",
        [*next_year, to_iso(period.last), to_iso(period.last)]).fetchall()
    return Composition(on=period.last, members=_in_council_on(db, period.last),
                       joined=_people(joined), left=_people(left),
                       terms_ending=_people(ending))


def _median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None


def advice_figures(db: Database, period: Period) -> AdviceFigures:
    """Advice sent in the period, per kind, with how and when the college responded."""
    weeks = response_weeks(db)
    received = db.execute("SELECT COUNT(*) FROM advice WHERE kind = 'requested' "
                          "AND request_date BETWEEN ? AND ?", _range(period)).fetchone()[0]
    rows = db.execute("SELECT kind, request_date, deadline, sent_on, response_date, "
                      "response_outcome FROM advice WHERE sent_on BETWEEN ? AND ?",
                      _range(period)).fetchall()
    per_kind = {kind: AdviceKindFigures() for kind in ADVICE_KINDS}
    to_advice, to_response, after_deadline, late = [], [], 0, 0
    for kind, request_date, deadline, sent_on, response_date, outcome in rows:
        # sent_on is set on every row: the query selects on it.
        figures, sent = per_kind.setdefault(kind, AdviceKindFigures()), date_from_iso(sent_on)
        figures.sent += 1
        if kind == "requested":
            to_advice.append((sent - date_from_iso(request_date)).days)
            after_deadline += bool(deadline and sent > date_from_iso(deadline))
        answered = from_iso(response_date)
        due = response_due(sent, weeks)
        if answered is None:
            figures.unanswered += 1
            late += period.today > due
        else:
            figures.outcomes[outcome] = figures.outcomes.get(outcome, 0) + 1
            to_response.append((answered - sent).days)
            late += answered > due
    return AdviceFigures(received, per_kind, _median(to_advice), after_deadline,
                         _median(to_response), late, weeks, advice_per_municipality(db, period))


def advice_per_municipality(db: Database, period: Period) -> list[tuple[str, int, int]]:
    """For a council that advises several municipalities: requests and advice of each
    (an advice without one is the council's own municipality's); none otherwise."""
    profile = load_profile(db)
    if not profile.regional:
        return []
    own = profile.municipality.strip()
    received = dict(db.execute(
        "SELECT municipality, COUNT(*) FROM advice WHERE kind = 'requested' AND request_date "
        "BETWEEN ? AND ? GROUP BY municipality", _range(period)).fetchall())
    sent = dict(db.execute(
        "SELECT municipality, COUNT(*) FROM advice WHERE sent_on BETWEEN ? AND ? "
        "GROUP BY municipality", _range(period)).fetchall())
    stored = {name: "" if name == own else name for name in profile.municipalities}
    return [(name, received.get(key, 0), sent.get(key, 0)) for name, key in stored.items()]


def signal_figures(db: Database, period: Period) -> SignalFigures:
    return SignalFigures(trend=theme_trend(db, period.first, period.counted_until),
                         channels=channel_counts(db, period.first, period.counted_until))


def action_figures(db: Database, period: Period) -> ActionFigures:
    opened = db.execute("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id "
                        "WHERE m.date BETWEEN ? AND ?", _range(period)).fetchone()[0]
    closed = db.execute("SELECT COUNT(*) FROM actions WHERE status = 'done' "
                        "AND done_on BETWEEN ? AND ?", _range(period)).fetchone()[0]
    end = to_iso(period.counted_until)
    still_open = db.execute(
        "SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE m.date <= ? AND (a.status != 'done' OR a.done_on > ?)", [end, end]).fetchone()[0]
    return ActionFigures(opened, closed, still_open)


def letters_sent(db: Database, period: Period) -> dict[str, int]:
    rows = dict(db.execute("SELECT kind, COUNT(*) FROM letters WHERE sent_on BETWEEN ? AND ? "
                           "GROUP BY kind", _range(period)).fetchall())
    return {kind: rows.get(kind, 0) for kind in LETTER_KINDS}


def collect_figures(db: Database, year: int, today: dt.date | None = None) -> AnnualFigures:
    period = Period(year, today or dt.date.today())
    return AnnualFigures(
        period=period, meetings=meetings_held(db, period),
        attendance=attendance_per_member(db, period), composition=composition(db, period),
        advice=advice_figures(db, period), signals=signal_figures(db, period),
        actions=action_figures(db, period), letters=letters_sent(db, period))
