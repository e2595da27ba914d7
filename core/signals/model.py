"""What a signal is: channels, statuses, built-in themes, and the records core returns.

Codes are stored in the file; labels are translated when shown.
"""

import datetime as dt
from dataclasses import dataclass, field

from core.i18n import mark, tr

CHANNELS = {
    "walk_in": mark("Walk-in hour"),
    "phone": mark("Phone"),
    "email": mark("E-mail"),
    "meeting": mark("Meeting"),
    "network": mark("Member's own network"),
    "other": mark("Other"),
}

STATUSES = {
    "new": mark("New"),
    "in_progress": mark("In progress"),
    "passed_on": mark("Passed on to the municipality"),
    "in_advice": mark("Taken up in advice"),
    "closed": mark("Closed"),
}
OPEN_STATUSES = ("new", "in_progress", "passed_on", "in_advice")

DEFAULT_THEMES = {
    "wmo_support": mark("Wmo support at home"),
    "youth_care": mark("Youth care"),
    "work": mark("Work and re-integration"),
    "income": mark("Income and poverty"),
    "debt": mark("Debt help"),
    "housing": mark("Housing"),
    "transport": mark("Transport"),
    "access": mark("Access and information"),
    "own_contribution": mark("Own contributions"),
}

# Longest text a field takes; longer input is refused with a message, never cut silently.
MAX_SHORT = 200
MAX_DESCRIPTION = 20_000


def channel_label(code: str) -> str:
    return tr(CHANNELS.get(code, CHANNELS["other"]))


def status_label(code: str | None) -> str:
    return tr(STATUSES[code]) if code in STATUSES else ""


@dataclass
class Theme:
    id: int
    code: str | None
    name: str | None
    position: int
    active: bool

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        return tr(DEFAULT_THEMES[self.code]) if self.code in DEFAULT_THEMES else "?"


@dataclass
class SignalInput:
    """What the logging form (or an edit) hands to core."""

    received_on: dt.date
    channel: str
    theme_ids: list[int]
    description: str
    target_group: str = ""
    neighbourhood: str = ""
    sensitive: bool = False
    logged_by: int | None = None


@dataclass
class ContactInput:
    """A reporter's contact details: only with consent, and the date it was given."""

    consent_on: dt.date | None
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass
class Contact:
    signal_id: int
    name: str
    phone: str
    email: str
    address: str
    consent_on: dt.date


@dataclass
class Signal:
    id: int
    received_on: dt.date
    channel: str
    themes: list[Theme]
    target_group: str
    neighbourhood: str
    description: str
    sensitive: bool
    status: str
    handled_note: str
    logged_by: int | None
    logged_by_name: str
    closed_on: dt.date | None
    erased_on: dt.date | None
    has_contact: bool = False
    theme_ids: list[int] = field(default_factory=list)

    @property
    def theme_labels(self) -> str:
        return ", ".join(theme.label for theme in self.themes)

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    def summary(self, length: int = 80) -> str:
        """A one-line summary that never shows a sensitive description."""
        if self.sensitive:
            return tr("(description with sensitive details)")
        text = " ".join(self.description.split())
        return text if len(text) <= length else text[: length - 1] + "…"


@dataclass
class StatusChange:
    id: int
    signal_id: int
    changed_at: dt.datetime
    old_status: str | None
    new_status: str
    note: str
    changed_by: int | None
    changed_by_name: str

    @property
    def description(self) -> str:
        if self.old_status is None:
            return tr("Logged as {new}", new=status_label(self.new_status))
        return tr("From {old} to {new}", old=status_label(self.old_status),
                  new=status_label(self.new_status))
