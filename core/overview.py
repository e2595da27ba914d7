"""What needs the secretary now: the lines of the Overzicht (home) page.

Each feature offers a function ``(db, today) -> list[AttentionItem]`` (see
``core.attention``); PROVIDERS lists them. Every item names the section and record it opens.
"""

import datetime as dt

from sqlite_utils import Database

from core.advice import attention as advice_attention
from core.attention import AttentionItem, Provider
from core.letters import attention as letters_attention
from core.meetings import followup
from core.members import terms
from core.signals import attention as signals_attention

SEVERITY_ORDER = {"overdue": 0, "soon": 1, "info": 2}

# Each feature's provider; a feature adds one line.
PROVIDERS: list[Provider] = [
    followup.attention_items,
    terms.attention_items,
    advice_attention.attention_items,
    signals_attention.attention_items,
    letters_attention.attention_items,
]


def attention_items(db: Database, today: dt.date | None = None) -> list[AttentionItem]:
    """All lines, most urgent first; within a severity the earliest date first."""
    today = today or dt.date.today()
    items = [item for provider in PROVIDERS for item in provider(db, today)]
    return sorted(
        items,
        key=lambda item: (SEVERITY_ORDER.get(item.severity, 9), item.due or dt.date.max,
                          item.title),
    )
