"""Encryption in the window: asking the passphrase, a new file made encrypted,
Instellingen → Beveiliging, the idle lock, and the verwerkingsregister."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout

from core.backup import backup_database, backup_problems, list_backups
from core.database import open_council
from core.encryption import is_encrypted, new_key, unlock
from core.members import list_members
from ui.safety import flows
from ui.safety.passphrase_dialog import PassphraseDialog

PASSPHRASE = "zeven zwanen zwemmen zacht"


@pytest.fixture
def encrypted_file(tmp_path):
    path = tmp_path / "geheim.raadswerk"
    open_council(path, key=new_key(PASSPHRASE)).close()
    return path


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(data)).pages).split())


def test_a_wrong_passphrase_is_said_and_may_be_tried_again(qtbot, encrypted_file):
    before = encrypted_file.read_bytes()
    dialog = PassphraseDialog(encrypted_file)
    qtbot.addWidget(dialog)
    assert dialog.field.echoMode() == QLineEdit.Password
    dialog.field.setText("zeven zwanen")
    dialog.try_passphrase()
    assert dialog.result() != QDialog.Accepted and dialog.key is None
    assert dialog.message.text().startswith("Het wachtwoord opent geheim.raadswerk niet")
    assert encrypted_file.read_bytes() == before
    dialog.field.setText(PASSPHRASE)
    dialog.try_passphrase()
    assert dialog.result() == QDialog.Accepted and dialog.key == unlock(encrypted_file,
                                                                         PASSPHRASE)
    assert dialog.field.text() == ""  # the passphrase does not stay in the widget


def test_the_window_asks_for_the_passphrase_and_cancelling_opens_nothing(
        window, encrypted_file, monkeypatch):
    monkeypatch.setattr(flows, "ask_key", lambda parent, path, intro=None: None)
    assert not window.open_file(encrypted_file)
    assert window.council is None
    monkeypatch.setattr(flows, "ask_key",
                        lambda parent, path, intro=None: unlock(path, PASSPHRASE))
    assert window.open_file(encrypted_file)
    assert window.council.encrypted
    # The daily backup made on opening is encrypted with the same key.
    [daily] = list_backups(flows.backup_folder(window.preferences), encrypted_file,
                           window.council.key)
    assert daily.encrypted and backup_problems(daily.path, window.council.key) == []


def test_a_new_council_file_is_encrypted_unless_that_is_refused(qtbot, tmp_path,
                                                                 monkeypatch):
    from ui.dialogs import new_council

    sheets = []
    monkeypatch.setattr(new_council, "show_recovery_sheet",
                        lambda parent, db, key, path: sheets.append((key, path)))
    dialog = new_council.NewCouncilDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Wmo-raad Zuidwolde")
    dialog.municipality.setText("Zuidwolde")
    dialog.passphrase.first.setText("kort")
    dialog.passphrase.second.setText("kort")
    dialog.create()
    assert "minstens 10 tekens" in dialog.message.text()
    assert dialog.created_path is None and not list(tmp_path.iterdir())
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.create()
    path = dialog.created_path
    assert is_encrypted(path) and b"Zuidwolde" not in path.read_bytes()
    assert sheets == [(unlock(path, PASSPHRASE), path)]
    assert dialog.passphrase.first.text() == ""

    plain = new_council.NewCouncilDialog(folder=tmp_path)
    qtbot.addWidget(plain)
    plain.name.setText("Cliëntenraad Zuidwolde")
    plain.municipality.setText("Zuidwolde")
    plain.unencrypted.setChecked(True)
    assert not plain.passphrase.isEnabled()
    plain.create()
    assert plain.created_path is not None and not is_encrypted(plain.created_path)


def test_a_file_just_made_opens_without_asking_again(window, tmp_path, monkeypatch):
    path = tmp_path / "nieuw.raadswerk"
    key = new_key(PASSPHRASE)
    open_council(path, key=key).close()
    flows.remember_key(path, key)
    monkeypatch.setattr(flows, "ask_key", lambda *args, **kwargs: pytest.fail("asked"))
    assert window.open_file(path) and window.council.key == key


def test_the_security_tab_encrypts_changes_and_removes(window, demo_file, monkeypatch):
    from ui.safety import security_tab

    sheets = []
    monkeypatch.setattr(security_tab, "show_recovery_sheet",
                        lambda parent, db, key, path: sheets.append(key))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.Yes)
    assert window.open_file(demo_file)
    names = [m.display_name for m in list_members(window.council.db)]
    page = window.page("settings")
    tab = next(t for t in page.feature_tabs if isinstance(t, security_tab.SecurityTab))
    tab.load()
    assert tab.status.text().startswith("Dit bestand is niet versleuteld")
    assert not tab.encrypt_button.isHidden() and tab.decrypt_button.isHidden()
    tab.fields.first.setText(PASSPHRASE)
    tab.fields.second.setText(PASSPHRASE)
    tab.encrypt_button.click()
    assert window.council.encrypted and is_encrypted(demo_file)
    assert sheets == [window.council.key]
    assert tab.status.text().startswith("Dit bestand is versleuteld")
    assert [m.display_name for m in list_members(window.council.db)] == names
    backups = flows.backup_folder(window.preferences)
    assert all(info.encrypted for info in list_backups(backups, demo_file, window.council.key))
    tab.fields.first.setText("een ander lang wachtwoord")
    tab.fields.second.setText("een ander lang wachtwoord")
    tab.change_button.click()
    assert unlock(demo_file, "een ander lang wachtwoord") == window.council.key
    assert len(sheets) == 2
    tab.decrypt_button.click()
    assert not window.council.encrypted and not is_encrypted(demo_file)
    assert [m.display_name for m in list_members(window.council.db)] == names


def test_the_idle_lock_hides_everything_and_keeps_what_was_typed(qtbot, window,
                                                                  encrypted_file,
                                                                  monkeypatch):
    monkeypatch.setattr(flows, "ask_key",
                        lambda parent, path, intro=None: unlock(path, PASSPHRASE))
    assert window.open_file(encrypted_file)
    window.show()
    form = QDialog(window)
    layout = QVBoxLayout(form)
    typing = QLineEdit("half getypte notitie over mevrouw Jansen")
    layout.addWidget(typing)
    form.show()
    assert window.idle_lock.timer.interval() == 15 * 60_000  # the default: 15 minutes
    window.idle_lock.lock()
    covers = window.idle_lock.covers
    assert len(covers) == 2 and all(cover.isVisible() for cover in covers)
    assert not typing.isEnabled() and not window.centralWidget().isEnabled()
    front = next(cover for cover in covers if cover.field is not None)
    front.field.setText("fout wachtwoord")
    qtbot.keyClick(front.field, Qt.Key_Return)
    assert window.idle_lock.locked and front.message.text().startswith("Dat is niet")
    assert form.isVisible()  # Enter did not reach the dialog underneath
    front.field.setText(PASSPHRASE)
    qtbot.keyClick(front.field, Qt.Key_Return)
    assert not window.idle_lock.locked
    assert typing.isEnabled() and typing.text() == "half getypte notitie over mevrouw Jansen"
    form.close()


def test_the_privacy_tab_prints_the_register_of_this_file(window, encrypted_file,
                                                          monkeypatch):
    from ui.safety import privacy_tab

    made = []
    monkeypatch.setattr(privacy_tab, "preview_document",
                        lambda parent, work, title, name: made.append((work(), title)))
    monkeypatch.setattr(flows, "ask_key",
                        lambda parent, path, intro=None: unlock(path, PASSPHRASE))
    assert window.open_file(encrypted_file)
    backup_database(window.council.db, flows.backup_folder(window.preferences),
                    key=window.council.key)
    tab = next(t for t in window.page("settings").feature_tabs
               if isinstance(t, privacy_tab.PrivacyTab))
    tab.load()
    tab.print_button.click()
    [(data, title)] = made
    text = pdf_text(data)
    assert title == "Verwerkingsregister"
    for expected in ("Melders van signalen", "Grondslag", "Hoe lang",
                     "vanzelf verwijderd 12 maanden nadat het signaal is afgesloten",
                     "versleuteld met een wachtwoord (SQLCipher, AES-256)"):
        assert expected in text
