"""Reporters as people: the contact rows of one person grouped into one identity.

A request for access or erasure is about exactly one person. Contact details are kept
per signal, so the same person appears once per signal they reported; rows with the
same name and a shared phone number, e-mail or address (or, without a name, the same
phone number or e-mail) are one reporter. A reporter's number is the number of the
first signal they reported: stable, and what ``export reporter --reporter ID`` takes.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.dates import date_from_iso, to_iso
from core.errors import NotFoundError
from core.i18n import format_date, tr
from core.signals.model import Contact, channel_label, status_label
from core.signals.privacy import find_reporter, get_contact
from core.signals.repository import get_signal, now
from core.signals.status import status_history


@dataclass
class Reporter:
    """One person who reported signals, with the signals that are theirs."""

    reporter_id: int
    name: str
    contacts: list[Contact] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)

    @property
    def signal_ids(self) -> list[int]:
        return sorted(contact.signal_id for contact in self.contacts)

    @property
    def display_name(self) -> str:
        return self.name or tr("(no name given)")

    @property
    def identifiers(self) -> list[str]:
        """Names, phone numbers and e-mail addresses as stored: what a backup may still hold."""
        values = {value.strip() for contact in self.contacts
                  for value in (contact.name, contact.phone, contact.email) if value.strip()}
        return sorted(values)

    @property
    def masked_contact(self) -> str:
        """Enough to recognise the person on the phone, not enough to read along."""
        first = self.contacts[0]
        parts = [mask_phone(first.phone), mask_email(first.email), mask_address(first.address)]
        return " · ".join(part for part in parts if part)

    def describe(self) -> str:
        """'Ludmila Nowak — 06••••••33 — 1 May 2026 to 3 June 2026 — signals: 2'."""
        first, last = min(self.dates), max(self.dates)
        period = (format_date(first) if first == last else
                  tr("{first} to {last}", first=format_date(first), last=format_date(last)))
        return tr("{name} — {contact} — {period} — signals: {count}", name=self.display_name,
                  contact=self.masked_contact or "—", count=len(self.contacts),
                  period=period)


def mask_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 5:
        return "•" * len(digits)
    return digits[:2] + "•" * (len(digits) - 4) + digits[-2:]


def mask_email(email: str) -> str:
    local, at, domain = (email or "").partition("@")
    if not at:
        return ""
    return f"{local[:1]}•••@{domain}"


def mask_address(address: str) -> str:
    words = (address or "").split()
    return f"{words[0]} •••" if words else ""


def _norm_name(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _keys(contact: Contact) -> set[tuple]:
    """What links two rows to one person."""
    name = _norm_name(contact.name)
    phone = re.sub(r"\D", "", contact.phone or "")
    email = (contact.email or "").strip().casefold()
    address = " ".join((contact.address or "").split()).casefold()
    found = {(name, kind, value) for kind, value in
             (("phone", phone), ("email", email), ("address", address)) if value}
    if name and not found:
        found.add((name, "name", ""))
    return found


def _all_contacts(db: Database) -> list[tuple[Contact, dt.date]]:
    rows = db.execute(
        "SELECT c.signal_id, c.name, c.phone, c.email, c.address, c.consent_on, s.received_on "
        "FROM signal_contacts c JOIN signals s ON s.id = c.signal_id ORDER BY c.signal_id"
    ).fetchall()
    return [(Contact(row[0], row[1], row[2], row[3], row[4], consent_on=date_from_iso(row[5])),
             date_from_iso(row[6])) for row in rows]


def all_reporters(db: Database) -> list[Reporter]:
    """Every reporter whose contact details the file holds, by their first signal."""
    groups: list[Reporter] = []
    owner: dict[tuple, Reporter] = {}
    for contact, received in _all_contacts(db):
        matches = {id(owner[key]): owner[key] for key in _keys(contact) if key in owner}
        if matches:
            reporter = min(matches.values(), key=lambda item: item.reporter_id)
            for other in matches.values():
                if other is not reporter:  # this row joins two groups into one person
                    reporter.contacts += other.contacts
                    reporter.dates += other.dates
                    groups.remove(other)
        else:
            reporter = Reporter(reporter_id=contact.signal_id, name=contact.name.strip())
            groups.append(reporter)
        reporter.contacts.append(contact)
        reporter.dates.append(received)
        for contact_of_group in reporter.contacts:
            for key in _keys(contact_of_group):
                owner[key] = reporter
    return sorted(groups, key=lambda item: item.reporter_id)


def reporter_candidates(db: Database, text: str) -> list[Reporter]:
    """The reporters one of whose contact rows matches ``text`` (name, phone, e-mail)."""
    matching = {contact.signal_id for contact in find_reporter(db, text)}
    return [reporter for reporter in all_reporters(db)
            if matching.intersection(reporter.signal_ids)]


def get_reporter(db: Database, reporter_id: int) -> Reporter:
    for reporter in all_reporters(db):
        if reporter.reporter_id == reporter_id or reporter_id in reporter.signal_ids:
            return reporter
    raise NotFoundError(tr("There is no reporter with number {number}; search by name or "
                           "phone number to see the numbers.", number=reporter_id))


def _record(db: Database, signal_id: int) -> dict:
    signal = get_signal(db, signal_id)
    contact = get_contact(db, signal_id)
    return {
        "signal": signal_id,
        "received_on": to_iso(signal.received_on),
        "channel": channel_label(signal.channel),
        "themes": [theme.label for theme in signal.themes],
        "target_group": signal.target_group,
        "neighbourhood": signal.neighbourhood,
        "description": signal.description,
        "what_was_done": signal.handled_note,
        "status": status_label(signal.status),
        "sensitive": signal.sensitive,
        "contact": None if contact is None else {
            "name": contact.name, "phone": contact.phone, "email": contact.email,
            "address": contact.address, "consent_on": to_iso(contact.consent_on),
        },
        "history": [
            {"when": change.changed_at.isoformat(), "change": change.description,
             "note": change.note}
            for change in status_history(db, signal_id)
        ],
    }


def export_reporter(db: Database, reporter: Reporter) -> dict:
    """Everything the file holds about one reporter (for a request for access)."""
    return {"reporter": {"number": reporter.reporter_id, "name": reporter.display_name},
            "exported_on": now(),
            "signals": [_record(db, signal_id) for signal_id in reporter.signal_ids]}


def export_reporter_json(db: Database, reporter: Reporter) -> bytes:
    data = export_reporter(db, reporter)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
