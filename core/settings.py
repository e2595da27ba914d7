"""Per-file settings (stored in the council file as JSON values under a key)."""

import json
from typing import Any

from sqlite_utils import Database


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(db: Database, key: str, value: Any) -> None:
    row = {"key": key, "value": json.dumps(value, ensure_ascii=False)}
    db.table("settings").upsert(row, pk="key")


def set_settings(db: Database, values: dict[str, Any]) -> None:
    """Several settings in one transaction: all are saved, or none."""
    with db.atomic():
        for key, value in values.items():
            set_setting(db, key, value)


def get_int_setting(db: Database, key: str, default: int) -> int:
    """A whole-number setting; the default when the stored value is not a number."""
    try:
        return int(get_setting(db, key, default))
    except (TypeError, ValueError):
        return default
