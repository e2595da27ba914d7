"""Every (re)appointment of a member, kept: the history behind "term of office until …".

``members.start_date`` is the day the member joined (lid sinds) and ``members.term_end``
the end of the current term; ``member_terms`` holds each term, the current one last.
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.dates import date_from_iso, from_iso
from core.errors import ValidationError
from core.i18n import format_date, tr
from core.members.model import is_council_member
from core.members.term_rules import latest_possible_end, next_term_start, term_end_for
from core.members.terms import max_terms, term_years


@dataclass
class Term:
    id: int
    member_id: int
    number: int
    start: dt.date
    end: dt.date

    def describe(self) -> str:
        return tr("Term {number}: {start} to {end}", number=self.number,
                  start=format_date(self.start), end=format_date(self.end))


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def list_terms(db: Database, member_id: int) -> list[Term]:
    rows = db.execute("SELECT id, member_id, start_date, end_date FROM member_terms "
                      "WHERE member_id = ? ORDER BY start_date, id", [member_id]).fetchall()
    return [Term(row[0], row[1], number, date_from_iso(row[2]), date_from_iso(row[3]))
            for number, row in enumerate(rows, start=1)]


def terms_by_member(db: Database) -> dict[int, list[Term]]:
    """Every member's terms at once (for lists and the rooster)."""
    found: dict[int, list[Term]] = {}
    for row in db.execute("SELECT id, member_id, start_date, end_date FROM member_terms "
                          "ORDER BY member_id, start_date, id"):
        terms = found.setdefault(row[1], [])
        terms.append(Term(row[0], row[1], len(terms) + 1, date_from_iso(row[2]),
                          date_from_iso(row[3])))
    return found


def _insert(db: Database, member_id: int, start: dt.date, end: dt.date) -> None:
    db.execute("INSERT INTO member_terms (member_id, start_date, end_date, created_at) "
               "VALUES (?, ?, ?, ?)", [member_id, start.isoformat(), end.isoformat(), _now()])


def sync_terms(db: Database, member_id: int, row: dict) -> None:
    """Keep the history in step with what the member form saved (inside its transaction):
    the first term starts on the start date, the current term ends on the term end."""
    if not is_council_member(row["role"]):
        db.execute("DELETE FROM member_terms WHERE member_id = ?", [member_id])
        return
    start, end = from_iso(row["start_date"]), from_iso(row["term_end"])
    if start is None or end is None:
        return  # nothing to record; an earlier history stays as it was
    terms = list_terms(db, member_id)
    if not terms:
        _insert(db, member_id, start, end)
        return
    current = terms[-1]
    if len(terms) > 1 and end <= current.start:
        raise ValidationError(
            tr("The end of the term of office must fall after the start of the current "
               "term ({date}).", date=format_date(current.start)), "term_end")
    db.execute("UPDATE member_terms SET end_date = ? WHERE id = ?", [end.isoformat(), current.id])
    db.execute("UPDATE member_terms SET start_date = ? WHERE id = ?",
               [start.isoformat(), terms[0].id])


def reappoint(db: Database, member_id: int, start: dt.date | None = None) -> Term:
    """A new term that follows on the current one, of the configured length."""
    row = db.execute("SELECT first_name, prefix, last_name, role, status, term_end "
                     "FROM members WHERE id = ?", [member_id]).fetchone()
    if row is None:
        raise ValidationError(tr("This member no longer exists."), "member")
    name = " ".join(part for part in row[:3] if part)
    if not is_council_member(row[3]) or row[4] != "active":
        raise ValidationError(tr("Only an active member can be reappointed."), "role")
    terms = list_terms(db, member_id)
    allowed = max_terms(db)
    if len(terms) >= allowed:
        raise ValidationError(
            tr("{name} has served {count} terms; the council's rules allow {allowed}. "
               "Change the rule under Settings → Members if an exception was agreed.",
               name=name, count=len(terms), allowed=allowed), "term_end")
    if not terms:
        raise ValidationError(tr("Fill in the start date and the end of the current term "
                                 "first."), "start_date")
    start = start or next_term_start(terms[-1].end)
    if start <= terms[-1].start:
        raise ValidationError(tr("A new term starts after the current one."), "start_date")
    end = term_end_for(start, term_years(db))
    with db.atomic():
        _insert(db, member_id, start, end)
        db.execute("UPDATE members SET term_end = ?, reappointable = ?, updated_at = ? "
                   "WHERE id = ?", [end.isoformat(), int(len(terms) + 1 < allowed), _now(),
                                    member_id])
    return list_terms(db, member_id)[-1]


@dataclass
class TermStanding:
    """Where a member stands: which term, until when, and what comes next."""

    terms_served: int
    current_end: dt.date
    latest_end: dt.date
    can_be_reappointed: bool

    def describe(self) -> str:
        if self.can_be_reappointed:
            return tr("Can be reappointed; at the latest until {date}.",
                      date=format_date(self.latest_end))
        return tr("Steps down on {date}; cannot be reappointed.",
                  date=format_date(self.current_end))


def standing(terms: list[Term], reappointable: bool, years: int, allowed: int) -> TermStanding:
    current = terms[-1]
    can = reappointable and len(terms) < allowed
    latest = latest_possible_end(current.end, len(terms), years, allowed) if can else current.end
    return TermStanding(len(terms), current.end, latest, can)
