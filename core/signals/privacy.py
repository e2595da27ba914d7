"""Privacy by design: contact details only with consent, removal after the retention
period (with a warning before and a record after), access requests and erasure."""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from core.contact import check_email
from core.dates import add_months, check_date_range, date_from_iso, to_iso
from core.errors import ValidationError
from core.i18n import mark, tr
from core.search.maintenance import purge
from core.secure_erase import erasing
from core.signals.model import MAX_SHORT, Contact, ContactInput
from core.signals.options import retention_months, warning_days
from core.signals.repository import get_signal, now

REMOVAL_REASONS = {
    "retention": mark("Retention period ended"),
    "erasure": mark("Erased on request"),
    "consent_withdrawn": mark("Consent withdrawn"),
}


@dataclass
class DueRemoval:
    signal_id: int
    removal_on: dt.date


@dataclass
class RemovalRecord:
    signal_id: int
    removed_at: dt.datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return tr(REMOVAL_REASONS.get(self.reason, self.reason))


def validate_contact(contact: ContactInput, today: dt.date | None = None) -> ContactInput:
    today = today or dt.date.today()
    fields = {name: (getattr(contact, name) or "").strip()
              for name in ("name", "phone", "email", "address")}
    for name, value in fields.items():
        if len(value) > MAX_SHORT:
            raise ValidationError(tr("This field takes at most {count} characters.",
                                     count=MAX_SHORT), f"contact_{name}")
    if not (fields["phone"] or fields["email"] or fields["address"]):
        raise ValidationError(tr("Give a phone number, e-mail address or address to contact "
                                 "the reporter by."), "contact_phone")
    check_email(fields["email"], "contact_email")
    if contact.consent_on is None:
        raise ValidationError(tr("Contact details are kept only with consent: fill in the "
                                 "date the reporter gave it."), "consent_on")
    check_date_range(contact.consent_on, "consent_on")
    if contact.consent_on > today:
        raise ValidationError(tr("The consent date cannot lie in the future."), "consent_on")
    return ContactInput(consent_on=contact.consent_on, **fields)


def write_contact(db: Database, signal_id: int, contact: ContactInput) -> None:
    """Store (or replace) the contact row; inside the caller's transaction."""
    db.execute("DELETE FROM signal_contacts WHERE signal_id = ?", [signal_id])
    db.execute(
        "INSERT INTO signal_contacts (signal_id, name, phone, email, address, consent_on, "
        "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [signal_id, contact.name, contact.phone, contact.email, contact.address,
         to_iso(contact.consent_on), now()],
    )


def set_contact(db: Database, signal_id: int, contact: ContactInput,
                today: dt.date | None = None) -> None:
    contact = validate_contact(contact, today)
    with db.atomic():
        signal = get_signal(db, signal_id)
        if signal.erased_on:
            raise ValidationError(tr("This signal was erased on request and cannot be changed."))
        write_contact(db, signal_id, contact)


def get_contact(db: Database, signal_id: int) -> Contact | None:
    row = db.execute("SELECT signal_id, name, phone, email, address, consent_on "
                     "FROM signal_contacts WHERE signal_id = ?", [signal_id]).fetchone()
    if row is None:
        return None
    return Contact(row[0], row[1], row[2], row[3], row[4], consent_on=date_from_iso(row[5]))


def _log_removal(db: Database, signal_id: int, reason: str, what: str = "contact") -> None:
    db.execute("INSERT INTO signal_retention_log (signal_id, removed_at, reason, what) "
               "VALUES (?, ?, ?, ?)", [signal_id, now(), reason, what])


def remove_contact(db: Database, signal_id: int, reason: str = "consent_withdrawn") -> bool:
    """Remove a reporter's contact details and record that it happened."""
    with erasing(db):
        cursor = db.execute("DELETE FROM signal_contacts WHERE signal_id = ?", [signal_id])
        if cursor.rowcount:
            _log_removal(db, signal_id, reason)
        return bool(cursor.rowcount)


