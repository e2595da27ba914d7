"""Per-user settings (recent files, window layout, language, backup folder) in QSettings.

Per-file settings live in the council file instead (core.settings).
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self.settings = settings or QSettings("Raadswerk", "Raadswerk")

    def language(self) -> str | None:
        return self.settings.value("language", None)

    def set_language(self, language: str) -> None:
        self.settings.setValue("language", language)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [path for path in value if path]

    def add_recent_file(self, path: Path | str) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self.settings.setValue("recent_files", [p for p in self.recent_files() if p != path])

    def last_file(self) -> str | None:
        recent = self.recent_files()
        return recent[0] if recent else None

    def geometry(self) -> QByteArray | None:
        return self.settings.value("window/geometry", None)

    def set_geometry(self, geometry: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)

    def value(self, key: str, default=None):
        return self.settings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
