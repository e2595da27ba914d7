"""Opening and creating council files: what is ours, what is not, and nothing damaged."""

import sqlite3

import pytest

from core import driver
from core.database import check_file, open_council
from core.errors import NewerSchemaError, NotACouncilFileError, NotADatabaseError, RaadswerkError
from core.file_format import APPLICATION_ID, application_id, schema_version
from core.schema import LATEST_VERSION


def test_a_new_file_is_created_stamped_and_at_the_latest_schema(tmp_path):
    path = tmp_path / "nieuw" / "raad.raadswerk"
    council = open_council(path)
    try:
        assert path.exists()
        assert application_id(council.db) == APPLICATION_ID
        assert schema_version(council.db) == LATEST_VERSION
        assert council.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert council.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert council.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        council.close()


def test_opening_a_missing_file_without_create_says_so(tmp_path):
    with pytest.raises(RaadswerkError, match="bestaat niet"):
        open_council(tmp_path / "weg.raadswerk", create=False)


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notulen.raadswerk"
    path.write_text("Dit is een tekstbestand, geen database.\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="geen Raadswerk-bestand"):
        open_council(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "adressen.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Øzdemir')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotACouncilFileError, match="geen Raadswerk-bestand"):
        open_council(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_raadswerk_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "toekomst.raadswerk"
    open_council(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('raadswerk', '999_from_the_future', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="nieuwere versie"):
        open_council(path)
    assert path.read_bytes() == before


def test_check_reports_a_healthy_file(council):
    report = check_file(council.path)
    assert report["problems"] == []
    assert report["schema_version"] == LATEST_VERSION
    assert report["pending"] == []


def test_read_only_opening_refuses_writes(council, tmp_path):
    council.db["settings"].insert({"key": "x", "value": "1"})
    council.close()
    read_only = open_council(council.path, read_only=True)
    try:
        with pytest.raises(driver.OperationalError):
            read_only.db.execute("INSERT INTO settings VALUES ('y', '2')")
        assert read_only.read_only
    finally:
        read_only.close()


def test_a_failed_multi_step_write_leaves_nothing_behind(db):
    from core.settings import get_setting, set_settings

    with pytest.raises(TypeError):
        set_settings(db, {"a": 1, "b": object()})  # the second value cannot be stored
    assert get_setting(db, "a") is None
