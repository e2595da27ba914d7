"""The platform's standard places for the user's data. Only defaults: callers pass paths on."""

from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from core import APP_NAME

DEFAULT_DATABASE_NAME = "raad.raadswerk"


def default_data_dir() -> Path:
    """E.g. ``%LOCALAPPDATA%\\Raadswerk`` on Windows, ``~/.local/share/Raadswerk`` on Linux."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / DEFAULT_DATABASE_NAME


def default_backup_dir() -> Path:
    """Backups go to the data folder, not beside the database (which may be in a synced folder)."""
    return default_data_dir() / "backups"


def default_log_path() -> Path:
    return default_data_dir() / "raadswerk.log"


def default_drafts_dir() -> Path:
    """E-mail drafts (.eml) handed to the mail program; cleared after a week."""
    return default_data_dir() / "e-mailconcepten"


def default_cache_dir() -> Path:
    """What may be thrown away and made again (the translations, read once)."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))
