"""The window's safety flows, driven as a secretary meets them: a file open elsewhere,
a damaged file, making and restoring a backup, a synced folder, the backup folder."""

import datetime as dt
import json

import pytest

from core.backup import backup_database, list_backups
from core.database import open_council
from core.locking import lock_path, read_lock
from core.settings import get_setting, set_setting
from ui.safety import flows
from ui.safety.damaged_dialog import RESTORE_NEWEST, DamagedFileBox
from ui.safety.lock_dialog import BREAK, READ_ONLY, LockBox
from ui.safety.preferences import backup_folder, set_backup_folder
from ui.safety.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def informs_recorded(messages, monkeypatch):
    """The flows' plain notices are recorded with the warnings."""
    monkeypatch.setattr(flows, "inform", lambda parent, text: messages.append(text))


def _file_with(tmp_path, value: str):
    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    set_setting(council.db, "safety.version", value)
    council.close()
    return path


def _held_elsewhere(path):
    lock_path(path).write_text(json.dumps({
        "host": "laptop-voorzitter", "user": "anneke", "pid": 4242,
        "opened_at": "2026-11-21T19:30:00", "token": "elders"}), encoding="utf-8")


def test_opening_takes_the_lock_and_closing_gives_it_back(window, tmp_path):
    path = _file_with(tmp_path, "een")
    assert window.open_file(path)
    assert read_lock(path) == window.council.lock.info
    window.close()
    assert not lock_path(path).exists()


def test_a_file_open_elsewhere_can_be_opened_read_only(window, tmp_path, monkeypatch):
    path = _file_with(tmp_path, "een")
    _held_elsewhere(path)
    asked = []
    monkeypatch.setattr(flows, "ask_lock_choice",
                        lambda parent, holder, name: asked.append(holder.host) or READ_ONLY)

    assert window.open_file(path)

    assert asked == ["laptop-voorzitter"]
    assert window.council.read_only
    assert "alleen-lezen" in window.windowTitle()
    assert read_lock(path).host == "laptop-voorzitter"  # their lock stays


def test_taking_over_breaks_the_lock_after_confirming(window, tmp_path, monkeypatch):
    path = _file_with(tmp_path, "een")
    _held_elsewhere(path)
    monkeypatch.setattr(flows, "ask_lock_choice", lambda parent, holder, name: BREAK)

    assert window.open_file(path)

    assert not window.council.read_only
    assert read_lock(path) == window.council.lock.info


def test_cancelling_leaves_the_current_file_open(window, tmp_path, monkeypatch, demo_council):
    other = _file_with(tmp_path, "een")
    current = tmp_path / "huidig.raadswerk"
    open_council(current).close()
    assert window.open_file(current)
    _held_elsewhere(other)
    monkeypatch.setattr(flows, "ask_lock_choice", lambda parent, holder, name: None)

    assert not window.open_file(other)

    assert window.council.path == current
    assert read_lock(current) == window.council.lock.info


def test_reopening_the_open_file_keeps_it_locked_by_this_window(window, tmp_path):
    path = _file_with(tmp_path, "een")
    assert window.open_file(path)
    assert window.open_file(path)  # e.g. from File → Open recent
    assert read_lock(path) == window.council.lock.info


def test_the_lock_message_names_computer_user_and_moment(qtbot, tmp_path):
    path = _file_with(tmp_path, "een")
    _held_elsewhere(path)
    holder = read_lock(path)
    box = LockBox(None, holder, path.name)
    qtbot.addWidget(box)
    text = box.text() + "\n" + box.informativeText()
    assert "raad.raadswerk is al geopend" in text
    assert "laptop-voorzitter" in text and "anneke" in text
    assert "21 november 2026 om 19:30" in text
    assert box.defaultButton() is box.read_only_button
    assert box.read_only_button.text() == "Alleen-lezen openen"


