"""Drafts of long texts (advice text, letters, minutes) that survive a crash or power cut.

While a secretary types, the screen keeps the text here every few seconds; saving or
discarding the text drops the draft. A draft still present when the text is opened again
is what was typed before the program stopped unexpectedly, and is offered back.
Drafts live in the council file itself (its settings table), so they are as private as
the rest of the file and go wherever the file goes.
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from core import driver
from core.errors import RaadswerkError
from core.i18n import tr
from core.settings import get_setting, set_setting

_PREFIX = "draft:"


@dataclass(frozen=True)
class Draft:
    text: str
    kept_at: dt.datetime


def draft_key(kind: str, record_id: int | None) -> str:
    """The one name of a text's draft: ``advice-text:12``, ``letter:new``."""
    return f"{kind}:{'new' if record_id is None else record_id}"


@contextmanager
def _writing() -> Iterator[None]:
    """A draft that cannot be written (full disk, busy file) is said in Dutch."""
    try:
        yield
    except driver.Error as error:
        raise RaadswerkError(tr("The draft of the text could not be kept: {reason}",
                                reason=error)) from error


def keep_draft(db: Database, key: str, text: str, now: dt.datetime | None = None) -> None:
    moment = (now or dt.datetime.now()).isoformat(timespec="seconds")
    with _writing():
        set_setting(db, _PREFIX + key, {"text": text, "kept_at": moment})


def find_draft(db: Database, key: str) -> Draft | None:
    value = get_setting(db, _PREFIX + key)
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        return None
    try:
        kept_at = dt.datetime.fromisoformat(value.get("kept_at", ""))
    except (TypeError, ValueError):
        kept_at = dt.datetime.now()
    return Draft(value["text"], kept_at)


def drop_draft(db: Database, key: str) -> None:
    with _writing():
        db.table("settings").delete_where("key = ?", [_PREFIX + key])


def draft_keys(db: Database) -> list[str]:
    rows = db.execute("SELECT key FROM settings WHERE key LIKE ? ORDER BY key",
                      [_PREFIX + "%"]).fetchall()
    return [row[0][len(_PREFIX):] for row in rows]
