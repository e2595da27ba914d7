"""The program's own start: ``main.py --db FILE`` until its window is shown and idle.

    .venv/bin/python -m tests.benchmarks.processes.program_window FILE

The QApplication is made here first (the program takes the existing one), so that a
timer can end the process when the window is ready: what the secretary waits for.
"""

import sys

from PySide6.QtWidgets import QApplication

import main as program
from tests.benchmarks.processes.idle import quit_when_shown_and_idle
from ui.main_window import MainWindow


def main(path: str) -> int:
    app = QApplication(sys.argv[:1])
    quit_when_shown_and_idle(app, MainWindow)
    return program.main(["--db", path])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
