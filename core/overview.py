"""What needs the secretary now: the lines of the Overzicht (home) page.

Each feature offers a function ``(db, today) -> list[AttentionItem]``; PROVIDERS
lists them. Every item names the section and record it opens.
"""

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

SEVERITY_ORDER = {"overdue": 0, "soon": 1, "info": 2}


@dataclass
class AttentionItem:
    section: str  # overview, members, meetings, signals, advice, settings
    item_id: int | None
    title: str
    detail: str = ""
    due: dt.date | None = None
    severity: str = "info"  # overdue, soon, info
    group: str = ""  # heading the line is shown under
    summary: bool = False  # "… and 12 more": stands for lines not shown, comes last


Provider = Callable[[Database, dt.date], list[AttentionItem]]

# "module:function" of each feature's provider; features add one line each.
# Named as text so that feature modules can import AttentionItem from here.
PROVIDERS: list[str] = [
    "core.meetings.followup:attention_items",
    "core.members.terms:attention_items",
    "core.advice.attention:attention_items",
    "core.signals.attention:attention_items",
    "core.letters.attention:attention_items",
]


def _provider(name: str) -> Provider:
    module_name, function_name = name.split(":")
    return getattr(importlib.import_module(module_name), function_name)


def attention_items(db: Database, today: dt.date | None = None) -> list[AttentionItem]:
    """All lines, most urgent first; within a severity the earliest date first."""
    today = today or dt.date.today()
    items = [item for name in PROVIDERS for item in _provider(name)(db, today)]
    return sorted(
        items,
        key=lambda item: (SEVERITY_ORDER.get(item.severity, 9), item.due or dt.date.max,
                          item.title),
    )
