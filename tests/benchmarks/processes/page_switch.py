"""Switching to a page in the program's window: milliseconds until the page is drawn.

    .venv/bin/python -m tests.benchmarks.processes.page_switch FILE SECTION [SECTION ...]

Opens FILE in the real main window (offscreen), then goes to each SECTION from the
Overzicht page ROUNDS times and prints one line of JSON: section → median milliseconds.
The first visit is measured apart (a page may build itself then).
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from core.i18n import set_language
from tests.scale.working_day import settle
from ui.app import create_application
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.safety.preferences import set_backup_folder

ROUNDS = 15


def switch_ms(window: MainWindow, section: str) -> float:
    """Go to ``section`` and let the window draw it; the time in milliseconds."""
    row = window.section_index(section)
    started = time.perf_counter()
    window.navigation.setCurrentRow(row)
    settle()
    return (time.perf_counter() - started) * 1000


def measure(window: MainWindow, sections: list[str]) -> dict[str, dict[str, float]]:
    first = {}
    for section in sections:
        window.navigation.setCurrentRow(0)
        settle()
        first[section] = switch_ms(window, section)
    times: dict[str, list[float]] = {section: [] for section in sections}
    for _round in range(ROUNDS):
        for section in sections:
            window.navigation.setCurrentRow(0)
            settle()
            times[section].append(switch_ms(window, section))
    return {section: {"first": first[section], "median": statistics.median(times[section])}
            for section in sections}


def main(path: str, sections: list[str]) -> int:
    set_language("nl")
    app = create_application()  # noqa: F841 - kept alive while the window lives
    with tempfile.TemporaryDirectory(prefix="raadswerk-switch-") as folder:
        preferences = Preferences(QSettings(str(Path(folder) / "voorkeuren.ini"),
                                            QSettings.IniFormat))
        set_backup_folder(preferences, Path(folder) / "backups")
        window = MainWindow(preferences)
        if not window.open_file(path):
            raise SystemExit(f"{path} did not open")
        window.resize(1280, 720)
        window.show()
        settle()
        print(json.dumps(measure(window, sections)))
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
