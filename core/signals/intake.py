"""Logging a new signal: one transaction for the signal, its themes, history and contact."""

import datetime as dt

from sqlite_utils import Database

from core.settings import set_setting
from core.signals.model import ContactInput, SignalInput
from core.signals.options import LAST_LOGGER_KEY
from core.signals.privacy import validate_contact, write_contact
from core.signals.repository import insert_signal, now, validate


def log_signal(db: Database, data: SignalInput, contact: ContactInput | None = None,
               today: dt.date | None = None) -> int:
    """Save a new signal; contact details only come in with consent. Returns its id."""
    data = validate(db, data, today)
    if contact is not None:
        contact = validate_contact(contact, today)
    with db.atomic():
        signal_id = insert_signal(db, data, now())
        if contact is not None:
            write_contact(db, signal_id, contact)
        # The form starts with the same person next time: one field less to fill in.
        set_setting(db, LAST_LOGGER_KEY, data.logged_by)
    return signal_id