def test_a_damaged_file_offers_the_newest_good_backup_and_restores_it(
    window, tmp_path, monkeypatch, messages
):
    path = _file_with(tmp_path, "goed")
    council = open_council(path)
    backup_database(council.db, backup_folder(window.preferences), "daily",
                    dt.datetime(2026, 11, 21, 9, 0))
    council.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(3996)  # page one wiped after the header
    path.write_bytes(bytes(data))
    offers = []
    monkeypatch.setattr(flows, "ask_damaged_choice",
                        lambda parent, text, offered: offers.append((text, offered))
                        or RESTORE_NEWEST)

    assert window.open_file(path)

    (text, offered), = offers
    assert "beschadigd" in text
    assert offered.made_at == dt.datetime(2026, 11, 21, 9, 0)
    assert get_setting(window.council.db, "safety.version") == "goed"
    assert any("beschadigde bestand is ongewijzigd bewaard" in m for m in messages)
    assert list(tmp_path.glob("raad.raadswerk.damaged-*"))


def test_the_damaged_file_message_box_in_dutch(qtbot, tmp_path):
    path = _file_with(tmp_path, "een")
    council = open_council(path)
    backup = backup_database(council.db, tmp_path / "b", "daily", dt.datetime(2026, 11, 21, 9))
    council.close()
    (info,) = list_backups(tmp_path / "b", path)
    box = DamagedFileBox(None, "raad.raadswerk is beschadigd.", info)
    qtbot.addWidget(box)
    assert "21 november 2026" in box.informativeText()
    assert box.defaultButton() is box.restore_button
    assert backup.exists()


def test_make_backup_from_the_file_menu(window, tmp_path):
    path = _file_with(tmp_path, "een")
    window.open_file(path)
    action = next(a for a in window.file_menu.actions() if a.objectName() == "makeBackupAction")
    assert action.text().replace("&", "") == "Back-up maken"

    action.trigger()

    reasons = [info.reason for info in list_backups(tmp_path / "backups", path)]
    assert "manual" in reasons
    assert "Back-up gemaakt" in window.statusBar().currentMessage()


def test_the_daily_backup_is_made_when_the_file_is_opened(window, tmp_path):
    path = _file_with(tmp_path, "een")
    window.open_file(path)
    window.open_file(path)
    daily = [i for i in list_backups(tmp_path / "backups", path) if i.reason == "daily"]
    assert len(daily) == 1


def test_restore_from_the_menu_and_undo_it(window, tmp_path, monkeypatch, messages):
    path = _file_with(tmp_path, "oud")
    window.open_file(path)
    old = next(i for i in list_backups(tmp_path / "backups", path) if i.reason == "daily")
    set_setting(window.council.db, "safety.version", "nieuw")
    monkeypatch.setattr(flows, "choose_backup", lambda parent, folder, p, key=None: old)
    monkeypatch.setattr(flows, "confirm_restore", lambda parent, info: True)

    assert flows.restore_from_backup(window)

    assert get_setting(window.council.db, "safety.version") == "oud"
    assert read_lock(path) == window.council.lock.info  # still ours, never let go
    assert "ongedaan" in messages[-1]
    aside = next(i for i in list_backups(tmp_path / "backups", path)
                 if i.reason == "before-restore")
    monkeypatch.setattr(flows, "choose_backup", lambda parent, folder, p, key=None: aside)

    assert flows.restore_from_backup(window)  # undo

    assert get_setting(window.council.db, "safety.version") == "nieuw"


def test_restore_is_refused_when_the_file_is_open_read_only(window, tmp_path, monkeypatch,
                                                            messages):
    path = _file_with(tmp_path, "een")
    window.open_file(path, read_only=True)
    assert not flows.restore_from_backup(window)
    assert "alleen-lezen" in messages[-1]


def test_the_restore_dialog_lists_date_reason_size_and_counts(qtbot, demo_council, tmp_path):
    folder = tmp_path / "b"
    backup_database(demo_council.db, folder, "daily", dt.datetime(2026, 11, 21, 9, 0))
    backup_database(demo_council.db, folder, "manual", dt.datetime(2026, 11, 22, 14, 5))
    dialog = RestoreDialog(None, folder, demo_council.path)
    qtbot.addWidget(dialog)

    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Gemaakt op", "Waarom", "Grootte", "Leden", "Vergaderingen", "Signalen",
                       "Adviezen"]
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "22 november 2026, 14:05"
    assert dialog.table.item(0, 1).text() == "handmatig gemaakt"
    assert dialog.table.item(0, 2).text().endswith("kB") or "MB" in dialog.table.item(0, 2).text()
    dialog.table.selectRow(1)
    dialog.accept()
    assert dialog.chosen.made_at == dt.datetime(2026, 11, 21, 9, 0)


