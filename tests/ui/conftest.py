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


@pytest.fixture(autouse=True)
def unanswered_questions_let_go(monkeypatch):
    """A test that ends with typed, unsaved fields closes its windows without a modal
    'Wijzigingen opslaan?' (which would wait forever offscreen); tests that check the
    question use ``answers``."""
    monkeypatch.setattr("ui.widgets.unsaved.ask_save_changes", lambda parent, what: "discard")


@pytest.fixture
def answers(monkeypatch):
    """The answers the secretary gives to 'Wijzigingen opslaan?', and what was asked."""
    given = {"next": [], "asked": []}

    def ask(parent, what):
        given["asked"].append(what)
        return given["next"].pop(0) if given["next"] else "discard"

    monkeypatch.setattr("ui.widgets.unsaved.ask_save_changes", ask)
    return given


@pytest.fixture(autouse=True)
def drafts_not_offered(monkeypatch):
    """No modal 'Put the unsaved text back?' unless a test answers it."""
    monkeypatch.setattr("ui.widgets.draft_keeper.ask_restore_draft", lambda parent, when: False)