def removal_date(closed_on: dt.date, months: int) -> dt.date:
    return add_months(closed_on, months)


def contacts_due(db: Database, today: dt.date, within_days: int = 0) -> list[DueRemoval]:
    """Contact details whose removal date falls on or before ``today + within_days``."""
    months = retention_months(db)
    rows = db.execute(
        "SELECT c.signal_id, s.closed_on FROM signal_contacts c "
        "JOIN signals s ON s.id = c.signal_id "
        "WHERE s.status = 'closed' AND s.closed_on IS NOT NULL ORDER BY s.closed_on, s.id"
    ).fetchall()
    horizon = today + dt.timedelta(days=within_days)
    due = [DueRemoval(row[0], removal_date(date_from_iso(row[1]), months)) for row in rows]
    return [item for item in due if item.removal_on <= horizon]


def contacts_due_soon(db: Database, today: dt.date) -> list[DueRemoval]:
    """The warning before removal: due within the warning period, but not yet due."""
    return [item for item in contacts_due(db, today, warning_days(db))
            if item.removal_on > today]


def apply_retention(db: Database, today: dt.date | None = None) -> list[int]:
    """Remove every contact whose retention period has ended; returns the signal ids."""
    today = today or dt.date.today()
    with erasing(db):
        removed = []
        for item in contacts_due(db, today):
            db.execute("DELETE FROM signal_contacts WHERE signal_id = ?", [item.signal_id])
            _log_removal(db, item.signal_id, "retention")
            removed.append(item.signal_id)
    return removed


def removal_log(db: Database, limit: int = 500) -> list[RemovalRecord]:
    rows = db.execute("SELECT signal_id, removed_at, reason FROM signal_retention_log "
                      "ORDER BY removed_at DESC, id DESC LIMIT ?", [limit]).fetchall()
    return [RemovalRecord(row[0], dt.datetime.fromisoformat(row[1]), row[2]) for row in rows]


# --- access requests and erasure -------------------------------------------------------

def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_reporter(db: Database, text: str) -> list[Contact]:
    """Contacts whose name, phone, e-mail or address contains ``text``."""
    text = " ".join((text or "").split())[:MAX_SHORT]
    if len(text) < 2:
        raise ValidationError(tr("Type at least two characters of a name, phone number or "
                                 "e-mail address."), "search")
    pattern = _like(text)
    digits = re.sub(r"\D", "", text)
    rows = db.execute(
        "SELECT signal_id, name, phone, email, address, consent_on FROM signal_contacts "
        "WHERE name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' "
        "OR address LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
        "OR (? != '' AND REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '+', '') LIKE ?) "
        "ORDER BY signal_id",
        [pattern, pattern, pattern, pattern, digits, f"%{digits}%"]).fetchall()
    return [Contact(row[0], row[1], row[2], row[3], row[4], consent_on=date_from_iso(row[5]))
            for row in rows]


def erase_reporter(db: Database, signal_ids: list[int], today: dt.date | None = None) -> int:
    """Erase every personal detail of one reporter: contact details, description, notes.

    The bare signal (date, channel, themes, status) stays, so counts and trends keep
    telling the truth; the retention log records the erasure.
    """
    if not signal_ids:
        raise ValidationError(tr("Choose the signals of this reporter first."), "signals")
    today = today or dt.date.today()
    erased_text = tr("(erased on request)")
    with erasing(db):
        for signal_id in signal_ids:
            get_signal(db, signal_id)
            db.execute("DELETE FROM signal_contacts WHERE signal_id = ?", [signal_id])
            db.execute(
                "UPDATE signals SET description = ?, handled_note = '', target_group = '', "
                "neighbourhood = '', sensitive = 0, erased_on = ?, updated_at = ? WHERE id = ?",
                [erased_text, to_iso(today), now(), signal_id])
            db.execute("UPDATE signal_status_history SET note = '' WHERE signal_id = ?",
                       [signal_id])
            _log_removal(db, signal_id, "erasure", "all")
        purge(db, ("search_signals",))
    return len(signal_ids)

