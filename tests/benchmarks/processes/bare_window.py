"""Anchor for the window's start: a bare PySide6 window, shown, until the event loop is idle.

    .venv/bin/python -m tests.benchmarks.processes.bare_window

What any Qt program pays before it can show something: the interpreter, PySide6's
widgets, a QApplication and one window with a few labels.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from tests.benchmarks.processes.idle import quit_when_shown_and_idle


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    for number in range(7):  # as many lines as the program has sections
        layout.addWidget(QLabel(f"Pagina {number + 1}"))
    window.setCentralWidget(body)
    window.resize(1280, 720)
    window.show()
    quit_when_shown_and_idle(app, QMainWindow)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
