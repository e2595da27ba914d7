"""An agreed extension of the deadline (uitstel): the college and the council agree on a
later date; the register keeps the new deadline and the history the day it was agreed."""

import datetime as dt

from sqlite_utils import Database

from core.advice.repository import add_history, get_advice, now_text
from core.dates import check_date_range, to_iso
from core.errors import ValidationError
from core.i18n import format_date, tr


def agree_extension(db: Database, advice_id: int, new_deadline: dt.date, agreed_on: dt.date,
                    note: str = "") -> None:
    """Move the deadline to ``new_deadline``, agreed on ``agreed_on``, as one step."""
    advice = get_advice(db, advice_id)
    check_date_range(new_deadline, "deadline")
    check_date_range(agreed_on, "agreed_on")
    if advice.sent_on is not None:
        raise ValidationError(tr("The advice was sent on {date}; its deadline no longer "
                                 "matters.", date=format_date(advice.sent_on)), "deadline")
    if advice.deadline is not None and new_deadline <= advice.deadline:
        raise ValidationError(tr("An extension moves the deadline later than {date}.",
                                 date=format_date(advice.deadline)), "deadline")
    if agreed_on < advice.request_date:
        raise ValidationError(tr("The date lies before the request date."), "agreed_on")
    step = tr("New deadline {date}", date=format_date(new_deadline))
    if note.strip():
        step = f"{step}. {note.strip()}"
    with db.atomic():
        db.execute("UPDATE advice SET deadline = ?, updated_at = ? WHERE id = ?",
                   [to_iso(new_deadline), now_text(), advice_id])
        add_history(db, advice_id, "extended", agreed_on, step)
