"""Version 009: how councils work: terms of office with their history, working-group
meetings that belong to one group, and the vote on a decision.

Advisers and the official secretary are no members: they lose the term of office they
were given by mistake. Every member's term so far becomes the first rows of the history,
split into terms of the configured length (a member in their second term gets two rows).
"""

import datetime as dt
import json

NAME = "009_council_practice"
NON_MEMBER_ROLES = ("adviser", "official_secretary")

TABLES = [
    """
    CREATE TABLE member_terms (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX idx_member_terms_member ON member_terms(member_id, start_date)",
    "ALTER TABLE meetings ADD COLUMN working_group_id INTEGER "
    "REFERENCES working_groups(id) ON DELETE SET NULL",
    "CREATE INDEX idx_meetings_group ON meetings(working_group_id, date)",
    # NULL counts: no vote was recorded; unanimous is "met algemene stemmen".
    "ALTER TABLE decisions ADD COLUMN unanimous INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE decisions ADD COLUMN votes_for INTEGER",
    "ALTER TABLE decisions ADD COLUMN votes_against INTEGER",
    "ALTER TABLE decisions ADD COLUMN votes_abstained INTEGER",
]


def _term_years(db) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = 'members.term_years'").fetchone()
    try:
        return max(1, int(json.loads(row[0]))) if row else 4
    except (TypeError, ValueError):
        return 4


def _anniversary(start: dt.date, years: int) -> dt.date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def _terms(start: dt.date, end: dt.date, years: int) -> list[tuple[dt.date, dt.date]]:
    """The stored period as consecutive terms; the last one ends where the stored one did."""
    terms: list[tuple[dt.date, dt.date]] = []
    while _anniversary(start, years) < end and len(terms) < 10:
        next_start = _anniversary(start, years)
        terms.append((start, next_start - dt.timedelta(days=1)))
        start = next_start
    terms.append((start, end))
    return terms


def _copy_terms(db) -> None:
    years = _term_years(db)
    now = dt.datetime.now().isoformat(timespec="seconds")
    rows = db.execute("SELECT id, start_date, term_end FROM members WHERE start_date IS NOT "
                      "NULL AND term_end IS NOT NULL AND term_end > start_date").fetchall()
    for member_id, start, end in rows:
        for term_start, term_end in _terms(dt.date.fromisoformat(start),
                                           dt.date.fromisoformat(end), years):
            db.execute("INSERT INTO member_terms (member_id, start_date, end_date, created_at) "
                       "VALUES (?, ?, ?, ?)",
                       [member_id, term_start.isoformat(), term_end.isoformat(), now])


def migrate(db):
    for statement in TABLES:
        db.execute(statement)
    marks = ", ".join("?" * len(NON_MEMBER_ROLES))
    db.execute(f"UPDATE members SET term_end = NULL, reappointable = 0 WHERE role IN ({marks})",
               list(NON_MEMBER_ROLES))
    _copy_terms(db)
