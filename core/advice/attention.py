"""The advice lines of the Overzicht: deadlines coming up or passed, responses overdue."""

import datetime as dt

from sqlite_utils import Database

from core.advice.deadlines import SOON_DAYS, response_due, response_weeks
from core.advice.model import OPEN_STATUSES, format_reference, status_label
from core.attention import AttentionItem
from core.dates import date_from_iso, from_iso
from core.i18n import format_date, tr


def _deadline_items(db: Database, today: dt.date) -> list[AttentionItem]:
    horizon = today + dt.timedelta(days=SOON_DAYS)
    marks = ", ".join("?" for _ in OPEN_STATUSES)
    rows = db.execute(
        "SELECT id, ref_year, ref_number, subject, status, deadline FROM advice "
        f"WHERE status IN ({marks}) AND deadline IS NOT NULL AND deadline <= ? "
        "ORDER BY deadline", [*OPEN_STATUSES, horizon.isoformat()]).fetchall()
    items = []
    for advice_id, year, number, subject, status, deadline in rows:
        due = date_from_iso(deadline)
        days = (due - today).days
        if days < 0:
            when = tr("deadline passed {days} days ago", days=-days)
        elif days == 0:
            when = tr("deadline is today")
        else:
            when = tr("deadline in {days} days", days=days)
        items.append(AttentionItem(
            section="advice", item_id=advice_id,
            title=tr("Advice {reference}: {subject}", reference=format_reference(year, number),
                     subject=subject),
            detail=f"{status_label(status)} · {when}",
            due=due, severity="overdue" if days < 0 else "soon",
            group=tr("Advice deadlines")))
    return items


def _response_items(db: Database, today: dt.date) -> list[AttentionItem]:
    weeks = response_weeks(db)
    rows = db.execute(
        "SELECT id, ref_year, ref_number, subject, sent_on, reminded_on FROM advice "
        "WHERE status = 'sent' AND response_date IS NULL AND sent_on IS NOT NULL "
        "ORDER BY sent_on").fetchall()
    items = []
    for advice_id, year, number, subject, sent_on, reminded_on in rows:
        due = response_due(date_from_iso(sent_on), weeks)
        if today <= due:
            continue
        detail = tr("sent on {date}, no response yet", date=format_date(from_iso(sent_on)))
        if reminded_on:
            detail += " · " + tr("reminder sent on {date}",
                                 date=format_date(from_iso(reminded_on)))
        items.append(AttentionItem(
            section="advice", item_id=advice_id,
            title=tr("Response overdue: {reference} {subject}",
                     reference=format_reference(year, number), subject=subject),
            detail=detail, due=due, severity="overdue", group=tr("Responses overdue")))
    return items


def attention_items(db: Database, today: dt.date) -> list[AttentionItem]:
    """Advice deadlines within 14 days or passed, and responses that are overdue."""
    return _deadline_items(db, today) + _response_items(db, today)
