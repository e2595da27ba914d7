"""Damaged files are detected on open with a clear Dutch message; nothing is overwritten;
the newest backup that passes the check is offered (and can be restored)."""

import datetime as dt
import hashlib
import random
import sqlite3

import pytest

from core.backup import backup_database, newest_good_backup, restore_backup
from core.database import integrity_check, leftover_journal, open_council
from core.encryption import PassphraseNeededError
from core.errors import (
    DamagedFileError,
    NotACouncilFileError,
    NotADatabaseError,
    RaadswerkError,
)


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_file(path, damage, how, seed=1):
    data = path.read_bytes()
    rng = random.Random(seed)
    if how == "flip_page_headers":
        damaged = damage.flip_page_headers(data, damage.btree_pages(path), rng)
    else:
        damaged = getattr(damage, how)(data, rng)
    path.write_bytes(damaged)


@pytest.mark.parametrize(
    ("how", "error_type", "words"),
    [
        ("flip_page_headers", DamagedFileError, "beschadigd"),
        ("truncate", DamagedFileError, "ingekort"),
        ("random_bytes", NotADatabaseError, "geen database"),
        # Whole pages of random bytes look like an encrypted file: the passphrase is asked.
        ("random_pages", PassphraseNeededError, "versleuteld"),
        ("empty", DamagedFileError, "leeg"),
        ("header_only", DamagedFileError, "beschadigd"),
    ],
)
def test_a_damaged_file_is_refused_with_a_dutch_message_and_left_untouched(
    filled_file, damage, how, error_type, words
):
    damage_file(filled_file, damage, how)
    before = sha(filled_file)

    with pytest.raises(error_type) as refused:
        open_council(filled_file, lock=True)

    assert words in str(refused.value)
    assert "raad.raadswerk" in str(refused.value)
    assert sha(filled_file) == before  # nothing was overwritten
    assert leftover_journal(filled_file) is None
    assert not filled_file.with_name(filled_file.name + ".lock").exists()


@pytest.mark.parametrize("seed", range(5))
def test_flipped_page_headers_are_caught_for_any_choice_of_pages(filled_file, damage, seed):
    damage_file(filled_file, damage, "flip_page_headers", seed)
    with pytest.raises(RaadswerkError):
        open_council(filled_file)


def test_another_programs_sqlite_file_is_not_taken_for_a_council_file(tmp_path):
    other = tmp_path / "adressen.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE adressen (naam TEXT)")
    conn.execute("INSERT INTO adressen VALUES ('Jansen')")
    conn.commit()
    conn.close()
    before = sha(other)

    with pytest.raises(NotACouncilFileError) as refused:
        open_council(other)

    assert "geen Raadswerk-bestand" in str(refused.value)
    assert sha(other) == before


def test_the_newest_backup_that_passes_the_check_is_offered(filled_file, damage, tmp_path):
    backups = tmp_path / "backups"
    council = open_council(filled_file)
    older = backup_database(council.db, backups, "daily", dt.datetime(2026, 11, 20, 9, 0))
    newer = backup_database(council.db, backups, "daily", dt.datetime(2026, 11, 21, 9, 0))
    council.close()
    damage_file(newer, damage, "truncate")  # the newest backup is damaged too
    damage_file(filled_file, damage, "header_only")

    offered = newest_good_backup(backups, filled_file)

    assert offered is not None and offered.path == older
    assert offered.made_at == dt.datetime(2026, 11, 20, 9, 0)


def test_restoring_over_a_damaged_file_keeps_the_damaged_file_aside(
    filled_file, damage, tmp_path
):
    backups = tmp_path / "backups"
    council = open_council(filled_file)
    good = backup_database(council.db, backups, "daily", dt.datetime(2026, 11, 20, 9, 0))
    council.close()
    damage_file(filled_file, damage, "flip_page_headers")
    damaged_bytes = filled_file.read_bytes()

    result = restore_backup(filled_file, good, backups, when=dt.datetime(2026, 11, 22, 10, 0))

    assert result.aside_was_damaged
    assert result.kept_aside.name == "raad.raadswerk.damaged-2026-11-22_100000"
    assert result.kept_aside.read_bytes() == damaged_bytes
    council = open_council(filled_file)
    assert integrity_check(council.db) == []
    assert council.db.execute("SELECT count(*) FROM files").fetchone()[0] == 40
    council.close()


def test_no_backup_is_offered_when_none_passes(filled_file, tmp_path):
    assert newest_good_backup(tmp_path / "backups", filled_file) is None
