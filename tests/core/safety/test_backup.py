"""Backups: consistent, checked copies; once a day on open; rotation; listing; restore."""

import datetime as dt
import shutil
import sqlite3

import pytest

from core.backup import (
    DEFAULT_POLICY,
    RotationPolicy,
    automatic_backup,
    backup_database,
    backup_problems,
    backups_to_keep,
    list_backups,
    restore_backup,
    rotate_backups,
)
from core.database import integrity_check, open_council
from core.errors import NewerSchemaError
from core.schema import LATEST_VERSION
from core.settings import get_setting, set_setting


def test_a_backup_is_a_whole_checked_copy_with_a_readable_name(council, tmp_path):
    set_setting(council.db, "safety.probe", "Øzdemir 😀")
    when = dt.datetime(2026, 11, 22, 9, 30, 5)

    path = backup_database(council.db, tmp_path / "backups", "manual", when)

    assert path.name == "raad_2026-11-22_093005_manual.raadswerk"
    assert not path.with_name(path.name + ".tmp").exists()
    copy = open_council(path, read_only=True)
    assert integrity_check(copy.db) == []
    assert get_setting(copy.db, "safety.probe") == "Øzdemir 😀"
    copy.close()


def test_a_backup_taken_during_an_open_transaction_holds_only_committed_work(council, tmp_path):
    set_setting(council.db, "safety.probe", "saved")
    other = sqlite3.connect(str(council.path))
    other.execute("BEGIN")
    other.execute("UPDATE settings SET value = '\"not saved\"' WHERE key = 'safety.probe'")

    path = backup_database(council.db, tmp_path / "backups")
    other.rollback()
    other.close()

    copy = open_council(path, read_only=True)
    assert get_setting(copy.db, "safety.probe") == "saved"
    copy.close()


def test_two_backups_in_the_same_second_both_stay(council, tmp_path):
    when = dt.datetime(2026, 11, 22, 9, 30, 5)
    first = backup_database(council.db, tmp_path / "b", "manual", when)
    second = backup_database(council.db, tmp_path / "b", "manual", when)
    assert first != second and first.exists() and second.exists()


def test_the_automatic_backup_is_made_once_a_day(council, tmp_path):
    morning = dt.datetime(2026, 11, 22, 8, 0)
    folder = tmp_path / "b"

    first = automatic_backup(council.db, folder, now=morning)
    again = automatic_backup(council.db, folder, now=morning + dt.timedelta(hours=3))
    tomorrow = automatic_backup(council.db, folder, now=morning + dt.timedelta(days=1))

    assert first is not None and first.name.endswith("_daily.raadswerk")
    assert again is None
    assert tomorrow is not None
    assert len(list_backups(folder, council.path)) == 2


def test_a_migration_makes_a_backup_first(tmp_path, filled_file):
    conn = sqlite3.connect(filled_file)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '006_signals'")
    conn.execute("DROP TABLE IF EXISTS signal_agenda_items")
    conn.commit()
    conn.close()
    # Step 006 is pending now; undoing its tables exactly is the signals feature's business,
    # so only check that the copy is made before anything runs.
    try:
        council = open_council(filled_file, backup_dir=tmp_path / "backups")
    except Exception:  # noqa: BLE001 - re-running step 006 on leftovers may fail
        council = None
    backups = list_backups(tmp_path / "backups", filled_file)
    assert [info.reason for info in backups] == ["migration"]
    assert backups[0].reason_label == "vóór een update"
    if council is not None:
        council.close()


