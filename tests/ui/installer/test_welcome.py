"""The first start: without a council file the welcome guides to one that opens."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import ui.app as app_module
from core.database import open_council
from core.profile import load_profile
from ui.dialogs.new_council import NewCouncilDialog
from ui.welcome import DEMO_FILE_NAME, WelcomeDialog


@pytest.fixture
def folders(tmp_path):
    data, backups = tmp_path / "data", tmp_path / "data" / "backups"
    return data, backups


@pytest.fixture
def welcome(qtbot, folders):
    dialog = WelcomeDialog(*folders)
    qtbot.addWidget(dialog)
    return dialog


def test_welcome_offers_three_ways_and_says_where_files_and_backups_live(welcome, folders):
    data, backups = folders
    assert welcome.windowTitle() == "Welkom bij Raadswerk"
    assert welcome.new_button.text() == "Een nieuw raadsbestand maken"
    assert welcome.open_button.text() == "Een bestaand bestand openen"
    assert welcome.demo_button.text() == "De demoraad uitproberen"
    info = welcome.info.text()
    assert str(data) in info and str(backups) in info
    assert "automatisch" in info and "Back-ups" in info
    assert welcome.new_button.isDefault()


def test_tab_moves_through_the_three_choices_in_order(welcome):
    assert welcome.new_button.nextInFocusChain() is welcome.open_button
    assert welcome.open_button.nextInFocusChain() is welcome.demo_button
    assert welcome.new_button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_demo_choice_writes_the_demo_council_in_the_data_folder(welcome, folders):
    welcome.demo_button.click()
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    assert welcome.choice == "demo"
    assert welcome.chosen_path == folders[0] / DEMO_FILE_NAME
    council = open_council(welcome.chosen_path, create=False, read_only=True)
    try:
        assert load_profile(council.db).name == "Adviesraad Sociaal Domein Lindewaarde"
    finally:
        council.close()


def test_the_demo_choice_opens_the_existing_demo_again_without_overwriting(qtbot, folders):
    first = WelcomeDialog(*folders)
    qtbot.addWidget(first)
    first.choose_demo()
    first.chosen_path.write_bytes(first.chosen_path.read_bytes())  # still a whole file
    stamp = first.chosen_path.stat().st_mtime_ns
    second = WelcomeDialog(*folders)
    qtbot.addWidget(second)
    second.choose_demo()
    assert second.chosen_path == first.chosen_path
    assert second.chosen_path.stat().st_mtime_ns == stamp


def test_the_open_choice_returns_the_file_the_secretary_picked(welcome, tmp_path,
                                                                monkeypatch):
    picked = tmp_path / "van de vorige secretaris.raadswerk"
    monkeypatch.setattr(welcome, "ask_open_path", lambda: str(picked))
    welcome.open_button.click()
    assert welcome.choice == "open" and welcome.chosen_path == picked


def test_cancelling_the_open_dialog_keeps_the_welcome(welcome, monkeypatch):
    monkeypatch.setattr(welcome, "ask_open_path", lambda: "")
    welcome.open_button.click()
    assert welcome.chosen_path is None
    assert welcome.result() != WelcomeDialog.DialogCode.Accepted


def test_the_new_choice_creates_a_council_file_with_its_profile(welcome, folders, qtbot):
    def fill_in_the_new_council():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewCouncilDialog)
        dialog.name.setText("Wmo-raad Øverdal & Co")
        dialog.municipality.setText("Øverdal")
        dialog.kind.setCurrentIndex(1)
        dialog.unencrypted.setChecked(True)  # a passphrase and its sheet: tested elsewhere
        dialog.create()
        if dialog.isVisible():  # refused: say why instead of waiting for ever
            refused.append(dialog.message.text())
            dialog.reject()

    refused = []
    QTimer.singleShot(0, fill_in_the_new_council)
    welcome.new_button.click()
    assert refused == []
    assert welcome.choice == "new"
    assert welcome.chosen_path.parent == folders[0]
    council = open_council(welcome.chosen_path, create=False, read_only=True)
    try:
        profile = load_profile(council.db)
    finally:
        council.close()
    assert profile.name == "Wmo-raad Øverdal & Co"
    assert profile.municipality == "Øverdal"


def test_a_missing_last_file_is_mentioned(qtbot, folders):
    dialog = WelcomeDialog(*folders, missing_file="/media/usb/raad.raadswerk")
    qtbot.addWidget(dialog)
    notices = [label.text() for label in dialog.findChildren(type(dialog.info))
               if label.objectName() == "welcomeNotice"]
    assert notices and "/media/usb/raad.raadswerk" in notices[0]
    assert "niet gevonden" in notices[0]


# --- the start of the program --------------------------------------------------------

class FakeWelcome(QDialog):
    """Stands in for the dialog (a real, empty one: run_modal fits it to the screen):
    answers with the paths given, one per showing."""

    answers: list = []
    shown: list = []
    deleted = 0

    def __init__(self, data_dir, backup_dir, missing=None):
        super().__init__()
        FakeWelcome.shown.append((data_dir, backup_dir, missing))
        self.choice, self.chosen_path = (FakeWelcome.answers.pop(0) if FakeWelcome.answers
                                         else (None, None))

    def exec(self):
        return self.chosen_path is not None

    def deleteLater(self):  # noqa: N802 - Qt's name; run_modal calls it after exec
        FakeWelcome.deleted += 1
        super().deleteLater()


@pytest.fixture
def no_files(monkeypatch, tmp_path):
    data = tmp_path / "userdata"
    monkeypatch.setattr(app_module, "default_data_dir", lambda: data)
    monkeypatch.setattr(app_module, "default_database_path", lambda: data / "raad.raadswerk")
    monkeypatch.setattr(app_module, "WelcomeDialog", FakeWelcome)
    FakeWelcome.answers, FakeWelcome.shown, FakeWelcome.deleted = [], [], 0
    return data


def test_without_any_file_the_welcome_is_shown_and_its_choice_opens(window, prefs, no_files,
                                                                     demo_file):
    FakeWelcome.answers = [("demo", demo_file)]
    assert app_module.open_first_file(window, None, prefs)
    assert len(FakeWelcome.shown) == 1
    assert FakeWelcome.deleted == 1, "the welcome stays in memory after its choice"
    assert window.council is not None and window.council.path == demo_file
    assert window.current_page().section == "overview"


def test_a_new_council_file_opens_on_the_settings_to_complete_the_profile(window, prefs,
                                                                           no_files, tmp_path):
    new = open_council(tmp_path / "nieuw.raadswerk")
    new.close()
    FakeWelcome.answers = [("new", tmp_path / "nieuw.raadswerk")]
    assert app_module.open_first_file(window, None, prefs)
    assert window.current_page().section == "settings"


def test_quitting_the_welcome_ends_the_start(window, prefs, no_files):
    assert not app_module.open_first_file(window, None, prefs)
    assert window.council is None


def test_a_file_that_will_not_open_brings_the_welcome_back(window, prefs, no_files, tmp_path,
                                                           demo_file, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.errors.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    bad = tmp_path / "boodschappen.raadswerk"
    bad.write_text("geen database")
    FakeWelcome.answers = [("open", bad), ("demo", demo_file)]
    assert app_module.open_first_file(window, None, prefs)
    assert len(FakeWelcome.shown) == 2 and shown
    assert window.council.path == demo_file


def test_an_existing_default_file_opens_without_welcome(window, prefs, no_files):
    council = open_council(no_files / "raad.raadswerk")
    council.close()
    assert app_module.open_first_file(window, None, prefs)
    assert FakeWelcome.shown == []


def test_a_vanished_last_file_is_passed_to_the_welcome(window, prefs, no_files, tmp_path):
    gone = tmp_path / "usb" / "raad.raadswerk"
    prefs.add_recent_file(gone)
    assert not app_module.open_first_file(window, None, prefs)
    assert FakeWelcome.shown[0][2] == str(gone.resolve())


def test_the_db_argument_skips_the_welcome(window, prefs, no_files, demo_file):
    assert app_module.open_first_file(window, str(demo_file), prefs)
    assert FakeWelcome.shown == []


def test_qt_standard_buttons_speak_dutch(qtbot):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication.instance()
    translator = app_module.install_qt_translations(app, "nl")
    try:
        assert translator is not None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    finally:
        app.removeTranslator(translator)
