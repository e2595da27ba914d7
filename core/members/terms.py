"""Terms of office (zittingstermijnen): their settings and which end soon."""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.attention import AttentionItem
from core.dates import add_months, date_from_iso
from core.errors import ValidationError
from core.i18n import format_date, tr, trn
from core.settings import get_int_setting, set_settings

TERM_YEARS_KEY = "members.term_years"
WARNING_MONTHS_KEY = "members.term_warning_months"
MAX_TERMS_KEY = "members.max_terms"
DEFAULT_TERM_YEARS = 4
DEFAULT_WARNING_MONTHS = 3
DEFAULT_MAX_TERMS = 2  # "four years, renewable once"
# Lines the Overzicht shows at most; the rest are summed up in one line.
MAX_ATTENTION_LINES = 20


def term_years(db: Database) -> int:
    return get_int_setting(db, TERM_YEARS_KEY, DEFAULT_TERM_YEARS)


def warning_months(db: Database) -> int:
    return get_int_setting(db, WARNING_MONTHS_KEY, DEFAULT_WARNING_MONTHS)


def max_terms(db: Database) -> int:
    """How many consecutive terms a member may serve (the first one included)."""
    return get_int_setting(db, MAX_TERMS_KEY, DEFAULT_MAX_TERMS)


def save_term_settings(db: Database, years: int, months: int,
                       terms: int | None = None) -> None:
    if not 1 <= int(years) <= 12:
        raise ValidationError(tr("A term of office lasts 1 to 12 years."), "term_years")
    if not 0 <= int(months) <= 24:
        raise ValidationError(tr("Warn 0 to 24 months before a term ends."), "warning_months")
    values = {TERM_YEARS_KEY: int(years), WARNING_MONTHS_KEY: int(months)}
    if terms is not None:
        if not 1 <= int(terms) <= 10:
            raise ValidationError(tr("A member serves 1 to 10 terms in a row."), "max_terms")
        values[MAX_TERMS_KEY] = int(terms)
    set_settings(db, values)


@dataclass
class TermEnding:
    member_id: int
    name: str
    role: str
    term_end: dt.date
    reappointable: bool

    def overdue(self, today: dt.date) -> bool:
        return self.term_end < today


def _window_end(db: Database, today: dt.date, months: int | None) -> str:
    months = warning_months(db) if months is None else months
    return add_months(today, months).isoformat()


def count_terms_ending(db: Database, today: dt.date, months: int | None = None) -> int:
    return db.execute(
        "SELECT count(*) FROM members WHERE status = 'active' AND term_end IS NOT NULL "
        "AND term_end <= ?", [_window_end(db, today, months)]).fetchone()[0]


def terms_ending(db: Database, today: dt.date, months: int | None = None,
                 limit: int = -1) -> list[TermEnding]:
    """Active members whose term ends within the window (or has already ended)."""
    rows = db.execute(
        "SELECT id, first_name, prefix, last_name, role, term_end, reappointable AND "
        "(SELECT count(*) FROM member_terms t WHERE t.member_id = members.id) < ? "
        "FROM members WHERE status = 'active' AND term_end IS NOT NULL AND term_end <= ? "
        "ORDER BY term_end, sort_name LIMIT ?",
        [max_terms(db), _window_end(db, today, months), limit],
    )
    return [
        TermEnding(
            member_id=row[0],
            name=" ".join(part for part in row[1:4] if part),
            role=row[4],
            term_end=date_from_iso(row[5]),
            reappointable=bool(row[6]),
        )
        for row in rows
    ]


def reappointment_text(ending: TermEnding) -> str:
    if ending.reappointable:
        return tr("Can be reappointed.")
    return tr("Cannot be reappointed: look for a successor.")


def attention_items(db: Database, today: dt.date) -> list[AttentionItem]:
    """Overzicht lines: terms of office that end within the warning window."""
    items = []
    for ending in terms_ending(db, today, limit=MAX_ATTENTION_LINES):
        if ending.overdue(today):
            title = tr("The term of office of {name} ended on {date}.", name=ending.name,
                       date=format_date(ending.term_end))
        else:
            title = tr("The term of office of {name} ends on {date}.", name=ending.name,
                       date=format_date(ending.term_end))
        items.append(AttentionItem(
            section="members",
            item_id=ending.member_id,
            title=title,
            detail=reappointment_text(ending),
            due=ending.term_end,
            severity="overdue" if ending.overdue(today) else "soon",
            group=tr("Terms of office"),
        ))
    more = count_terms_ending(db, today) - len(items)
    if more > 0:
        items.append(AttentionItem(
            section="members", item_id=None,
            title=trn("{count} more term of office ends soon; see Members.",
                      "{count} more terms of office end soon; see Members.",
                      more),
            severity="soon", group=tr("Terms of office"),
        ))
    return items
