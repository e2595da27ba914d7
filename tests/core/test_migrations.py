"""Every schema version that ever landed is kept as a file (tests/fixtures), and each one
migrates to exactly the schema a new file gets, keeping its data.

The expected schemas are built fresh from the steps, never written down: a step edited
after it landed no longer makes the schema its saved file has, and a test fails.
"""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.database import open_council
from core.file_format import schema_version
from core.profile import load_profile
from core.schema import LATEST_VERSION, MIGRATIONS, STEP_NAMES

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema_v*.raadswerk"),
                  key=lambda path: int(path.stem.split("_v")[1]))
IDS = [path.name for path in FIXTURES]
# Tables the demo council leaves empty, so no fixture can hold a row of them.
EMPTY_IN_THE_DEMO = {"mailings": "the demo council has sent no mailing to its relations"}


def version_of(fixture: Path) -> int:
    return int(fixture.stem.split("_v")[1])


def schema_of(conn) -> dict:
    """Everything a schema is: each object's SQL, each table's columns (type, not null,
    default, key) and indexes. SQLite's own statistics tables are left out."""
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
        "AND name != 'sqlite_sequence' ORDER BY type, name").fetchall()
    tables = [name for kind, name, _table, _sql in objects if kind == "table"]
    return {
        "objects": [(kind, name, table, " ".join((sql or "").split()))
                    for kind, name, table, sql in objects],
        "columns": {table: conn.execute(f"PRAGMA table_xinfo([{table}])").fetchall()
                    for table in tables},
        "indexes": {table: [row[1:] for row in conn.execute(f"PRAGMA index_list([{table}])")]
                    for table in tables},
    }


def fresh_schema(version: int) -> dict:
    """The schema the first ``version`` steps make of an empty database."""
    db = Database(memory=True, execute_plugins=False)
    stop = STEP_NAMES[version] if version < LATEST_VERSION else None
    MIGRATIONS.apply(db, stop_before=stop)
    try:
        return schema_of(db.conn)
    finally:
        db.close()


def record_tables(conn) -> list[str]:
    """Tables that hold records: not the step record, nor a search index's own tables."""
    virtual = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [name for name in names if name != "_sqlite_migrations" and name not in virtual
            and not any(name.startswith(f"{index}_") for index in virtual)]


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                for table in record_tables(conn)}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_version_from_1_to_the_latest():
    assert [version_of(path) for path in FIXTURES] == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_each_saved_version_has_the_schema_its_steps_make_today(fixture):
    conn = sqlite3.connect(fixture)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version_of(fixture)
        assert schema_of(conn) == fresh_schema(version_of(fixture))
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_each_saved_version_holds_rows_of_every_table_it_has(fixture):
    empty = [table for table, count in row_counts(fixture).items()
             if count == 0 and table not in EMPTY_IN_THE_DEMO]
    assert empty == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_each_saved_version_migrates_to_exactly_the_schema_of_a_new_file(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    rows_before = row_counts(path)
    name_before = _profile_name(path)
    council = open_council(path, backup_dir=tmp_path / "backups")
    try:
        assert schema_version(council.db) == LATEST_VERSION
        assert load_profile(council.db).name == name_before
        assert council.db.execute("PRAGMA foreign_key_check").fetchall() == []
        migrated = schema_of(council.db.conn)
    finally:
        council.close()
    new = open_council(tmp_path / "nieuw.raadswerk")
    try:
        assert migrated == schema_of(new.db.conn)
    finally:
        new.close()
    assert migrated == fresh_schema(LATEST_VERSION)
    rows_after = row_counts(path)
    assert {table: rows_after[table] for table in rows_before} == rows_before
    if version_of(fixture) < LATEST_VERSION:
        backups = list((tmp_path / "backups").glob("*.raadswerk"))
        assert backups, "a copy must be made before pending migrations run"


def test_an_edited_landed_step_is_noticed(tmp_path):
    """The comparison is strict enough: one index no step makes differs from the fresh schema."""
    path = tmp_path / "edited.raadswerk"
    shutil.copy(FIXTURES[-1], path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX an_index_no_step_makes ON settings (value)")
    try:
        assert schema_of(conn) != fresh_schema(version_of(FIXTURES[-1]))
    finally:
        conn.close()


def _profile_name(path: Path) -> str:
    row = sqlite3.connect(path).execute(
        "SELECT value FROM settings WHERE key = 'profile'").fetchone()
    return json.loads(row[0])["name"]
