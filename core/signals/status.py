"""Follow-up: a signal's status, and the dated history of who changed what."""

import datetime as dt

from sqlite_utils import Database

from core.dates import to_iso
from core.errors import NotFoundError, ValidationError
from core.i18n import tr
from core.signals.model import MAX_DESCRIPTION, STATUSES, StatusChange
from core.signals.people import member_exists, member_names
from core.signals.repository import now


def _current_status(db: Database, signal_id: int) -> str:
    row = db.execute("SELECT status FROM signals WHERE id = ?", [signal_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This signal no longer exists."))
    return row[0]


def record_status(db: Database, signal_id: int, old: str, new: str, note: str,
                  changed_by: int | None, today: dt.date) -> None:
    """Write the new status and its history line (inside the caller's transaction)."""
    closed_on = to_iso(today) if new == "closed" else None
    stamp = now()
    db.execute("UPDATE signals SET status = ?, closed_on = ?, updated_at = ? WHERE id = ?",
               [new, closed_on, stamp, signal_id])
    db.execute(
        "INSERT INTO signal_status_history (signal_id, changed_at, old_status, new_status, "
        "note, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
        [signal_id, stamp, old, new, note, changed_by])


def change_status(db: Database, signal_id: int, new_status: str, note: str = "",
                  changed_by: int | None = None, today: dt.date | None = None) -> None:
    """Move a signal to ``new_status``; closing starts the retention period."""
    today = today or dt.date.today()
    if new_status not in STATUSES:
        raise ValidationError(tr("Choose a status."), "status")
    note = (note or "").strip()
    if len(note) > MAX_DESCRIPTION:
        raise ValidationError(tr("The note takes at most {count} characters.",
                                 count=MAX_DESCRIPTION), "note")
    if changed_by is not None and not member_exists(db, changed_by):
        raise ValidationError(tr("The member who logged this is no longer in the list."),
                              "changed_by")
    with db.atomic():
        old = _current_status(db, signal_id)
        if old == new_status:
            raise ValidationError(tr("The signal already has the status '{status}'.",
                                     status=tr(STATUSES[new_status])), "status")
        record_status(db, signal_id, old, new_status, note, changed_by, today)


def status_history(db: Database, signal_id: int) -> list[StatusChange]:
    """Oldest first: how the signal moved from logging to closing."""
    rows = db.execute(
        "SELECT id, signal_id, changed_at, old_status, new_status, note, changed_by "
        "FROM signal_status_history WHERE signal_id = ? ORDER BY changed_at, id",
        [signal_id]).fetchall()
    names = member_names(db, {row[6] for row in rows})
    return [
        StatusChange(id=row[0], signal_id=row[1], changed_at=dt.datetime.fromisoformat(row[2]),
                     old_status=row[3], new_status=row[4], note=row[5], changed_by=row[6],
                     changed_by_name=names.get(row[6], ""))
        for row in rows
    ]
