"""Shared test fixtures. Qt runs offscreen; every test gets its own files."""

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's data folder (default file, backups, log) is a private one during tests,
# also for the commands tests start as subprocesses.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="raadswerk-tests-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="raadswerk-tests-cache-")

import pytest  # noqa: E402

from core.database import open_council  # noqa: E402
from core.i18n import set_language  # noqa: E402

DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def dutch():
    """Tests read what a Dutch user sees, unless they switch language themselves."""
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def council(tmp_path):
    """A new, empty council file at the current schema."""
    opened = open_council(tmp_path / "raad.raadswerk", backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def db(council):
    return council.db


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    """The demo council, written once per test run; tests get copies of it."""
    from core.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.raadswerk"
    write_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_file(demo_master, tmp_path):
    """A private copy of the demo council's file (opening it may change it)."""
    import shutil

    folder = tmp_path / "demo-copy"
    folder.mkdir()
    return Path(shutil.copy(demo_master, folder / "demo.raadswerk"))


@pytest.fixture
def demo_council(demo_file, tmp_path):
    """The demo council, opened for writing."""
    opened = open_council(demo_file, backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def prefs(tmp_path):
    """Per-user preferences in a private ini file (never the real user's)."""
    from PySide6.QtCore import QSettings

    from ui.preferences import Preferences

    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.IniFormat))


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """A folder on a small disk that a test can fill or make read-only
    (tests/benchmarks/small_disk.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "small_disk", Path(__file__).parent / "benchmarks" / "small_disk.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    disk = module.SmallDisk(tmp_path, monkeypatch)
    yield disk
    monkeypatch.undo()
    disk.close()
