"""Fixtures the screen tests share: the main window and the messages it shows."""

import pytest

from ui.main_window import MainWindow
from ui.safety.preferences import set_backup_folder


@pytest.fixture
def window(qtbot, prefs, tmp_path):
    """The main window with private preferences and a private backup folder."""
    set_backup_folder(prefs, tmp_path / "backups")
    main_window = MainWindow(prefs)
    qtbot.addWidget(main_window)
    yield main_window
    if main_window.council is not None:
        main_window.council.close()


@pytest.fixture
def messages(monkeypatch):
    """Every warning the user would see, as text, instead of a modal box."""
    shown = []
    monkeypatch.setattr("ui.errors.QMessageBox.warning",
                        lambda parent, title, text, *args: shown.append(text))
    return shown
