"""The per-user choices of the safety feature, kept in QSettings via ui.preferences."""

from pathlib import Path

from core.paths import default_backup_dir

BACKUP_FOLDER_KEY = "safety/backup_folder"
SYNC_WARNED_KEY = "safety/sync_warned"


def backup_folder(preferences) -> Path:
    """The folder backups go to: the one chosen, else the user's data folder."""
    chosen = preferences.value(BACKUP_FOLDER_KEY, "") if preferences is not None else ""
    return Path(chosen) if chosen else default_backup_dir()


def set_backup_folder(preferences, folder: Path | None) -> None:
    """Remember a chosen folder; None goes back to the default."""
    preferences.set_value(BACKUP_FOLDER_KEY, str(folder) if folder else "")
    preferences.sync()


def _as_list(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(item) for item in value]


def sync_warning_shown(preferences, path: Path) -> bool:
    return str(Path(path).resolve()) in _as_list(preferences.value(SYNC_WARNED_KEY, []))


def mark_sync_warning_shown(preferences, path: Path) -> None:
    shown = _as_list(preferences.value(SYNC_WARNED_KEY, []))
    preferences.set_value(SYNC_WARNED_KEY, [*shown, str(Path(path).resolve())])
    preferences.sync()


IDLE_MINUTES_KEY = "safety/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15


def idle_minutes(preferences) -> int:
    """Minutes without use before the window locks (default 15)."""
    value = preferences.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES) if preferences else None
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(preferences, minutes: int) -> None:
    preferences.set_value(IDLE_MINUTES_KEY, int(minutes))
    preferences.sync()
