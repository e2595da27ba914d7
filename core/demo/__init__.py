"""A realistic, fictional demo council: every feature shows up in it.

Each feature adds its own part (a module here with ``add_demo(db, context)``);
the parts run in order, in one transaction, so a demo file is whole or absent.
"""

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core.database import open_council
from core.demo import (
    adopted_minutes,
    advice,
    allowances,
    letters,
    meetings,
    members,
    previous_year,
    profile,
    relations,
    signals,
)
from core.errors import RaadswerkError
from core.i18n import tr

# Order matters: later parts refer to what earlier ones made (members before meetings).
# The previous year goes after the others: it draws nothing at random, so they stay as they
# were; then the minutes of every council meeting held are adopted in the next one. The
# allowance rates come last (settings only, nothing random).
PARTS = [profile, relations, letters, members, meetings, advice, signals, previous_year,
         adopted_minutes, allowances]


@dataclass
class DemoContext:
    """What the parts share: a seeded random source, 'today', and ids made so far."""

    today: dt.date
    rng: random.Random
    ids: dict[str, list[int]] = field(default_factory=dict)


def fill_demo(db: Database, today: dt.date | None = None, seed: int = 2026) -> DemoContext:
    context = DemoContext(today=today or dt.date.today(), rng=random.Random(seed))
    with db.atomic():
        for part in PARTS:
            part.add_demo(db, context)
    return context


def write_demo(path: Path | str, force: bool = False, today: dt.date | None = None) -> Path:
    """Write the demo council into a new file (or over an existing one with ``force``)."""
    path = Path(path)
    if path.exists():
        if not force:
            raise RaadswerkError(
                tr("{path} already exists. Use --force to overwrite it.", path=path)
            )
        path.unlink()
    council = open_council(path, create=True)
    try:
        fill_demo(council.db, today)
    except BaseException:
        council.close()
        path.unlink(missing_ok=True)
        raise
    council.close()
    return path