def _stamp(day: dt.date, hour=9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def test_rotation_keeps_recent_days_weeks_and_months(tmp_path):
    today = dt.date(2026, 11, 22)
    # A backup each morning for 400 days, and three by hand today.
    items = [(tmp_path / f"{n}", _stamp(today - dt.timedelta(days=n)), "daily")
             for n in range(400)]
    items = [(tmp_path / f"h{n}", _stamp(today, 12 + n), "manual") for n in range(3)][::-1] + items

    keep = backups_to_keep(items, DEFAULT_POLICY)
    kept_dates = sorted({made.date() for path, made, _reason in items if path in keep})

    # 7 days, then a copy per week for 5 weeks and per month for 12 months.
    assert len(keep) <= DEFAULT_POLICY.keep_last + 7 + 5 + 12
    assert all(today - dt.timedelta(days=n) in kept_dates for n in range(7))
    assert min(kept_dates) < today - dt.timedelta(days=320)  # eleven months back and more
    assert max(kept_dates) == today


def test_rotation_removes_files_and_never_a_copy_made_before_a_restore(council, tmp_path):
    folder = tmp_path / "b"
    start = dt.datetime(2026, 1, 1, 9, 0)
    aside = backup_database(council.db, folder, "before-restore", start - dt.timedelta(days=300))
    for day in range(60):
        backup_database(council.db, folder, "daily", start + dt.timedelta(days=day))

    removed = rotate_backups(folder, council.path, RotationPolicy(keep_last=2, daily=3,
                                                                  weekly=2, monthly=2))

    left = list_backups(folder, council.path)
    assert aside.exists()
    assert len(left) + len(removed) == 61
    assert len(left) <= 1 + 2 + 3 + 2 + 2
    assert left[0].made_at == start + dt.timedelta(days=59)


def test_rotation_leaves_other_files_and_other_councils_alone(council, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "notities.txt").write_text("van de secretaris")
    (folder / "andere-raad_2020-01-01_090000_daily.raadswerk").write_bytes(b"x")
    for day in range(30):
        when = dt.datetime(2026, 1, 1) + dt.timedelta(days=day)
        backup_database(council.db, folder, "daily", when)

    rotate_backups(folder, council.path, RotationPolicy(keep_last=1, daily=1, weekly=1, monthly=1))

    assert (folder / "notities.txt").exists()
    assert (folder / "andere-raad_2020-01-01_090000_daily.raadswerk").exists()


def test_the_list_shows_date_size_and_what_each_backup_holds(demo_council, tmp_path):
    folder = tmp_path / "b"
    path = backup_database(demo_council.db, folder, "manual", dt.datetime(2026, 11, 22, 9, 0))
    (folder / "raad-kapot_2026-11-21_090000_daily.raadswerk").write_bytes(b"no database")

    infos = list_backups(folder)

    good = next(info for info in infos if info.path == path)
    assert good.size == path.stat().st_size
    assert good.made_at == dt.datetime(2026, 11, 22, 9, 0)
    assert good.reason_label == "handmatig gemaakt"
    db = demo_council.db
    for table in ("members", "meetings", "signals", "advice"):
        if table in db.table_names():
            assert good.counts[table] == db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    broken = next(info for info in infos if info.stem == "raad-kapot")
    assert not broken.readable


def test_counts_leave_out_tables_an_old_backup_does_not_have(tmp_path):
    old = tmp_path / "raad_2025-01-01_090000_daily.raadswerk"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO members DEFAULT VALUES")
    conn.commit()
    conn.close()

    (info,) = list_backups(tmp_path)

    assert info.counts == {"members": 1}


def test_restore_keeps_the_current_file_aside_so_the_restore_can_be_undone(tmp_path):
    path = tmp_path / "raad.raadswerk"
    folder = tmp_path / "b"
    council = open_council(path)
    set_setting(council.db, "safety.version", "old")
    old = backup_database(council.db, folder, "daily", dt.datetime(2026, 11, 20, 9, 0))
    set_setting(council.db, "safety.version", "new")
    council.close()

    result = restore_backup(path, old, folder, when=dt.datetime(2026, 11, 22, 10, 0))

    council = open_council(path)
    assert get_setting(council.db, "safety.version") == "old"
    council.close()
    assert result.kept_aside.name == "raad_2026-11-22_100000_before-restore.raadswerk"
    assert not result.aside_was_damaged

    restore_backup(path, result.kept_aside, folder)  # undo

    council = open_council(path)
    assert get_setting(council.db, "safety.version") == "new"
    council.close()


def test_a_damaged_backup_is_not_restored_and_the_file_stays(filled_file, tmp_path):
    bad = tmp_path / "raad_2026-11-20_090000_daily.raadswerk"
    shutil.copy(filled_file, bad)
    bad.write_bytes(bad.read_bytes()[:5000])
    before = filled_file.read_bytes()

    try:
        restore_backup(filled_file, bad, tmp_path / "b")
    except Exception as error:  # noqa: BLE001 - the message is what we check
        message = str(error)
    assert "kan niet worden teruggezet" in message
    assert filled_file.read_bytes() == before
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("newer", ["unknown step", "higher version"])
def test_opening_and_restoring_agree_on_a_file_from_a_newer_raadswerk(tmp_path, newer):
    path = tmp_path / "raad_2030-01-01_090000_daily.raadswerk"
    open_council(path).close()
    conn = sqlite3.connect(path)
    if newer == "unknown step":
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('raadswerk', '999_from_the_future', '2030-01-01')")
    else:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        open_council(path)
    assert backup_problems(path) == ["het is gemaakt door een nieuwere versie van Raadswerk"]


def test_a_backup_cut_off_halfway_is_cleaned_up_later_and_never_listed(council, tmp_path):
    import os
    import time

    folder = tmp_path / "b"
    folder.mkdir()
    half = folder / "raad_2026-11-21_090000_daily.raadswerk.tmp"
    half.write_bytes(b"SQLite format 3\x00half")
    old = time.time() - 2 * 3600
    os.utime(half, (old, old))

    backup_database(council.db, folder, "manual", policy=DEFAULT_POLICY)

    assert not half.exists()
    assert all(info.reason == "manual" for info in list_backups(folder, council.path))


def test_a_restore_leaves_no_temporary_files_beside_the_council_file(tmp_path):
    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    backup = backup_database(council.db, tmp_path / "b")
    council.close()

    restore_backup(path, backup, tmp_path / "b")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "raad.raadswerk"]


def test_odd_file_and_folder_names_work_for_backup_list_and_restore(tmp_path):
    folder = tmp_path / "Mijn documenten (2) #raad%20 ?"
    path = folder / "Wmo-raad Øzdemir & Ōgai 2026_v2.raadswerk"
    council = open_council(path, lock=True)
    set_setting(council.db, "safety.version", "één")
    backups = folder / "back-ups 😀"
    made = backup_database(council.db, backups, "manual", dt.datetime(2026, 11, 22, 9, 0))
    council.close()

    (info,) = list_backups(backups, path)
    assert info.path == made and info.readable and info.stem == path.stem

    restore_backup(path, made, backups)
    council = open_council(path, lock=True)
    assert get_setting(council.db, "safety.version") == "één"
    council.close()
