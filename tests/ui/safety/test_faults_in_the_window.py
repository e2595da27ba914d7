"""Faults as the window meets them: the window always starts, a failed daily backup shows
on Overzicht with another folder to choose, a read-only file opens with a banner, a busy
file offers *Opnieuw proberen*, and raw database errors never reach the person."""

from pathlib import Path

from core import driver
from core.backup import list_backups
from core.database import open_council
from core.errors import BusyFileError
from core.settings import set_setting
from ui import errors
from ui.errors import run_retrying, show_error
from ui.safety import flows
from ui.safety.preferences import backup_folder, set_backup_folder


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    set_setting(council.db, "probe", "hallo")
    council.close()
    return path


def test_the_window_starts_with_a_full_backup_folder_and_overzicht_says_so(
        window, tmp_path, small_disk, messages):
    set_backup_folder(window.preferences, small_disk.folder / "backups")
    small_disk.fill()
    path = _file(tmp_path)

    assert window.open_file(path)

    warning = window.page("overview").backup_warning
    assert not warning.isHidden()
    text = warning.text.text()
    assert str(small_disk.folder / "backups") in text
    assert "de schijf is vol" in text and text.startswith("Er is geen dagelijkse back-up gemaakt.")
    assert warning.choose_button.text() == "Andere map kiezen…"
    assert small_disk.leftovers() == []


def test_choosing_another_folder_makes_the_backup_and_remembers_the_folder(
        window, tmp_path, small_disk, monkeypatch):
    set_backup_folder(window.preferences, small_disk.folder)
    small_disk.make_read_only()
    assert window.open_file(_file(tmp_path))
    warning = window.page("overview").backup_warning
    assert not warning.isHidden()
    other = tmp_path / "stick"
    other.mkdir()
    monkeypatch.setattr("ui.safety.banners.QFileDialog.getExistingDirectory",
                        lambda *args: str(other))

    warning.choose_button.click()

    assert warning.isHidden()
    assert len(list_backups(other)) == 1
    assert backup_folder(window.preferences) == other


def test_a_file_on_a_read_only_disk_opens_read_only_with_a_banner(
        window, small_disk, messages):
    path = small_disk.folder / "raad.raadswerk"
    open_council(path).close()
    small_disk.make_read_only()

    assert window.open_file(path)

    assert window.council.read_only
    banner = window.read_only_banner
    assert not banner.isHidden()
    assert banner.text().startswith("Alleen-lezen:") and str(small_disk.folder) in banner.text()
    assert messages == []


def test_a_busy_file_offers_to_try_again_and_trying_again_works(window, monkeypatch):
    attempts, asked = [], []

    def save():
        attempts.append(1)
        if len(attempts) == 1:
            raise driver.OperationalError("database is locked")
        return "bewaard"

    monkeypatch.setattr(errors, "ask_retry",
                        lambda parent, error: asked.append(str(error)) or True)

    assert run_retrying(window, save) == "bewaard"
    assert len(attempts) == 2
    assert "bezet" in asked[0] and "database is locked" not in asked[0]


def test_a_busy_file_when_opening_offers_to_try_again(window, tmp_path, monkeypatch):
    path = _file(tmp_path)
    real_open = flows.open_council
    calls, asked = [], []

    def busy_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise BusyFileError("raad.raadswerk is bezet")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(flows, "open_council", busy_once)
    monkeypatch.setattr(flows, "ask_retry", lambda parent, error: asked.append(1) or True)

    assert window.open_file(path)
    assert asked == [1] and window.council is not None


def test_a_raw_disk_error_is_shown_as_a_dutch_sentence_naming_the_file(
        window, tmp_path, messages):
    path = _file(tmp_path)
    window.open_file(path)

    show_error(window, driver.OperationalError("database or disk is full"))

    assert messages and str(path) in messages[-1] and "de schijf is vol" in messages[-1]
    assert "database or disk" not in messages[-1]


def test_exporting_members_to_a_full_disk_says_so_and_leaves_nothing(
        window, tmp_path, small_disk, messages):
    window.open_file(_file(tmp_path))
    small_disk.fill()

    assert window.page("members").export_to(small_disk.folder / "leden.xlsx") is None

    assert "de schijf is vol" in messages[-1] and "leden.xlsx" in messages[-1]
    assert small_disk.leftovers() == []
