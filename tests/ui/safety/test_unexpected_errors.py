"""An unexpected error in the window: a dialog with a copyable report, a line in the log
file, and the program keeps running with what was typed still there."""

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from ui import errors


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "raadswerk.log"
    errors.setup_logging(path)
    yield path
    for handler in list(errors.log.handlers):
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == str(path):
            errors.log.removeHandler(handler)
            handler.close()


def test_an_unexpected_error_is_reported_logged_and_typing_survives(qtbot, log_file,
                                                                      monkeypatch):
    typed = QLineEdit()
    qtbot.addWidget(typed)
    typed.setText("Conceptadvies over de Wmo — half af")
    shown = []

    def click_copy(box):
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        copy = next(b for b in box.buttons() if b.text() == "Foutrapport kopiëren")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_copy)
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        try:
            raise ZeroDivisionError("deling door nul in een knop")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous

    (title, text, details), = shown
    assert title == "Er ging iets mis"
    assert "Wat u hebt getypt staat er nog" in text
    assert "ZeroDivisionError" in details and "Raadswerk" in details
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    assert "deling door nul" in log_file.read_text(encoding="utf-8")
    assert typed.text() == "Conceptadvies over de Wmo — half af"
