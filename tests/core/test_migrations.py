"""Every schema version that ever landed migrates to the current one, keeping its data."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.database import open_council
from core.file_format import schema_version
from core.profile import load_profile
from core.schema import LATEST_VERSION

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema_v*.raadswerk"))


def test_there_is_a_fixture_for_every_landed_version():
    versions = {int(path.stem.split("_v")[1]) for path in FIXTURES}
    assert versions, "tests/fixtures holds no saved databases"
    assert max(versions) <= LATEST_VERSION


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.name for path in FIXTURES])
def test_each_saved_version_migrates_to_the_current_schema(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    old_version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    name_before = _profile_name(path)
    council = open_council(path, backup_dir=tmp_path / "backups")
    try:
        assert schema_version(council.db) == LATEST_VERSION
        assert load_profile(council.db).name == name_before
        problems = council.db.execute("PRAGMA foreign_key_check").fetchall()
        assert problems == []
    finally:
        council.close()
    if old_version < LATEST_VERSION:
        backups = list((tmp_path / "backups").glob("*.raadswerk"))
        assert backups, "a copy must be made before pending migrations run"


def _profile_name(path: Path) -> str:
    import json

    row = sqlite3.connect(path).execute(
        "SELECT value FROM settings WHERE key = 'profile'").fetchone()
    return json.loads(row[0])["name"]
