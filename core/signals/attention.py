"""The signal lines of the Overzicht: new signals nobody picked up, and contact details
that are about to be removed (the warning before retention removes them)."""

import datetime as dt

from sqlite_utils import Database

from core.attention import AttentionItem
from core.i18n import format_date, format_number, tr, trn
from core.signals.options import warning_days
from core.signals.privacy import contacts_due
from core.signals.repository import SignalFilter, count_signals, fetch_signals

MAX_LINES = 6
STALE_AFTER_DAYS = 14


def _new_signal_items(db: Database, today: dt.date) -> list[AttentionItem]:
    criteria = SignalFilter(status="new")
    total = count_signals(db, criteria)
    items = []
    for signal in fetch_signals(db, criteria, 0, MAX_LINES, "received_on", descending=False):
        stale = (today - signal.received_on).days > STALE_AFTER_DAYS
        items.append(AttentionItem(
            section="signals", item_id=signal.id,
            title=tr("New signal: {themes}", themes=signal.theme_labels),
            detail=tr("Logged on {date}, not yet picked up. {summary}",
                      date=format_date(signal.received_on), summary=signal.summary(70)),
            due=signal.received_on, severity="soon" if stale else "info",
            group=tr("Signals")))
    if total > MAX_LINES:
        items.append(AttentionItem(
            section="signals", item_id=None,
            title=trn("{count} more new signal", "{count} more new signals", total - MAX_LINES),
            severity="info", group=tr("Signals"), summary=True))
    return items


def _removal_items(db: Database, today: dt.date) -> list[AttentionItem]:
    """The first warnings one by one, the rest as a count: a file can hold thousands."""
    due_list = contacts_due(db, today, warning_days(db))
    items = [_removal_item(due, today) for due in due_list[:MAX_LINES]]
    if len(due_list) > MAX_LINES:
        items.append(AttentionItem(
            section="signals", item_id=None,
            title=tr("Contact details to be removed soon: {count} more",
                     count=format_number(len(due_list) - MAX_LINES)),
            due=due_list[-1].removal_on, severity="soon", group=tr("Signals"), summary=True))
    return items


def _removal_item(due, today: dt.date) -> AttentionItem:
    overdue = due.removal_on <= today
    title = (tr("Contact details of a reporter are past their retention period")
             if overdue else tr("Contact details of a reporter will be removed soon"))
    return AttentionItem(
        section="signals", item_id=due.signal_id, title=title,
        detail=tr("Signal {number}: removed automatically on {date}.",
                  number=due.signal_id, date=format_date(max(due.removal_on, today))),
        due=due.removal_on, severity="overdue" if overdue else "soon",
        group=tr("Signals"))


def attention_items(db: Database, today: dt.date) -> list[AttentionItem]:
    return _new_signal_items(db, today) + _removal_items(db, today)
