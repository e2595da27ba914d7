"""Encryption at rest: a lost laptop or backup shows nothing readable, and the passphrase
or the recovery sheet opens it again."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.backup import backup_database, backup_problems, list_backups, restore_backup
from core.database import check_file, open_council
from core.encrypting import EncryptionChangeFailed, change_encryption
from core.encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    check_new_passphrase,
    is_encrypted,
    new_key,
    unlock,
)
from core.errors import RaadswerkError
from core.file_format import SQLITE_HEADER
from core.members import create_member, list_members

PASSPHRASE = "paars konijn fietst langs de Vecht"
SECRET_NAME = "Hendrikje Zuidervaart"
ROOT = Path(__file__).resolve().parents[3]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(tmp_path):
    """A council file created encrypted, holding one member, closed."""
    path = tmp_path / "raad.raadswerk"
    council = open_council(path, key=new_key(PASSPHRASE), backup_dir=tmp_path / "backups")
    create_member(council.db, {"first_name": "Hendrikje", "last_name": "Zuidervaart",
                               "phone": "06-55500011"})
    council.close()
    return path


def test_a_file_made_encrypted_shows_nothing_readable(encrypted):
    data = encrypted.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert b"Zuidervaart" not in data and b"06-55500011" not in data
    assert b"CREATE TABLE" not in data
    assert is_encrypted(encrypted)


def test_opening_needs_the_passphrase_and_a_wrong_one_changes_nothing(encrypted):
    before = digest(encrypted)
    with pytest.raises(PassphraseNeededError, match="raad.raadswerk is versleuteld"):
        open_council(encrypted, create=False)
    with pytest.raises(WrongPassphraseError, match="Het wachtwoord opent raad.raadswerk niet"):
        unlock(encrypted, "paars konijn fietst langs de vecht")  # capitals count
    assert digest(encrypted) == before
    council = open_council(encrypted, create=False, key=unlock(encrypted, PASSPHRASE))
    try:
        assert council.encrypted
        assert [m.display_name for m in list_members(council.db)] == [SECRET_NAME]
    finally:
        council.close()


def test_the_recovery_code_opens_the_file_without_the_passphrase(encrypted):
    code = unlock(encrypted, PASSPHRASE).recovery_code()
    assert len(code.split("-")) == 16
    typed = code.lower().replace("-", " ")  # as someone types it over from paper
    council = open_council(encrypted, create=False, read_only=True, key=unlock(encrypted, typed))
    try:
        assert list_members(council.db)[0].display_name == SECRET_NAME
    finally:
        council.close()


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_the_same():
    with pytest.raises(RaadswerkError, match="minstens 10 tekens"):
        check_new_passphrase("kort", "kort")
    with pytest.raises(RaadswerkError, match="niet hetzelfde"):
        check_new_passphrase(PASSPHRASE, PASSPHRASE + " ")
    check_new_passphrase(PASSPHRASE, PASSPHRASE)


def test_created_encrypted_backed_up_restored_and_checked(encrypted, tmp_path):
    key = unlock(encrypted, PASSPHRASE)
    backups = tmp_path / "backups"
    council = open_council(encrypted, create=False, key=key, backup_dir=backups)
    copy = backup_database(council.db, backups, key=key)
    create_member(council.db, {"first_name": "Later", "last_name": "Toegevoegd"})
    council.close()
    assert b"Zuidervaart" not in copy.read_bytes() and is_encrypted(copy)
    assert "versleuteld" in backup_problems(copy)[0]  # without the key it cannot be read
    assert backup_problems(copy, key) == []
    # The passphrase itself opens the backup: same salt, same key.
    assert unlock(copy, PASSPHRASE) == key
    [info] = list_backups(backups, encrypted, key)
    assert info.encrypted and info.counts["members"] == 1
    result = restore_backup(encrypted, copy, backups, key=key)
    assert is_encrypted(result.kept_aside) and backup_problems(result.kept_aside, key) == []
    report = check_file(encrypted, key)
    assert report["problems"] == [] and report["encrypted"]
    council = open_council(encrypted, create=False, key=unlock(encrypted, PASSPHRASE))
    try:
        assert [m.display_name for m in list_members(council.db)] == [SECRET_NAME]
    finally:
        council.close()


def test_encrypting_an_existing_file_and_its_backups_then_removing_it(demo_file, tmp_path):
    backups = tmp_path / "backups"
    council = open_council(demo_file, create=False, backup_dir=backups)
    backup_database(council.db, backups, reason="daily")
    names = [m.display_name for m in list_members(council.db)]
    key = new_key(PASSPHRASE)
    change = change_encryption(council, key, backups)
    try:
        assert change.council.encrypted
        assert [m.display_name for m in list_members(change.council.db)] == names
    finally:
        change.council.close()
    assert is_encrypted(demo_file) and names[0].encode() not in demo_file.read_bytes()
    # Every backup follows, the one made just before included: none is left readable.
    assert len(change.backups_rewritten) == 2 and change.backups_left == []
    for path in change.backups_rewritten:
        assert is_encrypted(path) and backup_problems(path, key) == []
        assert names[0].encode() not in path.read_bytes()
    council = open_council(demo_file, create=False, backup_dir=backups,
                           key=unlock(demo_file, PASSPHRASE))
    change = change_encryption(council, None, backups)
    change.council.close()
    assert not is_encrypted(demo_file) and not change.council.encrypted
    assert all(not is_encrypted(path) for path in change.backups_rewritten)
    assert check_file(demo_file)["problems"] == []


def test_a_new_passphrase_replaces_the_old_one_everywhere(encrypted, tmp_path):
    backups = tmp_path / "backups"
    old = unlock(encrypted, PASSPHRASE)
    council = open_council(encrypted, create=False, key=old, backup_dir=backups)
    change = change_encryption(council, new_key("een heel ander wachtwoord"), backups)
    change.council.close()
    with pytest.raises(WrongPassphraseError):
        unlock(encrypted, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):  # the old recovery sheet no longer works
        unlock(encrypted, old.recovery_code())
    new = unlock(encrypted, "een heel ander wachtwoord")
    assert [backup_problems(path, new) for path in change.backups_rewritten] == [[]]


def test_a_change_that_fails_leaves_the_old_file(demo_file, tmp_path, monkeypatch):
    backups = tmp_path / "backups"
    council = open_council(demo_file, create=False, backup_dir=backups)
    names = [m.display_name for m in list_members(council.db)]

    real_replace = os.replace

    def full_disk(source, target):
        if str(source).endswith(".rekeying"):  # the rename of the rewritten council file
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(EncryptionChangeFailed, match="bleef zoals het was") as failed:
        change_encryption(council, new_key(PASSPHRASE), backups)
    again = failed.value.council
    try:  # the window goes on with the file as it was
        assert not again.encrypted and [m.display_name for m in list_members(again.db)] == names
    finally:
        again.close()
    assert not is_encrypted(demo_file) and check_file(demo_file)["problems"] == []
    leftovers = [p.name for p in demo_file.parent.iterdir() if p.name != demo_file.name]
    assert leftovers == []


def run_command(*argv, env=None, cwd=ROOT):
    environment = {**os.environ, **(env or {})}
    environment.pop("RAADSWERK_PASSPHRASE", None) if env is None else None
    return subprocess.run([sys.executable, "main.py", *argv], cwd=cwd, env=environment,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=300)


def test_the_command_line_encrypts_asks_and_decrypts(demo_file, tmp_path):
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sheet = tmp_path / "herstelblad.pdf"
    backups = tmp_path / "backups"
    done = run_command("encrypt", "--db", str(demo_file), "--new-passphrase-file", str(secret),
                       "-o", str(sheet), "--backups", str(backups))
    assert done.returncode == 0, done.stderr
    assert is_encrypted(demo_file) and sheet.is_file()
    missing = run_command("check", "--db", str(demo_file))
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        "raadswerk: demo.raadswerk is versleuteld: geef het wachtwoord met --passphrase-file "
        "BESTAND of in RAADSWERK_PASSPHRASE."]
    wrong = run_command("check", "--db", str(demo_file), env={"RAADSWERK_PASSPHRASE": "fout"})
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1
    assert "Het wachtwoord opent demo.raadswerk niet" in wrong.stderr
    checked = run_command("check", "--db", str(demo_file),
                          env={"RAADSWERK_PASSPHRASE": PASSPHRASE})
    assert checked.returncode == 0 and "Versleuteld: ja" in checked.stdout
    printed = run_command("print", "members", "--db", str(demo_file), "--passphrase-file",
                          str(secret), "-o", str(tmp_path / "leden.pdf"))
    assert printed.returncode == 0, printed.stderr
    undone = run_command("decrypt", "--db", str(demo_file), "--passphrase-file", str(secret),
                         "--backups", str(backups))
    assert undone.returncode == 0, undone.stderr
    assert demo_file.read_bytes().startswith(SQLITE_HEADER)
