"""Showing problems: a clear message for known ones, a copyable report for the rest.

Unexpected errors are logged to a file in the data folder and the program keeps
running, so nothing that was typed is lost.
"""

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core import __version__
from core.errors import RaadswerkError
from core.i18n import tr

log = logging.getLogger("raadswerk")


def setup_logging(log_path: Path) -> None:
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8")
    except OSError:
        return  # no log file is better than no program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_message(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr("Raadswerk"), message)


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    """A known problem gets its own message; anything else the full report."""
    if isinstance(error, RaadswerkError):
        show_message(parent, str(error))
        return
    report_unexpected(parent, error, details or "".join(
        traceback.format_exception(type(error), error, error.__traceback__)))


def report_unexpected(parent: QWidget | None, error: BaseException, details: str) -> None:
    log.error("Unexpected error: %s\n%s", error, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(tr("Something went wrong"))
    box.setText(tr("Something unexpected went wrong. What you typed is still there; "
                   "save your work and, if it happens again, send the report below "
                   "to whoever supports you."))
    box.setDetailedText(f"Raadswerk {__version__}\n{details}")
    copy = box.addButton(tr("Copy report"), QMessageBox.ActionRole)
    box.addButton(QMessageBox.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(f"Raadswerk {__version__}\n{details}")


def install_excepthook() -> None:
    """Unexpected errors in slots show the report instead of ending the program."""

    def hook(exc_type, error, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        details = "".join(traceback.format_exception(exc_type, error, tb))
        if isinstance(error, RaadswerkError):
            show_message(QApplication.activeWindow(), str(error))
        else:
            report_unexpected(QApplication.activeWindow(), error, details)

    sys.excepthook = hook
