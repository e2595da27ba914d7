"""The file on disk: one complete file after closing, synced folders recognised,
an unfinished transaction repaired on the next open."""

import sqlite3
from pathlib import Path

import pytest

from core.database import leftover_journal, open_council, sync_service
from core.errors import RaadswerkError
from core.settings import get_setting, set_setting


def test_after_closing_the_database_is_one_complete_file(tmp_path):
    path = tmp_path / "raad.raadswerk"
    council = open_council(path, lock=True)
    set_setting(council.db, "safety.probe", "x" * 10_000)
    assert council.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    council.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["raad.raadswerk"]
    assert leftover_journal(path) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\anneke\OneDrive\Raad\raad.raadswerk", "OneDrive"),
        ("/Users/anneke/OneDrive - Gemeente Lindewaarde/raad.raadswerk", "OneDrive"),
        ("/home/anneke/Dropbox (Persoonlijk)/raad.raadswerk", "Dropbox"),
        ("/Users/a/Library/CloudStorage/GoogleDrive-a@b.nl/Mijn Drive/raad.raadswerk",
         "Google Drive"),
        ("G:/My Drive/raad.raadswerk", "Google Drive"),
        ("/home/anneke/Documenten/raad.raadswerk", None),
        ("/home/anneke/dropje/raad.raadswerk", None),
    ],
)
def test_synced_folders_are_recognised(path, service):
    assert sync_service(Path(path.replace("\\", "/"))) == service


def test_an_unfinished_transaction_is_rolled_back_on_the_next_open(tmp_path):
    """A crash mid-write leaves a journal; opening restores the last committed state."""
    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    set_setting(council.db, "safety.probe", "committed")
    council.close()
    # Simulate the crash: copy the file and its hot journal while a write is under way.
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.execute("PRAGMA cache_size = 1")  # spill changed pages into the file early
    writer.execute("BEGIN")
    writer.execute("UPDATE settings SET value = '\"half\"' WHERE key = 'safety.probe'")
    writer.execute("INSERT INTO files (name, data, added_at) VALUES ('x', zeroblob(400000), 'n')")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    (crashed / "raad.raadswerk").write_bytes(path.read_bytes())
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    (crashed / "raad.raadswerk-journal").write_bytes(journal.read_bytes())
    writer.rollback()
    writer.close()

    # Read-only cannot repair it: a clear message, not "damaged".
    with pytest.raises(RaadswerkError) as refused:
        open_council(crashed / "raad.raadswerk", read_only=True)
    assert "niet netjes afgesloten" in str(refused.value) or "bezet" in str(refused.value)

    repaired = open_council(crashed / "raad.raadswerk")
    assert get_setting(repaired.db, "safety.probe") == "committed"
    assert repaired.db.execute("SELECT count(*) FROM files WHERE name = 'x'").fetchone()[0] == 0
    repaired.close()
    assert leftover_journal(crashed / "raad.raadswerk") is None
