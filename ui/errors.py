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
from core.errors import BusyFileError, RaadswerkError
from core.faults import explain, is_fault
from core.i18n import tr
from ui.widgets.modal import run_modal

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


def council_path(widget: QWidget | None) -> Path | None:
    """The council file of the window ``widget`` is in: what a database fault is about."""
    window = widget.window() if widget is not None else QApplication.activeWindow()
    council = getattr(window, "council", None)
    return getattr(council, "path", None)


def understood(parent: QWidget | None, error: BaseException) -> BaseException:
    """A disk or database fault as a sentence naming the council file; others unchanged."""
    return explain(error, council_path(parent)) if is_fault(error) else error


def ask_retry(parent: QWidget | None, error: BaseException) -> bool:
    """'The file is busy' with *Opnieuw proberen* and *Annuleren*; True to try again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("Raadswerk"))
    box.setText(str(error))
    retry = box.addButton(tr("Try again"), QMessageBox.AcceptRole)
    retry.setObjectName("retryButton")
    box.addButton(tr("Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(retry)
    run_modal(box)
    return box.clickedButton() is retry


def run_retrying(parent: QWidget | None, action):
    """Run ``action``; while the file is busy, offer to try again. Other disk or database
    faults get their sentence; what was typed stays where it is."""
    while True:
        try:
            return action()
        except Exception as error:
            problem = understood(parent, error)
            if isinstance(problem, BusyFileError):
                if ask_retry(parent, problem):
                    continue
                return None
            if problem is error and not isinstance(error, RaadswerkError):
                raise
            show_message(parent, str(problem))
            return None


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    """A known problem gets its own message; anything else the full report."""
    error = understood(parent, error)
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
    run_modal(box)
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(f"Raadswerk {__version__}\n{details}")


def install_excepthook() -> None:
    """Unexpected errors in slots show the report instead of ending the program."""

    def hook(exc_type, error, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        details = "".join(traceback.format_exception(exc_type, error, tb))
        if is_fault(error):
            log.warning("Fault: %s\n%s", error, details)
        error = understood(QApplication.activeWindow(), error)
        if isinstance(error, RaadswerkError):
            show_message(QApplication.activeWindow(), str(error))
        else:
            report_unexpected(QApplication.activeWindow(), error, details)

    sys.excepthook = hook
