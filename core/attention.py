"""One line of the Overzicht (home) page, as every feature's provider makes it.

A feature offers ``attention_items(db, today) -> list[AttentionItem]``; ``core.overview``
collects them. This module is apart from the overview so that features and the overview
do not import each other.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database


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
