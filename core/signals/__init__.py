"""Signals from the backing group (signalen van de achterban).

Logging, themes, follow-up, trends and privacy. The link functions with advice are a
contract with the advice feature (see the BRIEF); keep their names and signatures.
"""

from core.signals.intake import log_signal
from core.signals.links import (
    advice_for_signal,
    agenda_items_for_signal,
    link_signal_to_advice,
    link_signal_to_agenda_item,
    signal_label,
    signals_for_advice,
    signals_for_agenda_item,
    unlink_signal_from_advice,
    unlink_signal_from_agenda_item,
)
from core.signals.model import (
    CHANNELS,
    STATUSES,
    Contact,
    ContactInput,
    Signal,
    SignalInput,
    StatusChange,
    Theme,
)
from core.signals.repository import (
    SignalFilter,
    count_signals,
    delete_signal,
    fetch_signals,
    get_signal,
    list_signals,
    update_signal,
)
from core.signals.status import change_status, status_history
from core.signals.themes import list_themes

__all__ = [
    "CHANNELS",
    "STATUSES",
    "Contact",
    "ContactInput",
    "Signal",
    "SignalFilter",
    "SignalInput",
    "StatusChange",
    "Theme",
    "advice_for_signal",
    "agenda_items_for_signal",
    "change_status",
    "count_signals",
    "delete_signal",
    "fetch_signals",
    "get_signal",
    "link_signal_to_advice",
    "link_signal_to_agenda_item",
    "list_signals",
    "list_themes",
    "log_signal",
    "signal_label",
    "signals_for_advice",
    "signals_for_agenda_item",
    "status_history",
    "unlink_signal_from_advice",
    "unlink_signal_from_agenda_item",
    "update_signal",
]
