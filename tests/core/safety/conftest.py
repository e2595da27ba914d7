"""Fixtures of the safety tests: helper modules loaded by path, a council with data."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parents[1] / "benchmarks"


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def damage():
    """Ways to damage a file on purpose (tests/core/safety/damage.py)."""
    return load_module(HERE / "damage.py")


@pytest.fixture(scope="session")
def crash_harness():
    return load_module(BENCHMARKS / "crash_harness.py")


def fill_with_data(db) -> None:
    """Some stored files and settings, so that the file spans many pages."""
    from core.files import store_bytes
    from core.settings import set_setting

    with db.atomic():
        for number in range(40):
            store_bytes(db, f"stuk-{number}.pdf", bytes([number]) * 5000)
            set_setting(db, f"safety.test.{number}", {"tekst": "Øzdemir " * 50})


@pytest.fixture
def filled_file(tmp_path):
    """A closed council file with data in it, and its backup folder."""
    from core.database import open_council

    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    fill_with_data(council.db)
    council.close()
    return path


BACKUP_TIME = dt.datetime(2026, 11, 20, 9, 0, 0)