def test_the_restore_dialog_says_when_there_are_no_backups(qtbot, tmp_path):
    dialog = RestoreDialog(None, tmp_path / "leeg", tmp_path / "raad.raadswerk")
    qtbot.addWidget(dialog)
    assert not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_a_synced_folder_is_explained_once(window, tmp_path, monkeypatch):
    synced = tmp_path / "OneDrive - Gemeente" / "raad.raadswerk"
    synced.parent.mkdir()
    open_council(synced).close()
    shown = []
    monkeypatch.setattr(flows, "show_sync_warning",
                        lambda parent, path, service, folder: shown.append(service))

    window.open_file(synced)
    window.open_file(synced)

    assert shown == ["OneDrive"]
    text = flows.sync_warning_text(synced, "OneDrive", tmp_path / "backups")
    assert "één computer tegelijk" in text


def test_the_backup_folder_is_chosen_per_user_in_settings(window, tmp_path):
    path = _file_with(tmp_path, "een")
    window.open_file(path)
    settings = window.page("settings")
    tab = next(t for t in settings.feature_tabs if type(t).__name__ == "BackupTab")
    tab.set_folder(tmp_path / "usb-stick")

    assert tab.folder.text() == str(tmp_path / "usb-stick")
    assert backup_folder(window.preferences) == tmp_path / "usb-stick"
    assert "de nieuwste 5 back-ups" in tab.policy.text()
    flows.make_backup(window)
    assert list_backups(tmp_path / "usb-stick", path)


def test_a_file_where_no_lock_can_be_written_opens_read_only(window, tmp_path, monkeypatch,
                                                             messages):
    from core.locking import LockUnavailableError

    path = _file_with(tmp_path, "op cd-rom")

    def refuse(database_path):
        raise LockUnavailableError("Het vergrendelbestand kan niet worden geschreven.")

    monkeypatch.setattr("core.database.acquire_lock", refuse)

    assert window.open_file(path)

    assert window.council.read_only
    banner = window.read_only_banner.text()
    assert not window.read_only_banner.isHidden()
    assert banner.startswith("Alleen-lezen:") and "vergrendelbestand" in banner


def test_another_backup_can_be_chosen_for_a_damaged_file(window, tmp_path, monkeypatch,
                                                         messages):
    from ui.safety.damaged_dialog import CHOOSE_BACKUP

    path = _file_with(tmp_path, "van de usb-stick")
    stick = tmp_path / "usb"
    council = open_council(path)
    backup_database(council.db, stick, "manual", dt.datetime(2026, 11, 1, 20, 0))
    council.close()
    path.write_bytes(b"")  # emptied by a synchronisation that went wrong
    (on_stick,) = list_backups(stick, path)
    monkeypatch.setattr(flows, "ask_damaged_choice", lambda parent, text, offered: CHOOSE_BACKUP)
    monkeypatch.setattr(flows, "choose_backup", lambda parent, folder, p, key=None: on_stick)

    assert window.open_file(path)

    assert get_setting(window.council.db, "safety.version") == "van de usb-stick"


def test_a_missing_backup_folder_does_not_stop_the_work(window, tmp_path):
    not_a_folder = tmp_path / "usb-stick-eruit"
    not_a_folder.write_text("geen map")
    set_backup_folder(window.preferences, not_a_folder / "backups")
    path = _file_with(tmp_path, "een")

    assert window.open_file(path)

    assert not window.council.read_only
    assert "Er is geen dagelijkse back-up gemaakt" in window.statusBar().currentMessage()


def test_when_another_instance_takes_over_this_window_goes_read_only(window, tmp_path,
                                                                     monkeypatch):
    path = _file_with(tmp_path, "een")
    window.open_file(path)
    shown = []
    monkeypatch.setattr(flows, "show_message", lambda parent, text: shown.append(text))
    assert flows.check_lock_still_ours(window)  # nothing happened yet

    lock_path(path).unlink()  # another computer broke the lock after confirming …
    _held_elsewhere(path)  # … and took the file

    assert not flows.check_lock_still_ours(window)
    assert window.council.read_only
    assert "laptop-voorzitter" in shown[0] and "alleen-lezen" in shown[0]
    window.close()
    assert read_lock(path).host == "laptop-voorzitter"  # their lock survives our closing
