"""Benchmark: the soak test's working day on a ten-year council file, with its figures.

    .venv/bin/python -m tests.benchmarks.soak [--actions 20000] [--years 10]

Builds the file (tests/scale/ten_year.py), opens it in the real main window offscreen and
runs the same rounds as tests/ui/test_soak.py. Prints the actions, seconds, actions per
second, memory at the start, after the first round and at the end, and the ratio of the
actions per second to a baseline measured in the same go: a bare QMainWindow with a
QStackedWidget of plain pages doing as many page switches and setText calls. The ratio
says how much of the machine's speed the program's own work leaves (a falling ratio
between versions: the program got slower, not the machine).
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget  # noqa: E402

from core.i18n import set_language  # noqa: E402
from tests.scale.ten_year import build_ten_year_council  # noqa: E402
from tests.scale.working_day import (  # noqa: E402
    DialogRecorder,
    WorkingDay,
    resident_mib,
    settle,
)
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.safety.preferences import set_backup_folder  # noqa: E402

BASELINE_PAGES = 7  # as many as the main window has


def baseline_rate(actions: int) -> float:
    """Actions per second of a bare window: page switches and label texts, nothing else."""
    window = QMainWindow()
    stack = QStackedWidget()
    labels = [QLabel(f"Pagina {number}") for number in range(BASELINE_PAGES)]
    for label in labels:
        stack.addWidget(label)
    window.setCentralWidget(stack)
    window.resize(1280, 720)
    window.show()
    settle()
    start = time.perf_counter()
    for number in range(actions):
        if number % 2:
            labels[stack.currentIndex()].setText(f"Regel {number}")
        else:
            stack.setCurrentIndex(number // 2 % BASELINE_PAGES)
        settle()
    seconds = time.perf_counter() - start
    window.close()
    return actions / seconds


def run_day(folder: Path, actions: int, years: int):
    started = time.perf_counter()
    built = build_ten_year_council(folder / "tien-jaar.raadswerk", years=years)
    print(f"file built in {time.perf_counter() - started:.0f} s: {built.members} members, "
          f"{built.meetings} meetings, {built.agenda_items} agenda items, {built.signals} "
          f"signals, {built.advice} advice, {built.letters} letters")
    preferences = Preferences(QSettings(str(folder / "voorkeuren.ini"), QSettings.IniFormat))
    set_backup_folder(preferences, folder / "backups")
    window = MainWindow(preferences)
    recorder = DialogRecorder()
    recorder.install(setattr)
    if not window.open_file(built.path):
        raise SystemExit(f"the file did not open: {recorder.errors}")
    window.resize(1280, 720)
    window.show()
    settle()
    report = WorkingDay(window, recorder).run(actions)
    window.close()
    return report, recorder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    set_language("nl")
    app = create_application()  # noqa: F841 - kept alive for the whole run
    with tempfile.TemporaryDirectory(prefix="raadswerk-soak-") as folder:
        report, recorder = run_day(Path(folder), args.actions, args.years)
    baseline = baseline_rate(report.actions)
    print(f"actions: {report.actions} in {report.rounds} rounds, {report.seconds:.0f} s "
          f"({report.cpu_seconds:.0f} s of processor time)")
    print(f"actions per second: {report.actions_per_second:.1f} "
          f"(baseline window: {baseline:.0f}; ratio {report.actions_per_second / baseline:.3f})")
    print(f"memory: {report.mib_at_start:.0f} MiB at the start, "
          f"{report.mib_after_first_round:.0f} MiB after the first round, "
          f"{report.mib_at_end:.0f} MiB at the end "
          f"({report.mib_at_end - report.mib_after_first_round:+.0f} MiB); "
          f"now {resident_mib():.0f} MiB")
    print(f"error dialogs: {len(recorder.errors)}; other questions answered: "
          f"{len(recorder.prompts)}")
    for text in recorder.errors[:5] + recorder.prompts[:5]:
        print(f"  {text[:300]}")


if __name__ == "__main__":
    main()
